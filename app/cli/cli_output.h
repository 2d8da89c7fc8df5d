#pragma once
// Output of imsdesk-cli: one JSON object per line with --json, aligned text
// otherwise; failures as one clear line on stderr.
#include "protocol/core/error.h"

#include <QJsonObject>
#include <QString>

namespace ims::cli {

void printJsonLine(const QJsonObject &object);
void printLine(const QString &text);
// "imsdesk-cli: association rejected: authentication failure" on stderr; returns the exit code.
int printError(const Error &error);
int printError(const QString &message, int exitCode = 1);

// Exit codes: 0 ok, 1 the device or data said no, 2 bad usage, 3 link/timeout.
int exitCodeFor(const Error &error);

} // namespace ims::cli
