#include "ui/network_map/network_map_panel.h"

#include "models/analytics/meter_status.h"
#include "models/analytics/workstation_queries.h"
#include "ui/core/busy_bar.h"
#include "ui/core/query_runner.h"
#include "ui/core/status_palette.h"
#include "ui/network_map/map_items.h"
#include "ui/network_map/network_map_view.h"
#include "ui/network_map/radial_layout.h"

#include <QComboBox>
#include <QDateTime>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

#include <optional>

namespace ims::ui {

using namespace ims::analytics;

namespace {

struct LaidOutNetwork
{
    RouterNetwork network;
    QList<QPointF> positions;
};

Result<LaidOutNetwork> loadNetwork(QSqlDatabase &db, qint64 routerId, qint64 nowMs)
{
    auto network = NetworkGraphQuery(db).load(routerId, nowMs);
    if (!network)
        return network.error();
    // The layout is pure arithmetic: do it here, off the GUI thread too.
    MapLayout layout = radialLayout(*network);
    return LaidOutNetwork{std::move(*network), std::move(layout.positions)};
}

// The router list and the network shown first, in one task: the map is
// what the window shows at start, and with a million meters other views'
// loads queue up in the runner before a second task would run.
struct RoutersAndNetwork
{
    QList<RouterSummary> routers;
    std::optional<LaidOutNetwork> network;
};

QString legendHtml()
{
    using namespace MeterStatusFlag;
    QString html;
    for (quint32 flag : {Online, NoData, NotResponding, ClockOff, RelayOpen, Alarm}) {
        html += QStringLiteral("<span style='color:%1'>&#9679;</span>&nbsp;%2&nbsp;&nbsp; ")
                    .arg(StatusPalette::color(flag).name(), MeterStatusQuery::flagName(flag));
    }
    return html;
}

} // namespace

NetworkMapPanel::NetworkMapPanel(QueryRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_routers(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_busy(new BusyBar(this))
    , m_view(new NetworkMapView(this))
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("networkMapPanel"));
    m_routers->setObjectName(QStringLiteral("mapRouter"));
    m_search->setObjectName(QStringLiteral("mapSearch"));
    m_summary->setObjectName(QStringLiteral("mapSummary"));
    m_search->setPlaceholderText(tr("Find serial or address"));
    m_search->setClearButtonEnabled(true);
    m_view->setScene(m_scene);
    // Items do not move: a BSP index makes hit tests and exposure cheap.
    m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);

