// MainWindow::captureViews(): screenshots of every main view for the README
// and for the tests that check the views show data.
#include "models/analytics/workstation_queries.h"
#include "ui/alarms/alarms_view.h"
#include "ui/balance/balance_view.h"
#include "ui/core/query_runner.h"
#include "ui/load_profile/load_profile_view.h"
#include "ui/main_window.h"
#include "ui/meter_card/meter_card_view.h"
#include "ui/network_map/network_map_panel.h"
#include "ui/topology/topology_panel.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QTabWidget>

namespace ims::ui {

namespace {

void settle()
{
    // Let layouts, charts and the scene catch up with the data.
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

} // namespace

Status MainWindow::captureViews(const QString &dir, int timeoutMs)
{
    if (!m_runner)
        return Error(ErrorKind::InvalidArgument, tr("no database is open"));
    if (!QDir().mkpath(dir))
        return Error(ErrorKind::Io, tr("cannot create the folder %1").arg(dir));
    if (!isVisible())
        show();
    std::optional<Result<analytics::Showcase>> chosen;
    m_runner->run<analytics::Showcase>(
        this, [](QSqlDatabase &db) { return analytics::WorkstationQueries(db).showcase(); },
        [&chosen](Result<analytics::Showcase> c) { chosen = std::move(c); });
    if (!waitForViews(timeoutMs) || !chosen)
        return Error(ErrorKind::Timeout, tr("the views did not finish loading"));
    if (!*chosen)
        return chosen->error();
    const analytics::Showcase choice = chosen->value();

    const QDir target(dir);
    auto save = [&](QWidget *widget, const QString &name) -> Status {
        if (!waitForViews(timeoutMs))
            return Error(ErrorKind::Timeout, tr("the views did not finish loading"));
        settle();
        const QString path = target.filePath(name);
        if (!widget->grab().save(path, "PNG"))
            return Error(ErrorKind::Io, tr("cannot write %1").arg(path));
        return {};
    };

    if (choice.meterId != 0)
        showMeter(choice.meterId); // the card, then the profile of the same meter
    m_topologyDock->show();
    m_topology->expandTop();
    if (choice.meterId != 0)
        m_topology->selectMeter(choice.meterId);
    if (const Status s = save(m_topologyDock, QStringLiteral("topology.png")); !s)
        return s;

    m_tabs->setCurrentWidget(m_card);
    if (const Status s = save(this, QStringLiteral("meter-card.png")); !s)
        return s;

    m_tabs->setCurrentWidget(m_profile);
    if (const Status s = save(this, QStringLiteral("load-profile.png")); !s)
        return s;

    if (choice.routerId != 0)
        showRouter(choice.routerId);
    m_tabs->setCurrentWidget(m_map);
    if (const Status s = save(this, QStringLiteral("network-map.png")); !s)
        return s;

    if (choice.groupId != 0)
        showBalanceGroup(choice.groupId);
    m_tabs->setCurrentWidget(m_balance);
    if (const Status s = save(this, QStringLiteral("balance.png")); !s)
        return s;

    m_tabs->setCurrentWidget(m_alarms);
    if (const Status s = save(this, QStringLiteral("alarms.png")); !s)
        return s;

    m_pollingDock->show();
    m_pollingDock->raise();
    return save(m_pollingDock, QStringLiteral("polling.png"));
}

} // namespace ims::ui
