// The tariff plan file: what a plan becomes on the meter (the A-XDR of the
// activity calendar attributes, checked byte by byte against the Blue Book
// structures), what is refused and with which words, and the comparison
// that decides whether a meter runs a plan.
#include "protocol/axdr/axdr_codec.h"
#include "protocol/control/tariff_plan_json.h"
#include "protocol/control/tariff_plan_validator.h"
#include "protocol/core/bytes.h"
#include "protocol/cosem/spodes_objects.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace ims;
using namespace ims::control;

namespace {

QString examplePath()
{
    return QStringLiteral(IMSDESK_SOURCE_DIR "/docs/examples/tariff-plan-3-rate.json");
}

// A plan as JSON text, built from parts so that each test row changes one thing.
QByteArray planText(const QString &tariffs, const QString &days, const QString &weeks,
                    const QString &seasons, const QString &special = QString())
{
    QString text = QStringLiteral("{\"name\": \"t\", \"tariffs\": [%1], \"day_profiles\": [%2],"
                                  " \"week_profiles\": [%3], \"seasons\": [%4]")
                       .arg(tariffs, days, weeks, seasons);
    if (!special.isEmpty())
        text += QStringLiteral(", \"special_days\": [%1]").arg(special);
    return (text + QLatin1Char('}')).toUtf8();
}

const QString kTwoTariffs = QStringLiteral("{\"id\": 1}, {\"id\": 2}");
const QString kDay = QStringLiteral("{\"id\": 1, \"switches\": [{\"at\": \"07:00\", \"tariff\": "
                                    "1}, {\"at\": \"23:00\", \"tariff\": 2}]}");
const QString kWeek = QStringLiteral("{\"name\": \"W\", \"days\": [1, 1, 1, 1, 1, 1, 1]}");
const QString kSeason = QStringLiteral("{\"name\": \"S\", \"start\": \"01-01\", \"week\": \"W\"}");

} // namespace

