#include "protocol/sim/server/access_policy.h"

namespace ims::sim {

namespace {

void grant(std::array<quint32, kRoleCount> &masks, quint8 roleSet, quint32 numbers)
{
    for (int r = 0; r < kRoleCount; ++r) {
        if (roleSet & (1u << r))
            masks[size_t(r)] |= numbers;
    }
}

} // namespace

QString clientRoleName(ClientRole role)
{
    switch (role) {
    case ClientRole::Public:
        return QStringLiteral("public");
    case ClientRole::Reader:
        return QStringLiteral("reader");
    case ClientRole::Configurator:
        return QStringLiteral("configurator");
    }
    return QStringLiteral("?");
}

AccessPolicy &AccessPolicy::read(quint8 roleSet, quint32 attributes)
{
    grant(m_read, roleSet, attributes);
    return *this;
}

AccessPolicy &AccessPolicy::write(quint8 roleSet, quint32 attributes)
{
    grant(m_write, roleSet, attributes);
    return *this;
}

AccessPolicy &AccessPolicy::execute(quint8 roleSet, quint32 methods)
{
    grant(m_execute, roleSet, methods);
    return *this;
}

bool AccessPolicy::has(const std::array<quint32, kRoleCount> &masks, ClientRole role, int n)
{
    if (n < 0 || n > 31)
        return false;
    return masks[size_t(role)] & (1u << n);
}

bool AccessPolicy::canRead(ClientRole role, int attribute) const
{
    return has(m_read, role, attribute);
}

bool AccessPolicy::canWrite(ClientRole role, int attribute) const
{
    return has(m_write, role, attribute);
}

bool AccessPolicy::canExecute(ClientRole role, int method) const
{
    return has(m_execute, role, method);
}

bool AccessPolicy::visibleTo(ClientRole role) const
{
    const auto r = size_t(role);
    return (m_read[r] | m_write[r] | m_execute[r]) != 0;
}

cosem::AttributeAccessMode AccessPolicy::attributeMode(ClientRole role, int attribute) const
{
    const bool r = canRead(role, attribute);
    const bool w = canWrite(role, attribute);
    if (r && w)
        return cosem::AttributeAccessMode::ReadAndWrite;
    if (r)
        return cosem::AttributeAccessMode::ReadOnly;
    if (w)
        return cosem::AttributeAccessMode::WriteOnly;
    return cosem::AttributeAccessMode::NoAccess;
}

cosem::MethodAccessMode AccessPolicy::methodMode(ClientRole role, int method) const
{
    return canExecute(role, method) ? cosem::MethodAccessMode::Access
                                    : cosem::MethodAccessMode::NoAccess;
}

AccessPolicy AccessPolicy::readable(quint8 readers, int attributeCount, quint32 writable,
                                    quint32 methods)
{
    AccessPolicy p;
    p.read(readers | roles::Configurator, upTo(attributeCount));
    p.write(roles::Configurator, writable);
    p.execute(roles::Configurator, methods);
    return p;
}

} // namespace ims::sim
