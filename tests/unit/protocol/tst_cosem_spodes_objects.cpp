// SPODES logical names, event codes and interface class numbers.
#include "protocol/core/bytes.h"
#include "protocol/cosem/class_id.h"
#include "protocol/cosem/spodes_events.h"
#include "protocol/cosem/spodes_objects.h"

#include <QTest>

using namespace ims;
using namespace ims::cosem;

class CosemSpodesObjectsTest : public QObject
{
    Q_OBJECT
private slots:
    void objectNames()
    {
        QCOMPARE(spodes::Clock.toString(), QStringLiteral("0.0.1.0.0.255"));
        QCOMPARE(spodes::ActivityCalendar.toString(), QStringLiteral("0.0.13.0.0.255"));
        QCOMPARE(spodes::SpecialDaysTable.toString(), QStringLiteral("0.0.11.0.0.255"));
        QCOMPARE(spodes::TariffScriptTable.toString(), QStringLiteral("0.0.10.0.100.255"));
        QCOMPARE(spodes::DisconnectControl.toString(), QStringLiteral("0.0.96.3.10.255"));
        QCOMPARE(spodes::LoadProfile.toString(), QStringLiteral("1.0.99.1.0.255"));
        QCOMPARE(spodes::DailyBillingProfile.toString(), QStringLiteral("1.0.98.2.0.255"));
        QCOMPARE(spodes::MonthlyBillingProfile.toString(), QStringLiteral("1.0.98.1.0.255"));
        QCOMPARE(spodes::InstantaneousValuesProfile.toString(), QStringLiteral("1.0.94.7.0.255"));
        QCOMPARE(spodes::NameplateProfile.toString(), QStringLiteral("0.0.94.7.1.255"));
        QCOMPARE(spodes::MeterReaderAssociation.toString(), QStringLiteral("0.0.40.0.2.255"));
        QCOMPARE(spodes::HdlcSetupRs485.toString(), QStringLiteral("0.1.22.0.0.255"));
        QCOMPARE(spodes::SerialNumber.toString(), QStringLiteral("0.0.96.1.0.255"));
        QCOMPARE(spodes::ConnectionScheme.toString(), QStringLiteral("0.0.96.1.7.255"));
        QCOMPARE(spodes::limiter(spodes::LimiterKind::Power).toString(),
                 QStringLiteral("0.0.17.0.0.255"));
        QCOMPARE(spodes::limiter(spodes::LimiterKind::Temperature).toString(),
                 QStringLiteral("0.0.17.0.5.255"));
        QCOMPARE(spodes::eventJournal(spodes::Journal::TimeCorrection).toString(),
                 QStringLiteral("0.0.99.98.13.255"));
        QCOMPARE(spodes::eventJournal(spodes::Journal::ExternalImpact).toString(),
                 QStringLiteral("0.0.99.98.4.255"));
        QCOMPARE(spodes::eventCodeRegister(4).toString(), QStringLiteral("0.0.96.11.4.255"));
    }

    void energyRegisters_data()
    {
        QTest::addColumn<int>("channel");
        QTest::addColumn<int>("tariff");
        QTest::addColumn<QString>("obis");
        QTest::newRow("A+ total") << 1 << 0 << QStringLiteral("1.0.1.8.0.255");
        QTest::newRow("A- T1") << 2 << 1 << QStringLiteral("1.0.2.8.1.255");
        QTest::newRow("R+ T4") << 3 << 4 << QStringLiteral("1.0.3.8.4.255");
        QTest::newRow("R- T8") << 4 << 8 << QStringLiteral("1.0.4.8.8.255");
        QTest::newRow("T9 does not exist") << 1 << 9 << QString();
    }
    void energyRegisters()
    {
        QFETCH(int, channel);
        QFETCH(int, tariff);
        QFETCH(QString, obis);
        const auto r = spodes::energyRegister(spodes::EnergyChannel(channel), quint8(tariff));
        QCOMPARE(r.has_value(), !obis.isEmpty());
        if (r)
            QCOMPARE(r->toString(), obis);
    }

    void constantsAreCompileTime()
    {
        static_assert(spodes::energyRegister(spodes::EnergyChannel::ActiveImport, 2)->e() == 2);
        static_assert(spodes::Clock == Obis(0, 0, 1, 0, 0, 255));
        QVERIFY(true);
    }

