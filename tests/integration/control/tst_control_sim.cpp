// The control operations (relay, limiters, clock, tariff plans) against a
// simulated SPODES meter: the meter's state afterwards is what was asked,
// bad input and missing features are refused before anything is written,
// and a link lost mid-way leaves a clear outcome, never a silent half.
#include "protocol/control/clock_control.h"
#include "protocol/control/limiter_control.h"
#include "protocol/control/relay_control.h"
#include "protocol/control/tariff_plan_json.h"
#include "protocol/control/tariff_programmer.h"
#include "protocol/cosem/spodes_objects.h"
#include "protocol/sim/meter/consumption_model.h"
#include "protocol/sim/meter/tariff_schedule.h"
#include "support/control_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ims;
using namespace ims::control;
using ims::controltest::ControlFixture;
using ims::controltest::FaultyChannel;
namespace spodes = ims::cosem::spodes;

namespace {

QJsonObject sw(const char *at, int tariff)
{
    return {{QStringLiteral("at"), QLatin1String(at)}, {QStringLiteral("tariff"), tariff}};
}

// Three tariffs; on workdays T1 until 16:00 local, T3 to 23:00, then T2.
// The fixture starts on Monday 2026-03-16 at 15:00 local time.
QJsonObject basePlan()
{
    QJsonArray tariffs;
    for (int t = 1; t <= 3; ++t)
        tariffs.append(QJsonObject{{QStringLiteral("id"), t}});
    return {
        {QStringLiteral("name"), QStringLiteral("test 3-rate")},
        {QStringLiteral("tariffs"), tariffs},
        {QStringLiteral("day_profiles"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                                {QStringLiteral("switches"),
                                 QJsonArray{sw("00:00", 1), sw("16:00", 3), sw("23:00", 2)}}},
                    QJsonObject{{QStringLiteral("id"), 2},
                                {QStringLiteral("switches"), QJsonArray{sw("00:00", 2)}}}}},
        {QStringLiteral("week_profiles"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("W")},
                                {QStringLiteral("days"), QJsonArray{1, 1, 1, 1, 1, 2, 2}}}}},
        {QStringLiteral("seasons"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("S")},
                                {QStringLiteral("start"), QStringLiteral("01-01")},
                                {QStringLiteral("week"), QStringLiteral("W")}}}},
        {QStringLiteral("special_days"),
         QJsonArray{QJsonObject{{QStringLiteral("date"), QStringLiteral("05-09")},
                                {QStringLiteral("day"), 2}}}},
    };
}

TariffPlan planOf(const QJsonObject &o)
{
    Result<TariffPlan> p = TariffPlanJson::parse(QJsonDocument(o).toJson());
    if (!p)
        qFatal("test plan does not parse: %s", qPrintable(p.error().message));
    return *p;
}

TariffPlan basePlanParsed()
{
    return planOf(basePlan());
}

bool sameCalendar(const cosem::CalendarPlan &a, const cosem::CalendarPlan &b)
{
    return TariffPlanCompare::normalized(a) == TariffPlanCompare::normalized(b);
}

qint64 registerValue(sim::SimMeter &m, int tariff)
{
    return m.totalsAt(m.nowMs()).value[0][size_t(tariff)];
}

} // namespace

class TstControlSim : public QObject
{
    Q_OBJECT

    std::unique_ptr<ControlFixture> f;

    void open(sim::MeterModel model = sim::MeterModel::NP542)
    {
        f = std::make_unique<ControlFixture>(model);
        const Status s = f->associate();
        QVERIFY2(s.ok(), qPrintable(s.error().message));
    }

    RelayReport relay(bool on)
    {
        return ControlFixture::await<RelayReport>([&](auto done) {
            if (on)
                RelayControl::reconnect(f->client(), done);
            else
                RelayControl::disconnect(f->client(), done);
        });
    }

    TariffWriteReport writePlan(const TariffPlan &plan, std::optional<QDateTime> at = {})
    {
        TariffWriteOptions options;
        options.activateAt = at;
        return ControlFixture::await<TariffWriteReport>(
            [&](auto done) { TariffProgrammer::write(f->client(), plan, options, done); });
    }

    Result<TariffVerification> verify(const TariffPlan &plan)
    {
        return ControlFixture::await<Result<TariffVerification>>(
            [&](auto done) { TariffProgrammer::verify(f->client(), plan, done); });
    }

