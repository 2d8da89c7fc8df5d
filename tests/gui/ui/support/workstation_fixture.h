#pragma once
// A workstation database with a bit of everything the views show, relative
// to the current day so that "recent" means recent: two routers of meters
// with PLC routes, 35 days of 30-minute profiles ending yesterday (UTC),
// registers per tariff, instantaneous values, a meter with its relay open,
// one with its clock off, two that failed their last poll, a tamper event
// after which one member's consumption collapses (the head does not), a
// meter with a gap in its profile, alarms, manual readings.
#include "models/storage/database.h"
#include "models/storage/synthetic_installation.h"

#include <QTemporaryDir>

#include <memory>

namespace ims::test {

struct WorkstationFixture
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> database;
    storage::SyntheticInstallation site;
    qint64 firstDay = 0; // UTC days since the epoch
    qint64 lastDay = 0;  // inclusive: yesterday
    qint64 tamperMeter = 0;
    qint64 tamperDay = 0;
    qint64 relayOpenMeter = 0;
    qint64 clockOffMeter = 0;
    qint64 failedMeter = 0;
    qint64 gapMeter = 0;
    qint64 gapFirstEnd = 0; // missing interval ends, inclusive
    qint64 gapLastEnd = 0;
    qint64 registerMeter = 0; // has current registers for 4 tariffs
    QString error;            // why setUp() failed

    static constexpr int kRouters = 2;
    static constexpr int kMetersPerRouter = 20;
    static constexpr int kDays = 35;

    bool setUp();
    QSqlDatabase connection(const QString &role = QStringLiteral("fixture"));
};

} // namespace ims::test
