#pragma once
// The installation tree in a dock: site -> substation -> router -> meters,
// loaded page by page as branches open, each meter with its status icon,
// and a box to find a meter by serial number, plot or subscriber.
#include <QWidget>

class QLineEdit;
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

signals:
    void meterActivated(qint64 meterId);
    void routerActivated(qint64 routerId);
    void substationActivated(qint64 substationId);

private:
    void activate(const QModelIndex &index);
    void find();

    QueryRunner *m_runner;
    QLineEdit *m_search;
    QTreeView *m_view;
    itemmodels::TopologyModel *m_model;
    TopologyDecorator *m_decorator;
};

} // namespace ims::ui
