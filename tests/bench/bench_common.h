#pragma once
// Benchmarks print one JSON object per figure on stdout so that runs can be
// compared machine to machine: {"bench":..,"metric":..,"value":..,"unit":..}.
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstdio>

namespace ims::bench {

inline void report(const QString &bench, const QString &metric, double value, const QString &unit)
{
    const QJsonObject o{{QStringLiteral("bench"), bench},
                        {QStringLiteral("metric"), metric},
                        {QStringLiteral("value"), value},
                        {QStringLiteral("unit"), unit}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace ims::bench
