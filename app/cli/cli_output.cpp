#include "app/cli/cli_output.h"

#include <QJsonDocument>
#include <QTextStream>

namespace ims::cli {

void printJsonLine(const QJsonObject &object)
{
    QTextStream out(stdout);
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
}

void printLine(const QString &text)
{
    QTextStream(stdout) << text << '\n';
}

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::InvalidArgument:
        return 2;
    case ErrorKind::Timeout:
    case ErrorKind::LinkClosed:
    case ErrorKind::LinkError:
    case ErrorKind::HdlcRejected:
        return 3;
    default:
        return 1;
    }
}

int printError(const Error &error)
{
    QTextStream(stderr) << "imsdesk-cli: " << error.message << '\n';
    return exitCodeFor(error);
}

int printError(const QString &message, int exitCode)
{
    QTextStream(stderr) << "imsdesk-cli: " << message << '\n';
    return exitCode;
}

} // namespace ims::cli
