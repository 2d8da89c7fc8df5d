#pragma once
// What the polling engine tells the screens while it works: per meter and
// per router, plain values emitted as signals (queued across threads).
#include "protocol/core/error.h"
#include "protocol/engine/readings.h"

#include <QMetaType>
#include <QString>

namespace ims::engine {

enum class MeterPollState : quint8 { Queued, Running, Done, Failed, Cancelled };

// The step a meter session is in; stable tokens for logs and JSON, words
// for people come from PollEngine::stepText().
enum class PollStep : quint8 {
    Waiting,
    Connecting,
    Associating,
    Clock,
    Profile,
    DailyRegisters,
    MonthlyRegisters,
    Events,
    Registers,
    Instant,
    Releasing,
    Finished,
};

struct MeterProgress
{
    qint64 routerId = 0;
    MeterRef meter;
    MeterPollState state = MeterPollState::Queued;
    PollStep step = PollStep::Waiting;
    int attempt = 0; // 1 = first try
    ErrorKind error = ErrorKind::None;
    QString message; // why it failed, in words
    quint64 bytesSent = 0;
    quint64 bytesReceived = 0;
    int intervalsRead = 0;
};

struct RouterProgress
{
    qint64 routerId = 0;
    QString name;
    int total = 0; // meters in this round
    int done = 0;
    int failed = 0;
    int running = 0;
    bool linkUp = false;
    quint64 bytesSent = 0;
    quint64 bytesReceived = 0;
    int retries = 0;
};

} // namespace ims::engine

Q_DECLARE_METATYPE(ims::engine::MeterProgress)
Q_DECLARE_METATYPE(ims::engine::RouterProgress)
