#pragma once
// The security control byte in front of every ciphered APDU (Blue Book
// 9.2.7.2.4): bits 0-3 security suite id, bit 4 authentication, bit 5
// encryption, bit 6 key set (0 unicast, 1 broadcast), bit 7 compression.
#include <QtGlobal>

namespace ims::security {

class SecurityControl
{
public:
    constexpr SecurityControl() = default;
    constexpr explicit SecurityControl(quint8 byte)
        : m_byte(byte)
    {}

    static constexpr SecurityControl authenticated() { return SecurityControl(0x10); }
    static constexpr SecurityControl encrypted() { return SecurityControl(0x20); }
    static constexpr SecurityControl authenticatedAndEncrypted() { return SecurityControl(0x30); }

    constexpr quint8 byte() const { return m_byte; }
    constexpr quint8 suiteId() const { return m_byte & 0x0F; }
    constexpr bool isAuthenticated() const { return m_byte & 0x10; }
    constexpr bool isEncrypted() const { return m_byte & 0x20; }
    constexpr bool usesBroadcastKey() const { return m_byte & 0x40; }
    constexpr bool isCompressed() const { return m_byte & 0x80; }

    constexpr bool operator==(const SecurityControl &) const = default;

private:
    quint8 m_byte = 0x30;
};

} // namespace ims::security
