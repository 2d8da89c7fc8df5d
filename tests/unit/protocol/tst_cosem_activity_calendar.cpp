// Activity calendar structures and the tariff plan validator.
#include "protocol/axdr/axdr_codec.h"
#include "protocol/core/bytes.h"
#include "protocol/cosem/activity_calendar.h"
#include "protocol/cosem/calendar_validator.h"
#include "protocol/cosem/class_id.h"

#include <QTest>

using namespace ims;
using namespace ims::cosem;
using axdr::Value;
using Attr = ic::ActivityCalendar::Attr;

Q_DECLARE_METATYPE(ims::cosem::CalendarPlan)

namespace {

template<typename R>
QByteArray why(const R &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

QByteArray hex(const char *text)
{
    return ims::fromHex(QString::fromLatin1(text));
}

const Obis tariffScripts(0, 0, 10, 0, 100, 255);

DayAction sw(quint8 hour, quint8 minute, quint16 tariff)
{
    return DayAction{axdr::CosemTime{hour, minute, 0, 0xFF}, tariffScripts, tariff};
}

axdr::CosemDateTime everyYear(quint8 month, quint8 day)
{
    axdr::CosemDateTime t;
    t.date = {0xFFFF, month, day, 0xFF};
    t.time = {0, 0, 0, 0xFF};
    return t; // deviation and status not specified
}

CalendarPlan goodPlan()
{
    CalendarPlan p;
    p.name = "TP1";
    p.seasons = {{"S1", everyYear(1, 1), "W1"}, {"S2", everyYear(4, 1), "W1"}};
    p.weeks = {{"W1", {1, 1, 1, 1, 1, 2, 2}}};
    p.days = {{1, {sw(0, 0, 1), sw(7, 0, 2), sw(23, 0, 1)}}, {2, {sw(0, 0, 1)}}};
    return p;
}

} // namespace

class CosemActivityCalendarTest : public QObject
{
    Q_OBJECT
private slots:
    // season ::= structure{octet-string name, octet-string(12) start, octet-string week}
    void seasonWireForm()
    {
        const SeasonProfile s{"S1", everyYear(1, 1), "W1"};
        QCOMPARE(axdr::encode(s.toValue()),
                 hex("02 03 09 02 53 31 09 0C FF FF 01 01 FF 00 00 00 FF 80 00 FF 09 02 57 31"));
    }

    // week ::= structure{octet-string name, 7 x unsigned day_id}
    void weekWireForm()
    {
        const WeekProfile w{"W1", {1, 1, 1, 1, 1, 2, 2}};
        QCOMPARE(axdr::encode(w.toValue()),
                 hex("02 08 09 02 57 31 11 01 11 01 11 01 11 01 11 01 11 02 11 02"));
    }

    // day ::= structure{unsigned day_id, array of structure{octet-string(4) start_time,
    //                   octet-string(6) script_logical_name, long-unsigned script_selector}}
    void dayWireForm()
    {
        const DayProfile d{1, {sw(7, 0, 2)}};
        QCOMPARE(axdr::encode(d.toValue()),
                 hex("02 02 11 01 01 01 02 03 09 04 07 00 00 FF 09 06 00 00 0A 00 64 FF 12 00 02"));
    }

    void attributesRoundTrip()
    {
        ActivityCalendar cal;
        cal.passive = goodPlan();
        cal.activatePassiveCalendarTime = everyYear(6, 1);
        cal.activatePassiveCalendarTime.date.year = 2026;
        ActivityCalendar back;
        for (qint8 i = Attr::CalendarNameActive; i <= Attr::ActivatePassiveCalendarTime; ++i) {
            const auto v = cal.attribute(i);
            QVERIFY(v.ok());
            const Status s = back.setAttribute(i, *v);
            QVERIFY2(s.ok(), why(s).constData());
        }
        QCOMPARE(back, cal);
        QCOMPARE(cal.attribute(Attr::CalendarNamePassive).valueOr({}), Value::octetString("TP1"));
        QCOMPARE(cal.attribute(Attr::CalendarNameActive).valueOr({}), Value::octetString({}));
        QCOMPARE(axdr::encode(ActivityCalendar::activatePassiveCalendarParameter()), hex("0F 00"));
        QCOMPARE(cal.attribute(11).error().kind, ErrorKind::NotFound);
    }

