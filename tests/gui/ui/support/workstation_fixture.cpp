#include "workstation_fixture.h"

#include "models/storage/alarm_store.h"
#include "models/storage/ingestor.h"

#include <QDateTime>
#include <QSqlQuery>

namespace ims::test {

namespace {
constexpr qint64 kDay = 86400;
}

QSqlDatabase WorkstationFixture::connection(const QString &role)
{
    auto db = database->connection(role);
    return db ? *db : QSqlDatabase();
}

bool WorkstationFixture::setUp()
{
    if (!dir.isValid()) {
        error = QStringLiteral("no temporary directory");
        return false;
    }
    database = std::make_unique<storage::Database>(
        storage::DatabaseConfig{dir.filePath(QStringLiteral("workstation.sqlite"))});
    if (const Status s = database->openAndMigrate(); !s) {
        error = s.error().message;
        return false;
    }
    QSqlDatabase db = connection();
    auto created = storage::createSyntheticInstallation(
        db, {kRouters, kMetersPerRouter, QStringLiteral("WS")});
    if (!created) {
        error = created.error().message;
        return false;
    }
    site = *created;
    const qint64 nowSeconds = QDateTime::currentSecsSinceEpoch();
    const qint64 nowMs = nowSeconds * 1000;
    lastDay = nowSeconds / kDay - 1;
    firstDay = lastDay - kDays + 1;
    const QList<qint64> &m = site.meterIds;
    tamperMeter = m[3];
    tamperDay = lastDay - 9;
    relayOpenMeter = m[5];
    clockOffMeter = m[6];
    failedMeter = m[7];
    gapMeter = m[8];
    registerMeter = m[1];
    // Half a day missing two days ago.
    gapFirstEnd = (lastDay - 1) * kDay + 8 * 1800;
    gapLastEnd = gapFirstEnd + 11 * 1800;

    storage::Ingestor ingestor(db);
    for (qint64 day = firstDay; day <= lastDay; ++day) {
        engine::ReadingBatch batch = storage::syntheticDay(site, day);
        QList<engine::IntervalReading> kept;
        kept.reserve(batch.intervals.size());
        for (engine::IntervalReading r : batch.intervals) {
            if (r.meter.id == gapMeter && r.intervalEnd >= gapFirstEnd
                && r.intervalEnd <= gapLastEnd)
                continue;
            // After the tamper event the meter sees a tenth of the load;
            // the head meter (computed from the true loads) does not.
            if (r.meter.id == tamperMeter && day >= tamperDay)
                r.rawValue /= 10;
            kept.append(r);
        }
        batch.intervals = kept;
        if (auto s = ingestor.ingest(batch, nowMs); !s) {
            error = s.error().message;
            return false;
        }
    }

    engine::ReadingBatch extras;
    const qint64 today = (lastDay + 1) * kDay;
    for (int i = 0; i < m.size(); ++i) {
        const engine::MeterRef ref{m[i], {}};
        // Registers per tariff (total and T1..T4), taken at the start of today.
        for (int tariff = 0; tariff <= 4; ++tariff) {
            const qint64 base = 1000000 + i * 7919;
            const qint64 value = tariff == 0 ? base * 4 + 10 : base + tariff * 13;
            extras.registers.append({ref, QStringLiteral("1.0.1.8.%1.255").arg(tariff),
                                     quint8(tariff), today, value, 0, engine::CosemUnit::WattHour,
                                     engine::RegisterKind::Current});
            extras.registers.append({ref, QStringLiteral("1.0.3.8.%1.255").arg(tariff),
                                     quint8(tariff), today, value / 3, 0,
                                     engine::CosemUnit::VarHour, engine::RegisterKind::Current});
        }
        extras.instants.append({ref, QStringLiteral("1.0.32.7.0.255"), today, 2291 + i % 7, -1,
                                engine::CosemUnit::Volt});
        extras.instants.append(
            {ref, QStringLiteral("1.0.31.7.0.255"), today, 512 + i, -2, engine::CosemUnit::Ampere});
        extras.instants.append(
            {ref, QStringLiteral("1.0.14.7.0.255"), today, 5001, -2, engine::CosemUnit::Hertz});
        extras.instants.append({ref, QStringLiteral("0.0.96.3.10.255"), today,
                                m[i] == relayOpenMeter ? 0 : 1, 0, engine::CosemUnit::Unitless});
        engine::ClockCheck clock;
        clock.meter = ref;
        clock.workstationTimeMs = nowMs - 60000;
        clock.deltaMs = m[i] == clockOffMeter ? 42000 : 150;
        clock.deviceTimeMs = clock.workstationTimeMs + clock.deltaMs;
        extras.clockChecks.append(clock);
        for (int round = 0; round < 3; ++round) {
            engine::PollOutcome o;
            o.meter = ref;
            o.routerId = site.routerIds[i / kMetersPerRouter];
            o.startedAtMs = nowMs - (3 - round) * 1800000LL;
            o.finishedAtMs = o.startedAtMs + 2500 + i * 10;
            const bool fails = m[i] == failedMeter && round == 2;
            o.result = fails ? engine::PollResult::Failed : engine::PollResult::Success;
            o.errorKind = fails ? ErrorKind::Timeout : ErrorKind::None;
            o.message = fails ? QStringLiteral("no answer after 3 attempts") : QString();
            o.bytesSent = 420;
            o.bytesReceived = 5120;
            o.intervalsRead = fails ? 0 : 4;
            extras.outcomes.append(o);
        }
    }
    extras.events.append({{tamperMeter, {}}, 4, 1, tamperDay * kDay - 3600}); // magnet
    extras.events.append({{tamperMeter, {}}, 4, 3, tamperDay * kDay - 3500});
    extras.events.append({{registerMeter, {}}, 2, 1, lastDay * kDay + 600});
    extras.manual.append({{registerMeter, {}},
                          lastDay * kDay + 43200,
                          true,
                          QStringLiteral("1.8.0"),
                          QStringLiteral("004012.345*kWh"),
                          QStringLiteral("petrov")});
    if (auto s = ingestor.ingest(extras, nowMs); !s) {
        error = s.error().message;
        return false;
    }
    storage::AlarmStore alarms(db);
    const bool raised = alarms
                            .raise(QStringLiteral("tamper"), storage::AlarmSeverity::Critical,
                                   tamperMeter, QStringLiteral("magnetic field"), nowMs - 5000)
                            .ok()
                        && alarms
                               .raise(QStringLiteral("clock"), storage::AlarmSeverity::Warning,
                                      clockOffMeter, QStringLiteral("42 s"), nowMs - 4000)
                               .ok()
                        && alarms
                               .raise(QStringLiteral("note"), storage::AlarmSeverity::Info, 0,
                                      QString(), nowMs - 3000)
                               .ok();
    if (!raised) {
        error = QStringLiteral("cannot raise alarms");
        return false;
    }
    return true;
}

} // namespace ims::test
