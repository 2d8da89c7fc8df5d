#include "protocol/dlms/xdlms_apdu.h"

#include <type_traits>

namespace ims::dlms {
namespace {

struct ApduText
{
    Q_DECLARE_TR_FUNCTIONS(Apdu)
};

Error unsupported(quint8 tag, int choice = -1)
{
    if (choice < 0)
        return Error(
            ErrorKind::Unsupported,
            ApduText::tr("APDU tag 0x%1 is not supported").arg(tag, 2, 16, QLatin1Char('0')));
    return Error(ErrorKind::Unsupported, ApduText::tr("APDU 0x%1 with choice %2 is not supported")
                                             .arg(tag, 2, 16, QLatin1Char('0'))
                                             .arg(choice));
}

// Reads the body after the tag; returns nullopt (with a reason in `error`)
// for unknown choices.
std::optional<Apdu> readBody(PduReader &r, quint8 tag, const axdr::DecodeLimits &limits,
                             Error &error)
{
    switch (tag) {
    case InitiateRequest::Tag:
        return readInitiateRequest(r);
    case InitiateResponse::Tag:
        return readInitiateResponse(r);
    case ConfirmedServiceError::Tag:
        return readConfirmedServiceError(r);
    case ExceptionResponse::Tag:
        return readExceptionResponse(r);
    case EventNotification::Tag:
        return readEventNotification(r, limits);
    case DataNotification::Tag:
        return readDataNotification(r, limits);
    default:
        break;
    }
    if (isCipheredTag(tag))
        return readCipheredApdu(r, tag);

    const quint8 choice = r.u8();
    if (!r.ok())
        return std::nullopt;
    switch (tag) {
    case 0xC0:
        switch (choice) {
        case 1:
            return readGetRequestNormal(r, limits);
        case 2:
            return readGetRequestNext(r);
        case 3:
            return readGetRequestWithList(r, limits);
        }
        break;
    case 0xC4:
        switch (choice) {
        case 1:
            return readGetResponseNormal(r, limits);
        case 2:
            return readGetResponseWithDatablock(r);
        case 3:
            return readGetResponseWithList(r, limits);
        }
        break;
    case 0xC1:
        switch (choice) {
        case 1:
            return readSetRequestNormal(r, limits);
        case 2:
            return readSetRequestWithFirstDatablock(r, limits);
        case 3:
            return readSetRequestWithDatablock(r);
        case 4:
            return readSetRequestWithList(r, limits);
        case 5:
            return readSetRequestWithListAndFirstDatablock(r, limits);
        }
        break;
    case 0xC5:
        switch (choice) {
        case 1:
            return readSetResponseNormal(r);
        case 2:
            return readSetResponseDatablock(r);
        case 3:
            return readSetResponseLastDatablock(r);
        case 4:
            return readSetResponseLastDatablockWithList(r);
        case 5:
            return readSetResponseWithList(r);
        }
        break;
    case 0xC3:
        switch (choice) {
        case 1:
            return readActionRequestNormal(r, limits);
        case 2:
            return readActionRequestNextPblock(r);
        case 3:
            return readActionRequestWithList(r, limits);
        case 4:
            return readActionRequestWithFirstPblock(r);
        case 5:
            return readActionRequestWithListAndFirstPblock(r);
        case 6:
            return readActionRequestWithPblock(r);
        }
        break;
    case 0xC7:
        switch (choice) {
        case 1:
            return readActionResponseNormal(r, limits);
        case 2:
            return readActionResponseWithPblock(r);
        case 3:
            return readActionResponseWithList(r, limits);
        case 4:
            return readActionResponseNextPblock(r);
        }
        break;
    default:
        error = unsupported(tag);
        return std::nullopt;
    }
    error = unsupported(tag, choice);
    return std::nullopt;
}

template<typename Pdu>
Result<Apdu> lift(Result<Pdu> r)
{
    if (!r)
        return r.error();
    return Apdu(std::move(r.value()));
}

template<typename T>
const char *nameOf()
{
    if constexpr (std::is_same_v<T, Aarq>)
        return "aarq";
    else if constexpr (std::is_same_v<T, Aare>)
        return "aare";
    else if constexpr (std::is_same_v<T, Rlrq>)
        return "rlrq";
    else if constexpr (std::is_same_v<T, Rlre>)
        return "rlre";
    else if constexpr (std::is_same_v<T, InitiateRequest>)
        return "initiate-request";
    else if constexpr (std::is_same_v<T, InitiateResponse>)
        return "initiate-response";
    else if constexpr (std::is_same_v<T, ConfirmedServiceError>)
        return "confirmed-service-error";
    else if constexpr (std::is_same_v<T, ExceptionResponse>)
        return "exception-response";
    else if constexpr (std::is_same_v<T, GetRequestNormal>)
        return "get-request-normal";
    else if constexpr (std::is_same_v<T, GetRequestNext>)
        return "get-request-next";
    else if constexpr (std::is_same_v<T, GetRequestWithList>)
        return "get-request-with-list";
    else if constexpr (std::is_same_v<T, GetResponseNormal>)
        return "get-response-normal";
    else if constexpr (std::is_same_v<T, GetResponseWithDatablock>)
        return "get-response-with-datablock";
    else if constexpr (std::is_same_v<T, GetResponseWithList>)
        return "get-response-with-list";
    else if constexpr (std::is_same_v<T, SetRequestNormal>)
        return "set-request-normal";
    else if constexpr (std::is_same_v<T, SetRequestWithFirstDatablock>)
        return "set-request-with-first-datablock";
    else if constexpr (std::is_same_v<T, SetRequestWithDatablock>)
        return "set-request-with-datablock";
    else if constexpr (std::is_same_v<T, SetRequestWithList>)
        return "set-request-with-list";
    else if constexpr (std::is_same_v<T, SetRequestWithListAndFirstDatablock>)
        return "set-request-with-list-and-first-datablock";
    else if constexpr (std::is_same_v<T, SetResponseNormal>)
        return "set-response-normal";
    else if constexpr (std::is_same_v<T, SetResponseDatablock>)
        return "set-response-datablock";
    else if constexpr (std::is_same_v<T, SetResponseLastDatablock>)
        return "set-response-last-datablock";
    else if constexpr (std::is_same_v<T, SetResponseLastDatablockWithList>)
        return "set-response-last-datablock-with-list";
    else if constexpr (std::is_same_v<T, SetResponseWithList>)
        return "set-response-with-list";
    else if constexpr (std::is_same_v<T, ActionRequestNormal>)
        return "action-request-normal";
    else if constexpr (std::is_same_v<T, ActionRequestNextPblock>)
        return "action-request-next-pblock";
    else if constexpr (std::is_same_v<T, ActionRequestWithList>)
        return "action-request-with-list";
    else if constexpr (std::is_same_v<T, ActionRequestWithFirstPblock>)
        return "action-request-with-first-pblock";
    else if constexpr (std::is_same_v<T, ActionRequestWithListAndFirstPblock>)
        return "action-request-with-list-and-first-pblock";
    else if constexpr (std::is_same_v<T, ActionRequestWithPblock>)
        return "action-request-with-pblock";
    else if constexpr (std::is_same_v<T, ActionResponseNormal>)
        return "action-response-normal";
    else if constexpr (std::is_same_v<T, ActionResponseWithPblock>)
        return "action-response-with-pblock";
    else if constexpr (std::is_same_v<T, ActionResponseWithList>)
        return "action-response-with-list";
    else if constexpr (std::is_same_v<T, ActionResponseNextPblock>)
        return "action-response-next-pblock";
    else if constexpr (std::is_same_v<T, EventNotification>)
        return "event-notification-request";
    else if constexpr (std::is_same_v<T, DataNotification>)
        return "data-notification";
    else if constexpr (std::is_same_v<T, CipheredApdu>)
        return "ciphered";
    else
        static_assert(!sizeof(T), "APDU type without a name");
}

} // namespace

Result<Apdu> parseApdu(QByteArrayView apdu, const axdr::DecodeLimits &limits)
{
    if (apdu.isEmpty())
        return Error(ErrorKind::Truncated, ApduText::tr("empty APDU"));
    const quint8 tag = quint8(apdu[0]);
    switch (tag) {
    case Aarq::Tag:
        return lift(decodeAarq(apdu));
    case Aare::Tag:
        return lift(decodeAare(apdu));
    case Rlrq::Tag:
        return lift(decodeRlrq(apdu));
    case Rlre::Tag:
        return lift(decodeRlre(apdu));
    default:
        break;
    }
    PduReader r(apdu, 1);
    Error unsupportedError;
    std::optional<Apdu> pdu = readBody(r, tag, limits, unsupportedError);
    if (!pdu && r.ok())
        return unsupportedError;
    if (auto st = r.finish(); !st)
        return st.error();
    return std::move(*pdu);
}

QByteArray encodeApdu(const Apdu &apdu)
{
    QByteArray out;
    std::visit([&out](const auto &pdu) { encode(pdu, out); }, apdu);
    return out;
}

QString apduName(const Apdu &apdu)
{
    return std::visit(
        [](const auto &pdu) { return QLatin1String(nameOf<std::decay_t<decltype(pdu)>>()); }, apdu);
}

} // namespace ims::dlms
