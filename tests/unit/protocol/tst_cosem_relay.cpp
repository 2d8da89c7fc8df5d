// Disconnect control, limiter and register monitor.
#include "protocol/axdr/axdr_codec.h"
#include "protocol/core/bytes.h"
#include "protocol/cosem/class_id.h"
#include "protocol/cosem/disconnect_control.h"
#include "protocol/cosem/limiter.h"
#include "protocol/cosem/register_monitor.h"

#include <QTest>

using namespace ims;
using namespace ims::cosem;
using axdr::Value;

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

} // namespace

class CosemRelayTest : public QObject
{
    Q_OBJECT
private slots:
    void disconnectControlAttributes()
    {
        using Attr = ic::DisconnectControl::Attr;
        DisconnectControl dc;
        QVERIFY(dc.setAttribute(Attr::OutputState, Value::boolean(false)).ok());
        QVERIFY(dc.setAttribute(Attr::ControlState, Value::enumValue(2)).ok());
        QVERIFY(dc.setAttribute(Attr::ControlMode, Value::enumValue(3)).ok());
        QCOMPARE(dc.outputState, false);
        QCOMPARE(dc.controlState, quint8(ControlState::ReadyForReconnection));
        QCOMPARE(dc.controlMode, quint8(3));
        QCOMPARE(axdr::encode(dc.attribute(Attr::OutputState).valueOr({})), hex("03 00"));
        QCOMPARE(axdr::encode(dc.attribute(Attr::ControlState).valueOr({})), hex("16 02"));
        QCOMPARE(axdr::encode(dc.attribute(Attr::ControlMode).valueOr({})), hex("16 03"));
        QCOMPARE(axdr::encode(DisconnectControl::remoteDisconnectParameter()), hex("0F 00"));
        QCOMPARE(axdr::encode(DisconnectControl::remoteReconnectParameter()), hex("0F 00"));
    }

    void disconnectControlWrongShapes_data()
    {
        QTest::addColumn<int>("attribute");
        QTest::addColumn<Value>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("output state as unsigned")
            << 2 << Value::unsigned8(1) << QStringLiteral("disconnect_control.output_state");
        QTest::newRow("control state 3")
            << 3 << Value::enumValue(3) << QStringLiteral("disconnect_control.control_state");
        QTest::newRow("control mode 7")
            << 4 << Value::enumValue(7) << QStringLiteral("disconnect_control.control_mode");
        QTest::newRow("control mode as unsigned")
            << 4 << Value::unsigned8(1) << QStringLiteral("disconnect_control.control_mode");
    }
    void disconnectControlWrongShapes()
    {
        QFETCH(int, attribute);
        QFETCH(Value, value);
        QFETCH(QString, field);
        DisconnectControl dc;
        const Status s = dc.setAttribute(qint8(attribute), value);
        QCOMPARE(s.error().kind, ErrorKind::Malformed);
        QVERIFY2(s.error().message.startsWith(field + QLatin1Char(':')), why(s).constData());
        QCOMPARE(dc, DisconnectControl{});
    }