    int writesSent() const
    {
        return f->channel().sent(controltest::kSetRequest)
               + f->channel().sent(controltest::kActionRequest);
    }

private slots:
    void cleanup() { f.reset(); }

    // ---- relay -----------------------------------------------------------

    void relayOffIsVerifiedAndStopsEnergy()
    {
        open();
        const RelayReport r = relay(false);
        QCOMPARE(r.report.outcome, Outcome::Applied);
        QVERIFY(r.before && r.before->isConnected());
        QVERIFY(r.after && r.after->isDisconnected());
        QVERIFY(!f->meter().state().relay.outputState);
        QCOMPARE(f->meter().journal(quint8(spodes::Journal::PowerAndRelay), 1).last().code,
                 sim::eventcode::RemoteDisconnect);
        f->clock().advance(2 * sim::kIntervalMs);
        QCOMPARE(
            f->meter().registeredInterval(f->clock().nowMs() / sim::kIntervalMs - 1).activeImport,
            qint64(0));
        QCOMPARE(r.report.toCommandRecord({0, QStringLiteral("X")}, QStringLiteral("op")).command,
                 QStringLiteral("relay-off"));
    }

    void relayOnInRemoteModeCloses()
    {
        open();
        QCOMPARE(relay(false).report.outcome, Outcome::Applied);
        const RelayReport r = relay(true);
        QCOMPARE(r.report.outcome, Outcome::Applied);
        QVERIFY(!r.awaitingSubscriber);
        QVERIFY(r.after->isConnected());
        QVERIFY(f->meter().state().relay.outputState);
    }

    void relayOnInManualModeOnlyPermits()
    {
        open();
        QVERIFY(f->set(70, spodes::DisconnectControl, 4, axdr::Value::enumValue(1)).ok());
        QCOMPARE(relay(false).report.outcome, Outcome::Applied);
        const RelayReport r = relay(true);
        QCOMPARE(r.report.outcome, Outcome::Applied);
        QVERIFY(r.awaitingSubscriber);
        QVERIFY(!r.after->outputClosed);
        QCOMPARE(r.after->controlState, quint8(cosem::ControlState::ReadyForReconnection));
        QVERIFY(!f->meter().state().relay.outputState); // still open: the subscriber decides
        QVERIFY(f->meter().pressRelayButton());
        Result<RelayState> now = ControlFixture::await<Result<RelayState>>(
            [&](auto done) { RelayControl::readState(f->client(), done); });
        QVERIFY(now.ok());
        QVERIFY(now->isConnected());
    }

    void relayInModeZeroIsRefusedWithoutSending()
    {
        open();
        QVERIFY(f->set(70, spodes::DisconnectControl, 4, axdr::Value::enumValue(0)).ok());
        const int before = writesSent();
        const RelayReport r = relay(false);
        QCOMPARE(r.report.outcome, Outcome::NotApplied);
        QVERIFY(r.report.refused);
        QCOMPARE(r.report.error.kind, ErrorKind::Unsupported);
        QCOMPARE(writesSent(), before);
        QVERIFY(f->meter().state().relay.outputState);
    }

