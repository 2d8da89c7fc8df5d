#pragma once
// The polling round as the engine reports it: routers at the top with their
// progress, the meters of each below with the step they are in and, when a
// meter failed, why, in words. Fed by the engine's MeterProgress and
// RouterProgress signals; holds only the current round. A router's meter
// rows are compact (PollMeterRows): a round of a million meters keeps them
// all in tens of megabytes.
#include "models/itemmodels/poll_meter_rows.h"
#include "protocol/engine/poll_progress.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace ims::itemmodels {

class PollProgressModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Progress, Step, Attempt, Details, Traffic, ColumnCount };
    enum Role {
        IsRouterRole = Qt::UserRole + 1,
        PercentRole,    // routers: 0..100 of meters finished (done or failed)
        MeterStateRole, // meters: engine::MeterPollState as int
        RouterIdRole,
        MeterIdRole,
        FailedRole, // bool
    };

    struct Totals
    {
        int total = 0;
        int done = 0;
        int failed = 0;
        int running = 0;
        int finished() const { return done + failed; }
    };

    explicit PollProgressModel(QObject *parent = nullptr);

    void updateRouter(const ims::engine::RouterProgress &progress);
    void updateMeter(const ims::engine::MeterProgress &progress);
    // Many reports at once (in the order they came): one insertion per
    // router and one totalsChanged() for the lot. A round of a million
    // meters arrives as a million reports; each costs O(1) here.
    void updateMeters(const QList<ims::engine::MeterProgress> &batch);
    // The same for batches as they came (shared, not copied into one).
    void updateMeterBatches(const QList<QList<ims::engine::MeterProgress>> &batches);
    void clear();

    Totals totals() const;
    int routerCount() const { return int(m_routers.size()); }

    static QString stepText(ims::engine::PollStep step);
    static QString stateText(ims::engine::MeterPollState state);
    // Why a meter failed, for someone who is not an engineer.
    static QString failureText(ims::ErrorKind kind);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void totalsChanged();

private:
    // What the meter rows of a router add up to, kept as they change.
    struct Counts
    {
        int total = 0;
        int done = 0;
        int failed = 0;
        int running = 0;
        void add(engine::MeterPollState state, int sign);
    };
    struct RouterRow
    {
        engine::RouterProgress progress;
        bool reported = false; // a RouterProgress arrived (else counted from meters)
        PollMeterRows meters;
        // Meter rows the views know of: rows of a batch are stored first
        // and announced together at its end.
        int shownMeters = 0;
        Counts counts;
    };
    struct Touched;
    int routerRow(qint64 routerId, bool create);
    void stage(const engine::MeterProgress &progress, std::vector<Touched> &touched,
               QHash<int, size_t> &touchedOf);
    void announce(const std::vector<Touched> &touched);
    QVariant routerData(int row, int column, int role) const;
    QVariant meterData(const RouterRow &router, int row, int column, int role) const;

    std::vector<RouterRow> m_routers;
    QHash<qint64, int> m_routerRows;
};

} // namespace ims::itemmodels
