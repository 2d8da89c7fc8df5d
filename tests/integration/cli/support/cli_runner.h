#pragma once
// Runs the built imsdesk-cli as an engineer does (English messages) and
// keeps its exit code, its text and every JSON line of stdout.
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace ims::test {

struct CliRun
{
    int exitCode = -1; // -1: crashed or did not finish
    QString out;
    QString err;
    QList<QJsonObject> json;
};

CliRun runCli(const QStringList &args, int timeoutMs = 60000);

} // namespace ims::test
