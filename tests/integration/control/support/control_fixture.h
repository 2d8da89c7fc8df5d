#pragma once
// One simulated SPODES meter on an in-memory HDLC line, a configurator
// (SAP 48, LLS) association through a FaultyChannel, and synchronous
// wrappers for the asynchronous control operations. The clock is discrete:
// it moves only when a test advances it.
#include "faulty_channel.h"
#include "protocol/client/dlms_client.h"
#include "protocol/client/hdlc_channel.h"
#include "protocol/sim/meter/sim_meter.h"
#include "protocol/sim/transport/device_directory.h"
#include "protocol/sim/transport/server_session.h"

#include <QEventLoop>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace ims::controltest {

class ControlFixture
{
public:
    static QDateTime start() { return QDateTime(QDate(2026, 3, 16), QTime(12, 0), Qt::UTC); }

    explicit ControlFixture(sim::MeterModel model = sim::MeterModel::NP542,
                            const std::function<void(sim::MeterSpec &)> &adjust = {});
    ~ControlFixture();

    sim::SimMeter &meter() { return *m_meter; }
    sim::VirtualClock &clock() { return *m_clock; }
    FaultyChannel &channel() { return *m_faulty; }
    client::DlmsClient &client() { return *m_client; }

    Status associate();
    // A new line and association, after a test broke the old one.
    Status reconnect();

    // Runs an asynchronous operation to its callback (bounded).
    template<typename T>
    static T await(const std::function<void(std::function<void(T)>)> &start)
    {
        std::optional<T> result;
        QEventLoop loop;
        start([&](T value) {
            result.emplace(std::move(value));
            loop.quit();
        });
        if (!result) {
            QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return std::move(*result);
    }

    Status set(quint16 classId, const cosem::Obis &obis, qint8 attribute, const axdr::Value &v);

private:
    void connectLine();

    std::unique_ptr<sim::VirtualClock> m_clock;
    sim::SimCredentials m_credentials;
    std::unique_ptr<sim::SimMeter> m_meter;
    std::unique_ptr<sim::SingleDeviceDirectory> m_directory;
    std::unique_ptr<sim::ServerSession> m_session;
    std::unique_ptr<client::HdlcChannel> m_hdlc;
    std::unique_ptr<FaultyChannel> m_faulty;
    std::unique_ptr<client::DlmsClient> m_client;
};

} // namespace ims::controltest
