#pragma once
// One conversation with a meter for the workstation's commands (payment,
// tariff), on the command service's own thread: the meter's endpoint from
// the database (its router and address), the channel and the DLMS client,
// every invocation counter stored as it changes (a counter is never used
// twice), and the command recorded as `imsdesk-cli` records it.
#include "models/fleet/fleet_store.h"
#include "protocol/client/dlms_client.h"
#include "protocol/control/control_outcome.h"
#include "protocol/link/link_factory.h"

#include <QSqlDatabase>

#include <memory>

namespace ims::app {

class MeterConnection
{
public:
    MeterConnection() = default;
    ~MeterConnection();
    MeterConnection(const MeterConnection &) = delete;
    MeterConnection &operator=(const MeterConnection &) = delete;

    // Looks the meter up and makes its client (not yet associated).
    Status open(QSqlDatabase db, qint64 meterId);
    // Destroys the client and the channel: never from inside the client's
    // own callback.
    void close();

    client::DlmsClient &client() { return *m_client; }
    const fleet::MeterEndpoint &endpoint() const { return m_endpoint; }

    // The `commands` row of a finished command.
    void recordCommand(const control::ControlReport &report, const QString &operatorName);

private:
    QSqlDatabase m_sql;
    fleet::MeterEndpoint m_endpoint;
    link::LinkFactory m_factory;
    std::unique_ptr<client::ApduChannel> m_channel;
    std::unique_ptr<client::DlmsClient> m_client;
};

} // namespace ims::app