class TstTariffPlan : public QObject
{
    Q_OBJECT

private slots:
    void exampleFileParses()
    {
        Result<TariffPlan> plan = TariffPlanJson::load(examplePath());
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan->name, QStringLiteral("3-rate 2026"));
        QCOMPARE(plan->tariffs.size(), 3);
        QCOMPARE(plan->calendar.days.size(), 3);
        QCOMPARE(plan->calendar.weeks.size(), 2);
        QCOMPARE(plan->calendar.seasons.size(), 3);
        QCOMPARE(plan->specialDays.size(), 7);
        QCOMPARE(plan->usedTariffs(), (QList<quint16>{1, 2, 3}));
        // Seasons in the order of their start; the summer season starts on April 1st.
        QCOMPARE(plan->calendar.seasons[1].name, QByteArray("summer"));
        QCOMPARE(plan->calendar.seasons[1].start.date.month, quint8(4));
        // A dated special day keeps its year; the others repeat every year.
        QCOMPARE(plan->specialDays.last().date.year, quint16(2026));
        QCOMPARE(plan->specialDays.first().date.year, quint16(0xFFFF));
        QVERIFY(TariffPlanValidator::check(*plan).ok());
    }

    // One switch at midnight to tariff 2 becomes the day_profile_table entry
    // { day_id 1, { { time 00:00:00.00, script 0.0.10.0.100.255 (SPODES tariff
    // script table), selector 2 } } }, encoded per IEC 62056-6-2.
    void dayProfileBytes()
    {
        Result<TariffPlan> plan = TariffPlanJson::parse(planText(
            QStringLiteral("{\"id\": 2}"),
            QStringLiteral("{\"id\": 1, \"switches\": [{\"at\": \"00:00\", \"tariff\": 2}]}"),
            kWeek, kSeason));
        QVERIFY(plan.ok());
        cosem::ActivityCalendar c;
        c.passive = plan->calendar;
        Result<axdr::Value> days = c.attribute(9);
        QVERIFY(days.ok());
        QCOMPARE(toSpacedHex(axdr::encode(*days)),
                 QStringLiteral("01 01 02 02 11 01 01 01 02 03 09 04 00 00 00 00 09 06 00 00 0A 00"
                                " 64 FF 12 00 02"));
    }

    // season_start: octet-string(12) date-time, year not specified (FFFF),
    // April 1st, day of week not specified, 00:00:00.00, deviation not
    // specified (8000), status not specified (FF).
    void seasonStartBytes()
    {
        Result<TariffPlan> plan = TariffPlanJson::parse(
            planText(kTwoTariffs, kDay, kWeek,
                     QStringLiteral("{\"name\": \"S\", \"start\": \"04-01\", \"week\": \"W\"}")));
        QVERIFY(plan.ok());
        QCOMPARE(
            toSpacedHex(axdr::encode(plan->calendar.seasons.first().toValue())),
            QStringLiteral("02 03 09 01 53 09 0C FF FF 04 01 FF 00 00 00 00 80 00 FF 09 01 57"));
    }

    // A special day "05-09" on day profile 3, first entry: { index 1, date
    // FFFF 05 09 FF, day_id 3 }.
    void specialDayBytes()
    {
        Result<TariffPlan> plan
            = TariffPlanJson::parse(planText(kTwoTariffs, kDay, kWeek, kSeason,
                                             QStringLiteral("{\"date\": \"05-09\", \"day\": 1}")));
        QVERIFY(plan.ok());
        QCOMPARE(
            toSpacedHex(axdr::encode(cosem::SpecialDaysTable::entriesToValue(plan->specialDays))),
            QStringLiteral("01 01 02 03 12 00 01 09 05 FF FF 05 09 FF 11 01"));
    }

    void switchesAreSortedByTime()
    {
        Result<TariffPlan> plan = TariffPlanJson::parse(
            planText(kTwoTariffs,
                     QStringLiteral("{\"id\": 1, \"switches\": [{\"at\": \"23:00\", \"tariff\": 2},"
                                    " {\"at\": \"7:00\", \"tariff\": 1}]}"),
                     kWeek, kSeason));
        QVERIFY(plan.ok());
        const auto &s = plan->calendar.days.first().schedule;
        QCOMPARE(s[0].startTime.hour, quint8(7));
        QCOMPARE(s[0].scriptSelector, quint16(1));
        QCOMPARE(s[1].startTime.hour, quint8(23));
    }

    void roundTripKeepsTheDigest()
    {
        Result<TariffPlan> plan = TariffPlanJson::load(examplePath());
        QVERIFY(plan.ok());
        Result<TariffPlan> again
            = TariffPlanJson::parse(QJsonDocument(TariffPlanJson::toJson(*plan)).toJson());
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(again->digest(), plan->digest());
        QCOMPARE(again->calendar, plan->calendar);
        QCOMPARE(plan->digest().size(), 64);
    }

    void digestIgnoresEncodingDetailsOnly()
    {
        Result<TariffPlan> plan = TariffPlanJson::load(examplePath());
        QVERIFY(plan.ok());
        // What a meter may send back differently: seconds/hundredths as
        // "not specified", a deviation in the season start, another table order.
        cosem::CalendarPlan meter = plan->calendar;
        meter.days.first().schedule.first().startTime.hundredths = 0xFF;
        meter.seasons.first().start.deviation = -180;
        std::reverse(meter.weeks.begin(), meter.weeks.end());
        QCOMPARE(TariffPlanCompare::digest(meter, plan->specialDays), plan->digest());
        QVERIFY(TariffPlanCompare::differences(*plan, meter, &plan->specialDays).isEmpty());
        // A different switch is a different plan.
        meter.days.first().schedule.first().scriptSelector = 3;
        QVERIFY(TariffPlanCompare::digest(meter, plan->specialDays) != plan->digest());
        const QStringList d = TariffPlanCompare::differences(*plan, meter, nullptr);
        QCOMPARE(d.size(), 1);
        QVERIFY2(d.first().startsWith(QStringLiteral("day profile 1: plan 00:00 T2")),
                 qPrintable(d.first()));
        QVERIFY2(d.first().contains(QStringLiteral("meter 00:00 T3")), qPrintable(d.first()));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("kind");
        const int invalid = int(ErrorKind::InvalidArgument);
        QString seven;
        for (int t = 1; t <= 7; ++t)
            seven += QStringLiteral("%1{\"id\": %2}")
                         .arg(t > 1 ? QStringLiteral(", ") : QString())
                         .arg(t);
        QTest::newRow("7 tariffs") << planText(seven, kDay, kWeek, kSeason)
                                   << QStringLiteral("the plan has 7 tariffs; a meter switches at"
                                                     " most 6")
                                   << invalid;
        QTest::newRow("same switch time twice")
            << planText(
                   kTwoTariffs,
                   QStringLiteral("{\"id\": 1, \"switches\": [{\"at\": \"07:00\", \"tariff\": 1},"
                                  " {\"at\": \"07:00\", \"tariff\": 2}]}"),
                   kWeek, kSeason)
            << QStringLiteral("day profile 1 switches twice at 07:00 (tariffs 1 and 2): the"
                              " periods overlap")
            << invalid;
        QTest::newRow("undeclared tariff")
            << planText(QStringLiteral("{\"id\": 1}"), kDay, kWeek, kSeason)
            << QStringLiteral("day profile 1 switches to tariff 2 at 23:00, which the plan does"
                              " not declare")
            << invalid;
        QTest::newRow("unknown day profile")
            << planText(kTwoTariffs, kDay,
                        QStringLiteral("{\"name\": \"W\", \"days\": [1, 1, 1, 1, 1, 4, 4]}"),
                        kSeason)
            << QStringLiteral("week profile \"W\" uses day profile 4, which the plan does not"
                              " define")
            << invalid;
        QTest::newRow("unknown week")
            << planText(kTwoTariffs, kDay, kWeek,
                        QStringLiteral("{\"name\": \"S\", \"start\": \"01-01\", \"week\": \"X\"}"))
            << QStringLiteral("season \"S\" uses week profile \"X\", which the plan does not"
                              " define")
            << invalid;
        QTest::newRow("two seasons on one day")
            << planText(kTwoTariffs, kDay, kWeek,
                        kSeason
                            + QStringLiteral(", {\"name\": \"T\", \"start\": \"01-01\","
                                             " \"week\": \"W\"}"))
            << QStringLiteral("seasons \"S\" and \"T\" both start on 01-01") << invalid;
        QTest::newRow("special day on unknown profile")
            << planText(kTwoTariffs, kDay, kWeek, kSeason,
                        QStringLiteral("{\"date\": \"01-01\", \"day\": 7}"))
            << QStringLiteral("special day 01-01 uses day profile 7") << invalid;
        QTest::newRow("special day twice")
            << planText(kTwoTariffs, kDay, kWeek, kSeason,
                        QStringLiteral("{\"date\": \"01-01\", \"day\": 1},"
                                       " {\"date\": \"01-01\", \"day\": 1}"))
            << QStringLiteral("special day 01-01 is listed twice") << invalid;
        QTest::newRow("bad time")
            << planText(kTwoTariffs,
                        QStringLiteral(
                            "{\"id\": 1, \"switches\": [{\"at\": \"24:00\", \"tariff\": 1}]}"),
                        kWeek, kSeason)
            << QStringLiteral("day_profiles[0].switches[0].at: \"24:00\" is not a time of day")
            << invalid;
        QTest::newRow("bad date") << planText(
            kTwoTariffs, kDay, kWeek,
            QStringLiteral("{\"name\": \"S\", \"start\": \"02-30\", \"week\": \"W\"}"))
                                  << QStringLiteral("seasons[0].start: \"02-30\" is not a date")
                                  << invalid;
        QTest::newRow("misspelt key")
            << QByteArray("{\"name\": \"t\", \"tariffs\": [], \"day_profile\": []}")
            << QStringLiteral("plan: unknown key \"day_profile\"") << invalid;
        QTest::newRow("week of six days")
            << planText(kTwoTariffs, kDay,
                        QStringLiteral("{\"name\": \"W\", \"days\": [1, 1, 1, 1, 1, 1]}"), kSeason)
            << QStringLiteral("week_profiles[0].days must list 7 day profile ids") << invalid;
        QTest::newRow("not JSON") << QByteArray("{\"name\": ") << QStringLiteral("not valid JSON")
                                  << invalid;
        QTest::newRow("other format")
            << QByteArray("{\"format\": \"something/2\", \"name\": \"t\", \"tariffs\": [],"
                          " \"day_profiles\": [], \"week_profiles\": [], \"seasons\": []}")
            << QStringLiteral("plan.format is \"something/2\"") << invalid;
    }

    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QFETCH(int, kind);
        Result<TariffPlan> plan = TariffPlanJson::parse(json);
        Status s = plan ? TariffPlanValidator::check(*plan) : Status(plan.error());
        QVERIFY(!s.ok());
        QCOMPARE(int(s.error().kind), kind);
        QVERIFY2(s.error().message.contains(expected), qPrintable(s.error().message));
    }

    void meterCapabilities()
    {
        Result<TariffPlan> plan = TariffPlanJson::load(examplePath());
        QVERIFY(plan.ok());
        TariffRules rules;
        rules.meterTariffs = 2; // the plan switches to tariff 3
        Status s = TariffPlanValidator::check(*plan, rules);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Unsupported);
        QVERIFY(s.error().message.contains(
            QStringLiteral("the meter has 2 tariff registers; the plan switches to tariff 3")));
        rules = {};
        rules.meterHasSpecialDays = false;
        s = TariffPlanValidator::check(*plan, rules);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Unsupported);
        QVERIFY(s.error().message.contains(QStringLiteral("no special days table")));
        rules = {};
        rules.meterTariffs = 6;
        QVERIFY(TariffPlanValidator::check(*plan, rules).ok());
    }

    void tooLargeFileIsRefused()
    {
        QByteArray big(TariffPlanJson::kMaxFileBytes + 1, ' ');
        Result<TariffPlan> plan = TariffPlanJson::parse(big);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind, ErrorKind::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TstTariffPlan)
#include "tst_tariff_plan.moc"
