#include "app/common/demo_session.h"

#include "app/common/engine_host.h"
#include "protocol/engine/poll_job.h"

#include <QDir>
#include <QStandardPaths>

namespace ims::app {

DemoSession::DemoSession(EngineHost &host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{
    connect(&m_host, &EngineHost::demoReady, this,
            [this](bool ok, const QString &message, bool firstStart) {
                if (!ok) {
                    emit failed(message);
                    return;
                }
                // Whatever happened since the last start is read at once
                // (only what is missing); then the schedules take over.
                m_host.pollAll(engine::PollItem::FullReadout);
                m_host.startSchedules();
                emit ready(message, firstStart);
            });
}

DemoSession::~DemoSession() = default;

QString DemoSession::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("demo.db"));
}

Status DemoSession::start()
{
    if (const Status s = m_network.start(); !s)
        return s;
    DemoSite site;
    site.host = m_network.host();
    site.port = m_network.port();
    site.headMeterSerial = m_network.headMeterSerial();
    site.configuratorPassword = m_network.credentials().configuratorPassword;
    m_host.prepareDemo(site);
    return {};
}

} // namespace ims::app
