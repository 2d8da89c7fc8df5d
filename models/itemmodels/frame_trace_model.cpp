#include "models/itemmodels/frame_trace_model.h"

#include "protocol/core/bytes.h"

#include <QFontDatabase>
#include <QLocale>

namespace ims::itemmodels {

FrameTraceModel::FrameTraceModel(qsizetype capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max<qsizetype>(1, capacity))
{}

void FrameTraceModel::setLinkFilter(const QString &link)
{
    if (link == m_filter)
        return;
    // Rows of other links are gone: the buffer only keeps what is shown.
    beginResetModel();
    m_filter = link;
    std::erase_if(m_rows, [&](const TraceLine &r) { return !link.isEmpty() && r.link != link; });
    endResetModel();
}

void FrameTraceModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused) {
        std::deque<TraceLine> held;
        held.swap(m_held);
        for (const TraceLine &r : held)
            appendShown(r);
    }
}

void FrameTraceModel::append(const TraceLine &record)
{
    if (!m_links.contains(record.link)) {
        m_links.append(record.link);
        emit linkSeen(record.link);
    }
    if (!m_filter.isEmpty() && record.link != m_filter)
        return;
    if (m_paused) {
        m_held.push_back(record);
        if (qsizetype(m_held.size()) > m_capacity) {
            m_held.pop_front();
            ++m_dropped;
        }
        return;
    }
    appendShown(record);
}

void FrameTraceModel::appendShown(const TraceLine &record)
{
    if (qsizetype(m_rows.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_rows.pop_front();
        ++m_dropped;
        endRemoveRows();
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.push_back(record);
    endInsertRows();
}

void FrameTraceModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_held.clear();
    endResetModel();
}

QString FrameTraceModel::text(const QList<int> &rows) const
{
    QStringList lines;
    for (int row : rows)
        if (row >= 0 && row < int(m_rows.size()))
            lines << formatTraceLine(m_rows[size_t(row)]);
    return lines.join(QLatin1Char('\n'));
}

int FrameTraceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FrameTraceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FrameTraceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TraceLine &r = m_rows[size_t(index.row())];
    if (role == Qt::FontRole && index.column() == Hex)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::ToolTipRole && index.column() == Hex)
        return toSpacedHex(r.bytes);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(r.timestamp.toLocalTime().time(), QStringLiteral("HH:mm:ss.zzz"));
    case Direction:
        return r.outgoing ? tr("sent") : tr("received");
    case Link:
        return r.link;
    case Summary:
        return r.summary;
    case Hex:
        return toSpacedHex(r.bytes);
    }
    return {};
}

QVariant FrameTraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Direction:
        return tr("Direction");
    case Link:
        return tr("Link");
    case Summary:
        return tr("Decoded");
    case Hex:
        return tr("Bytes");
    }
    return {};
}

} // namespace ims::itemmodels
