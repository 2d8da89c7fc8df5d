#include "ui/topology/topology_panel.h"

#include "models/analytics/meter_query.h"
#include "models/itemmodels/topology_model.h"
#include "ui/core/query_runner.h"
#include "ui/topology/topology_decorator.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

namespace ims::ui {

using itemmodels::TopologyModel;

TopologyPanel::TopologyPanel(const QSqlDatabase &db, QueryRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_model(new TopologyModel(db, this))
    , m_decorator(new TopologyDecorator(this))
{
    setObjectName(QStringLiteral("topologyPanel"));
    m_search->setObjectName(QStringLiteral("topologySearch"));
    m_search->setPlaceholderText(tr("Find a meter: serial, plot, subscriber…"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("topologyTree"));
    m_decorator->setSourceModel(m_model);
    m_view->setModel(m_decorator);
    m_view->setUniformRowHeights(true); // cheap layout for long meter lists
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTreeView::activated, this, &TopologyPanel::activate);
    connect(m_view, &QTreeView::clicked, this, &TopologyPanel::activate);
    connect(m_search, &QLineEdit::returnPressed, this, &TopologyPanel::find);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &TopologyPanel::showContextMenu);
}

QMenu *TopologyPanel::createContextMenu(const QModelIndex &index, QWidget *parent)
{
    if (index.data(TopologyModel::KindRole).value<TopologyModel::NodeKind>()
        != TopologyModel::NodeKind::Router)
        return nullptr;
    const control::SwitchTarget target{control::SwitchTargetKind::Router,
                                       index.data(TopologyModel::IdRole).toLongLong()};
    auto *menu = new QMenu(parent);
    QAction *off = menu->addAction(tr("Disconnect all meters…"));
    off->setObjectName(QStringLiteral("disconnectAllMeters"));
    connect(off, &QAction::triggered, this, [this, target] {
        emit groupSwitchRequested(target, control::SwitchAction::Disconnect);
    });
    QAction *on = menu->addAction(tr("Reconnect all meters…"));
    on->setObjectName(QStringLiteral("reconnectAllMeters"));
    connect(on, &QAction::triggered, this, [this, target] {
        emit groupSwitchRequested(target, control::SwitchAction::Reconnect);
    });
    menu->addSeparator();
    QAction *schedules = menu->addAction(tr("Switch schedules…"));
    schedules->setObjectName(QStringLiteral("switchSchedules"));
    connect(schedules, &QAction::triggered, this,
            [this, target] { emit switchSchedulesRequested(target); });
    return menu;
}

void TopologyPanel::showContextMenu(const QPoint &at)
{
    QMenu *menu = createContextMenu(m_view->indexAt(at), this);
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(at)); // not exec(): the window keeps running
}

void TopologyPanel::expandTop()
{
    // Each level is fetched on expansion; the first router's meters too.
    QModelIndex at;
    for (int depth = 0; depth < 3; ++depth) {
        if (m_decorator->canFetchMore(at))
            m_decorator->fetchMore(at);
        if (m_decorator->rowCount(at) == 0)
            return;
        at = m_decorator->index(0, 0, at);
        m_view->expand(at);
    }
    if (m_decorator->canFetchMore(at))
        m_decorator->fetchMore(at);
}

void TopologyPanel::reload()
{
    m_model->reload();
    expandTop();
}

void TopologyPanel::refreshStatuses()
{
    m_model->refreshStatuses();
}

bool TopologyPanel::selectMeter(qint64 meterId)
{
    const QModelIndex source = m_model->findMeter(meterId);
    if (!source.isValid())
        return false;
    const QModelIndex at = m_decorator->mapFromSource(source);
    m_view->scrollTo(at);
    m_view->setCurrentIndex(at);
    return true;
}

void TopologyPanel::activate(const QModelIndex &index)
{
    const qint64 id = index.data(TopologyModel::IdRole).toLongLong();
    switch (index.data(TopologyModel::KindRole).value<TopologyModel::NodeKind>()) {
    case TopologyModel::NodeKind::Meter:
        emit meterActivated(id);
        break;
    case TopologyModel::NodeKind::Router:
        emit routerActivated(id);
        break;
    case TopologyModel::NodeKind::Substation:
        emit substationActivated(id);
        break;
    case TopologyModel::NodeKind::Site:
        break;
    }
}

void TopologyPanel::find()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    // A text search may scan every meter: off the GUI thread.
    m_runner->run<QList<analytics::MeterRow>>(
        this,
        [text](QSqlDatabase &db) {
            analytics::MeterFilter filter;
            filter.text = text;
            return analytics::MeterQuery(db).meters(filter, analytics::MeterSort::Serial, false, 1);
        },
        [this](Result<QList<analytics::MeterRow>> rows) {
            if (!rows || rows->isEmpty()) {
                m_search->setStyleSheet(QStringLiteral("background: #fde0e0"));
                return;
            }
            m_search->setStyleSheet(QString());
            selectMeter(rows->first().id);
            emit meterActivated(rows->first().id);
        });
}

} // namespace ims::ui
