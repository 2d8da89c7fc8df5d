#pragma once
// The COSEM objects a meter visit reads, shared by the files of
// MeterSession: interface classes, attribute descriptors, the registers.
#include "protocol/cosem/obis.h"
#include "protocol/dlms/cosem_descriptor.h"

#include <QList>

namespace ims::engine::session_objects {

inline constexpr quint16 kData = 1;
inline constexpr quint16 kRegister = 3;
inline constexpr quint16 kDisconnectControl = 70;
inline constexpr quint16 kProfileGeneric = 7;
inline constexpr quint16 kClock = 8;

inline dlms::CosemAttributeDescriptor attribute(quint16 classId, const cosem::Obis &obis,
                                                qint8 index)
{
    return {classId, obis, index};
}

// Cumulative energy registers 1.0.c.8.e.255, A+/A-/R+/R-.
inline bool isEnergyRegister(const cosem::Obis &o)
{
    return o.a() == 1 && o.c() >= 1 && o.c() <= 4 && o.d() == 8;
}

// The registers read as "current registers": A+ per tariff, totals of the
// rest. Billing profiles capture the same registers.
inline QList<cosem::Obis> currentRegisters()
{
    QList<cosem::Obis> list;
    for (quint8 t = 0; t <= 6; ++t)
        list << cosem::Obis{1, 0, 1, 8, t, 255};
    list << cosem::Obis{1, 0, 2, 8, 0, 255} << cosem::Obis{1, 0, 3, 8, 0, 255}
         << cosem::Obis{1, 0, 4, 8, 0, 255};
    return list;
}

} // namespace ims::engine::session_objects
