#pragma once
// Limiter thresholds (class 71, SPODES 0.0.17.0.k.255): power, current,
// voltage and differential current, in the units people use (W, A, V, A),
// converted with the scaler of the monitored register and written in the
// type the meter uses for the threshold. Every write is read back.
#include "protocol/client/dlms_client.h"
#include "protocol/control/control_outcome.h"
#include "protocol/cosem/limiter.h"
#include "protocol/cosem/scaler_unit.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace ims::control {

enum class LimitKind : quint8 { Power, Current, Voltage, DifferentialCurrent };

QString limitKindToken(LimitKind kind); // "power", "current", "voltage", "differential-current"
std::optional<LimitKind> parseLimitKind(QStringView token);
QString limitUnitSymbol(LimitKind kind); // "W", "A", "V", "A"
cosem::Obis limiterObis(LimitKind kind);

struct LimiterReading
{
    LimitKind kind = LimitKind::Power;
    cosem::Limiter limiter;      // attributes 2..7 as read
    cosem::ScalerUnit monitored; // scaler of the monitored value (0 when it has none)
    double activeThreshold = 0;  // in limitUnitSymbol(kind); 0 = no limit
    double normalThreshold = 0;
};

struct LimitRequest
{
    LimitKind kind = LimitKind::Power;
    double threshold = 0; // W, A or V; 0 switches the limit off
    std::optional<quint32> minOverSeconds;
    std::optional<quint32> minUnderSeconds;
    QString describe() const; // "power 5000 W, over 60 s"
};

struct LimiterReport
{
    ControlReport report;
    std::optional<LimiterReading> before;
    std::optional<LimiterReading> after;
};

class LimiterControl
{
    Q_DECLARE_TR_FUNCTIONS(LimiterControl)

public:
    using ReadingDone = std::function<void(Result<LimiterReading>)>;
    using ReportDone = std::function<void(LimiterReport)>;

    static void read(client::DlmsClient &client, LimitKind kind, ReadingDone done);
    static void write(client::DlmsClient &client, LimitRequest request, ReportDone done);

    // `value` (in units) as the raw threshold: value / 10^scaler in the type
    // of `like` (the threshold the meter holds). InvalidArgument when it does
    // not fit that type or is negative for an unsigned one.
    static Result<axdr::Value> encodeThreshold(double value, const cosem::ScalerUnit &scaler,
                                               const axdr::Value &like);
    static double thresholdInUnits(const axdr::Value &raw, const cosem::ScalerUnit &scaler);
};

} // namespace ims::control
