#pragma once
// Everything the meter card shows about one meter, read in one go: who it
// is, how it is reached, its latest registers and instantaneous values, the
// relay and the clock, recent intervals, events, manual readings and how
// polling it has gone.
#include "models/analytics/profile_query.h"
#include "models/analytics/record_queries.h"
#include "models/domain/entities.h"
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace ims::analytics {

struct RegisterValue
{
    QString obis;
    int tariff = 0; // 0 = total
    qint64 takenAt = 0;
    int kind = 0; // engine::RegisterKind
    qint64 raw = 0;
    int scaler = 0;
    int unit = 0;
    std::optional<qint64> primaryMwh; // energies: primary side, exact
};

struct InstantReading
{
    QString obis;
    qint64 takenAt = 0;
    qint64 raw = 0;
    int scaler = 0;
    int unit = 0;
};

struct ClockReading
{
    qint64 deviceTimeMs = 0;
    qint64 workstationTimeMs = 0;
    qint64 deltaMs = 0;
    int correction = 0; // engine::ClockCorrection
    bool correctionSucceeded = false;
};

struct ManualRecord
{
    qint64 time = 0;
    bool optical = true;
    QString code;
    QString textValue;
    QString operatorName;
};

struct SessionRecord
{
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    int result = 0; // engine::PollResult
    QString errorKind;
    QString message;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    int intervalsRead = 0;
};

struct SessionStats
{
    qint64 sessions = 0;
    qint64 succeeded = 0;
    qint64 partial = 0;
    qint64 failed = 0;
    std::optional<qint64> lastSuccessMs;
    std::optional<qint64> lastFailureMs;
    QString lastFailureMessage;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    qint64 averageDurationMs = 0;
};

struct MeterCard
{
    domain::Meter meter;
    QString siteName;
    QString subscriberAccount;
    QString subscriberName;
    QString subscriberAddress;
    QString tariffPlan;
    QString routerName;
    QString routerEndpoint; // "10.0.0.1:4059" or "/dev/ttyUSB0"
    QList<int> repeaters;   // physical addresses, router outwards
    QList<int> hopQuality;  // % per hop, router outwards (repeaters + 1 when known)
    qint64 routeUpdatedMs = 0;
    QList<RegisterValue> registers; // the newest snapshot of each kind present
    QList<InstantReading> instants; // newest per OBIS
    std::optional<bool> relayClosed;
    std::optional<ClockReading> clock;
    QList<ProfileRow> lastIntervals; // newest first
    QList<EventRecord> events;       // newest first
    QList<ManualRecord> manual;      // newest first
    SessionStats stats;
    QList<SessionRecord> sessions; // newest first
    quint32 statusFlags = 0;       // MeterStatusFlag
};

class MeterCardQuery
{
    Q_DECLARE_TR_FUNCTIONS(MeterCardQuery)
public:
    explicit MeterCardQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<MeterCard> load(qint64 meterId, qint64 nowMs, int listLimit = 20);

private:
    Status loadIdentity(MeterCard &card);
    Status loadRoute(MeterCard &card);
    Status loadRegisters(MeterCard &card);
    Status loadInstants(MeterCard &card);
    Status loadClock(MeterCard &card);
    Status loadManual(MeterCard &card, int limit);
    Status loadSessions(MeterCard &card, int limit);

    QSqlDatabase m_db;
};

// "12 34 56" -> {12, 34, 56}; words that are not numbers are skipped.
QList<int> parseNumberList(const QString &text);

} // namespace ims::analytics
