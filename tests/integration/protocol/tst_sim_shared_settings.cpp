// The factory limiters and tariff calendar a million simulated meters share
// (copy-on-write, protocol/sim/meter/factory_settings.h): what one meter is
// told through its router over TCP changes that meter only, the others (and
// meters materialised later) keep the factory settings, and a limiter set on
// one meter still trips that meter and no other. A meter's keys go with its
// object model; its invocation counter stays.
#include "protocol/cosem/spodes_objects.h"
#include "protocol/sim/meter/factory_settings.h"
#include "support/sim_client_helpers.h"
#include "support/sim_network_fixture.h"

#include <QTest>

using namespace ims;
using namespace ims::sim;
namespace spodes = ims::cosem::spodes;

namespace {

constexpr quint16 kWritten = kFirstMeterPhysical;       // the meter the test writes to
constexpr quint16 kNeighbour = kFirstMeterPhysical + 1; // same model family, left alone
constexpr quint16 kLater = kFirstMeterPhysical + 2;     // materialised after the write

QString message(const Status &s)
{
    return s.ok() ? QString() : s.error().message;
}
template<typename T>
QString message(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().message;
}

const cosem::Obis kPowerLimiter = spodes::limiter(spodes::LimiterKind::Power);

} // namespace

class TstSimSharedSettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimNetwork> m_network;

    SimRouter &router() { return m_network->router(1); }
    quint16 port() { return m_network->tcpServer(1)->port(); }

    simtest::ClientEnd configurator(quint16 physical)
    {
        simtest::ClientEnd end
            = simtest::hdlcOverTcp(port(), simtest::configuratorLow(), 48, physical);
        return end;
    }

    // The power limiter's threshold_active and the relay's output_state as
    // the meter answers them over DLMS.
    std::pair<Result<axdr::Value>, Result<axdr::Value>> readLimiterAndRelay(quint16 physical)
    {
        simtest::ClientEnd end
            = simtest::hdlcOverTcp(port(), simtest::readerClient(), 32, physical);
        if (const Status s = simtest::associate(*end.client); !s)
            return {s.error(), s.error()};
        Result<axdr::Value> threshold = simtest::get(*end.client, 71, kPowerLimiter, 3);
        Result<axdr::Value> relay = simtest::get(*end.client, 70, spodes::DisconnectControl, 2);
        (void)simtest::release(*end.client);
        return {threshold, relay};
    }

