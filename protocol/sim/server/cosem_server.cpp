#include "protocol/sim/server/cosem_server.h"

#include "protocol/core/logging.h"
#include "protocol/security/ciphering.h"

namespace ims::sim {

namespace {

// Tag, length (up to 3 bytes), SC, IC and the 12-byte tag; general-glo adds
// the system title with its length.
constexpr qsizetype kGloOverhead = 1 + 3 + 1 + 4 + 12;
constexpr qsizetype kGeneralGloOverhead = kGloOverhead + 1 + 8;

bool isServiceRequest(quint8 tag)
{
    return tag == 0xC0 || tag == 0xC1 || tag == 0xC3;
}

} // namespace

CosemServer::CosemServer(std::shared_ptr<LogicalDevice> device)
    : m_device(std::move(device))
{}

CosemServer::~CosemServer() = default;

void CosemServer::reset()
{
    m_assoc.reset();
    m_longGet.reset();
    m_longRequest.reset();
    m_longAction.reset();
}

ServiceContext CosemServer::context()
{
    ServiceContext ctx;
    ctx.role = m_assoc.role();
    ctx.clientSap = m_assoc.client ? m_assoc.client->clientSap : 0;
    ctx.association = &m_assoc;
    ctx.device = m_device.get();
    return ctx;
}

qsizetype CosemServer::maxResponseSize() const
{
    qsizetype limit = m_assoc.clientMaxReceivePduSize ? m_assoc.clientMaxReceivePduSize : 0xFFFF;
    if (m_assoc.security)
        limit -= kGeneralGloOverhead;
    return qMax<qsizetype>(limit, 32);
}

QByteArray CosemServer::exception(dlms::ExceptionStateError state,
                                  dlms::ExceptionServiceError service,
                                  std::optional<quint32> invocationCounter) const
{
    QByteArray out;
    dlms::encode(dlms::ExceptionResponse{state, service, invocationCounter}, out);
    return out;
}

QByteArray CosemServer::handleApdu(quint16 clientSap, const QByteArray &apdu)
{
    if (apdu.isEmpty())
        return {};
    const quint8 tag = quint8(apdu[0]);
    if (tag == dlms::Aarq::Tag)
        return handleAarq(clientSap, apdu);
    if (tag == dlms::Rlrq::Tag)
        return handleRlrq(apdu);

    using SE = dlms::ExceptionStateError;
    using SV = dlms::ExceptionServiceError;
    if (m_assoc.status == AssociationStatus::NonAssociated || !m_assoc.client
        || m_assoc.client->clientSap != clientSap)
        return exception(SE::ServiceNotAllowed, SV::OperationNotPossible);
    if (apdu.size() > qsizetype(m_device->xdlms().maxReceivePduSize) + kGeneralGloOverhead)
        return exception(SE::ServiceNotAllowed, SV::PduTooLong);

    Protection protection;
    QByteArray plain = apdu;
    if (dlms::isCipheredTag(tag)) {
        Result<QByteArray> unwrapped = unprotect(apdu, protection);
        if (!unwrapped)
            return unwrapped.error().code
                       ? exception(SE::ServiceNotAllowed, SV::InvocationCounterError,
                                   quint32(unwrapped.error().code))
                       : exception(SE::ServiceNotAllowed, SV::DecipheringError);
        plain = std::move(unwrapped).value();
    } else if (m_assoc.isCipheredContext() && isServiceRequest(tag)) {
        // A ciphered context takes protected service requests only.
        return exception(SE::ServiceNotAllowed, SV::OperationNotPossible);
    }

    Result<dlms::Apdu> parsed = dlms::parseApdu(plain);
    if (!parsed) {
        qCInfo(lcSim) << "request not understood:" << parsed.error().message;
        return exception(SE::ServiceUnknown, parsed.error().kind == ErrorKind::Unsupported
                                                 ? SV::ServiceNotSupported
                                                 : SV::OtherReason);
    }
    const QByteArray answer = serve(*parsed);
    if (answer.isEmpty() || quint8(answer[0]) == dlms::ExceptionResponse::Tag)
        return answer;
    return protect(answer, protection);
}

Result<QByteArray> CosemServer::unprotect(const QByteArray &apdu, Protection &protection)
{
    if (!m_assoc.security)
        return Error(ErrorKind::SecurityFailure, tr("no security context"));
    Result<dlms::CipheredApdu> envelope = dlms::decodeCipheredApdu(apdu);
    if (!envelope)
        return envelope.error();
    if (const Status fresh
        = m_assoc.security->checkPeerInvocationCounter(envelope->invocationCounter);
        !fresh) {
        const quint64 expected
            = quint64(m_assoc.security->lastPeerInvocationCounter().value_or(0)) + 1;
        qCInfo(lcSim) << "replayed invocation counter" << envelope->invocationCounter;
        return Error(ErrorKind::SecurityFailure, fresh.error().message,
                     int(qMin<quint64>(expected, 0x7FFFFFFF)));
    }
    Result<security::UnwrappedApdu> plain = security::unwrapApdu(*m_assoc.security, apdu);
    if (!plain) {
        qCInfo(lcSim) << "cannot decipher:" << plain.error().message;
        return Error(ErrorKind::SecurityFailure, plain.error().message, 0);
    }
    protection.cipheredTag = quint8(apdu[0]);
    protection.securityControl = plain->envelope.securityControl;
    return plain->apdu;
}

QByteArray CosemServer::protect(const QByteArray &plain, const Protection &protection)
{
    if (!protection.cipheredTag || !m_assoc.security)
        return plain;
    const security::SecurityControl sc(protection.securityControl & 0x3F);
    Result<QByteArray> wrapped = protection.cipheredTag == dlms::cipheredtag::GeneralGloCiphering
                                     ? security::wrapGeneralGlo(*m_assoc.security, sc, plain)
                                     : security::wrapApdu(*m_assoc.security, sc, plain);
    if (!wrapped) {
        qCWarning(lcSim) << "cannot cipher the answer:" << wrapped.error().message;
        return exception(dlms::ExceptionStateError::ServiceNotAllowed,
                         dlms::ExceptionServiceError::OtherReason);
    }
    return *wrapped;
}

QByteArray CosemServer::serve(const dlms::Apdu &request)
{
    using SE = dlms::ExceptionStateError;
    using SV = dlms::ExceptionServiceError;
    using B = dlms::ConformanceBit;
    if (m_assoc.status == AssociationStatus::Pending) {
        // Until the client has proven itself, only reply_to_HLS_authentication goes.
        const auto *action = std::get_if<dlms::ActionRequestNormal>(&request);
        if (!action || action->method.classId != 15 || action->method.methodId != 1)
            return exception(SE::ServiceNotAllowed, SV::OperationNotPossible);
    }
    if (std::holds_alternative<dlms::GetRequestNormal>(request)
        || std::holds_alternative<dlms::GetRequestNext>(request)
        || std::holds_alternative<dlms::GetRequestWithList>(request)) {
        if (!allowed(B::Get))
            return exception(SE::ServiceNotAllowed, SV::ServiceNotSupported);
        if (const auto *r = std::get_if<dlms::GetRequestNormal>(&request))
            return serveGet(*r);
        if (const auto *r = std::get_if<dlms::GetRequestNext>(&request))
            return serveGetNext(*r);
        if (!allowed(B::MultipleReferences))
            return exception(SE::ServiceNotAllowed, SV::ServiceNotSupported);
        return serveGetWithList(std::get<dlms::GetRequestWithList>(request));
    }
    const QString name = dlms::apduName(request);
    if (name.startsWith(QLatin1String("set-request"))) {
        if (!allowed(B::Set))
            return exception(SE::ServiceNotAllowed, SV::ServiceNotSupported);
        return serveSet(request);
    }
    if (name.startsWith(QLatin1String("action-request"))) {
        if (!allowed(B::Action) && m_assoc.status != AssociationStatus::Pending)
            return exception(SE::ServiceNotAllowed, SV::ServiceNotSupported);
        return serveAction(request);
    }
    qCInfo(lcSim) << "unexpected APDU from the client:" << name;
    return exception(SE::ServiceUnknown, SV::ServiceNotSupported);
}

} // namespace ims::sim
