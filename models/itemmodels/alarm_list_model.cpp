#include "models/itemmodels/alarm_list_model.h"

#include "models/core/logging.h"
#include "models/itemmodels/display_format.h"
#include "models/storage/alarm_store.h"
#include "protocol/cosem/spodes_events.h"

namespace ims::itemmodels {

using namespace ims::analytics;

namespace {
QString localTime(qint64 msecs)
{
    return DisplayFormat::dateTimeMs(msecs);
}

constexpr int kLastSpodesJournal = int(cosem::EventCategory::ReactivePower);
} // namespace

AlarmListModel::AlarmListModel(QSqlDatabase db, QObject *parent)
    : PagedTableModel(parent)
    , m_db(std::move(db))
{
    reload();
}

void AlarmListModel::setFilter(const AlarmFilter &filter)
{
    m_filter = filter;
    reload();
}

int AlarmListModel::stagePage(int offset, int limit)
{
    auto rows = RecordQueries(m_db).alarms(m_filter, limit, offset);
    if (!rows) {
        qCWarning(lcStorage) << rows.error().message;
        m_staged.clear();
        return 0;
    }
    m_staged = std::move(*rows);
    return int(m_staged.size());
}

void AlarmListModel::commitStaged()
{
    m_rows.append(std::move(m_staged));
    m_staged.clear();
}

bool AlarmListModel::acknowledge(int row, const QString &operatorName, qint64 nowMs)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    if (!storage::AlarmStore(m_db).acknowledge(m_rows[row].id, operatorName, nowMs).ok())
        return false;
    m_rows[row].acknowledgedBy = operatorName;
    m_rows[row].acknowledgedAtMs = nowMs;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int AlarmListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlarmListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlarmRecord &a = m_rows[index.row()];
    switch (role) {
    case IdRole:
        return a.id;
    case SeverityRole:
        return a.severity;
    case OpenRole:
        return !a.acknowledgedAtMs.has_value();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Time:
        return localTime(a.raisedAtMs);
    case Severity:
        return storage::AlarmNames::severityName(storage::AlarmSeverity(a.severity));
    case Kind:
        return storage::AlarmNames::kindName(a.kind);
    case Meter:
        return a.meterSerial;
    case Details:
        return storage::AlarmNames::detailsText(a.details);
    case Acknowledged:
        return a.acknowledgedAtMs
                   ? tr("%1, %2").arg(a.acknowledgedBy, localTime(*a.acknowledgedAtMs))
                   : QString();
    }
    return {};
}

QVariant AlarmListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Raised");
    case Severity:
        return tr("Severity");
    case Kind:
        return tr("Alarm");
    case Meter:
        return tr("Meter");
    case Details:
        return tr("Details");
    case Acknowledged:
        return tr("Acknowledged");
    }
    return {};
}

EventListModel::EventListModel(QSqlDatabase db, QObject *parent)
    : PagedTableModel(parent)
    , m_db(std::move(db))
{
    reload();
}

void EventListModel::setFilter(const EventFilter &filter)
{
    m_filter = filter;
    reload();
}

int EventListModel::stagePage(int offset, int limit)
{
    auto rows = RecordQueries(m_db).events(m_filter, limit, offset);
    if (!rows) {
        qCWarning(lcStorage) << rows.error().message;
        m_staged.clear();
        return 0;
    }
    m_staged = std::move(*rows);
    return int(m_staged.size());
}

void EventListModel::commitStaged()
{
    m_rows.append(std::move(m_staged));
    m_staged.clear();
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventRecord &e = m_rows[index.row()];
    switch (index.column()) {
    case Time:
        return localTime(e.time * 1000);
    case Meter:
        return e.meterSerial;
    case Journal:
        return e.journal;
    case Code:
        return e.code;
    case Description:
        if (e.journal < 0 || e.journal > kLastSpodesJournal)
            return tr("journal %1, code %2").arg(e.journal).arg(e.code);
        return tr("%1: %2").arg(
            cosem::SpodesEvents::categoryName(cosem::EventCategory(e.journal)),
            cosem::SpodesEvents::description(cosem::EventCategory(e.journal), quint16(e.code)));
    }
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Meter:
        return tr("Meter");
    case Journal:
        return tr("Journal");
    case Code:
        return tr("Event");
    case Description:
        return tr("Description");
    }
    return {};
}

} // namespace ims::itemmodels
