#pragma once
// The polling panel: overall progress, a bar per router, the step each
// meter is in and, for failures, why in words; Start, Stop and Read now
// buttons that ask the engine (the window owner connects the signals).
#include "protocol/engine/poll_progress.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace ims::itemmodels {
class PollProgressModel;
}

namespace ims::ui {

class PollingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PollingPanel(QWidget *parent = nullptr);

    itemmodels::PollProgressModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // The meter "Read now" reads when no meter row is selected here.
    void setCurrentMeter(qint64 meterId) { m_currentMeter = meterId; }
    void setRunning(bool running);
    QString summaryText() const;

public slots:
    // Applied at once after a quiet spell, otherwise gathered and applied
    // together at most every kBatchMs: a round of a million meters reports
    // each of them, and the window must stay responsive meanwhile.
    void onMeterProgress(const ims::engine::MeterProgress &progress);
    // A batch gathered by the engine (EngineHost::meterProgress): kept as it
    // is, shared, until applied.
    void onMeterProgressBatch(const QList<ims::engine::MeterProgress> &batch);
    void onRouterProgress(const ims::engine::RouterProgress &progress);
    // Applies what onMeterProgress() gathered now (after a bulk of reports).
    void applyPending();
    void clear();

signals:
    void startRequested();
    void stopRequested();
    void readNowRequested(qint64 meterId);

private:
    static constexpr int kBatchMs = 100;
    static constexpr int kExpandedRouters = 3; // opened as they appear
    void updateTotals();
    void pendingAdded();

    itemmodels::PollProgressModel *m_model;
    QTreeView *m_view;
    QProgressBar *m_overall;
    QLabel *m_summary;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_readNow;
    qint64 m_currentMeter = 0;
    // Reports not applied yet, in the order they came: the engine's batches
    // as they arrived (a million reports must not be copied once more), single
    // reports gathered in a list of their own.
    QList<QList<engine::MeterProgress>> m_pending;
    bool m_lastPendingOwn = false; // the last list is ours to append to
    QTimer m_batchTimer;
    QElapsedTimer m_sinceApplied;
};

} // namespace ims::ui
