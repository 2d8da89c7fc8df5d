// Energy-threshold zones and the penalty tariff of a tariff plan: the file
// keys, what the validator refuses (and with which words), the bytes of the
// register monitor they become (Blue Book class 21 attributes 2..4, written
// out by hand), the model capability table, and the digest rule that keeps
// plans without zones at the digest they always had.
#include "protocol/axdr/axdr_codec.h"
#include "protocol/control/tariff_capabilities.h"
#include "protocol/control/tariff_plan_json.h"
#include "protocol/control/tariff_plan_validator.h"
#include "protocol/core/bytes.h"

#include <QJsonArray>
#include <QTest>

using namespace ims;
using namespace ims::control;

namespace {

// A two-rate plan declaring tariffs 1..4, with `extra` JSON members added.
QByteArray planWith(const QString &extra)
{
    QString text = QStringLiteral(
        "{\"name\": \"z\", \"tariffs\": [{\"id\": 1}, {\"id\": 2}, {\"id\": 3}, {\"id\": 4}],"
        " \"day_profiles\": [{\"id\": 1, \"switches\": [{\"at\": \"07:00\", \"tariff\": 1},"
        " {\"at\": \"23:00\", \"tariff\": 2}]}],"
        " \"week_profiles\": [{\"name\": \"W\", \"days\": [1, 1, 1, 1, 1, 1, 1]}],"
        " \"seasons\": [{\"name\": \"S\", \"start\": \"01-01\", \"week\": \"W\"}]");
    if (!extra.isEmpty())
        text += QStringLiteral(", ") + extra;
    return (text + QLatin1Char('}')).toUtf8();
}

QString zonesJson(const QList<std::pair<qint64, int>> &zones)
{
    QStringList parts;
    for (const auto &[wh, tariff] : zones)
        parts.append(QStringLiteral("{\"from_wh\": %1, \"tariff\": %2}").arg(wh).arg(tariff));
    return QStringLiteral("\"energy_zones\": [%1]").arg(parts.join(QStringLiteral(", ")));
}

QByteArray encoded(const axdr::Value &v)
{
    QByteArray out;
    axdr::encode(v, out);
    return out;
}

} // namespace

