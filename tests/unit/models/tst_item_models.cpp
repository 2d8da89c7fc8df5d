// Every item model under QAbstractItemModelTester, plus the lazy loading
// that lets the topology open a large network without reading all of it.
#include "models/domain/primary_value.h"
#include "models/itemmodels/alarm_list_model.h"
#include "models/itemmodels/meter_list_model.h"
#include "models/itemmodels/profile_table_model.h"
#include "models/itemmodels/topology_model.h"
#include "models/storage/alarm_store.h"
#include "models/storage/domain_store.h"
#include "models/storage/ingestor.h"
#include "models/storage/synthetic_installation.h"
#include "support/test_database.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ims;
using namespace ims::itemmodels;
using Tester = QAbstractItemModelTester;

namespace {
constexpr qint64 kDay0 = 19723LL * 86400;
}

class ItemModelsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    storage::SyntheticInstallation m_site;
    qint64 m_looseMeter = 0;

    QSqlDatabase db() { return m_db->connection(); }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY(m_db->ok());
        QSqlDatabase main = db();
        auto site = storage::createSyntheticInstallation(main, {3, 25, QStringLiteral("T")});
        QVERIFY(site.ok());
        m_site = *site;
        storage::DomainStore store(main);
        // A router straight on the site and an optical-only meter with no router.
        domain::Router direct;
        direct.siteId = m_site.siteId;
        direct.name = QStringLiteral("USPD-direct");
        direct.transport = domain::RouterTransport::Serial;
        direct.serialDevice = QStringLiteral("/dev/ttyUSB0");
        QVERIFY(store.add(direct).ok());
        domain::Meter loose;
        loose.serial = QStringLiteral("OPTICAL1");
        loose.siteId = m_site.siteId;
        loose.opticalOnly = true;
        m_looseMeter = store.add(loose).valueOr(0);
        QVERIFY(m_looseMeter > 0);
        storage::Ingestor ingestor(main);
        auto batch = storage::syntheticDay(m_site, kDay0 / 86400);
        batch.events.append({{m_site.meterIds[1], {}}, 1, 2, kDay0 + 5});
        batch.events.append({{m_site.meterIds[2], {}}, 3, 4, kDay0 + 6});
        QVERIFY(ingestor.ingest(batch, 1).ok());
        storage::AlarmStore alarms(main);
        for (int i = 0; i < 7; ++i)
            QVERIFY(alarms
                        .raise(QStringLiteral("test"), storage::AlarmSeverity(i % 3),
                               m_site.meterIds[i], QString::number(i), 1000 + i)
                        .ok());
    }

    void cleanupTestCase() { m_db.reset(); }

    void topologyLoadsLazily()
    {
        TopologyModel model(db());
        model.setPageSize(10);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1); // one site
        const QModelIndex site = model.index(0, 0);
        QCOMPARE(site.data().toString(), QStringLiteral("SNT Synthetic"));
        QCOMPARE(site.data(TopologyModel::KindRole).value<TopologyModel::NodeKind>(),
                 TopologyModel::NodeKind::Site);
        QVERIFY(model.hasChildren(site));
        QCOMPARE(model.rowCount(site), 0);
        model.fetchMore(site);
        // substation, the direct router, the loose meter
        while (model.canFetchMore(site))
            model.fetchMore(site);
        QCOMPARE(model.rowCount(site), 3);
        QCOMPARE(model.index(2, 0, site).data().toString(), QStringLiteral("OPTICAL1"));
        const QModelIndex substation = model.index(0, 0, site);
        model.fetchMore(substation);
        QCOMPARE(model.rowCount(substation), 3);
        const QModelIndex router = model.index(0, 0, substation);
        model.fetchMore(router);
        QCOMPARE(model.rowCount(router), 10); // one page, not all 25
        QVERIFY(model.canFetchMore(router));
        QCOMPARE(model.loadedNodes(), 1 + 3 + 3 + 10);
        model.fetchMore(router);
        model.fetchMore(router);
        QCOMPARE(model.rowCount(router), 25);
        QVERIFY(!model.canFetchMore(router));
        QCOMPARE(model.parent(model.index(3, 0, router)), router);
        QCOMPARE(model.index(3, 0, router).data(TopologyModel::IdRole).toLongLong(),
                 m_site.meterIds[3]);
        QVERIFY(!model.hasChildren(model.index(3, 0, router)));
    }

    void topologyPassesTheTester()
    {
        TopologyModel model(db());
        model.setPageSize(7);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        // Walk and expand everything; the tester checks every signal.
        std::function<void(const QModelIndex &)> expand = [&](const QModelIndex &parent) {
            while (model.canFetchMore(parent))
                model.fetchMore(parent);
            for (int row = 0; row < model.rowCount(parent); ++row)
                expand(model.index(row, 0, parent));
        };
        expand({});
        QCOMPARE(model.loadedNodes(), 1 + 1 + 4 + 75 + 1);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
    }

    void meterListFiltersAndSorts()
    {
        MeterListModel model(db());
        model.setPageSize(20);
        model.reload();
        QCOMPARE(model.rowCount(), 20); // a page, not the whole table
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.totalCount(), 76);
        // From here on the tester watches (and itself fetches more).
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 76);
        model.sort(MeterListModel::Serial, Qt::DescendingOrder);
        QCOMPARE(model.index(0, MeterListModel::Serial).data().toString(),
                 QStringLiteral("T00000074"));
        analytics::MeterFilter filter;
        filter.text = QStringLiteral("T0000001");
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 10);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0, MeterListModel::Router).data().toString(),
                 QStringLiteral("USPD-1"));
        QCOMPARE(model.index(0, MeterListModel::State).data().toString(),
                 MeterListModel::stateName(0));
        QCOMPARE(model.headerData(MeterListModel::Serial, Qt::Horizontal).toString(),
                 MeterListModel::tr("Serial"));
    }

    void alarmsAndEventsPassTheTester()
    {
        AlarmListModel alarms(db());
        alarms.setPageSize(3);
        alarms.reload();
        QCOMPARE(alarms.rowCount(), 3);
        Tester alarmTester(&alarms, Tester::FailureReportingMode::QtTest);
        while (alarms.canFetchMore({}))
            alarms.fetchMore({});
        QCOMPARE(alarms.rowCount(), 7);
        QCOMPARE(alarms.index(0, AlarmListModel::Details).data().toString(), QStringLiteral("6"));
        QVERIFY(alarms.index(0, 0).data(AlarmListModel::OpenRole).toBool());
        QVERIFY(alarms.acknowledge(0, QStringLiteral("operator"), 99000));
        QVERIFY(!alarms.index(0, 0).data(AlarmListModel::OpenRole).toBool());
        QVERIFY(!alarms.acknowledge(0, QStringLiteral("operator"), 99001));
        analytics::AlarmFilter open;
        open.openOnly = true;
        alarms.setFilter(open);
        while (alarms.canFetchMore({}))
            alarms.fetchMore({});
        QCOMPARE(alarms.rowCount(), 6);

        EventListModel events(db());
        Tester eventTester(&events, Tester::FailureReportingMode::QtTest);
        QCOMPARE(events.rowCount(), 2);
        QCOMPARE(events.index(0, EventListModel::Code).data().toInt(), 4);
        analytics::EventFilter filter;
        filter.journal = 1;
        events.setFilter(filter);
        QCOMPARE(events.rowCount(), 1);
    }

    void profileTablePassesTheTester()
    {
        ProfileTableModel model(db());
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QVERIFY(model.load(m_site.meterIds[0], kDay0, kDay0 + 86400));
        QCOMPARE(model.rowCount(), 48);
        // Head meter of the synthetic site: members + 4 %, exact.
        const qint64 mwh = model.index(0, ProfileTableModel::ActiveImport)
                               .data(ProfileTableModel::MilliWattHoursRole)
                               .toLongLong();
        QVERIFY(mwh > 0);
        QCOMPARE(model.index(0, ProfileTableModel::ActiveImport).data().toString(),
                 domain::formatFixed(mwh, 6));
        QVERIFY(model.load(m_looseMeter, kDay0, kDay0 + 86400));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(ItemModelsTest)
#include "tst_item_models.moc"
