#include "models/itemmodels/profile_table_model.h"

#include "models/core/logging.h"
#include "models/domain/primary_value.h"
#include "protocol/engine/readings.h"

#include <QDateTime>

namespace ims::itemmodels {

ProfileTableModel::ProfileTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{}

bool ProfileTableModel::load(qint64 meterId, qint64 from, qint64 to)
{
    auto rows = analytics::ProfileQuery(m_db).rows(meterId, from, to);
    beginResetModel();
    m_rows = rows ? std::move(*rows) : QList<analytics::ProfileRow>();
    endResetModel();
    if (!rows)
        qCWarning(lcStorage) << rows.error().message;
    return rows.ok();
}

int ProfileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::ProfileRow &row = m_rows[index.row()];
    if (role == IntervalEndRole)
        return row.intervalEnd;
    const int column = index.column();
    if (column >= ActiveImport && column <= ReactiveExport) {
        const auto &value = row.primaryMwh[size_t(column - ActiveImport)];
        if (role == MilliWattHoursRole)
            return value ? QVariant(*value) : QVariant();
        if (role == Qt::DisplayRole)
            return value ? domain::formatFixed(*value, 6) : QString(); // mWh -> kWh
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (column == IntervalEnd)
        return QDateTime::fromSecsSinceEpoch(row.intervalEnd)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (column == Status) {
        QStringList flags;
        if (row.status & engine::IntervalStatus::Invalid)
            flags << tr("invalid");
        if (row.status & engine::IntervalStatus::ClockAdjusted)
            flags << tr("clock set");
        if (row.status & engine::IntervalStatus::PowerDown)
            flags << tr("power down");
        if (row.status & engine::IntervalStatus::Incomplete)
            flags << tr("incomplete");
        if (row.status & engine::IntervalStatus::PrimaryRounded)
            flags << tr("rounded");
        return flags.join(QLatin1String(", "));
    }
    return {};
}

QVariant ProfileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IntervalEnd:
        return tr("Interval end");
    case ActiveImport:
        return tr("A+, kWh");
    case ActiveExport:
        return tr("A−, kWh");
    case ReactiveImport:
        return tr("R+, kvarh");
    case ReactiveExport:
        return tr("R−, kvarh");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace ims::itemmodels
