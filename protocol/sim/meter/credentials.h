#pragma once
// Secrets every simulated device of a network shares, so that any DLMS
// client can be pointed at the simulator with documented settings
// (docs/simulator.md). Defaults follow common SPODES factory settings.
#include "protocol/security/security_context.h"

#include <QByteArray>

namespace ims::sim {

struct SimCredentials
{
    QByteArray readerPassword = QByteArrayLiteral("12345678");               // SAP 32, LLS
    QByteArray configuratorPassword = QByteArrayLiteral("1234567812345678"); // SAP 48, LLS
    security::SecurityKeys keys{
        QByteArray::fromHex("000102030405060708090A0B0C0D0E0F"), // global unicast encryption key
        QByteArray::fromHex("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF"), // authentication key
        {},
        {}};
};

// Client SAPs of the SPODES associations.
inline constexpr quint16 kPublicClientSap = 16;
inline constexpr quint16 kReaderClientSap = 32;
inline constexpr quint16 kConfiguratorClientSap = 48;

} // namespace ims::sim