    void relayLinkLostIsUnknown_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("meterSwitched");
        QTest::newRow("request lost") << int(FaultyChannel::Fault::DropRequest) << false;
        QTest::newRow("answer lost") << int(FaultyChannel::Fault::LoseAnswer) << true;
    }

    void relayLinkLostIsUnknown()
    {
        QFETCH(int, fault);
        QFETCH(bool, meterSwitched);
        open();
        f->channel().failAt(controltest::kActionRequest, 1, FaultyChannel::Fault(fault));
        const RelayReport r = relay(false);
        // Either way the workstation cannot know: unknown, to be checked.
        QCOMPARE(r.report.outcome, Outcome::Unknown);
        QVERIFY(r.report.needsRetry());
        QCOMPARE(!f->meter().state().relay.outputState, meterSwitched);
        // A new association reads the truth.
        QVERIFY(f->reconnect().ok());
        Result<RelayState> now = ControlFixture::await<Result<RelayState>>(
            [&](auto done) { RelayControl::readState(f->client(), done); });
        QVERIFY(now.ok());
        QCOMPARE(now->isDisconnected(), meterSwitched);
    }

    // ---- limiters ----------------------------------------------------------

    void limiterTripsUnderLoad_data()
    {
        QTest::addColumn<int>("model");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<int>("event");
        QTest::newRow("power 1 W") << int(sim::MeterModel::NP542) << int(LimitKind::Power) << 1.0
                                   << int(sim::eventcode::PowerLimitDisconnect);
        QTest::newRow("current 1 mA, three-phase")
            << int(sim::MeterModel::NP542) << int(LimitKind::Current) << 0.001
            << int(sim::eventcode::CurrentLimitDisconnect);
        QTest::newRow("current 1 mA, single-phase")
            << int(sim::MeterModel::NP515) << int(LimitKind::Current) << 0.001
            << int(sim::eventcode::CurrentLimitDisconnect);
        QTest::newRow("voltage 100 V") << int(sim::MeterModel::NP515) << int(LimitKind::Voltage)
                                       << 100.0 << int(sim::eventcode::OvervoltageDisconnect);
        QTest::newRow("differential current 1 mA")
            << int(sim::MeterModel::NP545) << int(LimitKind::DifferentialCurrent) << 0.001
            << int(sim::eventcode::CurrentUnbalanceDisconnect);
    }

    void limiterTripsUnderLoad()
    {
        QFETCH(int, model);
        QFETCH(int, kind);
        QFETCH(double, threshold);
        QFETCH(int, event);
        open(sim::MeterModel(model));
        LimitRequest request;
        request.kind = LimitKind(kind);
        request.threshold = threshold;
        request.minOverSeconds = 60;
        const LimiterReport r = ControlFixture::await<LimiterReport>(
            [&](auto done) { LimiterControl::write(f->client(), request, done); });
        QVERIFY2(r.report.outcome == Outcome::Applied, qPrintable(r.report.message));
        QVERIFY(r.after);
        QCOMPARE(r.after->activeThreshold, threshold);
        QCOMPARE(r.after->limiter.minOverThresholdDurationSeconds, quint32(60));
        // Not yet: the value must stay over the threshold for 60 s.
        Result<RelayState> early = ControlFixture::await<Result<RelayState>>(
            [&](auto done) { RelayControl::readState(f->client(), done); });
        QVERIFY(early.ok() && early->outputClosed);
        f->clock().advance(61'000);
        Result<RelayState> late = ControlFixture::await<Result<RelayState>>(
            [&](auto done) { RelayControl::readState(f->client(), done); });
        QVERIFY(late.ok());
        QVERIFY(!late->outputClosed);
        QCOMPARE(late->controlState, quint8(cosem::ControlState::ReadyForReconnection));
        QCOMPARE(int(f->meter().journal(quint8(spodes::Journal::PowerAndRelay), 1).last().code),
                 event);
    }

    void limiterOffDoesNotTrip()
    {
        open();
        LimitRequest request;
        request.kind = LimitKind::Power;
        request.threshold = 1;
        auto write = [&] {
            return ControlFixture::await<LimiterReport>(
                [&](auto done) { LimiterControl::write(f->client(), request, done); });
        };
        QCOMPARE(write().report.outcome, Outcome::Applied);
        request.threshold = 0;
        const LimiterReport off = write();
        QCOMPARE(off.report.outcome, Outcome::Applied);
        QCOMPARE(off.after->activeThreshold, 0.0);
        f->clock().advance(600'000);
        Result<RelayState> state = ControlFixture::await<Result<RelayState>>(
            [&](auto done) { RelayControl::readState(f->client(), done); });
        QVERIFY(state.ok() && state->isConnected());
    }

    void limiterRefusalsSendNothing_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<int>("error");
        // NP542 has no differential current measurement, hence no such limiter.
        QTest::newRow("missing limiter")
            << int(LimitKind::DifferentialCurrent) << 1.0 << int(ErrorKind::Unsupported);
        // The current threshold is in mA: 0.5 mA cannot be written.
        QTest::newRow("finer than the meter counts")
            << int(LimitKind::Current) << 0.0005 << int(ErrorKind::InvalidArgument);
        QTest::newRow("too large for long-unsigned")
            << int(LimitKind::Voltage) << 7000.0 << int(ErrorKind::InvalidArgument);
    }

    void limiterRefusalsSendNothing()
    {
        QFETCH(int, kind);
        QFETCH(double, threshold);
        QFETCH(int, error);
        open();
        LimitRequest request;
        request.kind = LimitKind(kind);
        request.threshold = threshold;
        const LimiterReport r = ControlFixture::await<LimiterReport>(
            [&](auto done) { LimiterControl::write(f->client(), request, done); });
        QCOMPARE(r.report.outcome, Outcome::NotApplied);
        QVERIFY(r.report.refused);
        QCOMPARE(int(r.report.error.kind), error);
        QCOMPARE(f->channel().sent(controltest::kSetRequest), 0);
    }

    void limiterLinkLostMidwayIsUnknown()
    {
        open();
        f->channel().failAt(controltest::kSetRequest, 2, FaultyChannel::Fault::DropRequest);
        LimitRequest request;
        request.kind = LimitKind::Power;
        request.threshold = 5000;
        const LimiterReport r = ControlFixture::await<LimiterReport>(
            [&](auto done) { LimiterControl::write(f->client(), request, done); });
        QCOMPARE(r.report.outcome, Outcome::Unknown);
        // The meter took the first write only: a half the report does not hide.
        const auto &slot = f->meter().state().limiters[0].limiter;
        QCOMPARE(slot.thresholdActive, axdr::Value::doubleLongUnsigned(5000));
        QCOMPARE(slot.thresholdNormal, axdr::Value::doubleLongUnsigned(0));
    }

    // ---- clock -------------------------------------------------------------

    void clockSetIsVerified()
    {
        open();
        const QDateTime target = ControlFixture::start().addSecs(3600);
        const ClockReport r = ControlFixture::await<ClockReport>([&](auto done) {
            ClockControl::set(
                f->client(), [target] { return target; }, done);
        });
        QVERIFY2(r.report.outcome == Outcome::Applied, qPrintable(r.report.message));
        QCOMPARE(f->meter().meterTimeMs(), target.toMSecsSinceEpoch());
        QCOMPARE(r.after->time, target);
        QCOMPARE(r.before->deviation, qint16(-180));
    }

    void clockShiftIsVerified()
    {
        open();
        const ClockReport r = ControlFixture::await<ClockReport>(
            [&](auto done) { ClockControl::shift(f->client(), -30, done); });
        QVERIFY2(r.report.outcome == Outcome::Applied, qPrintable(r.report.message));
        QCOMPARE(f->meter().meterTimeMs(), ControlFixture::start().toMSecsSinceEpoch() - 30'000);
        QCOMPARE(r.report.parameters, QStringLiteral("-30"));
    }

    void clockShiftBeyondLimitIsRefused()
    {
        open();
        const ClockReport r = ControlFixture::await<ClockReport>(
            [&](auto done) { ClockControl::shift(f->client(), 1000, done); });
        QCOMPARE(r.report.outcome, Outcome::NotApplied);
        QVERIFY(r.report.refused);
        QCOMPARE(f->channel().sent(controltest::kActionRequest), 0);
        QCOMPARE(f->channel().sent(controltest::kGetRequest), 0);
    }

    // ---- tariff plans ------------------------------------------------------

    void tariffWriteNowIsVerified()
    {
        open();
        const TariffPlan plan = basePlanParsed();
        const TariffWriteReport r = writePlan(plan);
        QVERIFY2(r.report.outcome == Outcome::Applied, qPrintable(r.report.message));
        QVERIFY(r.differences.isEmpty());
        const auto &state = f->meter().state();
        QVERIFY(sameCalendar(state.calendar->active, plan.calendar));
        QCOMPARE(state.calendar->active.name, QByteArray("test 3-rate"));
        QCOMPARE(state.specialDays.size(), 1);
        QCOMPARE(state.specialDays.first().date.month, quint8(5));
        QCOMPARE(state.specialDays.first().dayId, quint8(2));
        Result<TariffVerification> v = verify(plan);
        QVERIFY(v.ok());
        QCOMPARE(v->state, TariffSync::InSync);
        QCOMPARE(v->meterDigest, plan.digest());
    }

    void tariffWriteLaterIsPendingThenActive()
    {
        open();
        const TariffPlan plan = basePlanParsed();
        const QDateTime at = ControlFixture::start().addSecs(2 * 3600);
        const TariffWriteReport r = writePlan(plan, at);
        QVERIFY2(r.report.outcome == Outcome::Applied, qPrintable(r.report.message));
        const auto &state = f->meter().state();
        QVERIFY(sameCalendar(state.calendar->passive, plan.calendar));
        QVERIFY(sameCalendar(state.calendar->active, sim::TariffSchedule::twoRatePlan()));
        QCOMPARE(state.calendar->activatePassiveCalendarTime.toQDateTime(), at);
        Result<TariffVerification> pending = verify(plan);
        QVERIFY(pending.ok());
        QCOMPARE(pending->state, TariffSync::Pending);
        QCOMPARE(*pending->activation, at);
        f->clock().advance(3 * 3'600'000);
        Result<TariffVerification> active = verify(plan);
        QVERIFY(active.ok());
        QCOMPARE(active->state, TariffSync::InSync);
        // The new plan applies from its activation time (17:00 local: T3), not from when
        // somebody looked.
        QCOMPARE(f->meter().tariffAt(at.toMSecsSinceEpoch() + 60'000), 3);
        QCOMPARE(f->meter().tariffAt(at.toMSecsSinceEpoch() - 60'000), 1);
    }

    void tariffActivationInThePastIsRefused()
    {
        open();
        const TariffWriteReport r
            = writePlan(basePlanParsed(), ControlFixture::start().addSecs(-3600));
        QCOMPARE(r.report.outcome, Outcome::NotApplied);
        QVERIFY(r.report.refused);
        QCOMPARE(writesSent(), 0);
    }

    // The switch at 16:00 local of the written plan moves counting from T1 to T3;
    // under the meter's old 2-rate plan T1 would have gone on until 23:00.
    void writtenPlanChangesWhichRegisterGrows()
    {
        open();
        QCOMPARE(writePlan(basePlanParsed()).report.outcome, Outcome::Applied);
        sim::SimMeter &m = f->meter();
        const qint64 t1Start = registerValue(m, 1);
        const qint64 t3Start = registerValue(m, 3);
        f->clock().advance(55 * 60'000); // 15:55 local
        QVERIFY(registerValue(m, 1) > t1Start);
        QCOMPARE(registerValue(m, 3), t3Start);
        f->clock().advance(5 * 60'000); // 16:00, the switch
        const qint64 t1AtSwitch = registerValue(m, 1);
        f->clock().advance(2 * 3'600'000);
        QCOMPARE(registerValue(m, 1), t1AtSwitch);
        QVERIFY(registerValue(m, 3) > t3Start);
    }

    // ---- energy-threshold zones and penalty tariff --------------------------

    // A single-phase NP515 (zones, T1..T4): the plan's calendar switches only
    // T1/T2; once the period's consumption passes the zone's threshold the
    // meter registers in T4, which the calendar never names.
    void zoneTariffGrowsBeyondTheThreshold()
    {
        open(sim::MeterModel::NP515);
        sim::SimMeter &m = f->meter();
        const qint64 periodBefore = m.periodEnergyWh(m.nowMs());
        const qint64 threshold = periodBefore + 300; // a few half hours away
        QJsonObject json = basePlan();
        json[QStringLiteral("tariffs")] = QJsonArray{QJsonObject{{QStringLiteral("id"), 1}},
                                                     QJsonObject{{QStringLiteral("id"), 2}},
                                                     QJsonObject{{QStringLiteral("id"), 4}}};
        json[QStringLiteral("day_profiles")] = QJsonArray{
            QJsonObject{{QStringLiteral("id"), 1},
                        {QStringLiteral("switches"), QJsonArray{sw("07:00", 1), sw("23:00", 2)}}},
            QJsonObject{{QStringLiteral("id"), 2},
                        {QStringLiteral("switches"), QJsonArray{sw("00:00", 2)}}}};
        json[QStringLiteral("energy_zones")] = QJsonArray{
            QJsonObject{{QStringLiteral("from_wh"), threshold}, {QStringLiteral("tariff"), 4}}};
        json[QStringLiteral("penalty_tariff")] = 2;
        const TariffPlan plan = planOf(json);
        const TariffWriteReport r = writePlan(plan);
        QVERIFY2(r.report.outcome == Outcome::Applied, qPrintable(r.report.message));
        QCOMPARE(m.state().zones->penaltyTariff, quint8(2));
        QCOMPARE(m.state().zones->monitor.thresholds.size(), 1);
        Result<TariffVerification> v = verify(plan);
        QVERIFY(v.ok());
        QCOMPARE(v->state, TariffSync::InSync);
        QCOMPARE(v->meterDigest, plan.digest());

        const qint64 t4Before = registerValue(m, 4);
        int steps = 0;
        while (m.periodEnergyWh(m.nowMs()) < threshold && steps++ < 96) {
            QCOMPARE(registerValue(m, 4), t4Before); // below the threshold: the calendar rules
            f->clock().advance(30 * 60'000);
        }
        QVERIFY2(m.periodEnergyWh(m.nowMs()) >= threshold, "consumption never reached the zone");
        f->clock().advance(30 * 60'000); // the interval that crossed it is complete
        const qint64 t1 = registerValue(m, 1);
        const qint64 t2 = registerValue(m, 2);
        const qint64 t4 = registerValue(m, 4);
        f->clock().advance(3 * 3'600'000);
        QVERIFY2(registerValue(m, 4) > t4, "the zone's tariff register did not grow");
        QCOMPARE(registerValue(m, 1), t1);
        QCOMPARE(registerValue(m, 2), t2);
    }

    void zonesOnAMeterWithoutThemAreRefusedBeforeSending()
    {
        open(sim::MeterModel::NP542);
        QJsonObject json = basePlan();
        json[QStringLiteral("energy_zones")] = QJsonArray{
            QJsonObject{{QStringLiteral("from_wh"), 1000}, {QStringLiteral("tariff"), 3}}};
        const TariffWriteReport r = writePlan(planOf(json));
        QCOMPARE(r.report.outcome, Outcome::NotApplied);
        QVERIFY(r.report.refused);
        QCOMPARE(r.report.error.kind, ErrorKind::Unsupported);
        QVERIFY2(r.report.message.contains(QStringLiteral("energy-threshold zones")),
                 qPrintable(r.report.message));
        QCOMPARE(writesSent(), 0);
    }

    void zonesAreClearedByAPlanWithout()
    {
        open(sim::MeterModel::NP523);
        QJsonObject json = basePlan();
        json[QStringLiteral("energy_zones")] = QJsonArray{
            QJsonObject{{QStringLiteral("from_wh"), 1000}, {QStringLiteral("tariff"), 3}}};
        QCOMPARE(writePlan(planOf(json)).report.outcome, Outcome::Applied);
        QCOMPARE(f->meter().state().zones->monitor.thresholds.size(), 1);
        const TariffWriteReport r = writePlan(basePlanParsed());
        QVERIFY2(r.report.outcome == Outcome::Applied, qPrintable(r.report.message));
        QVERIFY(f->meter().state().zones->monitor.thresholds.isEmpty());
        Result<TariffVerification> v = verify(planOf(json));
        QVERIFY(v.ok());
        QCOMPARE(v->state, TariffSync::Differs);
        QVERIFY2(v->differences.join(QLatin1Char('\n')).contains(QStringLiteral("energy zones")),
                 qPrintable(v->differences.join(QLatin1Char('\n'))));
    }

    void badPlansAreRefusedBeforeSending_data()
    {
        QTest::addColumn<QJsonObject>("plan");
        QTest::addColumn<QString>("expected");
        QJsonObject seven = basePlan();
        QJsonArray tariffs;
        for (int t = 1; t <= 7; ++t)
            tariffs.append(QJsonObject{{QStringLiteral("id"), t}});
        seven[QStringLiteral("tariffs")] = tariffs;
        QTest::newRow("7 tariffs") << seven << QStringLiteral("7 tariffs");

        QJsonObject overlap = basePlan();
        QJsonArray days = overlap[QStringLiteral("day_profiles")].toArray();
        QJsonObject day = days[0].toObject();
        day[QStringLiteral("switches")]
            = QJsonArray{sw("00:00", 1), sw("16:00", 3), sw("16:00", 2)};
        days[0] = day;
        overlap[QStringLiteral("day_profiles")] = days;
        QTest::newRow("two switches at 16:00") << overlap << QStringLiteral("twice at 16:00");

        QJsonObject unknownDay = basePlan();
        unknownDay[QStringLiteral("week_profiles")]
            = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("W")},
                                     {QStringLiteral("days"), QJsonArray{1, 1, 1, 1, 1, 2, 9}}}};
        QTest::newRow("unknown day profile") << unknownDay << QStringLiteral("day profile 9");

        QJsonObject unknownWeek = basePlan();
        unknownWeek[QStringLiteral("seasons")]
            = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("S")},
                                     {QStringLiteral("start"), QStringLiteral("01-01")},
                                     {QStringLiteral("week"), QStringLiteral("X")}}};
        QTest::newRow("unknown week") << unknownWeek << QStringLiteral("week profile \"X\"");
    }

    void badPlansAreRefusedBeforeSending()
    {
        QFETCH(QJsonObject, plan);
        QFETCH(QString, expected);
        open();
        const cosem::ActivityCalendar before = f->meter().state().calendar;
        const TariffWriteReport r = writePlan(planOf(plan));
        QCOMPARE(r.report.outcome, Outcome::NotApplied);
        QVERIFY(r.report.refused);
        QCOMPARE(r.report.error.kind, ErrorKind::InvalidArgument);
        QVERIFY2(r.report.message.contains(expected), qPrintable(r.report.message));
        QCOMPARE(f->channel().sent(controltest::kGetRequest), 0);
        QCOMPARE(writesSent(), 0);
        QVERIFY(f->meter().state().calendar == before);
    }

    void planBeyondTheMetersTariffsIsRefused()
    {
        open(sim::MeterModel::NP515); // T1..T4 only
        QJsonObject six = basePlan();
        QJsonArray tariffs;
        for (int t = 1; t <= 6; ++t)
            tariffs.append(QJsonObject{{QStringLiteral("id"), t}});
        six[QStringLiteral("tariffs")] = tariffs;
        QJsonArray days = six[QStringLiteral("day_profiles")].toArray();
        QJsonObject day = days[0].toObject();
        day[QStringLiteral("switches")] = QJsonArray{sw("00:00", 1), sw("16:00", 6)};
        days[0] = day;
        six[QStringLiteral("day_profiles")] = days;
        const TariffWriteReport r = writePlan(planOf(six));
        QCOMPARE(r.report.outcome, Outcome::NotApplied);
        QVERIFY(r.report.refused);
        QCOMPARE(r.report.error.kind, ErrorKind::Unsupported);
        QVERIFY2(r.report.message.contains(QStringLiteral("4 tariff registers")),
                 qPrintable(r.report.message));
        QCOMPARE(writesSent(), 0);
    }

    void linkLostWritingThePassiveCalendarLeavesOldPlan_data()
    {
        QTest::addColumn<int>("setNumber");
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("touched");
        // SET 1 clears the activation time; 2..5 are the passive attributes.
        QTest::newRow("disarm request lost")
            << 1 << int(FaultyChannel::Fault::DropRequest) << false;
        QTest::newRow("seasons request lost")
            << 3 << int(FaultyChannel::Fault::DropRequest) << true;
        QTest::newRow("day profiles answer lost")
            << 5 << int(FaultyChannel::Fault::LoseAnswer) << true;
    }

    void linkLostWritingThePassiveCalendarLeavesOldPlan()
    {
        QFETCH(int, setNumber);
        QFETCH(int, fault);
        QFETCH(bool, touched);
        open();
        f->channel().failAt(controltest::kSetRequest, setNumber, FaultyChannel::Fault(fault));
        const TariffPlan plan = basePlanParsed();
        const TariffWriteReport r = writePlan(plan);
        QCOMPARE(r.report.outcome, Outcome::NotApplied);
        QVERIFY(!r.report.refused);
        QCOMPARE(r.passiveTouched, touched);
        QCOMPARE(f->channel().sent(controltest::kActionRequest), 0);
        // The meter runs its old plan and nothing is armed to switch to a half.
        const auto &state = f->meter().state();
        QVERIFY(sameCalendar(state.calendar->active, sim::TariffSchedule::twoRatePlan()));
        QVERIFY(!state.calendar->activatePassiveCalendarTime.toQDateTime().isValid());
        QVERIFY(state.specialDays.isEmpty());
        // Retrying on a new association completes it.
        QVERIFY(f->reconnect().ok());
        QCOMPARE(writePlan(plan).report.outcome, Outcome::Applied);
        QVERIFY(sameCalendar(f->meter().state().calendar->active, plan.calendar));
    }

    // A plan armed for later, then a second write that breaks off inside the
    // passive calendar: the half-written passive calendar must never become
    // active when the first plan's time comes.
    void brokenRewriteDisarmsTheOldActivation()
    {
        open();
        const QDateTime at = ControlFixture::start().addSecs(2 * 3600);
        QCOMPARE(writePlan(basePlanParsed(), at).report.outcome, Outcome::Applied);
        QJsonObject o = basePlan();
        o[QStringLiteral("name")] = QStringLiteral("second");
        f->channel().failAt(controltest::kSetRequest, 3, FaultyChannel::Fault::DropRequest);
        const TariffWriteReport r = writePlan(planOf(o));
        QCOMPARE(r.report.outcome, Outcome::NotApplied);
        QVERIFY(r.passiveTouched);
        QVERIFY(r.report.message.contains(QStringLiteral("not armed")));
        f->clock().advance(3 * 3'600'000);
        f->meter().activateCalendarIfDue();
        QVERIFY(
            sameCalendar(f->meter().state().calendar->active, sim::TariffSchedule::twoRatePlan()));
    }

    void linkLostAtActivationIsUnknown_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("activated");
        QTest::newRow("request lost") << int(FaultyChannel::Fault::DropRequest) << false;
        QTest::newRow("answer lost") << int(FaultyChannel::Fault::LoseAnswer) << true;
    }

    void linkLostAtActivationIsUnknown()
    {
        QFETCH(int, fault);
        QFETCH(bool, activated);
        open();
        f->channel().failAt(controltest::kActionRequest, 1, FaultyChannel::Fault(fault));
        const TariffPlan plan = basePlanParsed();
        const TariffWriteReport r = writePlan(plan);
        QCOMPARE(r.report.outcome, Outcome::Unknown);
        QVERIFY(r.report.needsRetry());
        QCOMPARE(sameCalendar(f->meter().state().calendar->active, plan.calendar), activated);
        // Verification on a new association resolves it.
        QVERIFY(f->reconnect().ok());
        Result<TariffVerification> v = verify(plan);
        QVERIFY(v.ok());
        QCOMPARE(v->state, TariffSync::Differs); // the special days were never written
        if (activated) {
            QCOMPARE(v->differences.size(), 1);
            QVERIFY(v->differences.first().startsWith(QStringLiteral("special days")));
        } else {
            QVERIFY(v->differences.first().startsWith(QStringLiteral("calendar name")));
        }
    }

    void linkLostWritingSpecialDaysIsUnknown()
    {
        open();
        f->channel().failAt(controltest::kSetRequest, 6, FaultyChannel::Fault::LoseAnswer);
        const TariffWriteReport r = writePlan(basePlanParsed());
        QCOMPARE(r.report.outcome, Outcome::Unknown);
        QVERIFY(r.report.message.contains(QStringLiteral("special days")));
    }

    void verifyNamesTheDifference()
    {
        // The meter keeps another calendar name than written (as a meter that
        // truncates names would): accepted, but not the plan.
        open();
        QJsonObject o = basePlan();
        o[QStringLiteral("name")] = QStringLiteral("plan A");
        const TariffPlan plan = planOf(o);
        TariffPlan other = plan;
        other.calendar.name = QByteArray("plan B");
        // Write B's calendar, verify against A.
        QCOMPARE(writePlan(other).report.outcome, Outcome::Applied);
        Result<TariffVerification> v = verify(plan);
        QVERIFY(v.ok());
        QCOMPARE(v->state, TariffSync::Differs);
        QCOMPARE(v->differences.size(), 1);
        QVERIFY(v->differences.first().contains(QStringLiteral("\"plan B\"")));
    }

    void readsTheMetersCalendar()
    {
        open();
        Result<MeterCalendar> m = ControlFixture::await<Result<MeterCalendar>>(
            [&](auto done) { TariffProgrammer::read(f->client(), done); });
        QVERIFY(m.ok());
        QCOMPARE(m->tariffRegisters, 6);
        QVERIFY(m->specialDays.has_value());
        QVERIFY(sameCalendar(m->calendar.active, sim::TariffSchedule::twoRatePlan()));
        const TariffPlan active = TariffPlanCompare::fromMeter(m->calendar.active, {});
        QCOMPARE(active.usedTariffs(), (QList<quint16>{1, 2}));
        QCOMPARE(active.name, QStringLiteral("2-rate"));
    }
};

QTEST_GUILESS_MAIN(TstControlSim)
#include "tst_control_sim.moc"
