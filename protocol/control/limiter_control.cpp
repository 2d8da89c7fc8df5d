#include "protocol/control/limiter_control.h"

#include "protocol/control/attribute_io.h"
#include "protocol/cosem/spodes_objects.h"

#include <QDateTime>

#include <cmath>
#include <limits>

namespace ims::control {

namespace {

constexpr quint16 kLimiterClass = 71;
namespace spodes = cosem::spodes;

QList<Attribute> limiterAttributes(LimitKind kind)
{
    QList<Attribute> list;
    for (qint8 a = 2; a <= 7; ++a)
        list.append({kLimiterClass, limiterObis(kind), a});
    return list;
}

bool carriesScaler(quint16 classId)
{
    return classId == 3 || classId == 4 || classId == 5; // register, extended, demand
}

void classify(LimiterReport &r, const LimitRequest &request)
{
    const LimiterReading &b = *r.before;
    const LimiterReading &a = *r.after;
    const auto same = [](const cosem::Limiter &x, const cosem::Limiter &y) {
        return x.thresholdActive == y.thresholdActive && x.thresholdNormal == y.thresholdNormal
               && x.minOverThresholdDurationSeconds == y.minOverThresholdDurationSeconds
               && x.minUnderThresholdDurationSeconds == y.minUnderThresholdDurationSeconds;
    };
    const Result<axdr::Value> wanted = LimiterControl::encodeThreshold(
        request.threshold, b.monitored, b.limiter.thresholdActive);
    const bool asked
        = wanted && a.limiter.thresholdActive == *wanted && a.limiter.thresholdNormal == *wanted
          && (!request.minOverSeconds
              || a.limiter.minOverThresholdDurationSeconds == *request.minOverSeconds)
          && (!request.minUnderSeconds
              || a.limiter.minUnderThresholdDurationSeconds == *request.minUnderSeconds);
    if (asked) {
        r.report.applied(LimiterControl::tr("%1 limit now %2 %3")
                             .arg(limitKindToken(request.kind))
                             .arg(a.activeThreshold)
                             .arg(limitUnitSymbol(request.kind)));
        return;
    }
    const Error why = r.report.error.kind != ErrorKind::None
                          ? r.report.error
                          : Error(ErrorKind::DataAccess,
                                  LimiterControl::tr("the meter holds other values than written"));
    if (same(a.limiter, b.limiter))
        r.report.notApplied(why,
                            LimiterControl::tr("the limiter is unchanged: %1").arg(why.message));
    else
        r.report.unknown(why, LimiterControl::tr("the limiter was changed only in part (threshold"
                                                 " %1 %2): %3")
                                  .arg(a.activeThreshold)
                                  .arg(limitUnitSymbol(request.kind))
                                  .arg(why.message));
}

} // namespace

QString limitKindToken(LimitKind kind)
{
    switch (kind) {
    case LimitKind::Power:
        return QStringLiteral("power");
    case LimitKind::Current:
        return QStringLiteral("current");
    case LimitKind::Voltage:
        return QStringLiteral("voltage");
    case LimitKind::DifferentialCurrent:
        return QStringLiteral("differential-current");
    }
    return {};
}

std::optional<LimitKind> parseLimitKind(QStringView token)
{
    for (LimitKind k : {LimitKind::Power, LimitKind::Current, LimitKind::Voltage,
                        LimitKind::DifferentialCurrent}) {
        if (token == limitKindToken(k))
            return k;
    }
    return std::nullopt;
}

QString limitUnitSymbol(LimitKind kind)
{
    switch (kind) {
    case LimitKind::Power:
        return QStringLiteral("W");
    case LimitKind::Voltage:
        return QStringLiteral("V");
    case LimitKind::Current:
    case LimitKind::DifferentialCurrent:
        return QStringLiteral("A");
    }
    return {};
}

cosem::Obis limiterObis(LimitKind kind)
{
    switch (kind) {
    case LimitKind::Power:
        return spodes::limiter(spodes::LimiterKind::Power);
    case LimitKind::Current:
        return spodes::limiter(spodes::LimiterKind::Current);
    case LimitKind::Voltage:
        return spodes::limiter(spodes::LimiterKind::Voltage);
    case LimitKind::DifferentialCurrent:
        return spodes::limiter(spodes::LimiterKind::DifferentialCurrent);
    }
    return spodes::limiter(spodes::LimiterKind::Power);
}

QString LimitRequest::describe() const
{
    QString text = QStringLiteral("%1 %2 %3")
                       .arg(limitKindToken(kind))
                       .arg(threshold)
                       .arg(limitUnitSymbol(kind));
    if (minOverSeconds)
        text += QStringLiteral(", over %1 s").arg(*minOverSeconds);
    if (minUnderSeconds)
        text += QStringLiteral(", under %1 s").arg(*minUnderSeconds);
    return text;
}

double LimiterControl::thresholdInUnits(const axdr::Value &raw, const cosem::ScalerUnit &scaler)
{
    double v = 0;
    if (const auto s = raw.toInt64())
        v = double(*s);
    else if (const auto u = raw.toUInt64())
        v = double(*u);
    return v * std::pow(10.0, scaler.scaler);
}

Result<axdr::Value> LimiterControl::encodeThreshold(double value, const cosem::ScalerUnit &scaler,
                                                    const axdr::Value &like)
{
    if (!std::isfinite(value))
        return Error(ErrorKind::InvalidArgument, tr("the threshold is not a number"));
    const double scaled = value / std::pow(10.0, scaler.scaler);
    const double raw = std::round(scaled);
    if (std::abs(raw - scaled) > 1e-6 * std::max(1.0, std::abs(scaled)))
        return Error(ErrorKind::InvalidArgument,
                     tr("%1 cannot be given exactly: the meter counts in steps of %2")
                         .arg(value)
                         .arg(std::pow(10.0, scaler.scaler)));
    const auto fits = [raw](double lo, double hi) {
        return raw >= lo && raw <= hi;
    };
    const auto outOfRange = [&] {
        return Error(ErrorKind::InvalidArgument,
                     tr("%1 is outside what the meter's threshold (%2) can hold")
                         .arg(value)
                         .arg(axdr::dataTypeName(like.type())));
    };
    using T = axdr::DataType;
    switch (like.type()) {
    case T::Unsigned:
        return fits(0, 255) ? Result<axdr::Value>(axdr::Value::unsigned8(quint8(raw)))
                            : outOfRange();
    case T::LongUnsigned:
        return fits(0, 65535) ? Result<axdr::Value>(axdr::Value::longUnsigned(quint16(raw)))
                              : outOfRange();
    case T::DoubleLongUnsigned:
        return fits(0, 4294967295.0)
                   ? Result<axdr::Value>(axdr::Value::doubleLongUnsigned(quint32(raw)))
                   : outOfRange();
    case T::Long64Unsigned:
        return fits(0, 1.8e19) ? Result<axdr::Value>(axdr::Value::long64Unsigned(quint64(raw)))
                               : outOfRange();
    case T::Integer:
        return fits(-128, 127) ? Result<axdr::Value>(axdr::Value::integer(qint8(raw)))
                               : outOfRange();
    case T::Long:
        return fits(-32768, 32767) ? Result<axdr::Value>(axdr::Value::long16(qint16(raw)))
                                   : outOfRange();
    case T::DoubleLong:
        return fits(-2147483648.0, 2147483647.0)
                   ? Result<axdr::Value>(axdr::Value::doubleLong(qint32(raw)))
                   : outOfRange();
    case T::Long64:
        return fits(-9.2e18, 9.2e18) ? Result<axdr::Value>(axdr::Value::long64(qint64(raw)))
                                     : outOfRange();
    default:
        return Error(ErrorKind::Unsupported,
                     tr("the meter keeps this threshold as %1, which is not a number")
                         .arg(axdr::dataTypeName(like.type())));
    }
}

void LimiterControl::read(client::DlmsClient &client, LimitKind kind, ReadingDone done)
{
    client::DlmsClient *c = &client;
    readAttributes(
        client, limiterAttributes(kind), [c, kind, done](Result<QList<axdr::Value>> values) {
            if (!values) {
                if (isObjectMissing(values.error()))
                    done(Error(ErrorKind::Unsupported,
                               tr("the meter has no %1 limiter (%2)")
                                   .arg(limitKindToken(kind), limiterObis(kind).toString())));
                else
                    done(values.error());
                return;
            }
            LimiterReading reading;
            reading.kind = kind;
            for (qint8 i = 0; i < 6; ++i) {
                if (const Status s = reading.limiter.setAttribute(qint8(i + 2), (*values)[i]); !s) {
                    done(s.error());
                    return;
                }
            }
            const cosem::ValueDefinition m = reading.limiter.monitoredValue;
            auto finish = [reading, done](cosem::ScalerUnit su) mutable {
                reading.monitored = su;
                reading.activeThreshold = thresholdInUnits(reading.limiter.thresholdActive, su);
                reading.normalThreshold = thresholdInUnits(reading.limiter.thresholdNormal, su);
                done(reading);
            };
            if (!carriesScaler(m.classId)) {
                finish({});
                return;
            }
            c->get({m.classId, m.logicalName, 3}, [finish, done](Result<axdr::Value> su) mutable {
                if (!su) {
                    done(su.error());
                    return;
                }
                Result<cosem::ScalerUnit> decoded = cosem::ScalerUnit::fromValue(*su);
                if (!decoded) {
                    done(decoded.error());
                    return;
                }
                finish(*decoded);
            });
        });
}

void LimiterControl::write(client::DlmsClient &client, LimitRequest request, ReportDone done)
{
    LimiterReport report;
    report.report.command = QStringLiteral("limit-set");
    report.report.parameters = request.describe();
    report.report.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    if (request.threshold < 0) {
        report.report.refuse(
            Error(ErrorKind::InvalidArgument, tr("a threshold cannot be negative")));
        done(std::move(report));
        return;
    }
    client::DlmsClient *c = &client;
    read(client, request.kind, [c, report, request, done](Result<LimiterReading> before) mutable {
        if (!before) {
            if (before.error().kind == ErrorKind::Unsupported)
                report.report.refuse(before.error());
            else
                report.report.notApplied(
                    before.error(),
                    tr("could not read the limiter: %1").arg(before.error().message));
            done(std::move(report));
            return;
        }
        report.before = *before;
        const Result<axdr::Value> raw = encodeThreshold(request.threshold, before->monitored,
                                                        before->limiter.thresholdActive);
        if (!raw) {
            report.report.refuse(raw.error());
            done(std::move(report));
            return;
        }
        const cosem::Obis obis = limiterObis(request.kind);
        QList<AttributeWrite> writes{{{kLimiterClass, obis, 3}, *raw},
                                     {{kLimiterClass, obis, 4}, *raw}};
        if (request.minOverSeconds)
            writes.append({{kLimiterClass, obis, 6},
                           axdr::Value::doubleLongUnsigned(*request.minOverSeconds)});
        if (request.minUnderSeconds)
            writes.append({{kLimiterClass, obis, 7},
                           axdr::Value::doubleLongUnsigned(*request.minUnderSeconds)});
        writeAttributes(*c, writes, [c, report, request, done](WriteProgress progress) mutable {
            if (progress.failure && fateOf(*progress.failure) == WriteFate::Unknown) {
                report.report.unknown(*progress.failure,
                                      tr("%1 of the limiter writes were confirmed before the"
                                         " link failed (%2); read the limiter before retrying")
                                          .arg(progress.confirmed)
                                          .arg(progress.failure->message));
                done(std::move(report));
                return;
            }
            if (progress.failure)
                report.report.error = *progress.failure;
            // Refused or done: the link is fine, so the read-back tells what holds.
            read(*c, request.kind, [report, request, done](Result<LimiterReading> after) mutable {
                if (!after) {
                    report.report.unknown(
                        after.error(),
                        tr("the limiter could not be read back: %1").arg(after.error().message));
                    done(std::move(report));
                    return;
                }
                report.after = *after;
                classify(report, request);
                done(std::move(report));
            });
        });
    });
}

} // namespace ims::control
