#pragma once
// Puts the demo substation into a workstation database: the router (added
// on the first start, moved to the network's new port on every later one),
// its meters commissioned from what the router reports, the head meter
// heading the substation's balance group, and poll schedules that keep the
// views current while the window is open. Runs on the engine thread.
#include "protocol/core/result.h"

#include <QCoreApplication>

#include <functional>

namespace ims::storage {
class Database;
}
namespace ims::link {
class LinkFactory;
}

namespace ims::app {

struct DemoSite
{
    QString host;
    quint16 port = 0;
    QString headMeterSerial;
    QByteArray configuratorPassword; // SAP 48, LLS: may correct clocks
    int backfillDays = 14;           // profile the first readout fetches
};

struct DemoOutcome
{
    qint64 routerId = 0;
    int metersAdded = 0; // 0 on a later start
    bool firstStart = false;
};

class DemoSetup
{
    Q_DECLARE_TR_FUNCTIONS(DemoSetup)
public:
    using Done = std::function<void(Result<DemoOutcome>)>;
    // `done` runs once, on the calling thread; the database and the factory
    // must outlive the call.
    static void prepare(storage::Database &database, link::LinkFactory &factory,
                        const DemoSite &site, Done done);
};

} // namespace ims::app