class TstTariffZones : public QObject
{
    Q_OBJECT

private slots:
    void zonesAndPenaltyParse()
    {
        Result<TariffPlan> plan = TariffPlanJson::parse(planWith(
            zonesJson({{100000, 3}, {250000, 4}}) + QStringLiteral(", \"penalty_tariff\": 4")));
        QVERIFY2(plan.ok(), plan ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->zones.zones.size(), 2);
        QCOMPARE(plan->zones.zones[1].fromWh, quint32(250000));
        QCOMPARE(plan->zones.zones[1].tariff, quint16(4));
        QCOMPARE(plan->zones.penaltyTariff, quint16(4));
        QVERIFY(TariffPlanValidator::check(*plan).ok());
        QCOMPARE(plan->usedTariffs(), (QList<quint16>{1, 2, 3, 4}));
        // Written back, the file keeps both keys.
        const QJsonObject json = TariffPlanJson::toJson(*plan);
        QCOMPARE(json.value(QStringLiteral("penalty_tariff")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("energy_zones")).toArray().size(), 2);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QList<std::pair<qint64, int>> nine;
        for (int i = 0; i < 9; ++i)
            nine.append({1000 * (i + 1), 1 + i % 4});
        QTest::newRow("9 zones") << planWith(zonesJson(nine))
                                 << QStringLiteral("the plan has 9 energy zones; at most 8");
        QTest::newRow("descending thresholds")
            << planWith(zonesJson({{200000, 3}, {100000, 4}}))
            << QStringLiteral("energy zone 2 starts at 100000 Wh, not above zone 1 (200000 Wh)");
        QTest::newRow("equal thresholds")
            << planWith(zonesJson({{100000, 3}, {100000, 4}}))
            << QStringLiteral("energy zone 2 starts at 100000 Wh, not above zone 1");
        QTest::newRow("zone tariff 7")
            << planWith(zonesJson({{100000, 7}}))
            << QStringLiteral("energy zone 1 uses tariff 7, outside 1..6");
        QTest::newRow("zone tariff undeclared")
            << planWith(zonesJson({{100000, 5}}))
            << QStringLiteral("energy zone 1 uses tariff 5, which the plan does not declare");
        QTest::newRow("zone tariff 0") << planWith(zonesJson({{100000, 0}}))
                                       << QStringLiteral("energy_zones[0].tariff must be a whole"
                                                         " number from 1 to 255");
        QTest::newRow("negative threshold") << planWith(zonesJson({{-5, 3}}))
                                            << QStringLiteral("energy_zones[0].from_wh must be a"
                                                              " whole number from 0");
        QTest::newRow("penalty 7") << planWith(QStringLiteral("\"penalty_tariff\": 7"))
                                   << QStringLiteral("the penalty tariff 7 is outside 1..6");
        QTest::newRow("penalty undeclared")
            << planWith(QStringLiteral("\"penalty_tariff\": 6"))
            << QStringLiteral("the penalty tariff 6 is not declared in the plan");
        QTest::newRow("misspelt zone key")
            << planWith(QStringLiteral("\"energy_zones\": [{\"from_kwh\": 1, \"tariff\": 3}]"))
            << QStringLiteral("energy_zones[0]: unknown key \"from_kwh\"");
    }

    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        Result<TariffPlan> plan = TariffPlanJson::parse(json);
        const Status s = plan ? TariffPlanValidator::check(*plan) : Status(plan.error());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::InvalidArgument);
        QVERIFY2(s.error().message.contains(expected), qPrintable(s.error().message));
    }

    void meterWithoutZonesRefuses_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("expected");
        QTest::newRow("NP542 zones") << QStringLiteral("NP542") << zonesJson({{1000, 3}})
                                     << QStringLiteral("does not support energy-threshold zones");
        QTest::newRow("NP545 penalty")
            << QStringLiteral("NP545") << QStringLiteral("\"penalty_tariff\": 4")
            << QStringLiteral("does not support one");
    }

    void meterWithoutZonesRefuses()
    {
        QFETCH(QString, model);
        QFETCH(QString, extra);
        QFETCH(QString, expected);
        Result<TariffPlan> plan = TariffPlanJson::parse(planWith(extra));
        QVERIFY(plan.ok());
        TariffRules rules;
        const TariffCapabilities caps = tariffCapabilitiesOfModel(model);
        QVERIFY(caps.known);
        caps.applyTo(rules);
        const Status s = TariffPlanValidator::check(*plan, rules);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Unsupported);
        QVERIFY2(s.error().message.contains(expected), qPrintable(s.error().message));
    }

    void capabilityTable_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("known");
        QTest::addColumn<bool>("zones");
        QTest::newRow("NP515") << QStringLiteral("NP515") << true << true;
        QTest::newRow("np523 lower case") << QStringLiteral("np523") << true << true;
        QTest::newRow("NP541") << QStringLiteral("NP541") << true << false;
        QTest::newRow("NP542") << QStringLiteral("NP542") << true << false;
        QTest::newRow("unknown") << QStringLiteral("CE308") << false << true;
        QTest::newRow("empty") << QString() << false << true;
    }

    void capabilityTable()
    {
        QFETCH(QString, model);
        QFETCH(bool, known);
        QFETCH(bool, zones);
        const TariffCapabilities caps = tariffCapabilitiesOfModel(model);
        QCOMPARE(caps.known, known);
        TariffRules rules;
        caps.applyTo(rules);
        QCOMPARE(rules.meterHasZones, zones);
        QCOMPARE(rules.meterHasPenaltyTariff, zones);
    }

    // Register monitor attributes as Blue Book class 21 defines them:
    // thresholds array of double-long-unsigned; monitored_value structure
    // {long-unsigned class, octet-string[6] OBIS, integer attribute};
    // actions array of structure {action_up, action_down}, each a script
    // reference structure {octet-string[6] script table, long-unsigned selector}.
    void monitorBytes()
    {
        TariffZones zones;
        zones.zones = {{100000, 3}, {250000, 4}};
        const cosem::RegisterMonitor m = zones.toMonitor();
        QCOMPARE(encoded(*m.attribute(2)), fromHex(u"01 02 06 00 01 86 A0 06 00 03 D0 90"));
        QCOMPARE(encoded(*m.attribute(3)),
                 fromHex(u"02 03 12 00 03 09 06 01 00 01 09 00 FF 0F 02"));
        QCOMPARE(encoded(*m.attribute(4)),
                 fromHex(u"01 02"
                         " 02 02 02 02 09 06 00 00 0A 00 64 FF 12 00 03"
                         "       02 02 09 06 00 00 0A 00 64 FF 12 00 00"
                         " 02 02 02 02 09 06 00 00 0A 00 64 FF 12 00 04"
                         "       02 02 09 06 00 00 0A 00 64 FF 12 00 03"));
        // And back: what a meter holds is read as the same zones.
        Result<QList<EnergyZone>> back = TariffZones::zonesFromMonitor(m);
        QVERIFY(back.ok());
        QCOMPARE(*back, zones.zones);
        QCOMPARE(encoded(TariffZones::penaltyToValue(4)), fromHex(u"11 04"));
    }

    void zoneTariffFollowsTheThresholds()
    {
        const QList<EnergyZone> zones{{100000, 3}, {250000, 4}};
        QCOMPARE(TariffZones::zoneTariffAt(zones, 0), quint16(0));
        QCOMPARE(TariffZones::zoneTariffAt(zones, 99999), quint16(0));
        QCOMPARE(TariffZones::zoneTariffAt(zones, 100000), quint16(3));
        QCOMPARE(TariffZones::zoneTariffAt(zones, 250001), quint16(4));
    }

    void digestCountsZonesOnlyWhenThere()
    {
        Result<TariffPlan> plain = TariffPlanJson::parse(planWith(QString()));
        Result<TariffPlan> zoned = TariffPlanJson::parse(planWith(zonesJson({{1000, 3}})));
        Result<TariffPlan> penalty
            = TariffPlanJson::parse(planWith(QStringLiteral("\"penalty_tariff\": 3")));
        QVERIFY(plain.ok() && zoned.ok() && penalty.ok());
        // Without zones: the calendar-and-special-days digest of before.
        QCOMPARE(plain->digest(), TariffPlanCompare::digest(plain->calendar, plain->specialDays));
        QVERIFY(zoned->digest() != plain->digest());
        QVERIFY(penalty->digest() != plain->digest());
        QVERIFY(penalty->digest() != zoned->digest());
        QVERIFY(!TariffPlanCompare::zonesDifference(zoned->zones, plain->zones).isEmpty());
        QVERIFY(TariffPlanCompare::zonesDifference(zoned->zones, zoned->zones).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstTariffZones)
#include "tst_tariff_zones.moc"
