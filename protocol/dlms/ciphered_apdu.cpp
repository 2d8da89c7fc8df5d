#include "protocol/dlms/ciphered_apdu.h"

#include "protocol/core/bytes.h"

namespace ims::dlms {
namespace {

struct CipheredText
{
    Q_DECLARE_TR_FUNCTIONS(CipheredApdu)
};

// SC (1) + IC (4): the least a ciphered body can hold.
constexpr qsizetype SecurityHeaderSize = 5;

} // namespace

std::optional<quint8> gloTagFor(quint8 plainTag)
{
    switch (plainTag) {
    case 0x01:
        return quint8(0x21); // initiateRequest
    case 0x05:
        return quint8(0x25); // readRequest
    case 0x06:
        return quint8(0x26); // writeRequest
    case 0x08:
        return quint8(0x28); // initiateResponse
    case 0x0C:
        return quint8(0x2C); // readResponse
    case 0x0D:
        return quint8(0x2D); // writeResponse
    case 0x0E:
        return quint8(0x2E); // confirmedServiceError
    case 0x16:
        return quint8(0x36); // unconfirmedWriteRequest
    case 0x18:
        return quint8(0x38); // informationReportRequest
    case 0xC0:
        return quint8(0xC8); // get-request
    case 0xC1:
        return quint8(0xC9); // set-request
    case 0xC2:
        return quint8(0xCA); // event-notification-request
    case 0xC3:
        return quint8(0xCB); // action-request
    case 0xC4:
        return quint8(0xCC); // get-response
    case 0xC5:
        return quint8(0xCD); // set-response
    case 0xC7:
        return quint8(0xCF); // action-response
    default:
        return std::nullopt;
    }
}

std::optional<quint8> dedTagFor(quint8 plainTag)
{
    switch (plainTag) {
    case 0xC0:
    case 0xC1:
    case 0xC2:
    case 0xC3:
    case 0xC4:
    case 0xC5:
    case 0xC7:
        return quint8(plainTag + 0x10); // ded-get-request 0xD0 .. ded-action-response 0xD7
    default:
        return std::nullopt;
    }
}

std::optional<quint8> plainTagFor(quint8 cipheredTag)
{
    switch (cipheredTag) {
    case 0x21:
    case 0x25:
    case 0x26:
    case 0x28:
    case 0x2C:
    case 0x2D:
    case 0x2E:
        return quint8(cipheredTag - 0x20);
    case 0x36:
    case 0x38:
        return quint8(cipheredTag - 0x20);
    case 0xC8:
    case 0xC9:
    case 0xCA:
    case 0xCB:
    case 0xCC:
    case 0xCD:
    case 0xCF:
        return quint8(cipheredTag - 0x08);
    case 0xD0:
    case 0xD1:
    case 0xD2:
    case 0xD3:
    case 0xD4:
    case 0xD5:
    case 0xD7:
        return quint8(cipheredTag - 0x10);
    default:
        return std::nullopt;
    }
}

bool isCipheredTag(quint8 tag)
{
    return plainTagFor(tag).has_value() || tag == cipheredtag::GeneralGloCiphering
           || tag == cipheredtag::GeneralDedCiphering;
}

CipheringKind cipheringKind(quint8 cipheredTag)
{
    if (cipheredTag == cipheredtag::GeneralGloCiphering)
        return CipheringKind::GeneralGlobal;
    if (cipheredTag == cipheredtag::GeneralDedCiphering)
        return CipheringKind::GeneralDedicated;
    if (cipheredTag >= 0xD0 && cipheredTag <= 0xD7)
        return CipheringKind::Dedicated;
    return CipheringKind::Global;
}

void encode(const CipheredApdu &pdu, QByteArray &out)
{
    out.append(char(pdu.tag));
    const CipheringKind kind = cipheringKind(pdu.tag);
    if (kind == CipheringKind::GeneralGlobal || kind == CipheringKind::GeneralDedicated)
        appendOctetString(out, pdu.systemTitle);
    appendAxdrLength(out, quint32(SecurityHeaderSize + pdu.content.size()));
    out.append(char(pdu.securityControl));
    appendBe32(out, pdu.invocationCounter);
    out.append(pdu.content);
}

CipheredApdu readCipheredApdu(PduReader &r, quint8 tag)
{
    CipheredApdu pdu;
    pdu.tag = tag;
    const CipheringKind kind = cipheringKind(tag);
    if (kind == CipheringKind::GeneralGlobal || kind == CipheringKind::GeneralDedicated)
        pdu.systemTitle = r.octetString().toByteArray();
    const qsizetype length = r.byteLength();
    if (r.ok() && length < SecurityHeaderSize) {
        r.fail(ErrorKind::Malformed,
               CipheredText::tr("ciphered content of %1 bytes has no room for the security header")
                   .arg(length));
        return pdu;
    }
    pdu.securityControl = r.u8();
    pdu.invocationCounter = r.u32();
    pdu.content = r.bytes(length - SecurityHeaderSize).toByteArray();
    return pdu;
}

Result<CipheredApdu> decodeCipheredApdu(QByteArrayView apdu)
{
    PduReader r(apdu);
    const quint8 tag = r.u8();
    if (r.ok() && !isCipheredTag(tag))
        return Error(
            ErrorKind::Unsupported,
            CipheredText::tr("0x%1 is not a ciphered APDU tag").arg(tag, 2, 16, QLatin1Char('0')));
    CipheredApdu pdu = readCipheredApdu(r, tag);
    if (auto st = r.finish(); !st)
        return st.error();
    return pdu;
}

} // namespace ims::dlms
