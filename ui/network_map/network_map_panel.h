#pragma once
// The network map tab: a router's PLC network as a radial tree (router in
// the centre, repeater chains outwards), hop quality as colour and width,
// meters coloured by state; zoom, pan and search by serial or address.
#include "models/analytics/network_graph.h"

#include <QWidget>

class QComboBox;
class QGraphicsScene;
class QLabel;
class QLineEdit;

namespace ims::ui {

class BusyBar;
class MeterNodeItem;
class NetworkMapView;
class QueryRunner;

class NetworkMapPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkMapPanel(QueryRunner *runner, QWidget *parent = nullptr);

    // Fills the router list (async) and shows `routerId`, or the first router.
    void reloadRouters(qint64 routerId = 0);
    void showRouter(qint64 routerId);
    qint64 routerId() const { return m_network.routerId; }
    const analytics::RouterNetwork &network() const { return m_network; }
    NetworkMapView *view() const { return m_view; }
    int nodeCount() const { return int(m_nodes.size()); }
    // Centres on and highlights the meter whose serial or address matches.
    bool find(const QString &text);

signals:
    void meterActivated(qint64 meterId);
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void build(analytics::RouterNetwork network, QList<QPointF> positions);

    QueryRunner *m_runner;
    QComboBox *m_routers;
    QLineEdit *m_search;
    QLabel *m_summary;
    BusyBar *m_busy;
    NetworkMapView *m_view;
    QGraphicsScene *m_scene;
    analytics::RouterNetwork m_network;
    QList<MeterNodeItem *> m_nodes;
    MeterNodeItem *m_highlighted = nullptr;
    quint64 m_generation = 0;
    bool m_autoFit = true; // until the operator zooms
};

} // namespace ims::ui