    // Blue Book 4.5.8 control modes: what remote_reconnect does.
    void remoteReconnectEffect_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("effect");
        QTest::addColumn<int>("stateAfter");
        QTest::addColumn<bool>("relayClosed");
        QTest::newRow("mode 0") << 0 << int(RemoteReconnectEffect::NoEffect)
                                << int(ControlState::Connected) << true;
        QTest::newRow("mode 1") << 1 << int(RemoteReconnectEffect::ArmsForManualReconnection)
                                << int(ControlState::ReadyForReconnection) << false;
        QTest::newRow("mode 2") << 2 << int(RemoteReconnectEffect::ClosesRelay)
                                << int(ControlState::Connected) << true;
        QTest::newRow("mode 3") << 3 << int(RemoteReconnectEffect::ArmsForManualReconnection)
                                << int(ControlState::ReadyForReconnection) << false;
        QTest::newRow("mode 4") << 4 << int(RemoteReconnectEffect::ClosesRelay)
                                << int(ControlState::Connected) << true;
        QTest::newRow("mode 5") << 5 << int(RemoteReconnectEffect::ArmsForManualReconnection)
                                << int(ControlState::ReadyForReconnection) << false;
        QTest::newRow("mode 6") << 6 << int(RemoteReconnectEffect::ArmsForManualReconnection)
                                << int(ControlState::ReadyForReconnection) << false;
    }
    void remoteReconnectEffect()
    {
        QFETCH(int, mode);
        QFETCH(int, effect);
        QFETCH(int, stateAfter);
        QFETCH(bool, relayClosed);
        QCOMPARE(int(DisconnectControl::remoteReconnectEffect(quint8(mode))), effect);
        DisconnectControl dc;
        dc.controlMode = quint8(mode);
        QCOMPARE(dc.applyRemoteDisconnect(), mode != 0);
        dc.applyRemoteReconnect();
        QCOMPARE(int(dc.controlState), stateAfter);
        QCOMPARE(dc.outputState, relayClosed);
        if (stateAfter == int(ControlState::ReadyForReconnection)) {
            QVERIFY(dc.applyManualReconnect());
            QCOMPARE(dc.controlState, quint8(ControlState::Connected));
            QVERIFY(dc.outputState);
        }
    }

    void modePermissions()
    {
        QVERIFY(!DisconnectControl::allowsRemoteDisconnect(0));
        QVERIFY(DisconnectControl::allowsManualDisconnect(1));
        QVERIFY(DisconnectControl::allowsManualDisconnect(2));
        QVERIFY(!DisconnectControl::allowsManualDisconnect(3));
        QVERIFY(!DisconnectControl::allowsManualDisconnect(4));
        QVERIFY(DisconnectControl::allowsManualDisconnect(5));
        QVERIFY(!DisconnectControl::allowsManualDisconnect(6));
        QVERIFY(DisconnectControl::allowsLocalReconnect(5));
        QVERIFY(DisconnectControl::allowsLocalReconnect(6));
        QVERIFY(!DisconnectControl::allowsLocalReconnect(1));
        QVERIFY(!DisconnectControl::allowsLocalDisconnect(0));
        QVERIFY(DisconnectControl::controlModeDescription(2).contains(
            QStringLiteral("closes the relay directly")));
        QCOMPARE(DisconnectControl::controlStateName(2), QStringLiteral("ready for reconnection"));
    }

    void limiterAttributes()
    {
        using Attr = ic::Limiter::Attr;
        Limiter l;
        l.monitoredValue = {3, Obis(1, 0, 1, 7, 0, 255), 2};
        l.thresholdActive = Value::doubleLongUnsigned(5000);
        l.thresholdNormal = Value::doubleLongUnsigned(5000);
        l.thresholdEmergency = Value::doubleLongUnsigned(3000);
        l.minOverThresholdDurationSeconds = 60;
        l.minUnderThresholdDurationSeconds = 30;
        l.emergencyProfile.id = 1;
        l.emergencyProfile.activationTime.date = {2026, 1, 1, 4};
        l.emergencyProfile.activationTime.time = {0, 0, 0, 0};
        l.emergencyProfile.durationSeconds = 3600;
        l.emergencyProfileGroupIds = {1, 2};
        l.emergencyProfileActive = false;
        l.actions = {{Obis(0, 0, 10, 0, 106, 255), 1}, {Obis(0, 0, 10, 0, 106, 255), 2}};

        QCOMPARE(axdr::encode(l.attribute(Attr::MonitoredValue).valueOr({})),
                 hex("02 03 12 00 03 09 06 01 00 01 07 00 FF 0F 02"));
        QCOMPARE(axdr::encode(l.attribute(Attr::MinOverThresholdDuration).valueOr({})),
                 hex("06 00 00 00 3C"));
        QCOMPARE(axdr::encode(l.attribute(Attr::EmergencyProfile).valueOr({})),
                 hex("02 03 12 00 01 09 0C 07 EA 01 01 04 00 00 00 00 80 00 FF 06 00 00 0E 10"));
        QCOMPARE(axdr::encode(l.attribute(Attr::EmergencyProfileGroupIdList).valueOr({})),
                 hex("01 02 12 00 01 12 00 02"));
        QCOMPARE(axdr::encode(l.attribute(Attr::EmergencyProfileActive).valueOr({})), hex("03 00"));
        QCOMPARE(axdr::encode(l.attribute(Attr::Actions).valueOr({})),
                 hex("02 02 02 02 09 06 00 00 0A 00 6A FF 12 00 01 02 02 09 06 00 00 0A 00 6A FF "
                     "12 00 02"));
        QCOMPARE(l.attribute(Attr::ThresholdEmergency).valueOr({}),
                 Value::doubleLongUnsigned(3000));

        Limiter back;
        for (qint8 i = Attr::MonitoredValue; i <= Attr::Actions; ++i) {
            const Status s = back.setAttribute(i, l.attribute(i).valueOr({}));
            QVERIFY2(s.ok(), why(s).constData());
        }
        QCOMPARE(back, l);
    }

    void limiterWrongShapes_data()
    {
        QTest::addColumn<int>("attribute");
        QTest::addColumn<Value>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("duration as long-unsigned")
            << 6 << Value::longUnsigned(60)
            << QStringLiteral("limiter.min_over_threshold_duration");
        QTest::newRow("threshold as structure") << 3 << Value::structure({Value::longUnsigned(1)})
                                                << QStringLiteral("limiter.threshold_active");
        QTest::newRow("group id as unsigned")
            << 9 << Value::array({Value::unsigned8(1)})
            << QStringLiteral("limiter.emergency_profile_group_id_list[0]");
        QTest::newRow("under action selector as unsigned")
            << 11
            << Value::structure(
                   {Value::structure(
                        {Value::octetString(QByteArray(6, 0)), Value::longUnsigned(1)}),
                    Value::structure({Value::octetString(QByteArray(6, 0)), Value::unsigned8(1)})})
            << QStringLiteral("limiter.actions.action_under_threshold.script_selector");
        QTest::newRow("emergency duration as long")
            << 8
            << Value::structure({Value::longUnsigned(1), Value::octetString(QByteArray(12, '\xFF')),
                                 Value::doubleLong(1)})
            << QStringLiteral("limiter.emergency_profile");
    }
    void limiterWrongShapes()
    {
        QFETCH(int, attribute);
        QFETCH(Value, value);
        QFETCH(QString, field);
        Limiter l;
        const Status s = l.setAttribute(qint8(attribute), value);
        QCOMPARE(s.error().kind, ErrorKind::Malformed);
        QVERIFY2(s.error().message.startsWith(field), why(s).constData());
    }

    void registerMonitor()
    {
        using Attr = ic::RegisterMonitor::Attr;
        RegisterMonitor m;
        m.thresholds = {Value::longUnsigned(2500), Value::longUnsigned(2600)};
        m.monitoredValue = {3, Obis(1, 0, 32, 7, 0, 255), 2};
        m.actions = {{{Obis(0, 0, 10, 0, 106, 255), 1}, {Obis(0, 0, 10, 0, 106, 255), 2}}};
        QCOMPARE(axdr::encode(m.attribute(Attr::Thresholds).valueOr({})),
                 hex("01 02 12 09 C4 12 0A 28"));
        QCOMPARE(axdr::encode(m.attribute(Attr::Actions).valueOr({})),
                 hex("01 01 02 02 02 02 09 06 00 00 0A 00 6A FF 12 00 01 02 02 09 06 00 00 0A 00 "
                     "6A FF 12 00 02"));
        RegisterMonitor back;
        for (qint8 i = Attr::Thresholds; i <= Attr::Actions; ++i)
            QVERIFY(back.setAttribute(i, m.attribute(i).valueOr({})).ok());
        QCOMPARE(back, m);
        const Status s = back.setAttribute(Attr::Actions, Value::array({Value::structure({})}));
        QVERIFY(s.error().message.startsWith(QStringLiteral("register_monitor.actions[0]:")));
        const Status t
            = back.setAttribute(Attr::MonitoredValue, Value::structure({Value::longUnsigned(3)}));
        QVERIFY(t.error().message.startsWith(QStringLiteral("register_monitor.monitored_value:")));
    }
};

QTEST_GUILESS_MAIN(CosemRelayTest)
#include "tst_cosem_relay.moc"
