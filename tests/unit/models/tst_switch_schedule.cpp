// Switch schedules: their text forms, when they are due in a site's zone,
// and the store (models/control/switch_schedule*.h, migration 9).
#include "models/control/switch_schedule.h"
#include "models/control/switch_schedule_store.h"
#include "models/domain/entities.h"
#include "models/storage/database.h"
#include "models/storage/domain_store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ims;
using namespace ims::control;

namespace {

qint64 utc(int y, int m, int d, int hh, int mm)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

class TstSwitchSchedule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    qint64 m_site = 0;
    qint64 m_meter = 0;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<storage::Database>(
            storage::DatabaseConfig{m_dir.filePath(QStringLiteral("s.sqlite"))});
        QVERIFY(m_db->openAndMigrate().ok());
        storage::DomainStore domain(*m_db->connection());
        m_site = *domain.add(domain::Site{0, QStringLiteral("S"), {}, {}, {}});
        domain::Meter m;
        m.serial = QStringLiteral("L0001");
        m.siteId = m_site;
        m_meter = *domain.add(m);
    }

    void parsesTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("minute");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("back");
        QTest::addRow("fixed") << "18:30" << true << 0 << 1110 << 0 << "18:30";
        QTest::addRow("fixed short hour") << "6:05" << true << 0 << 365 << 0 << "06:05";
        QTest::addRow("sunset") << "sunset" << true << 2 << 0 << 0 << "sunset";
        QTest::addRow("sunset+15") << "sunset+15" << true << 2 << 0 << 15 << "sunset+15";
        QTest::addRow("sunrise-30") << "Sunrise-30" << true << 1 << 0 << -30 << "sunrise-30";
        QTest::addRow("bad hour") << "24:00" << false << 0 << 0 << 0 << "";
        QTest::addRow("offset too big") << "sunset+800" << false << 0 << 0 << 0 << "";
        QTest::addRow("words") << "dusk" << false << 0 << 0 << 0 << "";
    }

    void parsesTimes()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        SwitchSchedule s;
        const Status st = SwitchScheduleText::parseTime(text, s);
        QCOMPARE(st.ok(), ok);
        if (!ok)
            return;
        QFETCH(int, kind);
        QFETCH(int, minute);
        QFETCH(int, offset);
        QFETCH(QString, back);
        QCOMPARE(int(s.timeKind), kind);
        QCOMPARE(s.minuteOfDay, minute);
        QCOMPARE(s.offsetMinutes, offset);
        QCOMPARE(SwitchScheduleText::timeText(s), back);
    }

    void parsesDays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("days"); // -1: refused
        QTest::addRow("all") << "all" << 0x7F;
        QTest::addRow("weekdays") << "mon-fri" << 0x1F;
        QTest::addRow("weekend") << "sat,sun" << 0x60;
        QTest::addRow("one") << "wed" << 0x04;
        QTest::addRow("backwards range") << "fri-mon" << -1;
        QTest::addRow("nonsense") << "someday" << -1;
        QTest::addRow("empty") << "" << -1;
    }

    void parsesDays()
    {
        QFETCH(QString, text);
        QFETCH(int, days);
        const Result<quint8> d = SwitchScheduleText::parseDays(text);
        QCOMPARE(d.ok(), days >= 0);
        if (d)
            QCOMPARE(int(*d), days);
    }

    // 22:00 in Moscow (UTC+3, no DST) is 19:00 UTC; on weekdays only, the
    // Saturday and Sunday are skipped.
    void fixedTimeInTheSiteZone()
    {
        SwitchCalendar calendar(QTimeZone("Europe/Moscow"), std::nullopt);
        SwitchSchedule s;
        QVERIFY(SwitchScheduleText::parseTime(u"22:00", s).ok());
        s.days = SwitchDays::Weekdays;
        // Friday 2026-03-20 20:00 UTC = 23:00 MSK: Friday's 22:00 is past.
        const qint64 now = utc(2026, 3, 20, 20, 0);
        QCOMPARE(calendar.previousDue(s, now)->value(), utc(2026, 3, 20, 19, 0));
        QCOMPARE(calendar.nextDue(s, now)->value(), utc(2026, 3, 23, 19, 0)); // Monday
        QVERIFY(!calendar.dueOn(s, QDate(2026, 3, 21))->has_value());         // Saturday
    }

    // Berlin changes its clocks on 29 March 2026: 22:00 local is 21:00 UTC
    // before and 20:00 UTC after.
    void fixedTimeFollowsDaylightSaving()
    {
        SwitchCalendar calendar(QTimeZone("Europe/Berlin"), std::nullopt);
        SwitchSchedule s;
        QVERIFY(SwitchScheduleText::parseTime(u"22:00", s).ok());
        QCOMPARE(calendar.dueOn(s, QDate(2026, 3, 28))->value(), utc(2026, 3, 28, 21, 0));
        QCOMPARE(calendar.dueOn(s, QDate(2026, 3, 29))->value(), utc(2026, 3, 29, 20, 0));
    }

    void sunTimesNeedCoordinates()
    {
        SwitchCalendar calendar(QTimeZone("Europe/Moscow"), std::nullopt);
        SwitchSchedule s;
        QVERIFY(SwitchScheduleText::parseTime(u"sunset", s).ok());
        QCOMPARE(calendar.nextDue(s, utc(2026, 1, 1, 0, 0)).error().kind,
                 ErrorKind::InvalidArgument);
    }

    // Murmansk in polar night: no sunset, so a sunset schedule has no due
    // instant that day and the next one is weeks later — beyond the week
    // looked at.
    void polarNightHasNoSunset()
    {
        SwitchCalendar calendar(QTimeZone("Europe/Moscow"), GeoPosition{68.9585, 33.0827});
        SwitchSchedule s;
        QVERIFY(SwitchScheduleText::parseTime(u"sunset", s).ok());
        QVERIFY(!calendar.dueOn(s, QDate(2025, 12, 21))->has_value());
        QVERIFY(!calendar.nextDue(s, utc(2025, 12, 15, 0, 0))->has_value());
    }

    void storeKeepsCoordinatesAndSchedules()
    {
        SwitchScheduleStore store(*m_db->connection());
        QCOMPARE(store.siteCoordinates(m_site)->has_value(), false);

        SwitchSchedule s;
        s.name = QStringLiteral("Lights on");
        s.target = {SwitchTargetKind::Meter, m_meter};
        s.action = SwitchAction::Reconnect;
        QVERIFY(SwitchScheduleText::parseTime(u"sunset+10", s).ok());
        // Without coordinates a sun schedule is refused before it is stored.
        QCOMPARE(store.add(s, 1000).error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(store.setSiteCoordinates(m_site, GeoPosition{95.0, 0.0}).error().kind,
                 ErrorKind::InvalidArgument);
        QVERIFY(store.setSiteCoordinates(m_site, GeoPosition{55.7558, 37.6173}).ok());
        QCOMPARE(store.siteCoordinates(m_site)->value().latitude, 55.7558);

        const Result<qint64> id = store.add(s, 1000);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        const SwitchSchedule back = *store.schedule(*id);
        QCOMPARE(back.name, s.name);
        QCOMPARE(back.siteId, m_site); // from the meter
        QCOMPARE(back.timeKind, SwitchTimeKind::Sunset);
        QCOMPARE(back.offsetMinutes, 10);
        QCOMPARE(back.lastRunMs, qint64(1000)); // the past does not fire
        QVERIFY(store.recordRun(*id, 5000, QStringLiteral("1 applied")).ok());
        QCOMPARE(store.schedule(*id)->lastResult, QStringLiteral("1 applied"));
        QVERIFY(store.setEnabled(*id, false).ok());
        QCOMPARE(store.schedules(true)->size(), 0);
        QCOMPARE(store.schedules(false)->size(), 1);

        s.target = {SwitchTargetKind::Feeder, 4242};
        QCOMPARE(store.add(s, 1000).error().kind, ErrorKind::NotFound);

        QVERIFY(store.remove(*id).ok());
        QCOMPARE(store.remove(*id).error().kind, ErrorKind::NotFound);
        QVERIFY(store.setSiteCoordinates(m_site, std::nullopt).ok());
        QVERIFY(!store.siteCoordinates(m_site)->has_value());
    }
};

QTEST_GUILESS_MAIN(TstSwitchSchedule)
#include "tst_switch_schedule.moc"
