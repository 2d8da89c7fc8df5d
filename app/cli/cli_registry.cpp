#include "app/cli/cli_registry.h"

#include "app/cli/clock_command.h"
#include "app/cli/credit_command.h"
#include "app/cli/db_commands.h"
#include "app/cli/dlms_command.h"
#include "app/cli/fleet_commands.h"
#include "app/cli/limit_command.h"
#include "app/cli/meters_command.h"
#include "app/cli/optical_command.h"
#include "app/cli/relay_command.h"
#include "app/cli/schedule_command.h"
#include "app/cli/switch_schedule_command.h"
#include "app/cli/tariff_command.h"

#include <QTextStream>

#include <cstdio>

namespace ims::cli {

void CliRegistry::add(CliCommand command)
{
    m_commands.push_back(std::move(command));
}

int CliRegistry::run(const QStringList &args) const
{
    if (args.isEmpty() || args.first() == QLatin1String("help")
        || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))
        return printHelp();
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("version")) {
        QTextStream(stdout) << "imsdesk-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    for (const CliCommand &command : m_commands) {
        if (command.name == args.first())
            return command.run(args.mid(1));
    }
    QTextStream(stderr) << tr("unknown command \"%1\"; see `imsdesk-cli help`").arg(args.first())
                        << '\n';
    return 2;
}

int CliRegistry::printHelp() const
{
    QTextStream out(stdout);
    out << tr("Usage: imsdesk-cli COMMAND [options]") << "\n\n" << tr("Commands:") << '\n';
    for (const CliCommand &command : m_commands)
        out << "  " << command.name.leftJustified(12) << command.summary << '\n';
    out << "  " << QStringLiteral("version").leftJustified(12) << tr("print the version") << '\n';
    return 0;
}

CliRegistry CliRegistry::withAllCommands()
{
    CliRegistry registry;
    registry.add({QStringLiteral("dlms"),
                  tr("read, write and invoke COSEM objects on a meter or router (DLMS/COSEM)"),
                  runDlmsCommand});
    registry.add(dbCommand());
    registry.add(metersCommand());
    registry.add(opticalCommand());
    registry.add(routerCommand());
    registry.add(commissionCommand());
    registry.add(pollCommand());
    registry.add(scheduleCommand());
    registry.add(relayCommand());
    registry.add(switchScheduleCommand());
    registry.add(siteCommand());
    registry.add(tariffCommand());
    registry.add(limitCommand());
    registry.add(clockCommand());
    registry.add(creditCommand());
    return registry;
}

} // namespace ims::cli
