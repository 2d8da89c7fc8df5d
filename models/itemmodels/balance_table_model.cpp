#include "models/itemmodels/balance_table_model.h"

#include "models/itemmodels/display_format.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace ims::itemmodels {

using namespace ims::analytics;

void BalanceTableModel::setBalance(EnergyBalance balance)
{
    beginResetModel();
    m_balance = std::move(balance);
    endResetModel();
}

int BalanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_balance.points.size());
}

int BalanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BalanceTableModel::periodText(const BalancePoint &point) const
{
    const QDate date = QDateTime::fromSecsSinceEpoch(point.start, QTimeZone::utc()).date();
    const QLocale locale;
    switch (m_balance.step) {
    case BalanceStep::Month:
        return DisplayFormat::monthYear(date, locale);
    case BalanceStep::Day:
        return locale.toString(date, QLocale::ShortFormat);
    case BalanceStep::Interval:
        return DisplayFormat::dateTime(point.start);
    }
    return QString();
}

QVariant BalanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BalancePoint &p = m_balance.points[index.row()];
    switch (role) {
    case StartRole:
        return p.start;
    case LossBasisPointsRole: {
        const auto bp = p.lossBasisPoints();
        return bp ? QVariant(*bp) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return index.column() == Period ? QVariant()
                                        : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ForegroundRole: {
        const auto bp = p.lossBasisPoints();
        // Above 10 % or negative: worth a look (theft, a wrong ratio, a gap).
        if (index.column() == LossPercent && bp && (*bp > 1000 || *bp < 0))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Period:
        return periodText(p);
    case Head:
        return DisplayFormat::kwh(p.headMwh);
    case Members:
        return DisplayFormat::kwh(p.membersMwh);
    case Loss:
        return DisplayFormat::kwh(p.lossMwh());
    case LossPercent: {
        const auto bp = p.lossBasisPoints();
        return bp ? DisplayFormat::percent(*bp) : QString();
    }
    case Completeness: {
        const qint64 slotCount = (p.end - p.start) / 1800;
        const qint64 expected = slotCount * (m_balance.headMeters + m_balance.memberMeters);
        if (expected <= 0)
            return QString();
        const qint64 have = p.headIntervals + p.memberIntervals;
        return DisplayFormat::percent(have * 10000 / expected);
    }
    }
    return {};
}

QVariant BalanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Period:
        return tr("Period");
    case Head:
        return tr("Head, kWh");
    case Members:
        return tr("Members, kWh");
    case Loss:
        return tr("Losses, kWh");
    case LossPercent:
        return tr("Losses");
    case Completeness:
        return tr("Data complete");
    }
    return {};
}

} // namespace ims::itemmodels