    void eventCodes_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");
        QTest::newRow("voltage 1") << 0 << 1 << QStringLiteral("Phase A: voltage lost");
        QTest::newRow("voltage 28") << 0 << 28 << QStringLiteral("Voltage restored");
        QTest::newRow("power off") << 2 << 1 << QStringLiteral("Meter power off");
        QTest::newRow("remote disconnection")
            << 2 << 3 << QStringLiteral("Consumer disconnected remotely");
        QTest::newRow("permitted to reconnect")
            << 2 << 5 << QStringLiteral("Consumer permitted to reconnect");
        QTest::newRow("time set") << 3 << 3 << QStringLiteral("Time set");
        QTest::newRow("time corrected") << 3 << 68 << QStringLiteral("Time corrected");
        QTest::newRow("tariff activation") << 3 << 9 << QStringLiteral("Tariff schedule activated");
        QTest::newRow("magnet") << 4 << 1 << QStringLiteral("Magnetic field: start");
        QTest::newRow("terminal cover")
            << 4 << 3 << QStringLiteral("Terminal cover electronic seal triggered");
        QTest::newRow("case") << 4 << 4 << QStringLiteral("Case electronic seal triggered");
        QTest::newRow("access") << 6 << 1
                                << QStringLiteral("Unauthorized access attempt (interface)");
        QTest::newRow("self diagnostics") << 7 << 5 << QStringLiteral("Real-time clock: error");
        QTest::newRow("unknown") << 4 << 99 << QStringLiteral("unknown event code 99");
        // Manufacturer codes the simulated meters record (prepayment, zones).
        QTest::newRow("low credit") << 2 << 240 << QStringLiteral("Prepayment: low credit warning");
        QTest::newRow("credit exhausted")
            << 2 << 241 << QStringLiteral("Prepayment: credit exhausted, consumer disconnected");
        QTest::newRow("credit restored")
            << 2 << 242 << QStringLiteral("Prepayment: credit restored");
        QTest::newRow("zones changed")
            << 3 << 243 << QStringLiteral("Energy-threshold zones or penalty tariff changed");
        QTest::newRow("240 elsewhere") << 4 << 240 << QStringLiteral("unknown event code 240");
    }
    void eventCodes()
    {
        QFETCH(int, category);
        QFETCH(int, code);
        QFETCH(QString, text);
        QCOMPARE(SpodesEvents::description(EventCategory(category), quint16(code)), text);
        QCOMPARE(SpodesEvents::isKnown(EventCategory(category), quint16(code)),
                 !text.startsWith(u"unknown"));
    }

    void eventTableSizes()
    {
        QCOMPARE(SpodesEvents::knownCount(EventCategory::Voltage), 28);
        QCOMPARE(SpodesEvents::knownCount(EventCategory::Current), 38);
        QCOMPARE(SpodesEvents::knownCount(EventCategory::PowerAndRelay), 29);
        QCOMPARE(SpodesEvents::knownCount(EventCategory::ExternalImpact), 7);
        QCOMPARE(SpodesEvents::knownCount(EventCategory::SelfDiagnostics), 19);
        QVERIFY(!SpodesEvents::isKnown(EventCategory::Programming, 120)); // reserved
    }

    void classNumbers()
    {
        QCOMPARE(quint16(ClassId::ProfileGeneric), quint16(7));
        QCOMPARE(quint16(ClassId::AssociationLN), quint16(15));
        QCOMPARE(quint16(ClassId::IecHdlcSetup), quint16(23));
        QCOMPARE(quint16(ClassId::DisconnectControl), quint16(70));
        QCOMPARE(quint16(ClassId::Limiter), quint16(71));
        QCOMPARE(ic::Clock::Method::ShiftTime, qint8(6));
        QCOMPARE(ic::ProfileGeneric::Attr::ProfileEntries, qint8(8));
        QCOMPARE(ic::AssociationLN::Attr::SecuritySetupReference, qint8(9));
        QCOMPARE(ic::ActivityCalendar::Attr::ActivatePassiveCalendarTime, qint8(10));
        QCOMPARE(ic::Limiter::Attr::Actions, qint8(11));
        QCOMPARE(classIdName(7), QStringLiteral("Profile generic"));
        QCOMPARE(classIdName(200), QStringLiteral("class 200"));
    }
};

QTEST_GUILESS_MAIN(CosemSpodesObjectsTest)
#include "tst_cosem_spodes_objects.moc"
