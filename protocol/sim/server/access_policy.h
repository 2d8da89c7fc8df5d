#pragma once
// Who may do what with one COSEM object in the simulator. SPODES meters
// grant rights per association (client SAP): the public client reads a few
// objects, the meter reader reads everything it needs, the configurator also
// writes and executes. Rights are bit masks per role (bit n = attribute or
// method n), small enough to sit in every object of a million meters.
#include "protocol/cosem/object_list.h"

#include <QString>

#include <array>

namespace ims::sim {

enum class ClientRole : quint8 { Public = 0, Reader = 1, Configurator = 2 };
inline constexpr int kRoleCount = 3;
QString clientRoleName(ClientRole role); // "public", "reader", "configurator"

// A set of roles, for the builder calls below.
namespace roles {
inline constexpr quint8 Public = 0x01;
inline constexpr quint8 Reader = 0x02;
inline constexpr quint8 Configurator = 0x04;
inline constexpr quint8 ReaderAndUp = Reader | Configurator;
inline constexpr quint8 All = Public | Reader | Configurator;
} // namespace roles

// Attribute or method numbers as a mask: bits({2, 3}) = attributes 2 and 3.
constexpr quint32 bits(std::initializer_list<int> numbers)
{
    quint32 mask = 0;
    for (int n : numbers)
        mask |= 1u << n;
    return mask;
}
// Attributes 1..count.
constexpr quint32 upTo(int count)
{
    return count >= 31 ? 0xFFFFFFFEu : ((1u << (count + 1)) - 2u);
}

class AccessPolicy
{
public:
    AccessPolicy &read(quint8 roleSet, quint32 attributes);
    AccessPolicy &write(quint8 roleSet, quint32 attributes);
    AccessPolicy &execute(quint8 roleSet, quint32 methods);

    bool canRead(ClientRole role, int attribute) const;
    bool canWrite(ClientRole role, int attribute) const;
    bool canExecute(ClientRole role, int method) const;
    // Nothing at all for this role: the object is not in its object_list.
    bool visibleTo(ClientRole role) const;

    // As object_list shows them (Association LN version 1).
    cosem::AttributeAccessMode attributeMode(ClientRole role, int attribute) const;
    cosem::MethodAccessMode methodMode(ClientRole role, int method) const;

    // Common shapes: everybody in `readers` reads attributes 1..count, the
    // configurator also writes `writable` and runs `methods`.
    static AccessPolicy readable(quint8 readers, int attributeCount, quint32 writable = 0,
                                 quint32 methods = 0);

private:
    static bool has(const std::array<quint32, kRoleCount> &masks, ClientRole role, int n);
    std::array<quint32, kRoleCount> m_read{};
    std::array<quint32, kRoleCount> m_write{};
    std::array<quint32, kRoleCount> m_execute{};
};

} // namespace ims::sim
