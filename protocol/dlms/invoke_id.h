#pragma once
// Invoke-Id-And-Priority (one byte: bits 0-3 invoke id, bit 6 service class
// 1 = confirmed, bit 7 priority 1 = high) and Long-Invoke-Id-And-Priority
// (four bytes, data-notification: bits 0-23 invoke id, bit 28 self-
// descriptive, bit 29 processing option break-on-error, bit 30 confirmed,
// bit 31 high priority). The byte is kept as received, reserved bits included.
#include <QtGlobal>

namespace ims::dlms {

struct InvokeIdAndPriority
{
    quint8 byte = 0xC1;

    static constexpr InvokeIdAndPriority make(quint8 invokeId, bool confirmed = true,
                                              bool highPriority = true)
    {
        return {quint8((invokeId & 0x0F) | (confirmed ? 0x40 : 0) | (highPriority ? 0x80 : 0))};
    }
    constexpr quint8 invokeId() const { return byte & 0x0F; }
    constexpr bool confirmed() const { return byte & 0x40; }
    constexpr bool highPriority() const { return byte & 0x80; }
    // The same service class and priority with the next invoke id (mod 16).
    constexpr InvokeIdAndPriority next() const
    {
        return {quint8((byte & 0xF0) | ((byte + 1) & 0x0F))};
    }

    constexpr bool operator==(const InvokeIdAndPriority &) const = default;
};

struct LongInvokeIdAndPriority
{
    quint32 value = 0;

    static constexpr LongInvokeIdAndPriority make(quint32 invokeId, bool confirmed = false,
                                                  bool highPriority = false,
                                                  bool selfDescriptive = false,
                                                  bool breakOnError = false)
    {
        return {(invokeId & 0xFFFFFF) | (selfDescriptive ? 1u << 28 : 0)
                | (breakOnError ? 1u << 29 : 0) | (confirmed ? 1u << 30 : 0)
                | (highPriority ? 1u << 31 : 0)};
    }
    constexpr quint32 invokeId() const { return value & 0xFFFFFF; }
    constexpr bool selfDescriptive() const { return value & (1u << 28); }
    constexpr bool breakOnError() const { return value & (1u << 29); }
    constexpr bool confirmed() const { return value & (1u << 30); }
    constexpr bool highPriority() const { return value & (1u << 31); }

    constexpr bool operator==(const LongInvokeIdAndPriority &) const = default;
};

} // namespace ims::dlms
