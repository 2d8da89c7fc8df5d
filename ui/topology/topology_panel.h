#pragma once
// The installation tree in a dock: site -> substation -> router -> meters,
// loaded page by page as branches open, each meter with its status icon,
// and a box to find a meter by serial number, plot or subscriber.
#include "models/control/switch_schedule.h"

#include <QWidget>

class QLineEdit;
class QMenu;
class QSqlDatabase;
class QTreeView;

namespace ims::itemmodels {
class TopologyModel;
}

namespace ims::ui {

class QueryRunner;
class TopologyDecorator;

class TopologyPanel : public QWidget
{
    Q_OBJECT
public:
    // `db` is the GUI thread's connection: the tree pages through it lazily.
    // Searches run on `runner`.
    TopologyPanel(const QSqlDatabase &db, QueryRunner *runner, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    itemmodels::TopologyModel *model() const { return m_model; }
    // Opens the first levels (site, substation, routers) and the first router.
    void expandTop();
    void refreshStatuses();
    // The installation changed (meters commissioned): rebuild the tree.
    void reload();
    // Selects the meter when it has been loaded; false otherwise.
    bool selectMeter(qint64 meterId);
    // The context menu of a row (shown on right click): for a router
    // "Disconnect all meters…", "Reconnect all meters…" and "Switch
    // schedules…". Nullptr when the
    // row has no actions. The caller owns the menu.
    QMenu *createContextMenu(const QModelIndex &index, QWidget *parent);

signals:
    void meterActivated(qint64 meterId);
    void routerActivated(qint64 routerId);
    void substationActivated(qint64 substationId);
    // The operator chose to switch every meter of a router (confirmation follows).
    void groupSwitchRequested(const ims::control::SwitchTarget &target,
                              ims::control::SwitchAction action);
    // "Switch schedules…" of a router.
    void switchSchedulesRequested(const ims::control::SwitchTarget &target);

private:
    void activate(const QModelIndex &index);
    void find();
    void showContextMenu(const QPoint &at);

    QueryRunner *m_runner;
    QLineEdit *m_search;
    QTreeView *m_view;
    itemmodels::TopologyModel *m_model;
    TopologyDecorator *m_decorator;
};

} // namespace ims::ui
