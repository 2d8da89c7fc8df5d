#pragma once
// Switches the load relays of many meters one by one (a feeder for peak-hour
// limiting, the street lights at sunset): each meter's conversation is an
// operator job in the polling engine, so it shares the router's half-duplex
// link with polling instead of opening a second connection. Per meter:
// associate, check the serial, write the relay, read it back — then one
// command record exactly as `imsdesk-cli relay` writes it (who, when, what,
// outcome). A meter never reached is recorded "not applied" with the reason;
// a link lost after the write leaves it "unknown". Nothing is silent: every
// meter asked for ends with one record and one result.
//
// Lives on the engine's thread. A meter that other work of the engine
// reports failed while this job waits is taken as not applied, and its
// switching is then skipped: the record never claims more than happened.
#include "models/control/switch_targets.h"
#include "protocol/control/relay_control.h"
#include "protocol/engine/poll_engine.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>

namespace ims::engine {
class ReadingSink;
}

namespace ims::control {

struct MeterSwitchResult
{
    SwitchMeter meter;
    Outcome outcome = Outcome::NotApplied;
    ErrorKind error = ErrorKind::None;
    QString message;
    std::optional<RelayState> after; // read back
    bool awaitingSubscriber = false;
};

struct GroupSwitchRequest
{
    QList<SwitchMeter> meters;
    SwitchAction action = SwitchAction::Disconnect;
    QString operatorName;
    QString parameters; // for the audit trail: "feeder F-1", "schedule 3 Lights off"
};

struct GroupSwitchSummary
{
    int applied = 0;
    int notApplied = 0;
    int unknown = 0;
    // "3 applied, 1 unknown", translated.
    QString describe() const;
};
GroupSwitchSummary summarise(const QList<MeterSwitchResult> &results);

class GroupSwitch : public QObject
{
    Q_OBJECT

public:
    // The engine and the sink (where the command records go) must outlive
    // this object; `db` is a connection of this thread, for planning.
    GroupSwitch(engine::PollEngine &engine, engine::ReadingSink &sink, QSqlDatabase db,
                QObject *parent = nullptr);
    ~GroupSwitch() override;

    // Queues every meter as operator work. A meter that cannot be planned
    // (no router, not active) is recorded not applied at once. finished()
    // follows when every meter has its result (at once for an empty list).
    void start(const GroupSwitchRequest &request);
    // Meters not switched yet are recorded not applied; the one being
    // switched finishes as it does.
    void cancel();

    bool isFinished() const { return m_started && m_pending.isEmpty(); }
    QList<MeterSwitchResult> results() const { return m_results; }

signals:
    void meterFinished(const ims::control::MeterSwitchResult &result, int done, int total);
    void finished(const QList<ims::control::MeterSwitchResult> &results);

private:
    void runOperation(qint64 meterId, client::DlmsClient &client,
                      const std::function<void(Status)> &done);
    void onProgress(const engine::MeterProgress &progress);
    void resolveNotRun(qint64 meterId, const Error &why);
    void resolve(qint64 meterId, const RelayReport &report);
    void record(const SwitchMeter &meter, const ControlReport &report);
    QString commandToken() const;

    engine::PollEngine &m_engine;
    engine::ReadingSink &m_sink;
    QSqlDatabase m_db;
    GroupSwitchRequest m_request;
    QHash<qint64, SwitchMeter> m_pending; // by meter id
    QList<MeterSwitchResult> m_results;
    bool m_started = false;
    bool m_cancelled = false;
    qint64 m_inFlight = 0; // the meter whose relay command is on the wire
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace ims::control

Q_DECLARE_METATYPE(ims::control::MeterSwitchResult)
