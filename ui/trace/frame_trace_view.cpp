#include "ui/trace/frame_trace_view.h"

#include "models/itemmodels/frame_trace_model.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace ims::ui {

using itemmodels::FrameTraceModel;

FrameTraceView::FrameTraceView(QWidget *parent)
    : QWidget(parent)
    , m_model(new FrameTraceModel(5000, this))
    , m_view(new QTableView(this))
    , m_link(new QComboBox(this))
    , m_pause(new QCheckBox(tr("Pause"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("frameTraceView"));
    m_view->setObjectName(QStringLiteral("traceTable"));
    m_link->setObjectName(QStringLiteral("traceLink"));
    m_pause->setObjectName(QStringLiteral("tracePause"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(FrameTraceModel::Time, 100);
    m_view->horizontalHeader()->resizeSection(FrameTraceModel::Direction, 80);
    m_view->horizontalHeader()->resizeSection(FrameTraceModel::Link, 160);
    m_view->horizontalHeader()->resizeSection(FrameTraceModel::Summary, 360);
    m_link->addItem(tr("All links"), QString());
    m_link->setMinimumContentsLength(20);

    auto *copy = new QPushButton(tr("Copy"), this);
    auto *clear = new QPushButton(tr("Clear"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Link:"), this));
    bar->addWidget(m_link, 1);
    bar->addWidget(m_pause);
    bar->addWidget(copy);
    bar->addWidget(clear);
    bar->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_model, &FrameTraceModel::linkSeen, this,
            [this](const QString &link) { m_link->addItem(link, link); });
    connect(m_link, &QComboBox::activated, this, [this](int index) {
        m_model->setLinkFilter(m_link->itemData(index).toString());
        updateStatus();
    });
    connect(m_pause, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setPaused(on);
        updateStatus();
    });
    connect(copy, &QPushButton::clicked, this, &FrameTraceView::copySelection);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_model->clear();
        updateStatus();
    });
    // Follow the newest frame unless the engineer scrolled up to read.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *scroll = m_view->verticalScrollBar();
        if (scroll->value() >= scroll->maximum() - 2)
            m_view->scrollToBottom();
    });
    updateStatus();
}

void FrameTraceView::append(const itemmodels::TraceLine &line)
{
    m_model->append(line);
    if (m_model->isPaused())
        updateStatus();
}

QString FrameTraceView::copySelection()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows << row;
    std::sort(rows.begin(), rows.end());
    const QString text = m_model->text(rows);
    QApplication::clipboard()->setText(text);
    return text;
}

void FrameTraceView::updateStatus()
{
    const QLocale locale;
    m_status->setText(
        m_model->isPaused()
            ? tr("Paused: %1 frames held back").arg(locale.toString(m_model->heldBack()))
            : tr("Keeps the last %1 frames").arg(locale.toString(m_model->capacity())));
}

} // namespace ims::ui
