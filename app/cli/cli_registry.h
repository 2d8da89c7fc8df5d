#pragma once
// The command table of imsdesk-cli: `imsdesk-cli NOUN [VERB] [options]`.
#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <vector>

namespace ims::cli {

struct CliCommand
{
    QString name;    // first word on the command line: "dlms", "db", "poll", ...
    QString summary; // one translated line for `imsdesk-cli help`
    std::function<int(const QStringList &args)> run; // args after the name; returns exit code
};

class CliRegistry
{
    Q_DECLARE_TR_FUNCTIONS(CliRegistry)
public:
    static CliRegistry withAllCommands();

    void add(CliCommand command);
    int run(const QStringList &args) const;

private:
    int printHelp() const;
    std::vector<CliCommand> m_commands;
};

} // namespace ims::cli
