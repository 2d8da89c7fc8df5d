// imsdesk-sim: the virtual substation (simulated SPODES meters, routers, PLC).
// Prints where each router listens and each optical port is (the network
// meters' of --optical-pty, then the stand-alone ones of --optical), one
// line each, then serves until SIGINT/SIGTERM.
#include "app/common/localization.h"
#include "app/sim/optical_ports.h"
#include "app/sim/signal_watcher.h"
#include "app/sim/sim_options.h"
#include "protocol/sim/network/sim_network.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("imsdesk-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IMSDESK_VERSION));
    ims::app::installTranslations(app, qEnvironmentVariable("IMSDESK_LANG"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "imsdesk-sim", "Simulated SPODES meters, routers and PLC network"));
    parser.addHelpOption();
    parser.addVersionOption();
    ims::app::SimOptions::declare(parser);
    ims::app::OpticalSimOptions::declare(parser);
    parser.process(app);

    QTextStream err(stderr);
    ims::Result<ims::sim::NetworkConfig> config = ims::app::SimOptions::read(parser);
    if (!config) {
        err << config.error().message << '\n';
        return 2;
    }
    auto optical = ims::app::OpticalSimOptions::read(parser);
    if (!optical) {
        err << optical.error().message << '\n';
        return 2;
    }
    const auto networkMeters = ims::app::OpticalSimOptions::networkMeters(parser);
    if (!networkMeters) {
        err << networkMeters.error().message << '\n';
        return 2;
    }
    const auto meterPort = ims::app::OpticalSimOptions::portOptions(parser);
    if (!meterPort) {
        err << meterPort.error().message << '\n';
        return 2;
    }
    ims::app::SignalWatcher watcher;
    ims::sim::SimNetwork network(*config);
    const bool serveNetwork = !(*optical && (*optical)->only);
    if (serveNetwork) {
        if (const ims::Status started = network.start(); !started) {
            err << started.error().message << '\n';
            return 1;
        }
        for (const QByteArray &serial : *networkMeters) {
            const auto port = network.openOpticalPort(serial, *meterPort);
            if (!port) {
                err << port.error().message << '\n';
                return 1;
            }
        }
    }
    ims::app::OpticalPorts opticalPorts;
    if (*optical) {
        if (const ims::Status started = opticalPorts.start(**optical); !started) {
            err << started.error().message << '\n';
            return 1;
        }
    }
    QTextStream out(stdout);
    for (const ims::sim::RouterEndpoint &e : network.endpoints())
        out << e.describe() << '\n';
    for (const ims::sim::OpticalEndpoint &e : network.opticalEndpoints())
        out << e.describe() << '\n';
    for (const QString &line : opticalPorts.describe())
        out << line << '\n';
    out.flush();

    QObject::connect(&watcher, &ims::app::SignalWatcher::terminationRequested, &app, [&](int) {
        network.stop();
        app.quit();
    });
    return app.exec();
}
