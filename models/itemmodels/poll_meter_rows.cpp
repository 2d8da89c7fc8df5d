#include "models/itemmodels/poll_meter_rows.h"

#include <algorithm>
#include <limits>

namespace ims::itemmodels {

using namespace ims::engine;

static_assert(sizeof(PollMeterRows::Row) <= 40, "a row per meter of a million-meter round");

namespace {
// What is kept of a serial (a row has 16 bits for its length).
QStringView kept(const QString &serial)
{
    return QStringView(serial).first(
        std::min<qsizetype>(serial.size(), std::numeric_limits<quint16>::max()));
}
} // namespace

PollMeterRows::PollMeterRows()
    : m_messages{QString()}
{}

void PollMeterRows::reserve(int rows, int serialLength)
{
    if (rows <= size())
        return;
    m_rows.reserve(size_t(rows));
    m_byId.reserve(rows);
    m_serials.reserve(qsizetype(rows) * std::max(serialLength, 1));
}

int PollMeterRows::find(const MeterRef &meter) const
{
    return meter.id != 0 ? m_byId.value(meter.id, -1) : m_bySerial.value(meter.serial, -1);
}

int PollMeterRows::append(const MeterProgress &progress)
{
    const int row = int(m_rows.size());
    Row &r = m_rows.emplace_back();
    r.meterId = progress.meter.id;
    const QStringView serial = kept(progress.meter.serial);
    r.serialAt = quint32(m_serials.size());
    r.serialLength = quint16(serial.size());
    m_serials.append(serial);
    if (progress.meter.id != 0)
        m_byId.insert(progress.meter.id, row);
    else
        m_bySerial.insert(progress.meter.serial, row);
    store(r, progress);
    return row;
}

void PollMeterRows::assign(int row, const MeterProgress &progress)
{
    Row &r = m_rows[size_t(row)];
    const QStringView serialNow = kept(progress.meter.serial);
    if (!serialNow.isEmpty()
        && serialNow != QStringView(m_serials).mid(r.serialAt, r.serialLength)) {
        // A serial learnt later (or corrected): kept after the others.
        r.serialAt = quint32(m_serials.size());
        r.serialLength = quint16(serialNow.size());
        m_serials.append(serialNow);
    }
    store(r, progress);
}

void PollMeterRows::store(Row &r, const MeterProgress &progress)
{
    constexpr quint64 kMax = std::numeric_limits<quint32>::max();
    r.bytesSent = quint32(std::min(progress.bytesSent, kMax));
    r.bytesReceived = quint32(std::min(progress.bytesReceived, kMax));
    r.message = intern(progress.message);
    r.intervalsRead = progress.intervalsRead;
    r.attempt = quint16(std::clamp(progress.attempt, 0, int(std::numeric_limits<quint16>::max())));
    r.state = progress.state;
    r.step = progress.step;
    r.error = quint8(progress.error);
}

quint32 PollMeterRows::intern(const QString &message)
{
    if (message.isEmpty())
        return 0;
    // Reports of one router come in runs with the same words.
    if (m_messages.size() > 1 && m_messages.constLast() == message)
        return quint32(m_messages.size() - 1);
    const auto known = m_messageIndex.constFind(message);
    if (known != m_messageIndex.constEnd())
        return *known;
    const auto index = quint32(m_messages.size());
    m_messages.append(message);
    m_messageIndex.insert(message, index);
    return index;
}

QString PollMeterRows::serial(int row) const
{
    const Row &r = m_rows[size_t(row)];
    return m_serials.mid(r.serialAt, r.serialLength);
}

QString PollMeterRows::message(int row) const
{
    return m_messages.value(m_rows[size_t(row)].message);
}

} // namespace ims::itemmodels
