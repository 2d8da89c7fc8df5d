#include "protocol/client/optical_meter_reader.h"

#include "protocol/client/dlms_client.h"
#include "protocol/client/optical_dlms_channel.h"
#include "protocol/core/logging.h"
#include "protocol/cosem/scaler_unit.h"
#include "protocol/cosem/spodes_objects.h"
#include "protocol/link/link_factory.h"

namespace ims::client {

namespace {

constexpr quint16 kDataClass = 1;
constexpr quint16 kRegisterClass = 3;
constexpr quint16 kClockClass = 8;
constexpr int kObjectUndefined = 4; // data-access-result

cosem::Obis activeEnergyImport(int tariff)
{
    return cosem::Obis(1, 0, 1, 8, quint8(tariff), 255);
}

iec21::DataSetValue item(const QString &code, const QString &value, const cosem::Obis &obis,
                         const QString &unit = {}, int index = 0)
{
    iec21::DataSetValue v;
    v.code = code;
    v.value = value;
    v.unit = unit;
    v.originalCode = obis.toString();
    v.index = index;
    return v;
}

QString printable(const axdr::Value &value)
{
    if (value.isInteger())
        return value.toDisplayString();
    return QString::fromLatin1(value.bytes()).trimmed();
}

} // namespace

struct OpticalMeterReader::DlmsRead
{
    iec21::OpticalReading reading;
    int step = 0;
    int steps = 0;
};

OpticalMeterReader::OpticalMeterReader(QObject *parent)
    : QObject(parent)
    , m_reader(std::make_unique<iec21::OpticalReader>())
{
    connect(m_reader.get(), &iec21::OpticalReader::progress, this, &OpticalMeterReader::progress);
    connect(m_reader.get(), &iec21::OpticalReader::valuesRead, this,
            &OpticalMeterReader::valuesRead);
    connect(m_reader.get(), &iec21::OpticalReader::finished, this,
            &OpticalMeterReader::onReadoutFinished);
    connect(m_reader.get(), &iec21::OpticalReader::failed, this,
            &OpticalMeterReader::onReadoutFailed);
}

OpticalMeterReader::OpticalMeterReader(link::LinkFactory &factory, QObject *parent)
    : QObject(parent)
    , m_reader(std::make_unique<iec21::OpticalReader>(factory))
{
    connect(m_reader.get(), &iec21::OpticalReader::progress, this, &OpticalMeterReader::progress);
    connect(m_reader.get(), &iec21::OpticalReader::valuesRead, this,
            &OpticalMeterReader::valuesRead);
    connect(m_reader.get(), &iec21::OpticalReader::finished, this,
            &OpticalMeterReader::onReadoutFinished);
    connect(m_reader.get(), &iec21::OpticalReader::failed, this,
            &OpticalMeterReader::onReadoutFailed);
}

OpticalMeterReader::~OpticalMeterReader()
{
    ++m_generation;
    m_client.reset(); // before the channel it talks through
    m_channel.reset();
}

bool OpticalMeterReader::isRunning() const
{
    return m_running;
}

bool OpticalMeterReader::start(const OpticalMeterReadOptions &options)
{
    if (m_running || m_reader->isRunning())
        return false;
    m_options = options;
    m_running = true;
    ++m_generation;
    return m_reader->start(options.readout);
}

void OpticalMeterReader::cancel()
{
    if (!m_running)
        return;
    if (m_reader->isRunning()) {
        m_reader->cancel(); // failed(Cancelled) follows from the event loop
        return;
    }
    fail(Error(ErrorKind::Cancelled, tr("The readout was cancelled.")));
}

void OpticalMeterReader::onReadoutFailed(const Error &error)
{
    m_running = false;
    emit failed(error);
}

void OpticalMeterReader::onReadoutFinished(const iec21::OpticalReading &reading)
{
    if (!reading.result.hdlcLine) {
        m_running = false;
        emit finished(reading);
        return;
    }
    std::unique_ptr<link::Link> probe = m_reader->takeHandedOverLink();
    if (!probe) {
        fail(Error(ErrorKind::LinkClosed,
                   tr("The optical probe was closed during the hand-over to mode E.")));
        return;
    }
    const OpticalDlmsOptions &o = m_options.dlms;
    HdlcChannelSettings hdlc;
    hdlc.clientSap = o.clientSap;
    hdlc.logicalDevice = o.logicalDevice;
    hdlc.responseTimeoutMs = kOpticalHdlcResponseTimeoutMs;
    m_channel = std::make_unique<OpticalDlmsChannel>(std::move(probe), reading.result, hdlc);
    AssociationSettings association;
    if (!o.password.isEmpty()) {
        association.authentication = Authentication::Low;
        association.password = o.password;
    }
    association.responseTimeoutMs = o.responseTimeoutMs;
    m_client = std::make_unique<DlmsClient>(*m_channel, association);

    m_read = std::make_unique<DlmsRead>();
    m_read->reading = reading;
    m_read->reading.result.values.clear();
    m_read->reading.result.mode = iec21::ReadoutMode::ModeEHandOver;
    m_read->steps = 3 + std::max(0, o.tariffs); // association, serial, clock, energy...
    const quint64 generation = m_generation;
    emit progress(tr("mode E at %1 baud: associating with the meter's DLMS server")
                      .arg(reading.result.hdlcLine->baud),
                  0, m_read->steps);
    if (generation != m_generation)
        return; // cancelled from the progress slot
    m_client->associate([this, generation](Status associated) {
        if (generation != m_generation)
            return;
        if (!associated) {
            fail(associated.error());
            return;
        }
        readSerial();
    });
}

void OpticalMeterReader::readSerial()
{
    const quint64 generation = m_generation;
    if (!reportStep(tr("reading the serial number (DLMS)")))
        return;
    m_client->get({kDataClass, cosem::spodes::SerialNumber, 2},
                  [this, generation](Result<axdr::Value> value) {
                      if (generation != m_generation)
                          return;
                      const QString code = QStringLiteral("96.1.0");
                      if (!value) {
                          m_read->reading.result.failures.append({code, value.error().message});
                      } else {
                          const QString serial = printable(*value);
                          m_read->reading.result.serialNumber = serial;
                          addValues({item(code, serial, cosem::spodes::SerialNumber)});
                      }
                      if (generation == m_generation)
                          readClock();
                  });
}

void OpticalMeterReader::readClock()
{
    const quint64 generation = m_generation;
    if (!reportStep(tr("reading the clock (DLMS)")))
        return;
    m_client->get(
        {kClockClass, cosem::spodes::Clock, 2}, [this, generation](Result<axdr::Value> value) {
            if (generation != m_generation)
                return;
            std::optional<axdr::CosemDateTime> time;
            if (value)
                time = value->asDateTime();
            if (!time) {
                m_read->reading.result.failures.append(
                    {QStringLiteral("0.9.1"),
                     value ? tr("The clock's value is not a date-time.") : value.error().message});
            } else {
                // The meter's own local time, as its display and readout show it.
                const axdr::CosemDate &d = time->date;
                const axdr::CosemTime &t = time->time;
                const QChar zero(u'0');
                addValues({item(QStringLiteral("0.9.1"),
                                QStringLiteral("%1:%2:%3")
                                    .arg(t.hour, 2, 10, zero)
                                    .arg(t.minute, 2, 10, zero)
                                    .arg(t.second, 2, 10, zero),
                                cosem::spodes::Clock),
                           item(QStringLiteral("0.9.2"),
                                QStringLiteral("%1-%2-%3")
                                    .arg(d.year % 100, 2, 10, zero)
                                    .arg(d.month, 2, 10, zero)
                                    .arg(d.day, 2, 10, zero),
                                cosem::spodes::Clock, {}, 1)});
            }
            if (generation == m_generation)
                readEnergy(0);
        });
}

void OpticalMeterReader::readEnergy(int tariff)
{
    if (tariff > m_options.dlms.tariffs) {
        releaseAndFinish();
        return;
    }
    if (!reportStep(tariff == 0 ? tr("reading A+ total (DLMS)")
                                : tr("reading A+ tariff %1 (DLMS)").arg(tariff)))
        return;
    const cosem::Obis obis = activeEnergyImport(tariff);
    const QString code = QStringLiteral("1.8.%1").arg(tariff);
    const quint64 generation = m_generation;
    auto failedAt = [this, tariff, code](const Error &error) {
        // A meter has as many tariff registers as it has tariffs: the first
        // undefined one ends the list; anything else is worth showing.
        if (tariff == 0 || error.kind != ErrorKind::DataAccess || error.code != kObjectUndefined)
            m_read->reading.result.failures.append({code, error.message});
        if (tariff == 0 || error.kind == ErrorKind::DataAccess)
            readEnergy(tariff == 0 ? 1 : m_options.dlms.tariffs + 1);
        else
            fail(error);
    };
    m_client->get({kRegisterClass, obis, 3}, [=, this](Result<axdr::Value> scalerUnitValue) {
        if (generation != m_generation)
            return;
        if (!scalerUnitValue) {
            failedAt(scalerUnitValue.error());
            return;
        }
        Result<cosem::ScalerUnit> scalerUnit = cosem::ScalerUnit::fromValue(*scalerUnitValue);
        if (!scalerUnit) {
            failedAt(scalerUnit.error());
            return;
        }
        m_client->get({kRegisterClass, obis, 2}, [=, this](Result<axdr::Value> raw) {
            if (generation != m_generation)
                return;
            if (!raw) {
                failedAt(raw.error());
                return;
            }
            Result<cosem::ScaledValue> scaled = scalerUnit->apply(*raw);
            if (!scaled) {
                failedAt(scaled.error());
                return;
            }
            cosem::ScaledValue v = *scaled;
            QString unit = scalerUnit->symbol();
            if (scalerUnit->unit == quint8(cosem::Unit::WattHour)) {
                v.exponent -= 3; // exactly, as kWh: what the readouts and the bills use
                unit = QStringLiteral("kWh");
            }
            addValues({item(code, v.toString(), obis, unit, tariff)});
            if (generation == m_generation)
                readEnergy(tariff + 1);
        });
    });
}

bool OpticalMeterReader::reportStep(const QString &step)
{
    const quint64 generation = m_generation;
    emit progress(step, ++m_read->step, m_read->steps);
    return generation == m_generation; // a slot may have cancelled
}

void OpticalMeterReader::addValues(const QList<iec21::DataSetValue> &values)
{
    m_read->reading.result.values.append(values);
    emit valuesRead(values); // a slot may cancel: callers check the generation
}

void OpticalMeterReader::releaseAndFinish()
{
    const quint64 generation = m_generation;
    m_client->release([this, generation](Status) {
        if (generation != m_generation)
            return;
        // The values are read; a meter that does not answer the RLRQ changes nothing.
        const iec21::OpticalReading reading = m_read->reading;
        m_running = false;
        ++m_generation;
        endDlms();
        emit finished(reading);
    });
}

void OpticalMeterReader::fail(const Error &error)
{
    qCDebug(lcIec21) << "optical DLMS reading failed:" << error.message;
    m_running = false;
    ++m_generation;
    endDlms();
    // Never from inside cancel() or a caller's call.
    QMetaObject::invokeMethod(
        this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
}

void OpticalMeterReader::endDlms()
{
    // Possibly inside one of their callbacks: delete them from the event loop.
    if (m_client) {
        m_client->cancelAll();
        m_client.release()->deleteLater();
    }
    if (m_channel) {
        if (m_channel->isReady())
            m_channel->close();
        m_channel.release()->deleteLater();
    }
    m_read.reset();
}

} // namespace ims::client
