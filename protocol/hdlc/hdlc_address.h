#pragma once
// HDLC addresses of IEC 62056-46. Every address byte carries 7 bits shifted
// left by one; bit 0 is 1 only on the last byte. A client address is one
// byte (the client SAP); a server address is 1, 2 or 4 bytes: the upper
// half names the logical device, the lower half the physical device.
#include "protocol/core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace ims::hdlc {

struct HdlcAddress
{
    quint16 upper = 0; // client SAP, or the server's logical device
    quint16 lower = 0; // server's physical device; always 0 in the 1-byte form
    int size = 0;      // bytes on the wire: 1, 2 or 4; 0 = the smallest that fits

    // Both halves as one number: the 1-byte value, (upper << 7 | lower) for 2
    // bytes, (upper << 14 | lower) for 4 bytes.
    quint32 value() const;

    static HdlcAddress client(quint8 sap) { return {sap, 0, 1}; }
    static HdlcAddress server(quint16 logical, quint16 physical = 0, int size = 0)
    {
        return {logical, physical, size};
    }

    friend bool operator==(const HdlcAddress &, const HdlcAddress &) = default;
};

// True when both addresses name the same station, whatever their wire size.
bool sameStation(const HdlcAddress &a, const HdlcAddress &b);

// The wire size `address` encodes to (its own size, or the smallest that fits
// when size is 0), or 0 when the value does not fit the size.
int encodedAddressSize(const HdlcAddress &address);

// Appends the wire form. Fails (and appends nothing) when a half does not fit
// the size: 7 bits for 1/2-byte addresses, 14 bits for 4-byte ones.
Status appendAddress(QByteArray &out, const HdlcAddress &address);
Result<QByteArray> encodeAddress(const HdlcAddress &address);

struct DecodedAddress
{
    HdlcAddress address;
    int consumed = 0;
};

// Reads one address from the start of `bytes`. Malformed when it does not end
// within 4 bytes or ends after 3; Truncated when `bytes` stops before its end.
Result<DecodedAddress> decodeAddress(QByteArrayView bytes);

} // namespace ims::hdlc
