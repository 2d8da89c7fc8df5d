// Commissioning from a CSV against a real SQLite file: what is bound, what
// is created, and that a file with any problem (or a database that fails
// half-way) changes nothing at all. Ratios of meters with readings are not
// rewritten: the schema keeps no ratio history.
#include "models/fleet/commissioning_csv_import.h"
#include "models/storage/database.h"
#include "models/storage/domain_store.h"
#include "models/storage/ingestor.h"
#include "models/storage/synthetic_installation.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;
using namespace ims::fleet;

class TstCommissioningCsvApply : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<storage::Database> m_database;
    QSqlDatabase m_db;
    storage::SyntheticInstallation m_site;

    Result<CommissioningPlan> apply(const char *csv, bool allowUnknown = false)
    {
        return CommissioningCsvImport(m_db).apply(CommissioningCsvParser::parse(QByteArray(csv)),
                                                  {allowUnknown});
    }

    Result<CommissioningPlan> preview(const char *csv, bool allowUnknown = false)
    {
        return CommissioningCsvImport(m_db).preview(CommissioningCsvParser::parse(QByteArray(csv)),
                                                    {allowUnknown});
    }

    QVariant value(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            return QVariant();
        return q.value(0);
    }

    qint64 count(const QString &table, const QString &where = QString())
    {
        return value(QStringLiteral("SELECT COUNT(*) FROM ") + table
                     + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where))
            .toLongLong();
    }

    domain::Meter meter(const QString &serial)
    {
        const auto m = storage::DomainStore(m_db).meterBySerial(serial);
        return m ? *m : domain::Meter{};
    }

    // Everything the import may change, as one text to compare before and after.
    QString state()
    {
        QStringList out;
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT serial, COALESCE(subscriber_id, 0), plot, ct_num, ct_den,"
                              " vt_num, vt_den FROM meters ORDER BY serial"));
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 7; ++i)
                row << q.value(i).toString();
            out << row.join(u',');
        }
        q.exec(QStringLiteral("SELECT account, name FROM subscribers ORDER BY account"));
        while (q.next())
            out << q.value(0).toString() + u'=' + q.value(1).toString();
        q.exec(QStringLiteral("SELECT g.name, m.meter_id FROM balance_group_members m JOIN"
                              " balance_groups g ON g.id = m.group_id ORDER BY 1, 2"));
        while (q.next())
            out << q.value(0).toString() + u':' + q.value(1).toString();
        out << QString::number(count(QStringLiteral("balance_groups")));
        return out.join(u'\n');
    }

    void addMeter(const QString &serial)
    {
        domain::Meter m;
        m.serial = serial;
        m.model = QStringLiteral("MIR C-04");
        m.siteId = m_site.siteId;
        m.routerId = m_site.routerIds.first();
        m.installDate = QStringLiteral("2026-03-01");
        QVERIFY(storage::DomainStore(m_db).add(m).ok());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A fresh installation for every test: CSV00000000 (head, CT 1000/5) to
    // CSV00000003 with a day of readings, NEW001 and NEW002 without any.
    void init()
    {
        m_database = std::make_unique<storage::Database>(
            storage::DatabaseConfig{m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_n))});
        QVERIFY(m_database->openAndMigrate().ok());
        m_db = *m_database->connection();
        const auto site
            = storage::createSyntheticInstallation(m_db, {1, 4, QStringLiteral("CSV"), false});
        QVERIFY2(site.ok(), qPrintable(site.error().message));
        m_site = *site;
        storage::Ingestor ingestor(m_db);
        const auto stored = ingestor.ingest(storage::syntheticDay(m_site, 20500, 1), 1);
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        QVERIFY(stored->inserted > 0);
        addMeter(QStringLiteral("NEW001"));
        addMeter(QStringLiteral("NEW002"));
    }

    void cleanup()
    {
        m_db = QSqlDatabase();
        m_database.reset();
    }

    void bindsSubscribersPlotsRatiosAndGroups()
    {
        const char *csv = "serial;subscriber;account;plot;ct;vt;group\n"
                          "NEW001;Petrov;ACC-1;12;150/5;;Feeder A\n"
                          "NEW002;Petrov;ACC-1;13;;;Feeder A\n"
                          "CSV00000001;Sidorov;ACC-2;;;;\n";
        const auto plan = apply(csv);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan->count(RowAction::Bind), 3);
        QCOMPARE(plan->newSubscribers.size(), 2);
        QCOMPARE(plan->newGroups.size(), 1);

        const domain::Meter a = meter(QStringLiteral("NEW001"));
        const domain::Meter b = meter(QStringLiteral("NEW002"));
        QVERIFY(a.subscriberId != 0);
        QCOMPARE(b.subscriberId, a.subscriberId); // one subscriber, two meters
        QCOMPARE(
            value(QStringLiteral("SELECT account || '/' || name FROM subscribers WHERE id = %1")
                      .arg(a.subscriberId))
                .toString(),
            QStringLiteral("ACC-1/Petrov"));
        QCOMPARE(a.plot, QStringLiteral("12"));
        QCOMPARE(b.plot, QStringLiteral("13"));
        QCOMPARE(a.ct, (domain::Ratio{150, 5}));
        QCOMPARE(a.vt, (domain::Ratio{1, 1}));
        QCOMPARE(b.ct, (domain::Ratio{1, 1}));

        // The new group, on the meters' site and substation, with both as members.
        QCOMPARE(count(QStringLiteral("balance_groups"), QStringLiteral("name = 'Feeder A'")), 1);
        const qint64 group = value(QStringLiteral("SELECT id FROM balance_groups WHERE"
                                                  " name = 'Feeder A'"))
                                 .toLongLong();
        const auto g = storage::DomainStore(m_db).balanceGroup(group);
        QVERIFY(g.ok());
        QCOMPARE(g->siteId, m_site.siteId);
        QCOMPARE(g->substationId, m_site.substationId);
        QCOMPARE(g->members.size(), 2);
        for (const domain::BalanceMember &member : g->members) {
            QVERIFY(member.meterId == a.id || member.meterId == b.id);
            QCOMPARE(member.role, domain::BalanceRole::Member);
            QCOMPARE(member.sign, 1);
        }

        // A meter with readings gets its subscriber; its plot and ratios stay.
        const domain::Meter c = meter(QStringLiteral("CSV00000001"));
        QCOMPARE(
            value(
                QStringLiteral("SELECT account FROM subscribers WHERE id = %1").arg(c.subscriberId))
                .toString(),
            QStringLiteral("ACC-2"));
        QCOMPARE(c.plot, QStringLiteral("1"));

        // The same file again changes nothing and creates nothing.
        const QString before = state();
        const auto again = apply(csv);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(again->count(RowAction::Unchanged), 3);
        QCOMPARE(again->count(RowAction::Bind), 0);
        QVERIFY(again->newSubscribers.isEmpty());
        QVERIFY(again->newGroups.isEmpty());
        QCOMPARE(state(), before);
    }

    void previewWritesNothing()
    {
        const QString before = state();
        const auto plan = preview("serial;subscriber;account;plot;group\n"
                                  "NEW001;Petrov;ACC-1;12;Feeder A\n");
        QVERIFY(plan.ok());
        QCOMPARE(plan->count(RowAction::Bind), 1);
        QCOMPARE(plan->rows[0].changes.size(), 3);
        QCOMPARE(plan->rows[0].meterId, meter(QStringLiteral("NEW001")).id);
        QCOMPARE(state(), before);
    }

    void unknownSerialRefusesTheWholeFile()
    {
        const QString before = state();
        const char *csv = "serial;subscriber;account;plot\n"
                          "NEW001;Petrov;ACC-1;12\n"
                          "GHOST-7;Ivanov;ACC-3;14\n";
        const auto plan = apply(csv);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind, ErrorKind::InvalidArgument);
        QVERIFY2(plan.error().message.contains(QStringLiteral("line 3")),
                 qPrintable(plan.error().message));
        QVERIFY(plan.error().message.contains(QStringLiteral("GHOST-7")));
        QVERIFY(plan.error().message.contains(QStringLiteral("not commissioned")));
        QCOMPARE(state(), before);

        const auto shown = preview(csv);
        QVERIFY(shown.ok());
        QCOMPARE(shown->errors.size(), 1);
        QCOMPARE(shown->errors[0].line, 3);
        QCOMPARE(shown->errors[0].problem, CsvProblem::NotCommissioned);
        QCOMPARE(shown->rows[1].action, RowAction::Refuse);
        QCOMPARE(shown->rows[0].action, RowAction::Bind);
    }

    void allowUnknownSkipsWithAWarning()
    {
        const auto plan = apply("serial;plot\nNEW001;12\nGHOST-7;14\n", true);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan->count(RowAction::Bind), 1);
        QCOMPARE(plan->count(RowAction::Skip), 1);
        QCOMPARE(plan->warnings.size(), 1);
        QVERIFY(plan->warnings[0].contains(QStringLiteral("GHOST-7")));
        QVERIFY(plan->warnings[0].contains(QStringLiteral("line 3")));
        QCOMPARE(meter(QStringLiteral("NEW001")).plot, QStringLiteral("12"));
    }

    void badLineInTheFileRefusesTheWholeFile()
    {
        const QString before = state();
        const auto plan = apply("serial;plot;ct\nNEW001;12;150/5\nNEW002;13;150:5\n");
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message.contains(QStringLiteral("line 3")),
                 qPrintable(plan.error().message));
        QVERIFY(plan.error().message.contains(QStringLiteral("150:5")));
        QCOMPARE(state(), before);
    }

    void ratioChangeRefusedWhenTheMeterHasReadings()
    {
        const QString before = state();
        const char *csv = "serial;ct;vt\nNEW001;150/5;\nCSV00000002;;100\n";
        const auto plan = apply(csv);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message.contains(QStringLiteral("CSV00000002")),
                 qPrintable(plan.error().message));
        QVERIFY(plan.error().message.contains(QStringLiteral("history")));
        QCOMPARE(state(), before); // NEW001's sound line was not applied either
        const auto shown = preview(csv);
        QVERIFY(shown.ok());
        QCOMPARE(shown->errors.size(), 1);
        QCOMPARE(shown->errors[0].line, 3);
        QCOMPARE(shown->errors[0].problem, CsvProblem::RatioHasReadings);

        // Without readings the same change is fine.
        QVERIFY(apply("serial;vt\nNEW002;100\n").ok());
        QCOMPARE(meter(QStringLiteral("NEW002")).vt, (domain::Ratio{100, 1}));
    }

    void sameRatioWrittenDifferentlyIsNoChange()
    {
        // The head meter has readings with CT 1000/5; 200 is the same ratio.
        const qint64 primaryBefore = value(QStringLiteral("SELECT SUM(primary_mwh) FROM"
                                                          " interval_values"))
                                         .toLongLong();
        const auto plan = apply("serial;ct\nCSV00000000;200\n");
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(meter(QStringLiteral("CSV00000000")).ct, (domain::Ratio{200, 1}));
        QCOMPARE(value(QStringLiteral("SELECT SUM(primary_mwh) FROM interval_values")).toLongLong(),
                 primaryBefore);
        // But 1000/1 is not.
        QVERIFY(!apply("serial;ct\nCSV00000000;1000\n").ok());
    }

    void existingGroupIsJoinedNotDuplicated()
    {
        const qint64 groups = count(QStringLiteral("balance_groups"));
        const auto plan = apply("serial;group\nNEW001;TP-1 balance\nCSV00000001;TP-1 balance\n");
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QVERIFY(plan->newGroups.isEmpty());
        QCOMPARE(plan->count(RowAction::Bind), 1);      // NEW001 joins
        QCOMPARE(plan->count(RowAction::Unchanged), 1); // CSV00000001 is a member already
        QCOMPARE(count(QStringLiteral("balance_groups")), groups);
        QCOMPARE(count(QStringLiteral("balance_group_members"),
                       QStringLiteral("group_id = %1 AND meter_id = %2")
                           .arg(m_site.groupId)
                           .arg(meter(QStringLiteral("NEW001")).id)),
                 1);
    }

    void ambiguousGroupIsRefused()
    {
        for (int i = 0; i < 2; ++i) {
            domain::BalanceGroup g;
            g.name = QStringLiteral("Twin");
            QVERIFY(storage::DomainStore(m_db).add(g).ok());
        }
        const QString before = state();
        const auto shown = preview("serial;group\nNEW001;Twin\n");
        QVERIFY(shown.ok());
        QCOMPARE(shown->errors.size(), 1);
        QCOMPARE(shown->errors[0].problem, CsvProblem::AmbiguousGroup);
        QVERIFY(!apply("serial;group\nNEW001;Twin\n").ok());
        QCOMPARE(state(), before);
    }

    void accountHeldByAnotherNameIsRefused()
    {
        storage::DomainStore store(m_db);
        QVERIFY(store
                    .add(domain::Subscriber{
                        0, QStringLiteral("ACC-9"), QStringLiteral("Ivanov"), {}, {}})
                    .ok());
        QVERIFY(store.add(domain::Subscriber{0, QStringLiteral("ACC-8"), QString(), {}, {}}).ok());
        const QString before = state();
        const auto refused = apply("serial;subscriber;account\nNEW001;Petrov;ACC-9\n");
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("Ivanov")));
        QCOMPARE(state(), before);

        // The account alone binds to whoever holds it; a nameless one gets the name.
        const auto plan = apply("serial;subscriber;account\nNEW001;;ACC-9\nNEW002;Orlov;ACC-8\n");
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QVERIFY(plan->newSubscribers.isEmpty());
        QCOMPARE(plan->renamedSubscribers.size(), 1);
        QCOMPARE(value(QStringLiteral("SELECT s.name FROM meters m JOIN subscribers s ON"
                                      " s.id = m.subscriber_id WHERE m.serial = 'NEW001'"))
                     .toString(),
                 QStringLiteral("Ivanov"));
        QCOMPARE(value(QStringLiteral("SELECT name FROM subscribers WHERE account = 'ACC-8'"))
                     .toString(),
                 QStringLiteral("Orlov"));
    }

    void databaseFailureHalfWayRollsEverythingBack()
    {
        // The database refuses the second line's update after the first line
        // (and the new subscriber) were written inside the transaction.
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_boom BEFORE UPDATE OF plot ON meters"
                                      " WHEN NEW.plot = 'boom' BEGIN SELECT RAISE(ABORT,"
                                      " 'refused by test'); END")));
        const QString before = state();
        const auto plan = apply("serial;subscriber;account;plot\n"
                                "NEW001;Petrov;ACC-1;12\n"
                                "NEW002;;;boom\n");
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind, ErrorKind::Storage);
        QCOMPARE(state(), before);
        QCOMPARE(count(QStringLiteral("subscribers")), 0);
    }
};

QTEST_GUILESS_MAIN(TstCommissioningCsvApply)
#include "tst_commissioning_csv_apply.moc"
