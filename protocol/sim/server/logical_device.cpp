#include "protocol/sim/server/logical_device.h"

#include "protocol/security/hls_gmac.h"

namespace ims::sim {

dlms::Conformance defaultServerConformance()
{
    using B = dlms::ConformanceBit;
    return dlms::Conformance::of({B::BlockTransferWithGetOrRead, B::BlockTransferWithSetOrWrite,
                                  B::BlockTransferWithAction, B::MultipleReferences, B::Get, B::Set,
                                  B::SelectiveAccess, B::Action});
}

LogicalDevice::LogicalDevice(quint16 logicalAddress)
    : m_logicalAddress(logicalAddress)
    , m_security(std::make_shared<DeviceSecurity>())
{
    m_xdlms.conformance = defaultServerConformance();
}

LogicalDevice::~LogicalDevice() = default;

CosemObject &LogicalDevice::add(std::unique_ptr<CosemObject> object)
{
    CosemObject &ref = *object;
    // A second object with the same name replaces the first in lookups; the
    // object model builders never do that, so the first one stays listed.
    m_byName.insert(ref.logicalName(), &ref);
    m_objects.push_back(std::move(object));
    return ref;
}

CosemObject *LogicalDevice::find(const cosem::Obis &logicalName) const
{
    return m_byName.value(logicalName, nullptr);
}

void LogicalDevice::addClient(ClientAssociationConfig client)
{
    for (ClientAssociationConfig &existing : m_clients) {
        if (existing.clientSap == client.clientSap) {
            existing = std::move(client);
            return;
        }
    }
    m_clients.append(std::move(client));
}

const ClientAssociationConfig *LogicalDevice::client(quint16 clientSap) const
{
    for (const ClientAssociationConfig &c : m_clients) {
        if (c.clientSap == clientSap)
            return &c;
    }
    return nullptr;
}

ClientAssociationConfig *LogicalDevice::client(quint16 clientSap)
{
    for (ClientAssociationConfig &c : m_clients) {
        if (c.clientSap == clientSap)
            return &c;
    }
    return nullptr;
}

Result<QByteArray> LogicalDevice::nextChallenge() const
{
    if (m_challenges)
        return m_challenges();
    return security::generateChallenge();
}

} // namespace ims::sim
