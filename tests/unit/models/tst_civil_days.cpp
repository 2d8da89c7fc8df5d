// Daily sums and day balances follow the calendar of the meter's site: in
// Moscow a day starts at 21:00 UTC, and a subscriber's "1 January" is the
// one on their wall clock. Offsets are those of the IANA tz database.
#include "models/analytics/energy_balance.h"
#include "models/storage/civil_days.h"
#include "models/storage/daily_sums.h"
#include "models/storage/database.h"
#include "models/storage/ingestor.h"
#include "models/storage/migrator.h"
#include "models/storage/sql_util.h"
#include "support/test_database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ims;
using namespace ims::storage;
using ims::test::interval;

namespace {
constexpr qint64 kJan1 = 19723LL * 86400; // 2024-01-01 00:00 UTC

qint64 dayNumber(QDate date)
{
    return QDate(1970, 1, 1).daysTo(date);
}

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

// (day, sum_mwh, intervals) rows of one meter's A+ daily sums.
QList<QList<qint64>> dailyRows(QSqlDatabase db, qint64 meterId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT day, sum_mwh, intervals FROM meter_daily"
                             " WHERE meter_id = ? AND channel = 1 ORDER BY day"));
    q.addBindValue(meterId);
    QList<QList<qint64>> rows;
    if (!q.exec())
        return rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return rows;
}

// Whole Wh raw values 1..48 on the slots of 2024-01-01 UTC.
engine::ReadingBatch januaryFirstUtc(const QString &serial)
{
    engine::ReadingBatch batch;
    for (int slot = 1; slot <= 48; ++slot)
        batch.intervals.append(interval(serial, 1, kJan1 + slot * 1800, slot));
    return batch;
}

qint64 sumOfSlots(int first, int last)
{
    return qint64(first + last) * (last - first + 1) / 2 * 1000; // mWh
}
} // namespace

