#pragma once
// Connects the main window to the polling engine: progress into the polling
// panel and the status bar, frames into the trace, "read now" / start / stop
// into the engine, and new readings into the views, reloaded at most every
// two seconds while a readout streams in. The app is the one layer that
// knows both sides.
#include "app/common/engine_host.h"
#include "app/gui/trace_bridge.h"
#include "ui/main_window.h"

#include <QCoreApplication>
#include <QStatusBar>
#include <QTimer>

namespace ims::app {

inline void connectEngine(ui::MainWindow &window, EngineHost &host)
{
    QObject::connect(&host, &EngineHost::meterProgress, &window,
                     &ui::MainWindow::onMeterProgressBatch);
    QObject::connect(&host, &EngineHost::routerProgress, &window,
                     [&window](const engine::RouterProgress &progress) {
                         window.onRouterProgress(progress);
                         window.setLinkState(progress.name, progress.linkUp);
                     });
    QObject::connect(&host, &EngineHost::traced, &window,
                     [&window](const QList<link::TraceRecord> &records) {
                         if (ui::FrameTraceView *view = window.frameTraceView())
                             for (const link::TraceRecord &record : records)
                                 view->append(toTraceLine(record));
                     });
    // Frames are summarised only while someone can see them.
    host.setTracing(window.isFrameTraceShown());
    QObject::connect(&window, &ui::MainWindow::frameTraceShownChanged, &host,
                     &EngineHost::setTracing);
    QObject::connect(&window, &ui::MainWindow::readNowRequested, &host, &EngineHost::readNow);
    window.setGroupSwitchCommands(&host);
    QObject::connect(&window, &ui::MainWindow::pollStartRequested, &host,
                     [&host] { host.pollAll(engine::PollItem::FullReadout); });
    QObject::connect(&window, &ui::MainWindow::pollStopRequested, &host, &EngineHost::cancel);

    auto *reload = new QTimer(&window);
    reload->setSingleShot(true);
    reload->setInterval(2000);
    QObject::connect(reload, &QTimer::timeout, &window, &ui::MainWindow::refreshData);
    QObject::connect(&host, &EngineHost::readingsStored, reload, [reload] {
        if (!reload->isActive())
            reload->start();
    });
    QObject::connect(&host, &EngineHost::roundFinished, reload, [reload] { reload->start(0); });
    QObject::connect(&host, &EngineHost::problem, &window, [&window](const QString &message) {
        window.statusBar()->showMessage(message, 15000);
    });
    QObject::connect(&host, &EngineHost::scheduleFired, &window,
                     [&window](const QString &name, int meters) {
                         window.statusBar()->showMessage(
                             QCoreApplication::translate("EngineWiring", "%1: %n meter(s) queued",
                                                         nullptr, meters)
                                 .arg(name),
                             10000);
                     });
}

} // namespace ims::app
