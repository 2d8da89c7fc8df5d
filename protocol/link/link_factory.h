#pragma once
// Makes links from settings. The application injects one LinkFactory into the
// engine; tests and the simulator subclass it to hand out memory links or
// scripted fakes. No global registry: named memory pairs live in the factory.
#include "protocol/link/link.h"

#include <map>
#include <memory>

namespace ims::link {

class MemoryLink;

class LinkFactory
{
public:
    LinkFactory();
    virtual ~LinkFactory();
    LinkFactory(const LinkFactory &) = delete;
    LinkFactory &operator=(const LinkFactory &) = delete;

    // Never null. Problems with the settings or the device are reported by
    // open() through errorOccurred(), like every other failure of a link.
    // The caller owns the link; it has no QObject parent.
    //
    // memory:NAME — the first request for a NAME gets one end of a new pair,
    // the second request gets the other end; a third starts a new pair.
    virtual std::unique_ptr<Link> create(const LinkSettings &settings);

private:
    std::map<QString, std::unique_ptr<MemoryLink>> m_waitingMemoryEnds;
};

} // namespace ims::link
