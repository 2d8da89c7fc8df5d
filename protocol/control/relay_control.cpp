#include "protocol/control/relay_control.h"

#include "protocol/control/attribute_io.h"
#include "protocol/cosem/spodes_objects.h"

#include <QDateTime>

namespace ims::control {

namespace {

constexpr quint16 kDisconnectControlClass = 70;

QList<Attribute> stateAttributes()
{
    const cosem::Obis &o = cosem::spodes::DisconnectControl;
    return {{kDisconnectControlClass, o, 2},
            {kDisconnectControlClass, o, 3},
            {kDisconnectControlClass, o, 4}};
}

ControlReport startReport(const QString &command)
{
    ControlReport r;
    r.command = command;
    r.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    return r;
}

// Reads the state, refusing clearly when the meter has no relay.
void readBefore(client::DlmsClient &client, RelayReport report,
                std::function<void(RelayReport, bool)> next)
{
    RelayControl::readState(client, [report, next](Result<RelayState> state) mutable {
        if (!state) {
            if (isObjectMissing(state.error()))
                report.report.refuse(Error(ErrorKind::Unsupported,
                                           RelayControl::tr("the meter has no load relay"
                                                            " (disconnect control %1)")
                                               .arg(cosem::spodes::DisconnectControl.toString())));
            else
                report.report.notApplied(state.error(),
                                         RelayControl::tr("could not read the relay state: %1")
                                             .arg(state.error().message));
            next(std::move(report), false);
            return;
        }
        report.before = *state;
        next(std::move(report), true);
    });
}

// Runs method 1 or 2 and reads the state back; `judge` classifies the result.
void switchRelay(client::DlmsClient &client, RelayReport report, qint8 method,
                 std::function<void(RelayReport &)> judge, RelayControl::ReportDone done)
{
    client::DlmsClient *c = &client;
    client.action(
        {kDisconnectControlClass, cosem::spodes::DisconnectControl, method},
        axdr::Value::integer(0), [c, report, judge, done](Result<axdr::Value> result) mutable {
            if (!result) {
                if (fateOf(result.error()) == WriteFate::Refused)
                    report.report.notApplied(
                        result.error(),
                        RelayControl::tr("the meter refused: %1").arg(result.error().message));
                else
                    report.report.unknown(result.error(),
                                          RelayControl::tr("the command may have reached the meter"
                                                           " but no answer came (%1); read the"
                                                           " relay state before retrying")
                                              .arg(result.error().message));
                done(std::move(report));
                return;
            }
            RelayControl::readState(*c, [report, judge, done](Result<RelayState> after) mutable {
                if (!after) {
                    report.report.unknown(after.error(),
                                          RelayControl::tr("the meter accepted the command but"
                                                           " the relay state could not be read"
                                                           " back: %1")
                                              .arg(after.error().message));
                    done(std::move(report));
                    return;
                }
                report.after = *after;
                judge(report);
                done(std::move(report));
            });
        });
}

} // namespace

QString RelayState::describe() const
{
    return RelayControl::tr("relay %1, %2, control mode %3")
        .arg(outputClosed ? RelayControl::tr("closed") : RelayControl::tr("open"),
             cosem::DisconnectControl::controlStateName(controlState))
        .arg(controlMode);
}

QString RelayState::outputToken() const
{
    return outputClosed ? QStringLiteral("closed") : QStringLiteral("open");
}

QString RelayState::controlStateToken() const
{
    switch (cosem::ControlState(controlState)) {
    case cosem::ControlState::Disconnected:
        return QStringLiteral("disconnected");
    case cosem::ControlState::Connected:
        return QStringLiteral("connected");
    case cosem::ControlState::ReadyForReconnection:
        return QStringLiteral("ready-for-reconnection");
    }
    return QStringLiteral("state-%1").arg(controlState);
}

Result<RelayState> RelayControl::stateFromValues(const QList<axdr::Value> &values)
{
    cosem::DisconnectControl dc;
    for (qint8 i = 0; i < 3 && i < values.size(); ++i) {
        if (const Status s = dc.setAttribute(qint8(i + 2), values[i]); !s)
            return s.error();
    }
    if (values.size() != 3)
        return Error(ErrorKind::Malformed, tr("incomplete relay state"));
    return RelayState{dc.outputState, dc.controlState, dc.controlMode};
}

void RelayControl::readState(client::DlmsClient &client, StateDone done)
{
    readAttributes(client, stateAttributes(), [done](Result<QList<axdr::Value>> values) {
        if (!values) {
            done(values.error());
            return;
        }
        done(stateFromValues(*values));
    });
}

void RelayControl::disconnect(client::DlmsClient &client, ReportDone done)
{
    RelayReport report;
    report.report = startReport(QStringLiteral("relay-off"));
    client::DlmsClient *c = &client;
    readBefore(client, std::move(report), [c, done](RelayReport r, bool ok) {
        if (!ok) {
            done(std::move(r));
            return;
        }
        if (!cosem::DisconnectControl::allowsRemoteDisconnect(r.before->controlMode)) {
            r.report.refuse(Error(
                ErrorKind::Unsupported,
                tr("control mode %1 does not allow a remote disconnection (%2)")
                    .arg(r.before->controlMode)
                    .arg(cosem::DisconnectControl::controlModeDescription(r.before->controlMode))));
            done(std::move(r));
            return;
        }
        switchRelay(
            *c, std::move(r), 1,
            [](RelayReport &rr) {
                if (rr.after->isDisconnected())
                    rr.report.applied(tr("disconnected: %1").arg(rr.after->describe()));
                else
                    rr.report.notApplied(Error(ErrorKind::DataAccess,
                                               tr("the meter accepted the command but reports %1")
                                                   .arg(rr.after->describe())));
            },
            done);
    });
}

void RelayControl::reconnect(client::DlmsClient &client, ReportDone done)
{
    RelayReport report;
    report.report = startReport(QStringLiteral("relay-on"));
    client::DlmsClient *c = &client;
    readBefore(client, std::move(report), [c, done](RelayReport r, bool ok) {
        if (!ok) {
            done(std::move(r));
            return;
        }
        const auto effect = cosem::DisconnectControl::remoteReconnectEffect(r.before->controlMode);
        if (effect == cosem::RemoteReconnectEffect::NoEffect) {
            r.report.refuse(Error(
                ErrorKind::Unsupported,
                tr("control mode %1 does not allow a remote reconnection (%2)")
                    .arg(r.before->controlMode)
                    .arg(cosem::DisconnectControl::controlModeDescription(r.before->controlMode))));
            done(std::move(r));
            return;
        }
        switchRelay(
            *c, std::move(r), 2,
            [](RelayReport &rr) {
                if (rr.after->isConnected()) {
                    rr.report.applied(tr("reconnected: %1").arg(rr.after->describe()));
                } else if (rr.after->awaitsSubscriber()) {
                    rr.awaitingSubscriber = true;
                    rr.report.applied(tr("reconnection permitted: the subscriber closes the relay"
                                         " with the button on the meter (%1)")
                                          .arg(rr.after->describe()));
                } else {
                    rr.report.notApplied(Error(ErrorKind::DataAccess,
                                               tr("the meter accepted the command but reports %1")
                                                   .arg(rr.after->describe())));
                }
            },
            done);
    });
}

} // namespace ims::control
