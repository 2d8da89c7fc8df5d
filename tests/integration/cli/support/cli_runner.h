#pragma once
// Runs the built imsdesk-cli as an engineer does (English messages, stdin
// not a terminal) and keeps its exit code, its text and every JSON line of stdout.
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
    QJsonObject lastJson() const { return json.isEmpty() ? QJsonObject() : json.last(); }
};

// This process's event loop keeps running meanwhile, so a simulator the
// test runs in-process goes on answering the CLI.
CliRun runCli(const QStringList &args, int timeoutMs = 120000);

} // namespace ims::test