    void wrongShapes_data()
    {
        QTest::addColumn<int>("attribute");
        QTest::addColumn<Value>("value");
        QTest::addColumn<QString>("field");
        const Value start = Value::octetString(everyYear(1, 1).toOctets());
        QTest::newRow("season start of 5 octets")
            << int(Attr::SeasonProfilePassive)
            << Value::array({Value::structure({Value::octetString("S1"),
                                               Value::octetString(QByteArray(5, 1)),
                                               Value::octetString("W1")})})
            << QStringLiteral("activity_calendar.season_profile_passive[0].season_start");
        QTest::newRow("week with six days")
            << int(Attr::WeekProfileTableActive)
            << Value::array(
                   {Value::structure({Value::octetString("W1"), Value::unsigned8(1),
                                      Value::unsigned8(1), Value::unsigned8(1), Value::unsigned8(1),
                                      Value::unsigned8(1), Value::unsigned8(1)})})
            << QStringLiteral("activity_calendar.week_profile_table_active[0]");
        QTest::newRow("sunday as long-unsigned")
            << int(Attr::WeekProfileTablePassive)
            << Value::array({Value::structure({Value::octetString("W1"), Value::unsigned8(1),
                                               Value::unsigned8(1), Value::unsigned8(1),
                                               Value::unsigned8(1), Value::unsigned8(1),
                                               Value::unsigned8(1), Value::longUnsigned(1)})})
            << QStringLiteral("activity_calendar.week_profile_table_passive[0].sunday");
        QTest::newRow("start time 25:00")
            << int(Attr::DayProfileTablePassive)
            << Value::array({Value::structure(
                   {Value::unsigned8(1),
                    Value::array({Value::structure({Value::octetString(hex("19 00 00 00")),
                                                    Value::octetString(tariffScripts.toBytes()),
                                                    Value::longUnsigned(1)})})})})
            << QStringLiteral(
                   "activity_calendar.day_profile_table_passive[0].day_schedule[0].start_time");
        QTest::newRow("selector as unsigned")
            << int(Attr::DayProfileTablePassive)
            << Value::array({Value::structure(
                   {Value::unsigned8(1),
                    Value::array({Value::structure({Value::octetString(hex("07 00 00 FF")),
                                                    Value::octetString(tariffScripts.toBytes()),
                                                    Value::unsigned8(1)})})})})
            << QStringLiteral("activity_calendar.day_profile_table_passive[0].day_schedule[0]."
                              "script_selector");
        QTest::newRow("calendar name as visible-string")
            << int(Attr::CalendarNamePassive) << Value::visibleString("TP1")
            << QStringLiteral("activity_calendar.calendar_name_passive");
        Q_UNUSED(start);
    }
    void wrongShapes()
    {
        QFETCH(int, attribute);
        QFETCH(Value, value);
        QFETCH(QString, field);
        ActivityCalendar cal;
        cal.passive = goodPlan();
        const ActivityCalendar before = cal;
        const Status s = cal.setAttribute(qint8(attribute), value);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Malformed);
        QVERIFY2(s.error().message.startsWith(field + QLatin1Char(':')), why(s).constData());
        QCOMPARE(cal, before);
    }

    void goodPlanPasses()
    {
        CalendarRules rules;
        rules.tariffScriptTable = tariffScripts;
        QVERIFY(CalendarValidator::validate(goodPlan(), rules).isEmpty());
        QVERIFY(CalendarValidator::check(goodPlan(), rules).ok());
    }

