#pragma once
// Benchmarks print one JSON object per figure on stdout so that runs can be
// compared machine to machine: {"bench":..,"metric":..,"value":..,"unit":..}.
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstdio>
#include <ctime>

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

// CPU seconds the whole process has used: on a shared machine a rate per CPU
// second is steadier than one per wall second.
inline double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

} // namespace ims::bench
