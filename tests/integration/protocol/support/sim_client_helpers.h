#pragma once
// Synchronous wrappers around the asynchronous DlmsClient for the simulator
// integration tests: each call spins the event loop until its callback ran
// (or a generous bound passes, which fails the call with Timeout).
#include "protocol/client/dlms_client.h"
#include "protocol/client/hdlc_channel.h"
#include "protocol/client/wrapper_channel.h"
#include "protocol/sim/meter/credentials.h"

#include <memory>

namespace ims::simtest {

inline constexpr int kCallBoundMs = 120'000;

Status associate(client::DlmsClient &client);
Status release(client::DlmsClient &client);
Result<axdr::Value> get(client::DlmsClient &client, quint16 classId, const cosem::Obis &obis,
                        qint8 attribute,
                        std::optional<dlms::SelectiveAccess> access = std::nullopt);
using ListResults = std::vector<Result<axdr::Value>>;
Result<ListResults> getList(client::DlmsClient &client,
                            const QList<dlms::AttributeWithSelection> &attributes);
Status set(client::DlmsClient &client, quint16 classId, const cosem::Obis &obis, qint8 attribute,
           const axdr::Value &value);
Result<axdr::Value> action(client::DlmsClient &client, quint16 classId, const cosem::Obis &obis,
                           qint8 method,
                           std::optional<axdr::Value> parameters = axdr::Value::integer(0));

// Association settings of the three SPODES clients with the simulator's defaults.
client::AssociationSettings publicClient();
client::AssociationSettings readerClient(const QByteArray &password
                                         = sim::SimCredentials{}.readerPassword);
client::AssociationSettings configuratorHls(client::Protection protection
                                            = client::Protection::AuthenticatedEncrypted);
client::AssociationSettings configuratorLow();

// HDLC channel settings for a client SAP and an optional physical address.
client::HdlcChannelSettings hdlcSettings(quint8 clientSap,
                                         std::optional<quint16> physical = std::nullopt);

} // namespace ims::simtest
