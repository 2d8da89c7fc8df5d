#include "protocol/dlms/acse.h"

#include "protocol/dlms/ber.h"

#include <QCoreApplication>

namespace ims::dlms {
namespace {

struct AcseText
{
    Q_DECLARE_TR_FUNCTIONS(Acse)
};

// Context-specific tags of the AARQ/AARE fields.
namespace tag {
constexpr quint8 ProtocolVersion = 0x80;
constexpr quint8 ApplicationContextName = 0xA1;
// AARQ
constexpr quint8 CalledApTitle = 0xA2;
constexpr quint8 CallingApTitle = 0xA6;
constexpr quint8 CallingAeQualifier = 0xA7;
constexpr quint8 SenderAcseRequirements = 0x8A;
constexpr quint8 AarqMechanismName = 0x8B;
constexpr quint8 CallingAuthenticationValue = 0xAC;
// AARE
constexpr quint8 Result = 0xA2;
constexpr quint8 ResultSourceDiagnostic = 0xA3;
constexpr quint8 RespondingApTitle = 0xA4;
constexpr quint8 RespondingAeQualifier = 0xA5;
constexpr quint8 ResponderAcseRequirements = 0x88;
constexpr quint8 AareMechanismName = 0x89;
constexpr quint8 RespondingAuthenticationValue = 0xAA;
// both
constexpr quint8 ImplementationInformation = 0x9D;
constexpr quint8 UserInformation = 0xBE;
// RLRQ/RLRE
constexpr quint8 ReleaseReason = 0x80;
// inner
constexpr quint8 ObjectIdentifier = 0x06;
constexpr quint8 OctetString = 0x04;
constexpr quint8 Integer = 0x02;
constexpr quint8 CharString = 0x80; // Authentication-value charstring [0]
} // namespace tag

// ACSE-requirements BIT STRING {authentication(0)}: 7 unused bits, bit 0 set.
constexpr char AuthenticationRequirement[] = {char(0x07), char(0x80)};

QByteArray wrapped(quint8 innerTag, QByteArrayView content)
{
    QByteArray inner;
    ber::appendTlv(inner, innerTag, content);
    return inner;
}

void appendExplicit(QByteArray &out, quint8 outerTag, quint8 innerTag, QByteArrayView content)
{
    ber::appendTlv(out, outerTag, wrapped(innerTag, content));
}

// The single inner TLV of an EXPLICIT field, with the expected inner tag.
Result<QByteArrayView> unwrapExplicit(QByteArrayView content, quint8 innerTag)
{
    auto inner = ber::Reader::whole(content, innerTag);
    if (!inner)
        return inner.error();
    return inner->content;
}

Result<bool> decodeRequirements(QByteArrayView content)
{
    if (content.size() < 2 || quint8(content[0]) > 7)
        return Error(ErrorKind::Malformed,
                     AcseText::tr("ACSE requirements bit string is malformed"));
    return bool(quint8(content[1]) & 0x80);
}

Error missing(const char *field)
{
    return Error(ErrorKind::Malformed, AcseText::tr("%1 is missing").arg(QLatin1String(field)));
}

// Walks the fields of an ACSE APDU, calling `field(tag, content)` for each.
template<typename Handler>
Status forEachField(QByteArrayView apdu, quint8 apduTag, Handler field)
{
    auto outer = ber::Reader::whole(apdu, apduTag);
    if (!outer)
        return outer.error();
    ber::Reader fields(outer->content);
    while (!fields.atEnd()) {
        auto tlv = fields.next();
        if (!tlv)
            return tlv.error();
        if (auto st = field(tlv->tag, tlv->content); !st)
            return st;
    }
    return {};
}

Result<QByteArray> octets(QByteArrayView content, quint8 innerTag)
{
    auto v = unwrapExplicit(content, innerTag);
    if (!v)
        return v.error();
    return v->toByteArray();
}

template<typename T>
Status store(Result<T> r, std::optional<T> &into)
{
    if (!r)
        return r.error();
    into = std::move(r.value());
    return {};
}

template<typename Reason>
QByteArray encodeRelease(quint8 apduTag, const std::optional<Reason> &reason,
                         const std::optional<QByteArray> &userInformation)
{
    QByteArray body;
    if (reason)
        ber::appendTlv(body, tag::ReleaseReason, ber::encodeSmallInteger(quint8(*reason)));
    if (userInformation)
        appendExplicit(body, tag::UserInformation, tag::OctetString, *userInformation);
    QByteArray out;
    ber::appendTlv(out, apduTag, body);
    return out;
}

template<typename Pdu, typename Reason>
Result<Pdu> decodeRelease(QByteArrayView apdu)
{
    Pdu pdu;
    const Status st = forEachField(apdu, Pdu::Tag, [&](quint8 t, QByteArrayView c) -> Status {
        if (t == tag::ReleaseReason) {
            auto v = ber::decodeSmallInteger(c);
            if (!v)
                return v.error();
            if (*v > 0xFF)
                return Error(ErrorKind::Malformed,
                             AcseText::tr("release reason %1 out of range").arg(*v));
            pdu.reason = Reason(quint8(*v));
        } else if (t == tag::UserInformation) {
            return store(octets(c, tag::OctetString), pdu.userInformation);
        }
        return {};
    });
    if (!st)
        return st.error();
    return pdu;
}

} // namespace

Status Aare::toStatus() const
{
    if (result == AssociationResult::Accepted)
        return {};
    return Error(
        ErrorKind::AssociationRejected,
        AcseText::tr("association %1: %2").arg(associationResultName(result), diagnostic.name()),
        diagnostic.value);
}

QByteArray encode(const Aarq &pdu)
{
    QByteArray body;
    if (pdu.protocolVersion)
        ber::appendTlv(body, tag::ProtocolVersion, *pdu.protocolVersion);
    appendExplicit(body, tag::ApplicationContextName, tag::ObjectIdentifier,
                   applicationContextOid(pdu.applicationContext));
    if (pdu.calledApTitle)
        appendExplicit(body, tag::CalledApTitle, tag::OctetString, *pdu.calledApTitle);
    if (pdu.callingApTitle)
        appendExplicit(body, tag::CallingApTitle, tag::OctetString, *pdu.callingApTitle);
    if (pdu.callingAeQualifier)
        appendExplicit(body, tag::CallingAeQualifier, tag::OctetString, *pdu.callingAeQualifier);
    if (pdu.authenticationFunctionalUnit)
        ber::appendTlv(body, tag::SenderAcseRequirements,
                       QByteArrayView(AuthenticationRequirement, sizeof AuthenticationRequirement));
    if (pdu.mechanism)
        ber::appendTlv(body, tag::AarqMechanismName, mechanismOid(*pdu.mechanism));
    if (pdu.callingAuthenticationValue)
        appendExplicit(body, tag::CallingAuthenticationValue, tag::CharString,
                       *pdu.callingAuthenticationValue);
    if (pdu.implementationInformation)
        ber::appendTlv(body, tag::ImplementationInformation, *pdu.implementationInformation);
    if (pdu.userInformation)
        appendExplicit(body, tag::UserInformation, tag::OctetString, *pdu.userInformation);
    QByteArray out;
    ber::appendTlv(out, Aarq::Tag, body);
    return out;
}

QByteArray encode(const Aare &pdu)
{
    QByteArray body;
    if (pdu.protocolVersion)
        ber::appendTlv(body, tag::ProtocolVersion, *pdu.protocolVersion);
    appendExplicit(body, tag::ApplicationContextName, tag::ObjectIdentifier,
                   applicationContextOid(pdu.applicationContext));
    appendExplicit(body, tag::Result, tag::Integer, ber::encodeSmallInteger(quint8(pdu.result)));
    // result-source-diagnostic: CHOICE {acse-service-user [1], acse-service-provider [2]} of
    // INTEGER.
    const quint8 choice = pdu.diagnostic.source == DiagnosticSource::ServiceProvider ? 0xA2 : 0xA1;
    QByteArray diagnostic;
    appendExplicit(diagnostic, choice, tag::Integer, ber::encodeSmallInteger(pdu.diagnostic.value));
    ber::appendTlv(body, tag::ResultSourceDiagnostic, diagnostic);
    if (pdu.respondingApTitle)
        appendExplicit(body, tag::RespondingApTitle, tag::OctetString, *pdu.respondingApTitle);
    if (pdu.respondingAeQualifier)
        appendExplicit(body, tag::RespondingAeQualifier, tag::OctetString,
                       *pdu.respondingAeQualifier);
    if (pdu.authenticationFunctionalUnit)
        ber::appendTlv(body, tag::ResponderAcseRequirements,
                       QByteArrayView(AuthenticationRequirement, sizeof AuthenticationRequirement));
    if (pdu.mechanism)
        ber::appendTlv(body, tag::AareMechanismName, mechanismOid(*pdu.mechanism));
    if (pdu.respondingAuthenticationValue)
        appendExplicit(body, tag::RespondingAuthenticationValue, tag::CharString,
                       *pdu.respondingAuthenticationValue);
    if (pdu.implementationInformation)
        ber::appendTlv(body, tag::ImplementationInformation, *pdu.implementationInformation);
    if (pdu.userInformation)
        appendExplicit(body, tag::UserInformation, tag::OctetString, *pdu.userInformation);
    QByteArray out;
    ber::appendTlv(out, Aare::Tag, body);
    return out;
}

QByteArray encode(const Rlrq &pdu)
{
    return encodeRelease(Rlrq::Tag, pdu.reason, pdu.userInformation);
}

QByteArray encode(const Rlre &pdu)
{
    return encodeRelease(Rlre::Tag, pdu.reason, pdu.userInformation);
}

Result<Aarq> decodeAarq(QByteArrayView apdu)
{
    Aarq pdu;
    bool haveContext = false;
    const Status st = forEachField(apdu, Aarq::Tag, [&](quint8 t, QByteArrayView c) -> Status {
        switch (t) {
        case tag::ProtocolVersion:
            pdu.protocolVersion = c.toByteArray();
            return {};
        case tag::ApplicationContextName: {
            auto oid = unwrapExplicit(c, tag::ObjectIdentifier);
            if (!oid)
                return oid.error();
            pdu.applicationContext = applicationContextFromOid(*oid);
            haveContext = true;
            return {};
        }
        case tag::CalledApTitle:
            return store(octets(c, tag::OctetString), pdu.calledApTitle);
        case tag::CallingApTitle:
            return store(octets(c, tag::OctetString), pdu.callingApTitle);
        case tag::CallingAeQualifier:
            return store(octets(c, tag::OctetString), pdu.callingAeQualifier);
        case tag::SenderAcseRequirements: {
            auto r = decodeRequirements(c);
            if (!r)
                return r.error();
            pdu.authenticationFunctionalUnit = *r;
            return {};
        }
        case tag::AarqMechanismName:
            pdu.mechanism = mechanismFromOid(c);
            return {};
        case tag::CallingAuthenticationValue:
            return store(octets(c, tag::CharString), pdu.callingAuthenticationValue);
        case tag::ImplementationInformation:
            pdu.implementationInformation = c.toByteArray();
            return {};
        case tag::UserInformation:
            return store(octets(c, tag::OctetString), pdu.userInformation);
        default:
            return {}; // AE qualifiers and invocation ids DLMS does not use
        }
    });
    if (!st)
        return st.error();
    if (!haveContext)
        return missing("application-context-name");
    return pdu;
}

Result<Aare> decodeAare(QByteArrayView apdu)
{
    Aare pdu;
    bool haveContext = false, haveResult = false, haveDiagnostic = false;
    const Status st = forEachField(apdu, Aare::Tag, [&](quint8 t, QByteArrayView c) -> Status {
        switch (t) {
        case tag::ProtocolVersion:
            pdu.protocolVersion = c.toByteArray();
            return {};
        case tag::ApplicationContextName: {
            auto oid = unwrapExplicit(c, tag::ObjectIdentifier);
            if (!oid)
                return oid.error();
            pdu.applicationContext = applicationContextFromOid(*oid);
            haveContext = true;
            return {};
        }
        case tag::Result: {
            auto v = unwrapExplicit(c, tag::Integer);
            if (!v)
                return v.error();
            auto n = ber::decodeSmallInteger(*v);
            if (!n)
                return n.error();
            if (*n > 2)
                return Error(ErrorKind::Malformed,
                             AcseText::tr("association result %1 is not defined").arg(*n));
            pdu.result = AssociationResult(*n);
            haveResult = true;
            return {};
        }
        case tag::ResultSourceDiagnostic: {
            ber::Reader inner(c);
            auto choice = inner.next();
            if (!choice)
                return choice.error();
            if (choice->tag != 0xA1 && choice->tag != 0xA2)
                return Error(ErrorKind::Malformed,
                             AcseText::tr("unknown result-source-diagnostic choice"));
            auto v = unwrapExplicit(choice->content, tag::Integer);
            if (!v)
                return v.error();
            auto n = ber::decodeSmallInteger(*v);
            if (!n)
                return n.error();
            if (*n > 0xFF)
                return Error(ErrorKind::Malformed,
                             AcseText::tr("diagnostic %1 out of range").arg(*n));
            pdu.diagnostic = {choice->tag == 0xA2 ? DiagnosticSource::ServiceProvider
                                                  : DiagnosticSource::ServiceUser,
                              quint8(*n)};
            haveDiagnostic = true;
            return {};
        }
        case tag::RespondingApTitle:
            return store(octets(c, tag::OctetString), pdu.respondingApTitle);
        case tag::RespondingAeQualifier:
            return store(octets(c, tag::OctetString), pdu.respondingAeQualifier);
        case tag::ResponderAcseRequirements: {
            auto r = decodeRequirements(c);
            if (!r)
                return r.error();
            pdu.authenticationFunctionalUnit = *r;
            return {};
        }
        case tag::AareMechanismName:
            pdu.mechanism = mechanismFromOid(c);
            return {};
        case tag::RespondingAuthenticationValue:
            return store(octets(c, tag::CharString), pdu.respondingAuthenticationValue);
        case tag::ImplementationInformation:
            pdu.implementationInformation = c.toByteArray();
            return {};
        case tag::UserInformation:
            return store(octets(c, tag::OctetString), pdu.userInformation);
        default:
            return {};
        }
    });
    if (!st)
        return st.error();
    if (!haveContext)
        return missing("application-context-name");
    if (!haveResult)
        return missing("result");
    if (!haveDiagnostic)
        return missing("result-source-diagnostic");
    return pdu;
}

Result<Rlrq> decodeRlrq(QByteArrayView apdu)
{
    return decodeRelease<Rlrq, ReleaseRequestReason>(apdu);
}

Result<Rlre> decodeRlre(QByteArrayView apdu)
{
    return decodeRelease<Rlre, ReleaseResponseReason>(apdu);
}

} // namespace ims::dlms
