#include "protocol/link/link_factory.h"

#include "protocol/link/memory_link.h"
#include "protocol/link/optical_link.h"
#include "protocol/link/serial_link.h"
#include "protocol/link/tcp_link.h"

namespace ims::link {

LinkFactory::LinkFactory() = default;
LinkFactory::~LinkFactory() = default;

std::unique_ptr<Link> LinkFactory::create(const LinkSettings &settings)
{
    if (const auto *tcp = settings.get<TcpSettings>())
        return std::make_unique<TcpLink>(*tcp);
    if (const auto *serial = settings.get<SerialSettings>())
        return std::make_unique<SerialLink>(*serial);
    if (const auto *optical = settings.get<OpticalSettings>())
        return std::make_unique<OpticalLink>(*optical);
    const auto &memory = *settings.get<MemorySettings>();
    if (auto waiting = m_waitingMemoryEnds.find(memory.name);
        waiting != m_waitingMemoryEnds.end()) {
        std::unique_ptr<Link> second = std::move(waiting->second);
        m_waitingMemoryEnds.erase(waiting);
        return second;
    }
    MemoryLinkPair pair(memory.name);
    m_waitingMemoryEnds.emplace(memory.name, pair.takeB());
    return pair.takeA();
}

} // namespace ims::link