    auto button = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        return b;
    };
    QToolButton *zoomIn = button(QStringLiteral("+"), tr("Zoom in"));
    QToolButton *zoomOut = button(QStringLiteral("−"), tr("Zoom out"));
    QToolButton *fit = button(tr("Fit"), tr("Show the whole network"));
    connect(zoomIn, &QToolButton::clicked, this, [this] {
        m_autoFit = false;
        m_view->zoomBy(1.25);
    });
    connect(zoomOut, &QToolButton::clicked, this, [this] {
        m_autoFit = false;
        m_view->zoomBy(0.8);
    });
    connect(fit, &QToolButton::clicked, this, [this] {
        m_autoFit = true;
        m_view->fitAll();
    });
    connect(m_view, &NetworkMapView::zoomedByUser, this, [this] { m_autoFit = false; });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Router:"), this));
    bar->addWidget(m_routers, 1);
    bar->addWidget(m_search, 1);
    bar->addWidget(zoomIn);
    bar->addWidget(zoomOut);
    bar->addWidget(fit);
    auto *legend = new QLabel(legendHtml()
                                  + tr("Lines: link quality, red (poor) to green (good);"
                                       " dashed: unknown."),
                              this);
    legend->setObjectName(QStringLiteral("mapLegend"));
    legend->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_busy);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(legend);

    connect(m_routers, &QComboBox::activated, this,
            [this](int index) { showRouter(m_routers->itemData(index).toLongLong()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    connect(m_view, &NetworkMapView::meterClicked, this, &NetworkMapPanel::meterActivated);
}

void NetworkMapPanel::reloadRouters(qint64 routerId)
{
    m_busy->start(tr("Loading the network…"));
    const quint64 generation = ++m_generation;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_runner->run<RoutersAndNetwork>(
        this,
        [routerId, now](QSqlDatabase &db) -> Result<RoutersAndNetwork> {
            RoutersAndNetwork out;
            auto routers = WorkstationQueries(db).routers();
            if (!routers)
                return routers.error();
            out.routers = std::move(*routers);
            if (out.routers.isEmpty())
                return out;
            qint64 shown = out.routers.first().id;
            for (const RouterSummary &r : std::as_const(out.routers))
                if (r.id == routerId)
                    shown = r.id;
            auto network = loadNetwork(db, shown, now);
            if (!network)
                return network.error();
            out.network = std::move(*network);
            return out;
        },
        [this, generation](Result<RoutersAndNetwork> result) {
            if (!result) {
                m_busy->fail(result.error().message);
                return;
            }
            m_routers->clear();
            for (const RouterSummary &r : std::as_const(result->routers))
                m_routers->addItem(tr("%1 (%n meter(s))", nullptr, r.meters).arg(r.name), r.id);
            if (!result->network) {
                m_busy->stop();
                m_summary->setText(tr("No routers configured yet."));
                return;
            }
            if (generation != m_generation)
                return; // showRouter() asked for another router meanwhile
            m_routers->setCurrentIndex(
                std::max(0, m_routers->findData(result->network->network.routerId)));
            m_busy->stop();
            build(std::move(result->network->network), std::move(result->network->positions));
        });
}

void NetworkMapPanel::showRouter(qint64 routerId)
{
    const int at = m_routers->findData(routerId);
    if (at >= 0)
        m_routers->setCurrentIndex(at);
    m_busy->start(tr("Loading the network…"));
    const quint64 generation = ++m_generation;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_runner->run<LaidOutNetwork>(
        this, [routerId, now](QSqlDatabase &db) { return loadNetwork(db, routerId, now); },
        [this, generation](Result<LaidOutNetwork> result) {
            if (generation != m_generation)
                return; // a newer request is on its way
            if (!result) {
                m_busy->fail(result.error().message);
                return;
            }
            m_busy->stop();
            build(std::move(result->network), std::move(result->positions));
        });
}

void NetworkMapPanel::build(RouterNetwork network, QList<QPointF> positions)
{
    m_highlighted = nullptr;
    m_nodes.clear();
    m_scene->clear();
    m_network = std::move(network);
    m_scene->addItem(new LinkLayer(m_network, positions));
    m_scene->addItem(new RouterNodeItem(m_network.routerName));
    int meters = 0, maxDepth = 0, problems = 0;
    for (int i = 0; i < m_network.nodes.size(); ++i) {
        const NetworkNode &node = m_network.nodes[i];
        auto *item = new MeterNodeItem(node, i);
        item->setPos(positions[i]);
        QString tip = node.meterId != 0
                          ? tr("%1, address %2").arg(node.serial).arg(node.physicalAddress)
                          : tr("Repeater at address %1 (not a meter of this router)")
                                .arg(node.physicalAddress);
        if (node.meterId != 0)
            tip += QLatin1Char('\n') + MeterStatusQuery::describe(node.statusFlags);
        tip += QLatin1Char('\n')
               + (node.linkQuality ? tr("Link quality %1 %").arg(*node.linkQuality)
                                   : tr("Link quality unknown"));
        tip += QLatin1Char('\n') + tr("%n hop(s) from the router", nullptr, node.depth);
        item->setToolTip(tip);
        m_scene->addItem(item);
        m_nodes.append(item);
        meters += node.meterId != 0;
        maxDepth = std::max(maxDepth, node.depth);
        const quint32 dominant = dominantStatus(node.statusFlags);
        problems += node.meterId != 0 && dominant != MeterStatusFlag::Online && dominant != 0;
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-50, -50, 50, 50));
    const QLocale locale;
    m_summary->setText(tr("%1: %2 meters, up to %3 hops, %4 need attention")
                           .arg(m_network.routerName, locale.toString(meters),
                                locale.toString(maxDepth), locale.toString(problems)));
    m_autoFit = true;
    m_view->fitAll();
    emit loaded();
}

void NetworkMapPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_autoFit)
        m_view->fitAll();
}

void NetworkMapPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_autoFit)
        m_view->fitAll();
}

bool NetworkMapPanel::find(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return false;
    bool isNumber = false;
    const int address = needle.toInt(&isNumber);
    for (MeterNodeItem *item : std::as_const(m_nodes)) {
        const NetworkNode &node = m_network.nodes[item->nodeIndex()];
        const bool match = node.serial.contains(needle, Qt::CaseInsensitive)
                           || (isNumber && node.physicalAddress == address);
        if (!match)
            continue;
        if (m_highlighted)
            m_highlighted->setHighlighted(false);
        m_highlighted = item;
        item->setHighlighted(true);
        m_autoFit = false;
        if (m_view->zoom() < 1.5)
            m_view->setTransform(QTransform::fromScale(1.5, 1.5));
        m_view->centerOn(item);
        m_search->setStyleSheet(QString());
        return true;
    }
    m_search->setStyleSheet(QStringLiteral("background: #fde0e0"));
    return false;
}

} // namespace ims::ui
