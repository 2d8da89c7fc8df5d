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

// One router's share of a batch: the rows changed in place.
struct PollProgressModel::Touched
{
    int router = 0;
    int firstChanged = INT_MAX;
    int lastChanged = -1;
};

void PollProgressModel::updateMeter(const MeterProgress &progress)
{
    updateMeters({progress});
}

void PollProgressModel::updateMeters(const QList<MeterProgress> &batch)
{
    updateMeterBatches({batch});
}

void PollProgressModel::updateMeterBatches(const QList<QList<MeterProgress>> &batches)
{
    std::vector<Touched> touched;
    QHash<int, size_t> touchedOf; // router row -> index in touched
    for (const QList<MeterProgress> &batch : batches)
        for (const MeterProgress &progress : batch)
            stage(progress, touched, touchedOf);
    if (touched.empty())
        return;
    announce(touched);
    emit totalsChanged();
}

void PollProgressModel::stage(const MeterProgress &progress, std::vector<Touched> &touched,
                              QHash<int, size_t> &touchedOf)
{
    const int row = routerRow(progress.routerId, true);
    auto it = touchedOf.constFind(row);
    if (it == touchedOf.constEnd()) {
        it = touchedOf.insert(row, touched.size());
        touched.push_back({row});
    }
    Touched &t = touched[*it];
    RouterRow &r = m_routers[size_t(row)];
    if (const int at = r.meters.find(progress.meter); at >= 0) {
        r.counts.add(r.meters.at(at).state, -1);
        r.meters.assign(at, progress);
        if (at < r.shownMeters) {
            t.firstChanged = std::min(t.firstChanged, at);
            t.lastChanged = std::max(t.lastChanged, at);
        }
    } else {
        if (r.meters.size() == 0 && r.progress.total > 0)
            r.meters.reserve(r.progress.total, int(progress.meter.serial.size()));
        r.meters.append(progress); // announced at the end of the batch
    }
    r.counts.add(progress.state, +1);
}

void PollProgressModel::announce(const std::vector<Touched> &touched)
{
    for (const Touched &t : touched) {
        RouterRow &r = m_routers[size_t(t.router)];
        const QModelIndex parentIndex = index(t.router, 0);
        if (t.lastChanged >= 0)
            emit dataChanged(index(t.firstChanged, 0, parentIndex),
                             index(t.lastChanged, ColumnCount - 1, parentIndex));
        if (r.meters.size() > r.shownMeters) {
            beginInsertRows(parentIndex, r.shownMeters, r.meters.size() - 1);
            r.shownMeters = r.meters.size();
            endInsertRows();
        }
        if (!r.reported) {
            RouterProgress &p = r.progress;
            p.total = r.counts.total;
            p.done = r.counts.done;
            p.failed = r.counts.failed;
            p.running = r.counts.running;
            emit dataChanged(parentIndex, index(t.router, ColumnCount - 1));
        }
    }
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
    return m_routers[size_t(parent.row())].shownMeters;
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
    const PollMeterRows::Row &m = router.meters.at(row);
    switch (role) {
    case IsRouterRole:
        return false;
    case MeterStateRole:
        return int(m.state);
    case RouterIdRole:
        return router.progress.routerId;
    case MeterIdRole:
        return m.meterId;
    case FailedRole:
        return m.state == MeterPollState::Failed;
    case PercentRole:
        return m.state == MeterPollState::Done || m.state == MeterPollState::Failed ? 100 : 0;
    case Qt::DisplayRole:
        break;
    case Qt::ToolTipRole:
        return m.message == 0 ? QVariant() : QVariant(router.meters.message(row));
    default:
        return {};
    }
    const QLocale locale;
    switch (column) {
    case Name:
        return m.serialLength == 0 ? tr("Meter %1").arg(m.meterId) : router.meters.serial(row);
    case Progress:
        return stateText(m.state);
    case Step:
        return m.state == MeterPollState::Running ? stepText(m.step) : QString();
    case Attempt:
        return m.attempt > 1 ? tr("attempt %1").arg(m.attempt) : QString();
    case Details:
        if (m.state == MeterPollState::Failed) {
            const QString reason = failureText(router.meters.error(row));
            return m.message == 0 ? reason : tr("%1 (%2)").arg(reason, router.meters.message(row));
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
