// Forward-only migrations: from every earlier version to the latest, the
// schema ends identical to a fresh one and existing rows survive.
#include "models/storage/database.h"
#include "models/storage/migrator.h"
#include "models/storage/schema.h"
#include "models/storage/sql_util.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ims::storage;
using ims::Status;

class MigrationsTest : public QObject
{
    Q_OBJECT

    static QStringList schemaOf(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT type || ' ' || name || ': ' || COALESCE(sql, '')"
                              " FROM sqlite_master ORDER BY type, name"));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    // Rows a database of `version` can hold, inserted with plain SQL as an
    // older program would have.
    static void seed(QSqlDatabase &db, int version)
    {
        if (version >= 1) {
            QVERIFY(
                Sql::exec(db, QStringLiteral("INSERT INTO sites(id, name) VALUES (1, 'Old site')"))
                    .ok());
            QVERIFY(Sql::exec(
                        db, QStringLiteral("INSERT INTO meters(id, serial, site_id, ct_num, ct_den)"
                                           " VALUES (1, 'OLD00001', 1, 150, 5)"))
                        .ok());
        }
        if (version >= 2) {
            QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO interval_values VALUES"
                                                 " (1, 1, 1800, 42, 0, 1260000, 0)"))
                        .ok());
        }
        if (version >= 3) {
            QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO alarms(raised_at_ms, severity, kind)"
                                                 " VALUES (5, 1, 'test')"))
                        .ok());
        }
    }

private slots:
    void versionsAreConsecutive()
    {
        int expected = 1;
        for (const Migration &m : migrations())
            QCOMPARE(m.version, expected++);
        QCOMPARE(Migrator::latestVersion(), int(migrations().size()));
    }

    void fromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrator::latestVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }

    void fromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        Database fresh({dir.filePath(QStringLiteral("fresh.sqlite"))});
        QVERIFY(fresh.openAndMigrate().ok());
        QSqlDatabase freshDb = *fresh.connection();
        const QStringList expectedSchema = schemaOf(freshDb);

        Database old({dir.filePath(QStringLiteral("old.sqlite"))});
        QSqlDatabase db = *old.connection();
        SqliteDialect dialect;
        Migrator migrator(dialect);
        QVERIFY(migrator.migrate(db, from).ok());
        QCOMPARE(*migrator.currentVersion(db), from);
        seed(db, from);
        const Status status = migrator.migrate(db);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        QCOMPARE(*migrator.currentVersion(db), Migrator::latestVersion());
        QCOMPARE(schemaOf(db), expectedSchema);
        // Every step recorded once.
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT COUNT(*), MIN(version), MAX(version) FROM schema_version"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), Migrator::latestVersion());
        QCOMPARE(q.value(1).toInt(), 1);
        if (from >= 2) {
            QVERIFY(q.exec(QStringLiteral("SELECT raw, primary_mwh FROM interval_values")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), 42);
            QCOMPARE(q.value(1).toLongLong(), 1260000);
        }
        if (from >= 1) {
            QVERIFY(q.exec(
                QStringLiteral("SELECT ct_num, ct_den FROM meters WHERE serial = 'OLD00001'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), 150);
        }
    }

    void migratingTwiceChangesNothing()
    {
        QTemporaryDir dir;
        Database database({dir.filePath(QStringLiteral("db.sqlite"))});
        QVERIFY(database.openAndMigrate().ok());
        QSqlDatabase db = *database.connection();
        const QStringList before = schemaOf(db);
        QVERIFY(database.openAndMigrate().ok());
        QCOMPARE(schemaOf(db), before);
    }

    void refusesANewerDatabase()
    {
        QTemporaryDir dir;
        Database database({dir.filePath(QStringLiteral("db.sqlite"))});
        QVERIFY(database.openAndMigrate().ok());
        QSqlDatabase db = *database.connection();
        QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO schema_version VALUES (99, 0, 'future')"))
                    .ok());
        const Status status = database.openAndMigrate();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, ims::ErrorKind::Unsupported);
    }

    void connectionIsConfigured()
    {
        QTemporaryDir dir;
        Database database({dir.filePath(QStringLiteral("db.sqlite"))});
        QVERIFY(database.openAndMigrate().ok());
        QSqlDatabase db = *database.connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // NORMAL
        // Foreign keys are enforced: a reading for a meter that does not exist fails.
        QVERIFY(!Sql::exec(db, QStringLiteral("INSERT INTO interval_values VALUES"
                                              " (999, 1, 1800, 1, 0, 1000, 0)"))
                     .ok());
    }

    void dialectsExpandPlaceholders()
    {
        const QString sql
            = QStringLiteral("CREATE TABLE t(id ${ID}, b ${BLOB}, PRIMARY KEY (a))${COMPACT}");
        QCOMPARE(
            SqliteDialect().expand(sql),
            QStringLiteral(
                "CREATE TABLE t(id INTEGER PRIMARY KEY, b BLOB, PRIMARY KEY (a)) WITHOUT ROWID"));
        QCOMPARE(
            PostgresDialect().expand(sql),
            QStringLiteral("CREATE TABLE t(id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                           " b BYTEA, PRIMARY KEY (a))"));
        QVERIFY(dialectForDriver(QStringLiteral("QPSQL")));
        QVERIFY(!dialectForDriver(QStringLiteral("QODBC")));
    }
};

QTEST_GUILESS_MAIN(MigrationsTest)
#include "tst_migrations.moc"
