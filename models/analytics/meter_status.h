#pragma once
// What an operator needs to see at a glance for each meter: answering or
// not, data arriving or not, open alarms, relay open, clock off. Computed in
// a few set-wise queries for a page of meters or one router's meters.
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace ims::analytics {

namespace MeterStatusFlag {
enum : quint32 {
    Online = 1u << 0,        // the last poll session succeeded (fully or partly)
    NotResponding = 1u << 1, // the last poll session failed
    NoData = 1u << 2,        // no A+ interval in the last day before `now`
    Alarm = 1u << 3,         // an open (unacknowledged) warning or critical alarm
    RelayOpen = 1u << 4,     // the load relay is open (consumer disconnected)
    ClockOff = 1u << 5,      // the last clock check deviated beyond clock_alarm_ms
    Disabled = 1u << 6,      // meter disabled or decommissioned
};
}

// The disconnect control output_state (class 70, attribute 2) as the engine
// stores it among the instant values: raw 1 = relay closed, 0 = open.
inline constexpr QLatin1String kRelayStateObis("0.0.96.3.10.255");

// The flag that decides a meter's icon, the most urgent first.
quint32 dominantStatus(quint32 flags);

class MeterStatusQuery
{
    Q_DECLARE_TR_FUNCTIONS(MeterStatusQuery)
public:
    explicit MeterStatusQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Flags per meter id; meters that do not exist are left out.
    Result<QHash<qint64, quint32>> forMeters(const QList<qint64> &meterIds, qint64 nowMs);
    Result<QHash<qint64, quint32>> forRouter(qint64 routerId, qint64 nowMs);

    // Words for one flag and for a whole set ("Alarm, relay open").
    static QString flagName(quint32 flag);
    static QString describe(quint32 flags);

private:
    Result<QHash<qint64, quint32>> query(const QString &meterCondition, const QVariantList &binds,
                                         qint64 nowMs);

    QSqlDatabase m_db;
};

} // namespace ims::analytics
