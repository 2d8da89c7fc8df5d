#include "protocol/sim/optical/spodes_optical_meter.h"

#include "protocol/cosem/scaler_unit.h"
#include "protocol/sim/meter/consumption_model.h"
#include "protocol/sim/meter/sim_meter.h"

namespace ims::sim {

using iec21::DataSetValue;
using namespace Qt::Literals::StringLiterals;

namespace {

DataSetValue reg(const QString &code, const QString &value, const QString &unit = {})
{
    DataSetValue v;
    v.code = code;
    v.value = value;
    v.unit = unit;
    return v;
}

MeterSpec opticalSpec(quint64 seed, qint64 startMs)
{
    MeterSpec spec = makeMeterSpec(seed, 1, 0, startMs);
    // A plain household meter: the optical workflow is about reading, not scenarios.
    spec.model = MeterModel::NP515;
    spec.kind = ConsumerKind::Household;
    spec.theftFraction = 1.0;
    spec.theftSinceMs = 0;
    spec.tamperAtMs = 0;
    spec.clockDriftPpm = 0;
    spec.clockOffsetMs = 0;
    return spec;
}

// What HDLC reaches through the probe: the meter's logical device as it is
// when a frame arrives. The device is asked for every time because a router
// may drop a meter's object model between optical sessions (the state stays).
class MeterDirectory : public DeviceDirectory
{
public:
    explicit MeterDirectory(SimMeter &meter)
        : m_meter(meter)
    {}
    std::optional<DeviceRoute> resolveHdlc(const hdlc::HdlcAddress &server) override
    {
        return route(server.upper);
    }
    std::optional<DeviceRoute> resolveWrapper(quint16 serverPort) override
    {
        return route(serverPort);
    }

private:
    std::optional<DeviceRoute> route(quint16 logicalAddress)
    {
        std::shared_ptr<LogicalDevice> device = m_meter.device();
        if (logicalAddress != device->logicalAddress())
            return std::nullopt;
        return DeviceRoute{std::move(device), nullptr, 0};
    }

    SimMeter &m_meter;
};

} // namespace

SpodesOpticalMeter::SpodesOpticalMeter(QDateTime start, quint64 seed, double timeScale)
    : m_ownClock(std::make_unique<VirtualClock>(start, timeScale))
    , m_ownCredentials(std::make_unique<SimCredentials>())
{
    const qint64 startMs = start.toMSecsSinceEpoch();
    const qint64 origin
        = (ConsumptionModel::dayOf(startMs) - 400) * kDayMs - qint64(kLocalUtcOffsetSeconds) * 1000;
    m_ownMeter = std::make_unique<SimMeter>(opticalSpec(seed, startMs), *m_ownClock, origin,
                                            *m_ownCredentials);
    m_meter = m_ownMeter.get();
    m_directory = std::make_unique<MeterDirectory>(*m_meter);
}

SpodesOpticalMeter::SpodesOpticalMeter(SimMeter &meter)
    : m_meter(&meter)
    , m_directory(std::make_unique<MeterDirectory>(meter))
{}

SpodesOpticalMeter::~SpodesOpticalMeter() = default;

VirtualClock &SpodesOpticalMeter::clock()
{
    return m_meter->clock();
}

const SimCredentials &SpodesOpticalMeter::credentials() const
{
    return m_meter->credentials();
}

QByteArray SpodesOpticalMeter::serial() const
{
    return m_meter->spec().serial;
}

QDateTime SpodesOpticalMeter::localTime() const
{
    return QDateTime::fromMSecsSinceEpoch(m_meter->meterTimeMs(), Qt::OffsetFromUTC,
                                          kLocalUtcOffsetSeconds);
}

void SpodesOpticalMeter::setLocalTime(const QDateTime &local)
{
    const QDateTime t(local.date(), local.time(), Qt::OffsetFromUTC, kLocalUtcOffsetSeconds);
    m_meter->setMeterTime(t.toMSecsSinceEpoch());
}

iec21::MeterConfig SpodesOpticalMeter::opticalConfig()
{
    iec21::MeterConfig m;
    m.dialect = iec21::Dialect::Iec;
    m.address = serial();
    // 'X' upper case: 200 ms reaction time; '5': 9600 baud; "\2": mode E.
    m.identification = iec21::parseIdentification(
                           "/MTX5\\2" + meterModelName(m_meter->spec().model).toLatin1() + "\r\n")
                           .value();
    m.password = "00000000";
    m.passwordPromptOperand = m.address;
    const QString serialText = QString::fromLatin1(serial());
    const int tariffs = m_meter->traits().tariffs;
    m.registers = [this, serialText, tariffs] {
        const EnergyTotals totals = m_meter->totalsAt(m_meter->nowMs());
        const QDateTime local = localTime();
        QList<DataSetValue> values{reg(u"C.1.0"_s, serialText)};
        for (int t = 0; t <= tariffs; ++t) {
            // The registers count Wh (scaler 0); the readout shows kWh exactly.
            const cosem::ScaledValue kwh{totals.value[0][size_t(t)], -3};
            values.append(reg(QStringLiteral("1.8.%1").arg(t), kwh.toString(), u"kWh"_s));
        }
        values.append(reg(u"0.9.1"_s, local.time().toString(u"hh:mm:ss")));
        values.append(reg(u"0.9.2"_s, local.date().toString(u"yy-MM-dd")));
        return values;
    };
    return m;
}

} // namespace ims::sim
