#include "models/itemmodels/poll_progress_model.h"

#include <QLocale>

#include <climits>

namespace ims::itemmodels {

using namespace ims::engine;

namespace {
// Internal ids: 0 for router rows, router row + 1 for meter rows.
constexpr quintptr kRouterLevel = 0;
} // namespace

PollProgressModel::PollProgressModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void PollProgressModel::Counts::add(MeterPollState state, int sign)
{
    total += sign;
    done += state == MeterPollState::Done ? sign : 0;
    failed += state == MeterPollState::Failed ? sign : 0;
    running += state == MeterPollState::Running ? sign : 0;
}

int PollProgressModel::findRow(const QHash<qint64, int> &byId, const QHash<QString, int> &bySerial,
                               const MeterRef &meter)
{
    return meter.id != 0 ? byId.value(meter.id, -1) : bySerial.value(meter.serial, -1);
}

int PollProgressModel::routerRow(qint64 routerId, bool create)
{
    auto it = m_routerRows.constFind(routerId);
    if (it != m_routerRows.constEnd())
        return *it;
    if (!create)
        return -1;
    const int row = int(m_routers.size());
    beginInsertRows({}, row, row);
    RouterRow r;
    r.progress.routerId = routerId;
    m_routers.push_back(std::move(r));
    m_routerRows.insert(routerId, row);
    endInsertRows();
    return row;
}

void PollProgressModel::updateRouter(const RouterProgress &progress)
{
    const int row = routerRow(progress.routerId, true);
    RouterRow &r = m_routers[size_t(row)];
    r.progress = progress;
    r.reported = true;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit totalsChanged();
}

// One router's share of a batch: rows that change in place, rows to append.
struct PollProgressModel::Staged
{
    int router = 0;
    int firstChanged = INT_MAX;
    int lastChanged = -1;
    std::vector<MeterProgress> fresh;
    QHash<qint64, int> freshRows;
    QHash<QString, int> freshUnknownRows;
};

void PollProgressModel::updateMeter(const MeterProgress &progress)
{
    updateMeters({progress});
}

void PollProgressModel::updateMeters(const QList<MeterProgress> &batch)
{
    if (batch.isEmpty())
        return;
    std::vector<Staged> staged;
    QHash<int, size_t> stagedOf; // router row -> index in staged
    for (const MeterProgress &progress : batch) {
        const int row = routerRow(progress.routerId, true);
        auto it = stagedOf.constFind(row);
        if (it == stagedOf.constEnd()) {
            it = stagedOf.insert(row, staged.size());
            staged.push_back({});
            staged.back().router = row;
        }
        Staged &st = staged[*it];
        RouterRow &r = m_routers[size_t(row)];
        if (const int at = findRow(r.meterRows, r.unknownMeterRows, progress.meter); at >= 0) {
            r.counts.add(r.meters[size_t(at)].state, -1);
            r.counts.add(progress.state, +1);
            r.meters[size_t(at)] = progress;
            st.firstChanged = std::min(st.firstChanged, at);
            st.lastChanged = std::max(st.lastChanged, at);
        } else if (const int f = findRow(st.freshRows, st.freshUnknownRows, progress.meter);
                   f >= 0) {
            st.fresh[size_t(f)] = progress;
        } else {
            const int next = int(st.fresh.size());
            if (progress.meter.id != 0)
                st.freshRows.insert(progress.meter.id, next);
            else
                st.freshUnknownRows.insert(progress.meter.serial, next);
            st.fresh.push_back(progress);
        }
    }
    for (Staged &st : staged) {
        RouterRow &r = m_routers[size_t(st.router)];
        const QModelIndex parentIndex = index(st.router, 0);
        if (st.lastChanged >= 0)
            emit dataChanged(index(st.firstChanged, 0, parentIndex),
                             index(st.lastChanged, ColumnCount - 1, parentIndex));
        if (!st.fresh.empty()) {
            const int first = int(r.meters.size());
            beginInsertRows(parentIndex, first, first + int(st.fresh.size()) - 1);
            for (MeterProgress &m : st.fresh) {
                const int at = int(r.meters.size());
                if (m.meter.id != 0)
                    r.meterRows.insert(m.meter.id, at);
                else
                    r.unknownMeterRows.insert(m.meter.serial, at);
                r.counts.add(m.state, +1);
                r.meters.push_back(std::move(m));
            }
            endInsertRows();
        }
        if (!r.reported) {
            RouterProgress &p = r.progress;
            p.total = r.counts.total;
            p.done = r.counts.done;
            p.failed = r.counts.failed;
            p.running = r.counts.running;
            emit dataChanged(parentIndex, index(st.router, ColumnCount - 1));
        }
    }
    emit totalsChanged();
}

void PollProgressModel::clear()
{
    beginResetModel();
    m_routers.clear();
    m_routerRows.clear();
    endResetModel();
    emit totalsChanged();
}

PollProgressModel::Totals PollProgressModel::totals() const
{
    Totals t;
    for (const RouterRow &r : m_routers) {
        t.total += r.progress.total;
        t.done += r.progress.done;
        t.failed += r.progress.failed;
        t.running += r.progress.running;
    }
    return t;
}

QModelIndex PollProgressModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kRouterLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PollProgressModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kRouterLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kRouterLevel);
}

int PollProgressModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_routers.size());
    if (parent.column() != 0 || parent.internalId() != kRouterLevel)
        return 0;
    return int(m_routers[size_t(parent.row())].meters.size());
}

int PollProgressModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PollProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kRouterLevel)
        return routerData(index.row(), index.column(), role);
    const RouterRow &router = m_routers[size_t(index.internalId() - 1)];
    return meterData(router, index.row(), index.column(), role);
}

QVariant PollProgressModel::routerData(int row, int column, int role) const
{
    const RouterRow &r = m_routers[size_t(row)];
    const RouterProgress &p = r.progress;
    const int finished = p.done + p.failed;
    const int percent = p.total > 0 ? finished * 100 / p.total : 0;
    switch (role) {
    case IsRouterRole:
        return true;
    case PercentRole:
        return percent;
    case RouterIdRole:
        return p.routerId;
    case FailedRole:
        return p.failed > 0;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (column) {
    case Name:
        return p.name.isEmpty() ? tr("Router %1").arg(p.routerId) : p.name;
    case Progress:
        return tr("%1 of %2").arg(locale.toString(finished), locale.toString(p.total));
    case Step:
        return p.running > 0 ? tr("%n meter(s) being read", nullptr, p.running) : QString();
    case Attempt:
        return p.retries > 0 ? tr("%n retry(s)", nullptr, p.retries) : QString();
    case Details:
        if (r.reported && !p.linkUp)
            return tr("link down");
        return p.failed > 0 ? tr("%n meter(s) failed", nullptr, p.failed) : QString();
    case Traffic:
        return tr("%1 B sent, %2 B received")
            .arg(locale.toString(p.bytesSent), locale.toString(p.bytesReceived));
    }
    return {};
}

QVariant PollProgressModel::meterData(const RouterRow &router, int row, int column, int role) const
{
    const MeterProgress &m = router.meters[size_t(row)];
    switch (role) {
    case IsRouterRole:
        return false;
    case MeterStateRole:
        return int(m.state);
    case RouterIdRole:
        return m.routerId;
    case MeterIdRole:
        return m.meter.id;
    case FailedRole:
        return m.state == MeterPollState::Failed;
    case PercentRole:
        return m.state == MeterPollState::Done || m.state == MeterPollState::Failed ? 100 : 0;
    case Qt::DisplayRole:
        break;
    case Qt::ToolTipRole:
        return m.message.isEmpty() ? QVariant() : QVariant(m.message);
    default:
        return {};
    }
    const QLocale locale;
    switch (column) {
    case Name:
        return m.meter.serial.isEmpty() ? tr("Meter %1").arg(m.meter.id) : m.meter.serial;
    case Progress:
        return stateText(m.state);
    case Step:
        return m.state == MeterPollState::Running ? stepText(m.step) : QString();
    case Attempt:
        return m.attempt > 1 ? tr("attempt %1").arg(m.attempt) : QString();
    case Details:
        if (m.state == MeterPollState::Failed) {
            const QString reason = failureText(m.error);
            return m.message.isEmpty() ? reason : tr("%1 (%2)").arg(reason, m.message);
        }
        return m.intervalsRead > 0 ? tr("%n interval(s) read", nullptr, m.intervalsRead)
                                   : QString();
    case Traffic:
        return tr("%1 B sent, %2 B received")
            .arg(locale.toString(m.bytesSent), locale.toString(m.bytesReceived));
    }
    return {};
}

QVariant PollProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Router / meter");
    case Progress:
        return tr("Progress");
    case Step:
        return tr("Current step");
    case Attempt:
        return tr("Attempt");
    case Details:
        return tr("Details");
    case Traffic:
        return tr("Traffic");
    }
    return {};
}