class CivilDaysTest : public QObject
{
    Q_OBJECT

private slots:
    void dayOfAnInstant_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("instant");
        QTest::addColumn<QDate>("day");
        // Moscow, UTC+3 since 2014-10-26.
        QTest::newRow("Moscow before midnight")
            << QByteArray("Europe/Moscow") << "2024-01-01T20:59:59Z" << QDate(2024, 1, 1);
        QTest::newRow("Moscow midnight")
            << QByteArray("Europe/Moscow") << "2024-01-01T21:00:00Z" << QDate(2024, 1, 2);
        // Moscow, UTC+4 from 2011-03-27 to 2014-10-26: history counts.
        QTest::newRow("Moscow 2012 before midnight")
            << QByteArray("Europe/Moscow") << "2012-06-01T19:59:59Z" << QDate(2012, 6, 1);
        QTest::newRow("Moscow 2012 midnight")
            << QByteArray("Europe/Moscow") << "2012-06-01T20:00:00Z" << QDate(2012, 6, 2);
        // Novosibirsk, UTC+7.
        QTest::newRow("Novosibirsk")
            << QByteArray("Asia/Novosibirsk") << "2024-06-30T17:00:00Z" << QDate(2024, 7, 1);
        // New York changes its offset on 2024-03-10 at 07:00 UTC (EST -> EDT):
        // the day that starts at -5 h ends at -4 h.
        QTest::newRow("New York, the day of the change starts")
            << QByteArray("America/New_York") << "2024-03-10T05:00:00Z" << QDate(2024, 3, 10);
        QTest::newRow("New York, the evening before")
            << QByteArray("America/New_York") << "2024-03-10T04:59:59Z" << QDate(2024, 3, 9);
        QTest::newRow("New York, the day of the change ends")
            << QByteArray("America/New_York") << "2024-03-11T03:59:59Z" << QDate(2024, 3, 10);
        QTest::newRow("New York, the next day")
            << QByteArray("America/New_York") << "2024-03-11T04:00:00Z" << QDate(2024, 3, 11);
        QTest::newRow("no zone: UTC")
            << QByteArray() << "2024-01-01T23:59:59Z" << QDate(2024, 1, 1);
        QTest::newRow("unknown zone: UTC")
            << QByteArray("Nowhere/Atlantis") << "2024-01-01T23:59:59Z" << QDate(2024, 1, 1);
    }

    void dayOfAnInstant()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, instant);
        QFETCH(QDate, day);
        CivilDays days(zone);
        QCOMPARE(days.dayOf(utc(qPrintable(instant))), dayNumber(day));
    }

    // An interval belongs to the day it starts in: 23:30-00:00 local is the
    // evening's, not the next day's.
    void intervalsCountByTheirStart()
    {
        CivilDays moscow("Europe/Moscow");
        QCOMPARE(moscow.dayOfIntervalEnd(utc("2024-01-01T21:00:00Z")),
                 dayNumber(QDate(2024, 1, 1)));
        QCOMPARE(moscow.dayOfIntervalEnd(utc("2024-01-01T21:30:00Z")),
                 dayNumber(QDate(2024, 1, 2)));
    }

    void ingestAddsToTheSiteCalendarDays()
    {
        test::TestDatabase database;
        QVERIFY(database.ok());
        QSqlDatabase db = database.connection();
        const auto site = test::createSmallInstallation(db);
        QVERIFY(Sql::exec(db, QStringLiteral("UPDATE sites SET time_zone = 'Europe/Moscow'")).ok());
        Ingestor ingestor(db);
        QVERIFY(ingestor.prepare().ok());
        const QString serial = QStringLiteral("MEMBER01");
        QVERIFY(ingestor.ingest(januaryFirstUtc(serial), 1).ok());
        // UTC slots 1..42 start before 21:00 UTC (midnight in Moscow).
        const qint64 jan1 = dayNumber(QDate(2024, 1, 1));
        QCOMPARE(dailyRows(db, site.memberAId),
                 (QList<QList<qint64>>{{jan1, sumOfSlots(1, 42), 42},
                                       {jan1 + 1, sumOfSlots(43, 48), 6}}));

        // The next UTC day's first six intervals join Moscow's 2 January; the
        // same values again, or a different value for a stored interval,
        // change no sum.
        engine::ReadingBatch more;
        for (int slot = 1; slot <= 6; ++slot)
            more.intervals.append(interval(serial, 1, kJan1 + 86400 + slot * 1800, 100));
        more.intervals.append(interval(serial, 1, kJan1 + 1800, 1));   // a repeat
        more.intervals.append(interval(serial, 1, kJan1 + 3600, 999)); // a conflict
        auto summary = ingestor.ingest(more, 2);
        QVERIFY(summary.ok());
        QCOMPARE(summary->inserted, 6);
        QCOMPARE(summary->conflicts, 1);
        const QList<QList<qint64>> expected{{jan1, sumOfSlots(1, 42), 42},
                                            {jan1 + 1, sumOfSlots(43, 48) + 600000, 12}};
        QCOMPARE(dailyRows(db, site.memberAId), expected);

        // What the ingest added up is what a rebuild from the rows gives.
        QVERIFY(DailySums::rebuild(db).ok());
        QCOMPARE(dailyRows(db, site.memberAId), expected);
    }

    void dayBalanceIsTheLocalDay()
    {
        test::TestDatabase database;
        QVERIFY(database.ok());
        QSqlDatabase db = database.connection();
        const auto site = test::createSmallInstallation(db);
        QVERIFY(Sql::exec(db, QStringLiteral("UPDATE sites SET time_zone = 'Europe/Moscow'")).ok());
        Ingestor ingestor(db);
        QVERIFY(ingestor.prepare().ok());
        QVERIFY(ingestor.ingest(januaryFirstUtc(QStringLiteral("MEMBER01")), 1).ok());
        const qint64 jan1 = dayNumber(QDate(2024, 1, 1)) * 86400;
        auto balance = analytics::BalanceQuery(db).compute(site.groupId, jan1, jan1 + 2 * 86400,
                                                           analytics::BalanceStep::Day);
        QVERIFY(balance.ok());
        QCOMPARE(balance->points.size(), 2);
        QCOMPARE(balance->points[0].start, jan1);
        QCOMPARE(balance->points[0].membersMwh, sumOfSlots(1, 42));
        QCOMPARE(balance->points[0].memberIntervals, 42);
        QCOMPARE(balance->points[1].membersMwh, sumOfSlots(43, 48));
    }

    // A database of version 7 kept UTC-day sums; migrating rebuilds them per
    // the site's calendar and leaves the readings as they were.
    void migrationRebuildsTheSums()
    {
        QTemporaryDir dir;
        Database old({dir.filePath(QStringLiteral("old.sqlite"))});
        QSqlDatabase db = *old.connection();
        SqliteDialect dialect;
        Migrator migrator(dialect);
        QVERIFY(migrator.migrate(db, 7).ok());
        for (const char *sql :
             {"INSERT INTO sites(id, name, time_zone) VALUES (1, 'SNT', 'Europe/Moscow')",
              "INSERT INTO meters(id, serial, site_id) VALUES (1, 'M1', 1)",
              "INSERT INTO meters(id, serial) VALUES (2, 'NOSITE')",
              // 20:30-21:00 and 21:00-21:30 UTC on 2024-01-01
              "INSERT INTO interval_values VALUES (1, 1, 1704142800, 5, 0, 5000, 0)",
              "INSERT INTO interval_values VALUES (1, 1, 1704144600, 7, 0, 7000, 0)",
              "INSERT INTO interval_values VALUES (2, 1, 1704144600, 9, 0, 9000, 0)",
              "INSERT INTO meter_daily VALUES (1, 1, 19723, 12000, 2)",
              "INSERT INTO meter_daily VALUES (2, 1, 19723, 9000, 1)"})
            QVERIFY2(Sql::exec(db, QString::fromLatin1(sql)).ok(), sql);
        const Status migrated = migrator.migrate(db);
        QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().message));
        QCOMPARE(dailyRows(db, 1), (QList<QList<qint64>>{{19723, 5000, 1}, {19724, 7000, 1}}));
        QCOMPARE(dailyRows(db, 2), (QList<QList<qint64>>{{19723, 9000, 1}}));
        QCOMPARE(test::countRows(db, QStringLiteral("SELECT COUNT(*) FROM interval_values")), 3);
    }
};

QTEST_GUILESS_MAIN(CivilDaysTest)
#include "tst_civil_days.moc"
