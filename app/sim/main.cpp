// imsdesk-sim: the virtual substation (simulated SPODES meters, routers, PLC).
#include "app/common/localization.h"

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
    parser.setApplicationDescription(
        QCoreApplication::translate("imsdesk-sim", "Simulated SPODES meters, routers and PLC network"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    QTextStream(stderr) << QCoreApplication::translate("imsdesk-sim", "no network configured") << '\n';
    return 1;
}
