#pragma once
// What came of a command that changes a meter: applied (and verified by
// reading the state back), not applied (the meter said no, or nothing was
// sent), or unknown (a request may have reached the meter but its effect
// could not be confirmed: the command must be checked or retried). There is
// no fourth, silent state.
#include "protocol/core/error.h"
#include "protocol/engine/readings.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ims::control {

enum class Outcome : quint8 {
    NotApplied = 0,
    Applied = 1, // and verified by reading back
    Unknown = 2, // flagged for retry
};

// "not-applied", "applied", "unknown": stable tokens for JSON and storage.
QString outcomeToken(Outcome outcome);
std::optional<Outcome> parseOutcome(QStringView token);

// Whether a failed write could still have changed the meter: a refusal by
// the meter (or by us, before sending) left it as it was; a lost link, a
// timeout or an answer we could not read leaves it unknown.
enum class WriteFate { Refused, Unknown };
WriteFate fateOf(const Error &error);

struct ControlReport
{
    Q_DECLARE_TR_FUNCTIONS(ControlReport)

public:
    QString command;    // stable token: "relay-off", "tariff-write", ...
    QString parameters; // what was asked, for the audit trail
    Outcome outcome = Outcome::NotApplied;
    // Refused before any write was sent: bad input, or the meter lacks the feature.
    bool refused = false;
    Error error;     // kind None when applied
    QString message; // what happened, for people
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;

    bool needsRetry() const { return outcome == Outcome::Unknown; }

    // The audit record: succeeded only when applied and verified; the
    // message starts with the outcome token so the commands table keeps it.
    engine::CommandRecord toCommandRecord(const engine::MeterRef &meter,
                                          const QString &operatorName) const;

    // Builders that also stamp finishedAtMs.
    void applied(const QString &text);
    void notApplied(const Error &why, const QString &text = {});
    void unknown(const Error &why, const QString &text = {});
    void refuse(const Error &why);
};

} // namespace ims::control