    void badPlans_data()
    {
        QTest::addColumn<CalendarPlan>("plan");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("message");

        CalendarPlan p = goodPlan();
        p.days[0].schedule = {sw(0, 0, 1), sw(7, 0, 2), sw(7, 0, 3)};
        QTest::newRow("two switches at the same time")
            << p << int(CalendarProblem::SwitchTimesNotIncreasing)
            << QStringLiteral("day profile 1, switch 3 at 07:00:00 is not later than the switch "
                              "before it at 07:00:00");

        p = goodPlan();
        p.days[0].schedule = {sw(0, 0, 1), sw(23, 0, 2), sw(7, 0, 1)};
        QTest::newRow("switches out of order")
            << p << int(CalendarProblem::SwitchTimesNotIncreasing)
            << QStringLiteral("day profile 1, switch 3 at 07:00:00 is not later than the switch "
                              "before it at 23:00:00");

        p = goodPlan();
        p.days[0].schedule = {sw(0, 0, 1), sw(7, 0, 7)};
        QTest::newRow("seventh tariff")
            << p << int(CalendarProblem::TariffOutOfRange)
            << QStringLiteral(
                   "day profile 1, switch 2 at 07:00:00 selects tariff 7; allowed are 1 to 6");

        p = goodPlan();
        p.days[1].schedule = {sw(0, 0, 0)};
        QTest::newRow("tariff zero")
            << p << int(CalendarProblem::TariffOutOfRange)
            << QStringLiteral(
                   "day profile 2, switch 1 at 00:00:00 selects tariff 0; allowed are 1 to 6");

        p = goodPlan();
        p.weeks[0].dayIds[6] = 9;
        QTest::newRow("week uses a missing day")
            << p << int(CalendarProblem::UnknownDay)
            << QStringLiteral(
                   "week profile \"W1\" uses day profile 9 on Sunday, which is not defined");

        p = goodPlan();
        p.seasons[1].weekName = "W9";
        QTest::newRow("season uses a missing week")
            << p << int(CalendarProblem::UnknownWeek)
            << QStringLiteral("season \"S2\" uses week profile \"W9\", which is not defined");

        p = goodPlan();
        std::swap(p.seasons[0], p.seasons[1]);
        QTest::newRow("seasons out of order")
            << p << int(CalendarProblem::SeasonsOutOfOrder)
            << QStringLiteral(
                   "season \"S1\" (****-01-01) does not start after season \"S2\" (****-04-01)");

        p = goodPlan();
        p.days.append(DayProfile{1, {sw(0, 0, 3)}});
        QTest::newRow("day id twice") << p << int(CalendarProblem::DuplicateDayId)
                                      << QStringLiteral("day profile 1 is defined twice");

        p = goodPlan();
        p.days[1].schedule = {DayAction{axdr::CosemTime{0xFF, 0, 0, 0xFF}, tariffScripts, 1}};
        QTest::newRow("switch without hour")
            << p << int(CalendarProblem::SwitchTimeUnspecified)
            << QStringLiteral(
                   "day profile 2, switch 1: the start time **:00:00 must give hour and minute");

        p = goodPlan();
        p.days[1].schedule.clear();
        QTest::newRow("empty day") << p << int(CalendarProblem::EmptyDaySchedule)
                                   << QStringLiteral("day profile 2 has no tariff switches");

        p = goodPlan();
        p.seasons[1].start.date.month = 0xFF;
        QTest::newRow("season without month")
            << p << int(CalendarProblem::SeasonStartUnspecified)
            << QStringLiteral(
                   "season \"S2\" starts on ****-**-01: the month and day must be given");

        p = goodPlan();
        p.days[1].schedule[0].scriptLogicalName = Obis(0, 0, 10, 0, 106, 255);
        QTest::newRow("wrong script table")
            << p << int(CalendarProblem::WrongScriptTable)
            << QStringLiteral("day profile 2, switch 1 at 00:00:00 runs script table "
                              "0.0.10.0.106.255 instead of "
                              "0.0.10.0.100.255");

        QTest::newRow("empty plan") << CalendarPlan{} << int(CalendarProblem::NoSeasons)
                                    << QStringLiteral("the calendar has no seasons");
    }
    void badPlans()
    {
        QFETCH(CalendarPlan, plan);
        QFETCH(int, problem);
        QFETCH(QString, message);
        CalendarRules rules;
        rules.tariffScriptTable = tariffScripts;
        const QList<CalendarIssue> issues = CalendarValidator::validate(plan, rules);
        QVERIFY(!issues.isEmpty());
        QCOMPARE(int(issues.first().problem), problem);
        QCOMPARE(issues.first().message, message);
        const Status s = CalendarValidator::check(plan, rules);
        QCOMPARE(s.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(s.error().message, message);
    }

    void maxTariffsIsAParameter()
    {
        CalendarPlan p = goodPlan();
        p.days[0].schedule = {sw(0, 0, 1), sw(7, 0, 7)};
        CalendarRules eight;
        eight.maxTariffs = 8;
        QVERIFY(CalendarValidator::validate(p, eight).isEmpty());
        QCOMPARE(CalendarValidator::validate(p).size(), 1);
    }

    void allIssuesAreListed()
    {
        CalendarPlan p = goodPlan();
        p.days[0].schedule = {sw(7, 0, 7), sw(6, 0, 1)};
        p.weeks[0].dayIds[0] = 5;
        const auto issues = CalendarValidator::validate(p);
        QCOMPARE(issues.size(), 3);
        QCOMPARE(issues[0].problem, CalendarProblem::UnknownDay);
        QCOMPARE(issues[1].problem, CalendarProblem::TariffOutOfRange);
        QCOMPARE(issues[2].problem, CalendarProblem::SwitchTimesNotIncreasing);
    }

    void binaryNamesAreShownInHex()
    {
        QCOMPARE(CalendarValidator::displayName(QByteArray("\x01\x02", 2)),
                 QStringLiteral("0x0102"));
        QCOMPARE(CalendarValidator::displayName("Winter"), QStringLiteral("\"Winter\""));
    }
};

QTEST_GUILESS_MAIN(CosemActivityCalendarTest)
#include "tst_cosem_activity_calendar.moc"
