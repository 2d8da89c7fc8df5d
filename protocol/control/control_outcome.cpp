#include "protocol/control/control_outcome.h"

#include <QDateTime>

namespace ims::control {

QString outcomeToken(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NotApplied:
        return QStringLiteral("not-applied");
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

std::optional<Outcome> parseOutcome(QStringView token)
{
    for (Outcome o : {Outcome::NotApplied, Outcome::Applied, Outcome::Unknown}) {
        if (token == outcomeToken(o))
            return o;
    }
    return std::nullopt;
}

WriteFate fateOf(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::DataAccess:   // the meter answered: not done
    case ErrorKind::ServiceError: // confirmed-service-error
    case ErrorKind::Exception:    // exception-response: the request was not processed
    case ErrorKind::InvalidArgument:
    case ErrorKind::Unsupported:
    case ErrorKind::TooLarge:
    case ErrorKind::AssociationRejected:
    case ErrorKind::NotFound:
        return WriteFate::Refused;
    default:
        // Timeout, link lost, cancelled, an answer that failed to decode or
        // authenticate: the request may have been carried out.
        return WriteFate::Unknown;
    }
}

engine::CommandRecord ControlReport::toCommandRecord(const engine::MeterRef &meter,
                                                     const QString &operatorName) const
{
    engine::CommandRecord r;
    r.meter = meter;
    r.operatorName = operatorName;
    r.command = command;
    r.parameters = parameters;
    r.issuedAtMs = startedAtMs;
    r.finishedAtMs = finishedAtMs;
    r.succeeded = outcome == Outcome::Applied;
    r.errorKind = error.kind;
    r.message = outcomeToken(outcome) + QStringLiteral(": ") + message;
    return r;
}

void ControlReport::applied(const QString &text)
{
    outcome = Outcome::Applied;
    error = {};
    message = text;
    finishedAtMs = QDateTime::currentMSecsSinceEpoch();
}

void ControlReport::notApplied(const Error &why, const QString &text)
{
    outcome = Outcome::NotApplied;
    error = why;
    message = text.isEmpty() ? why.message : text;
    finishedAtMs = QDateTime::currentMSecsSinceEpoch();
}

void ControlReport::unknown(const Error &why, const QString &text)
{
    outcome = Outcome::Unknown;
    error = why;
    message = text.isEmpty() ? why.message : text;
    finishedAtMs = QDateTime::currentMSecsSinceEpoch();
}

void ControlReport::refuse(const Error &why)
{
    refused = true;
    notApplied(why);
}

} // namespace ims::control
