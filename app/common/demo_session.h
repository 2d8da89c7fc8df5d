#pragma once
// The demo substation from start to a running workstation: the simulated
// network starts on its thread, the engine puts it into the database (the
// first time: commissioning), reads every meter at once (only what is not
// stored yet) and then runs its schedules: every meter each half hour.
#include "app/common/demo_network.h"

#include <QObject>

namespace ims::app {

class EngineHost;

class DemoSession : public QObject
{
    Q_OBJECT
public:
    // The host must be started without its schedules (they run once the
    // demo router has its new port) and outlive the session.
    explicit DemoSession(EngineHost &host, QObject *parent = nullptr);
    ~DemoSession() override;

    // Where the workstation keeps the demo's database (the application's
    // data directory): readings survive from one demo start to the next.
    static QString defaultDatabasePath();

    // Starts the network and asks the engine to prepare it; ready() or
    // failed() follows.
    Status start();
    DemoNetwork &network() { return m_network; }

signals:
    void ready(const QString &message, bool firstStart);
    void failed(const QString &message);

private:
    EngineHost &m_host;
    DemoNetwork m_network;
};

} // namespace ims::app
