#include "ui/polling/polling_panel.h"

#include "models/itemmodels/poll_progress_model.h"
#include "ui/polling/progress_delegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace ims::ui {

using itemmodels::PollProgressModel;

PollingPanel::PollingPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new PollProgressModel(this))
    , m_view(new QTreeView(this))
    , m_overall(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_start(new QPushButton(tr("Start polling"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_readNow(new QPushButton(tr("Read now"), this))
{
    setObjectName(QStringLiteral("pollingPanel"));
    m_view->setObjectName(QStringLiteral("pollingTree"));
    m_overall->setObjectName(QStringLiteral("pollingOverall"));
    m_summary->setObjectName(QStringLiteral("pollingSummary"));
    m_start->setObjectName(QStringLiteral("pollStartButton"));
    m_stop->setObjectName(QStringLiteral("pollStopButton"));
    m_readNow->setObjectName(QStringLiteral("pollReadNowButton"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(PollProgressModel::Progress, new ProgressDelegate(this));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->resizeSection(PollProgressModel::Name, 180);
    m_view->header()->resizeSection(PollProgressModel::Progress, 160);
    m_view->header()->resizeSection(PollProgressModel::Step, 200);
    m_view->header()->resizeSection(PollProgressModel::Details, 320);
    m_overall->setRange(0, 100);
    m_overall->setValue(0);
    m_stop->setEnabled(false);
    m_readNow->setToolTip(tr("Read the selected meter (or the one on the meter card) now"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_start);
    bar->addWidget(m_stop);
    bar->addWidget(m_readNow);
    bar->addWidget(m_overall, 1);
    bar->addWidget(m_summary, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_model, &PollProgressModel::totalsChanged, this, &PollingPanel::updateTotals);
    connect(m_start, &QPushButton::clicked, this, &PollingPanel::startRequested);
    connect(m_stop, &QPushButton::clicked, this, &PollingPanel::stopRequested);
    connect(m_readNow, &QPushButton::clicked, this, [this] {
        qint64 meter = m_currentMeter;
        const QModelIndex at = m_view->currentIndex();
        if (at.isValid() && !at.data(PollProgressModel::IsRouterRole).toBool()) {
            const qint64 selected = at.data(PollProgressModel::MeterIdRole).toLongLong();
            if (selected != 0)
                meter = selected;
        }
        if (meter != 0)
            emit readNowRequested(meter);
    });
    // New routers open to show their meters while there are few of them:
    // with hundreds of routers open, every update would lay out all their
    // meters again; the operator opens the ones of interest.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &under, int first, int last) {
                if (under.isValid())
                    return;
                for (int row = first; row <= std::min(last, kExpandedRouters - 1); ++row)
                    m_view->expand(m_model->index(row, 0));
            });
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &PollingPanel::applyPending);
    updateTotals();
}

void PollingPanel::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
}

void PollingPanel::onMeterProgress(const engine::MeterProgress &progress)
{
    if (!m_lastPendingOwn) {
        m_pending.append(QList<engine::MeterProgress>());
        m_lastPendingOwn = true;
    }
    m_pending.last().append(progress);
    pendingAdded();
}

void PollingPanel::onMeterProgressBatch(const QList<engine::MeterProgress> &batch)
{
    if (batch.isEmpty())
        return;
    m_pending.append(batch);
    m_lastPendingOwn = false;
    pendingAdded();
}

void PollingPanel::pendingAdded()
{
    if (m_batchTimer.isActive())
        return;
    const qint64 since = m_sinceApplied.isValid() ? m_sinceApplied.elapsed() : kBatchMs;
    if (since >= kBatchMs)
        applyPending();
    else
        m_batchTimer.start(int(kBatchMs - since));
}

void PollingPanel::applyPending()
{
    m_batchTimer.stop();
    m_sinceApplied.start();
    if (m_pending.isEmpty())
        return;
    const QList<QList<engine::MeterProgress>> batches = std::exchange(m_pending, {});
    m_lastPendingOwn = false;
    m_model->updateMeterBatches(batches);
}

void PollingPanel::onRouterProgress(const engine::RouterProgress &progress)
{
    applyPending(); // in the order the engine reported
    m_model->updateRouter(progress);
}

void PollingPanel::clear()
{
    m_batchTimer.stop();
    m_pending.clear();
    m_lastPendingOwn = false;
    m_sinceApplied.invalidate(); // the next report shows at once
    m_model->clear();
}

QString PollingPanel::summaryText() const
{
    return m_summary->text();
}

void PollingPanel::updateTotals()
{
    const PollProgressModel::Totals t = m_model->totals();
    m_overall->setValue(t.total > 0 ? t.finished() * 100 / t.total : 0);
    const QLocale locale;
    m_summary->setText(t.total == 0
                           ? tr("No polling round yet.")
                           : tr("%1 of %2 meters read, %3 failed, %4 in progress")
                                 .arg(locale.toString(t.done), locale.toString(t.total),
                                      locale.toString(t.failed), locale.toString(t.running)));
}

} // namespace ims::ui