QString PollProgressModel::stepText(PollStep step)
{
    switch (step) {
    case PollStep::Waiting:
        return tr("waiting");
    case PollStep::Connecting:
        return tr("connecting");
    case PollStep::Associating:
        return tr("logging in");
    case PollStep::Clock:
        return tr("checking the clock");
    case PollStep::Profile:
        return tr("reading the load profile");
    case PollStep::DailyRegisters:
        return tr("reading daily values");
    case PollStep::MonthlyRegisters:
        return tr("reading monthly values");
    case PollStep::Events:
        return tr("reading events");
    case PollStep::Registers:
        return tr("reading registers");
    case PollStep::Instant:
        return tr("reading instantaneous values");
    case PollStep::Releasing:
        return tr("logging out");
    case PollStep::Finished:
        return tr("finished");
    }
    return QString();
}

QString PollProgressModel::stateText(MeterPollState state)
{
    switch (state) {
    case MeterPollState::Queued:
        return tr("queued");
    case MeterPollState::Running:
        return tr("reading");
    case MeterPollState::Done:
        return tr("done");
    case MeterPollState::Failed:
        return tr("failed");
    case MeterPollState::Cancelled:
        return tr("cancelled");
    }
    return QString();
}

QString PollProgressModel::failureText(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return tr("no error");
    case ErrorKind::Timeout:
        return tr("the meter did not answer in time");
    case ErrorKind::LinkClosed:
    case ErrorKind::LinkError:
        return tr("the connection to the router was lost");
    case ErrorKind::Cancelled:
        return tr("stopped by the operator");
    case ErrorKind::HdlcRejected:
        return tr("the meter refused the connection");
    case ErrorKind::AssociationRejected:
        return tr("the meter refused the login (password or keys?)");
    case ErrorKind::SecurityFailure:
        return tr("security check failed (keys or counters)");
    case ErrorKind::DataAccess:
    case ErrorKind::ServiceError:
    case ErrorKind::Exception:
        return tr("the meter refused a request");
    case ErrorKind::Unsupported:
        return tr("the meter does not support a request");
    case ErrorKind::Truncated:
    case ErrorKind::Malformed:
    case ErrorKind::BadChecksum:
    case ErrorKind::TooLarge:
    case ErrorKind::TooDeep:
        return tr("garbled answer (line noise?)");
    case ErrorKind::Storage:
        return tr("the readings could not be saved");
    case ErrorKind::NotFound:
        return tr("the meter is not configured");
    case ErrorKind::InvalidArgument:
    case ErrorKind::Io:
        return tr("internal error");
    }
    return tr("unknown error");
}

} // namespace ims::itemmodels