private slots:
    void init()
    {
        m_network = std::make_unique<SimNetwork>(simtest::testNetwork(Framing::Hdlc, 10));
        const Status started = m_network->start();
        QVERIFY2(started.ok(), qPrintable(message(started)));
    }

    void cleanup() { m_network.reset(); }

    void metersOfOneKindShareTheFactorySettings()
    {
        SimMeter *a = router().meter(kWritten);
        SimMeter *b = router().meter(kNeighbour);
        QVERIFY(a && b);
        QCOMPARE(a->traits().phases, b->traits().phases);
        QVERIFY(a->state().limiters.sharesWith(b->state().limiters));
        QVERIFY(a->state().calendar.sharesWith(b->state().calendar));
        QVERIFY(!a->state().limiters.isDetached());
        // What is shared is the SPODES factory setting: limits off, 60 s.
        const cosem::Limiter &power = a->state().limiters[0].limiter;
        QCOMPARE(power.thresholdActive, axdr::Value::doubleLongUnsigned(0));
        QCOMPARE(power.minOverThresholdDurationSeconds, quint32(60));
        // A three-phase meter with differential current has a limiter more:
        // a set of its own kind, not the single-phase one.
        const CopyOnWrite<LimiterSet> np545 = factoryLimiters(traitsOf(MeterModel::NP545));
        QVERIFY(np545[size_t(spodes::LimiterKind::DifferentialCurrent)].present);
        QVERIFY(!a->state().limiters[size_t(spodes::LimiterKind::DifferentialCurrent)].present);
        QVERIFY(!np545.sharesWith(a->state().limiters));
    }

    void limiterWrittenOnOneMeterLeavesTheOthers()
    {
        SimMeter *neighbour = router().meter(kNeighbour);
        QVERIFY(neighbour);
        simtest::ClientEnd end = configurator(kWritten);
        QVERIFY2(simtest::associate(*end.client).ok(), "associate");
        const Status written = simtest::set(*end.client, 71, kPowerLimiter, 3,
                                            axdr::Value::doubleLongUnsigned(5000));
        QVERIFY2(written.ok(), qPrintable(message(written)));
        QVERIFY(simtest::release(*end.client).ok());

        // Over the air: the written meter answers 5000, its neighbour 0.
        const auto [written3, writtenRelay] = readLimiterAndRelay(kWritten);
        QVERIFY2(written3.ok(), qPrintable(message(written3)));
        QCOMPARE(*written3, axdr::Value::doubleLongUnsigned(5000));
        const auto [neighbour3, neighbourRelay] = readLimiterAndRelay(kNeighbour);
        QVERIFY2(neighbour3.ok(), qPrintable(message(neighbour3)));
        QCOMPARE(*neighbour3, axdr::Value::doubleLongUnsigned(0));

        // In the state: the written meter has a set of its own, the others
        // (and a meter reached only now) still share the factory set, which
        // did not change.
        SimMeter *w = router().meter(kWritten);
        SimMeter *later = router().meter(kLater);
        QVERIFY(w && later);
        QVERIFY(w->state().limiters.isDetached());
        QVERIFY(!w->state().limiters.sharesWith(neighbour->state().limiters));
        QVERIFY(neighbour->state().limiters.sharesWith(later->state().limiters));
        QCOMPARE(later->state().limiters[0].limiter.thresholdActive,
                 axdr::Value::doubleLongUnsigned(0));
        QCOMPARE(factoryLimiters(later->traits())[0].limiter.thresholdActive,
                 axdr::Value::doubleLongUnsigned(0));
        // Everything else of the written limiter is still the factory one.
        cosem::Limiter expected = later->state().limiters[0].limiter;
        expected.thresholdActive = axdr::Value::doubleLongUnsigned(5000);
        QVERIFY(w->state().limiters[0].limiter == expected);
    }

    void writingTheFactoryValueKeepsSharing()
    {
        simtest::ClientEnd end = configurator(kWritten);
        QVERIFY2(simtest::associate(*end.client).ok(), "associate");
        const Status written
            = simtest::set(*end.client, 71, kPowerLimiter, 3, axdr::Value::doubleLongUnsigned(0));
        QVERIFY2(written.ok(), qPrintable(message(written)));
        QVERIFY(simtest::release(*end.client).ok());
        SimMeter *w = router().meter(kWritten);
        SimMeter *neighbour = router().meter(kNeighbour);
        QVERIFY(w->state().limiters.sharesWith(neighbour->state().limiters));
        // The write was still a write: it is in the programming journal.
        const QList<MeterEvent> programming = w->journal(quint8(spodes::Journal::Programming), 10);
        QVERIFY(!programming.isEmpty());
        QCOMPARE(programming.last().code, eventcode::PowerLimitChanged);
    }

    void limiterOnOneMeterTripsThatMeterOnly()
    {
        SimMeter *w = router().meter(kWritten);
        SimMeter *neighbour = router().meter(kNeighbour);
        QVERIFY(w && neighbour);
        // Both draw more than 1 W now: only the limit makes the difference.
        QVERIFY(w->instantaneous(w->nowMs()).totalActive() > 1.0);
        QVERIFY(neighbour->instantaneous(neighbour->nowMs()).totalActive() > 1.0);

        simtest::ClientEnd end = configurator(kWritten);
        QVERIFY2(simtest::associate(*end.client).ok(), "associate");
        QVERIFY(simtest::set(*end.client, 71, kPowerLimiter, 3, axdr::Value::doubleLongUnsigned(1))
                    .ok());
        QVERIFY(simtest::release(*end.client).ok());
        m_network->clock().advance(61'000); // over min_over_threshold_duration (60 s)

        const auto [writtenLimit, writtenRelay] = readLimiterAndRelay(kWritten);
        QVERIFY2(writtenRelay.ok(), qPrintable(message(writtenRelay)));
        QCOMPARE(*writtenRelay, axdr::Value::boolean(false)); // tripped
        QCOMPARE(int(w->journal(quint8(spodes::Journal::PowerAndRelay), 1).last().code),
                 int(eventcode::PowerLimitDisconnect));
        QCOMPARE(w->state().relay.controlState, quint8(cosem::ControlState::ReadyForReconnection));

        const auto [neighbourLimit, neighbourRelay] = readLimiterAndRelay(kNeighbour);
        QVERIFY2(neighbourRelay.ok(), qPrintable(message(neighbourRelay)));
        QCOMPARE(*neighbourRelay, axdr::Value::boolean(true));
        QVERIFY(neighbour->state().relay.outputState);
        QCOMPARE(neighbour->state().limiterOverSinceMs[0], qint64(-1));
    }

    void invocationCounterSurvivesTheDroppedObjectModel()
    {
        SimMeter *m = router().meter(kWritten);
        QVERIFY(m);
        auto hls = [&]() -> Status {
            simtest::ClientEnd end
                = simtest::hdlcOverTcp(port(), simtest::configuratorHls(), 48, kWritten);
            if (const Status s = simtest::associate(*end.client); !s)
                return s;
            if (Result<axdr::Value> v = simtest::get(*end.client, 8, spodes::Clock, 2); !v)
                return v.error();
            return simtest::release(*end.client);
        };
        const Status first = hls();
        QVERIFY2(first.ok(), qPrintable(message(first)));
        const quint64 counter = m->security()->nextInvocationCounter;
        QVERIFY(counter > 0);
        // The router drops the object model of a meter nobody talks to; the
        // keys go with it, the counter stays in the state.
        const std::weak_ptr<DeviceSecurity> before = m->security();
        m->releaseDevice();
        QVERIFY(before.expired());
        QCOMPARE(m->state().nextInvocationCounter, counter);
        QCOMPARE(m->security()->nextInvocationCounter, counter); // made again, counting on
        const Status second = hls();
        QVERIFY2(second.ok(), qPrintable(message(second)));
        QVERIFY(m->security()->nextInvocationCounter > counter);
    }

    void calendarWrittenOnOneMeterLeavesTheOthers()
    {
        simtest::ClientEnd end = configurator(kWritten);
        QVERIFY2(simtest::associate(*end.client).ok(), "associate");
        const Status written = simtest::set(*end.client, 20, spodes::ActivityCalendar, 6,
                                            axdr::Value::octetString("PLAN-2027"));
        QVERIFY2(written.ok(), qPrintable(message(written)));
        Result<axdr::Value> name = simtest::get(*end.client, 20, spodes::ActivityCalendar, 6);
        QVERIFY(name.ok());
        QCOMPARE(name->bytes(), QByteArray("PLAN-2027"));
        QVERIFY(simtest::release(*end.client).ok());

        simtest::ClientEnd other = configurator(kNeighbour);
        QVERIFY2(simtest::associate(*other.client).ok(), "associate");
        Result<axdr::Value> otherName
            = simtest::get(*other.client, 20, spodes::ActivityCalendar, 6);
        QVERIFY(otherName.ok());
        QCOMPARE(otherName->bytes(), factoryCalendar()->passive.name);
        QVERIFY(otherName->bytes() != QByteArray("PLAN-2027"));
        QVERIFY(simtest::release(*other.client).ok());
        QVERIFY(router().meter(kNeighbour)->state().calendar.sharesWith(factoryCalendar()));
        QVERIFY(!router().meter(kWritten)->state().calendar.sharesWith(factoryCalendar()));
    }
};

QTEST_GUILESS_MAIN(TstSimSharedSettings)
#include "tst_sim_shared_settings.moc"
