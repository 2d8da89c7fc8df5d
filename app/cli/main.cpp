// imsdesk-cli: the engineer's and script's entry to every layer.
#include "app/cli/cli_registry.h"
#include "app/common/localization.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("imsdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ImsDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IMSDESK_VERSION));
    ims::app::installTranslations(app, qEnvironmentVariable("IMSDESK_LANG"));
    return ims::cli::CliRegistry::withAllCommands().run(app.arguments().mid(1));
}
