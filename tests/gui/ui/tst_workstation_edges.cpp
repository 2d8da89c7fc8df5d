// The workstation at the edges: an empty database (a fresh install) opens
// and captures without data, and a router with 2,500 meters draws its map
// as lightweight items, not widgets.
#include "models/storage/database.h"
#include "models/storage/synthetic_installation.h"
#include "ui/main_window.h"
#include "ui/network_map/map_items.h"
#include "ui/network_map/network_map_panel.h"
#include "ui/network_map/network_map_view.h"

#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;
using namespace ims::ui;

class WorkstationEdgesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ImsDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workstation_edges"));
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void emptyDatabaseOpensAndSaysSo()
    {
        QTemporaryDir dir;
        storage::Database db({dir.filePath(QStringLiteral("empty.sqlite"))});
        QVERIFY(db.openAndMigrate().ok());
        {
            MainWindow window(&db);
            window.resize(1200, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.waitForViews(30000));
            auto *summary = window.findChild<QLabel *>(QStringLiteral("mapSummary"));
            QVERIFY(summary);
            QCOMPARE(summary->text(), NetworkMapPanel::tr("No routers configured yet."));
            auto *balance = window.findChild<QLabel *>(QStringLiteral("balanceSummary"));
            QVERIFY(balance->text().contains(QStringLiteral("No balance groups")));
            const Status captured = window.captureViews(dir.filePath(QStringLiteral("shots")));
            QVERIFY2(captured.ok(), qPrintable(captured.error().message));
            QVERIFY(!QImage(dir.filePath(QStringLiteral("shots/balance.png"))).isNull());
        }
    }

    void mapOfTwoAndAHalfThousandMeters()
    {
        QTemporaryDir dir;
        storage::Database db({dir.filePath(QStringLiteral("big.sqlite"))});
        QVERIFY(db.openAndMigrate().ok());
        {
            QSqlDatabase c = *db.connection();
            auto site = storage::createSyntheticInstallation(c, {1, 2500, QStringLiteral("B")});
            QVERIFY2(site.ok(), qPrintable(site.error().message));
        }
        {
            MainWindow window(&db);
            window.resize(1400, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.waitForViews(60000));
            NetworkMapPanel *map = window.networkMap();
            QCOMPARE(map->nodeCount(), 2500);
            int deepest = 0;
            for (const analytics::NetworkNode &n : map->network().nodes)
                deepest = std::max(deepest, n.depth);
            QVERIFY(deepest >= 3); // 250 direct, then chains through earlier meters
            // Items, not widgets: the nodes, one link layer and the router.
            QCOMPARE(map->view()->scene()->items().size(), 2502);
            QVERIFY(map->findChildren<QWidget *>().size() < 100);
            QElapsedTimer timer;
            timer.start();
            map->view()->fitAll();
            const QImage whole = map->view()->grab().toImage();
            map->view()->zoomBy(8);
            const QImage close = map->view()->grab().toImage();
            QVERIFY(!whole.isNull() && !close.isNull());
            qInfo("two frames of 2,500 nodes drawn in %lld ms", timer.elapsed());
            QVERIFY(map->find(QStringLiteral("B00002499")));
        }
    }
};

QTEST_MAIN(WorkstationEdgesTest)
#include "tst_workstation_edges.moc"
