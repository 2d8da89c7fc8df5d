// Association establishment and release as a SPODES meter performs them
// (Blue Book 9.4.2 and 9.2.7.4; AARE shapes as the Gurux reference server
// sends them, see the golden vectors).
#include "protocol/core/logging.h"
#include "protocol/dlms/initiate.h"
#include "protocol/security/ciphering.h"
#include "protocol/security/hls_gmac.h"
#include "protocol/sim/server/cosem_server.h"

namespace ims::sim {

namespace {

using dlms::AuthenticationMechanism;
using dlms::ServiceUserDiagnostic;

// InitiateError values of the ServiceError "initiate" group.
enum class InitiateProblem : quint8 {
    Other = 0,
    DlmsVersionTooLow = 1,
    IncompatibleConformance = 2,
    PduSizeTooShort = 3,
};

QByteArray initiateError(InitiateProblem problem)
{
    QByteArray out;
    dlms::encode(dlms::ConfirmedServiceError{dlms::ConfirmedService::InitiateError,
                                             dlms::ServiceErrorGroup::Initiate, quint8(problem)},
                 out);
    return out;
}

} // namespace

QByteArray CosemServer::rejectAare(const dlms::Aarq &aarq, dlms::AssociationResult result,
                                   dlms::SourceDiagnostic diagnostic,
                                   std::optional<QByteArray> userInformation)
{
    qCInfo(lcSim).noquote() << "association rejected:" << diagnostic.name();
    dlms::Aare aare;
    aare.applicationContext = aarq.applicationContext == dlms::ApplicationContext::Unknown
                                  ? dlms::ApplicationContext::LogicalName
                                  : aarq.applicationContext;
    aare.result = result;
    aare.diagnostic = diagnostic;
    aare.userInformation = std::move(userInformation);
    m_assoc.reset();
    return dlms::encode(aare);
}

QByteArray CosemServer::handleAarq(quint16 clientSap, const QByteArray &apdu)
{
    using R = dlms::AssociationResult;
    using D = dlms::SourceDiagnostic;
    reset(); // a new AARQ replaces whatever association there was

    Result<dlms::Aarq> decoded = dlms::decodeAarq(apdu);
    if (!decoded) {
        qCInfo(lcSim) << "malformed AARQ:" << decoded.error().message;
        return rejectAare(dlms::Aarq{}, R::RejectedPermanent,
                          D::provider(dlms::ServiceProviderDiagnostic::NoReasonGiven));
    }
    const dlms::Aarq &aarq = *decoded;
    const ClientAssociationConfig *client = m_device->client(clientSap);
    if (!client)
        return rejectAare(aarq, R::RejectedPermanent,
                          D::user(ServiceUserDiagnostic::NoReasonGiven));

    const auto context = aarq.applicationContext;
    const bool ciphered = context == dlms::ApplicationContext::LogicalNameCiphered;
    if (context != dlms::ApplicationContext::LogicalName && !(ciphered && client->cipheringAllowed))
        return rejectAare(aarq, R::RejectedPermanent,
                          D::user(ServiceUserDiagnostic::ApplicationContextNameNotSupported));

    const AuthenticationMechanism mechanism
        = aarq.authenticationFunctionalUnit
              ? aarq.mechanism.value_or(AuthenticationMechanism::Unknown)
              : AuthenticationMechanism::Lowest;
    if (aarq.authenticationFunctionalUnit && !aarq.mechanism)
        return rejectAare(aarq, R::RejectedPermanent,
                          D::user(ServiceUserDiagnostic::AuthenticationMechanismNameRequired));
    if (!client->accepts(mechanism)) {
        const auto why = mechanism == AuthenticationMechanism::Lowest
                             ? ServiceUserDiagnostic::AuthenticationMechanismNameRequired
                             : ServiceUserDiagnostic::AuthenticationMechanismNameNotRecognised;
        return rejectAare(aarq, R::RejectedPermanent, D::user(why));
    }

    const bool hls = mechanism == AuthenticationMechanism::HighGmac;
    const bool needSecurity = ciphered || hls;
    if (needSecurity) {
        if (!aarq.callingApTitle
            || aarq.callingApTitle->size() != security::SecurityContext::SystemTitleSize)
            return rejectAare(aarq, R::RejectedPermanent,
                              D::user(ServiceUserDiagnostic::CallingApTitleNotRecognized));
        std::shared_ptr<DeviceSecurity> secrets = m_device->security();
        security::SecurityContext sc(secrets->keys, secrets->systemTitle,
                                     secrets->nextInvocationCounter);
        if (!sc.validate())
            return rejectAare(aarq, R::RejectedPermanent,
                              D::user(ServiceUserDiagnostic::NoReasonGiven));
        std::weak_ptr<DeviceSecurity> weak = secrets;
        sc.setInvocationCounterObserver([weak](quint64 next) {
            if (auto s = weak.lock())
                s->nextInvocationCounter = next;
        });
        sc.setPeerSystemTitle(*aarq.callingApTitle);
        m_assoc.security = std::move(sc);
    }

    // The xDLMS InitiateRequest, ciphered in a ciphered context.
    if (!aarq.userInformation || aarq.userInformation->isEmpty()) {
        m_assoc.reset();
        return rejectAare(aarq, R::RejectedPermanent, D::user(ServiceUserDiagnostic::NoReasonGiven),
                          initiateError(InitiateProblem::Other));
    }
    QByteArray initiateBytes = *aarq.userInformation;
    quint8 initiateSc = 0x30;
    if (quint8(initiateBytes[0]) == dlms::cipheredtag::GloInitiateRequest) {
        if (!m_assoc.security)
            return rejectAare(aarq, R::RejectedPermanent,
                              D::user(ServiceUserDiagnostic::NoReasonGiven),
                              initiateError(InitiateProblem::Other));
        Result<security::UnwrappedApdu> plain
            = security::unwrapApdu(*m_assoc.security, initiateBytes);
        if (!plain) {
            qCInfo(lcSim) << "glo-initiateRequest:" << plain.error().message;
            return rejectAare(aarq, R::RejectedPermanent,
                              D::user(ServiceUserDiagnostic::NoReasonGiven),
                              initiateError(InitiateProblem::Other));
        }
        initiateSc = plain->envelope.securityControl;
        initiateBytes = plain->apdu;
    } else if (ciphered) {
        return rejectAare(aarq, R::RejectedPermanent, D::user(ServiceUserDiagnostic::NoReasonGiven),
                          initiateError(InitiateProblem::Other));
    }
    Result<dlms::InitiateRequest> initiate = dlms::decodeInitiateRequest(initiateBytes);
    if (!initiate)
        return rejectAare(aarq, R::RejectedPermanent, D::user(ServiceUserDiagnostic::NoReasonGiven),
                          initiateError(InitiateProblem::Other));
    const XdlmsSettings &xdlms = m_device->xdlms();
    if (initiate->dlmsVersion < xdlms.dlmsVersion)
        return rejectAare(aarq, R::RejectedPermanent, D::user(ServiceUserDiagnostic::NoReasonGiven),
                          initiateError(InitiateProblem::DlmsVersionTooLow));
    const dlms::Conformance negotiated
        = initiate->proposedConformance.intersected(xdlms.conformance);
    if (negotiated.value() == 0)
        return rejectAare(aarq, R::RejectedPermanent, D::user(ServiceUserDiagnostic::NoReasonGiven),
                          initiateError(InitiateProblem::IncompatibleConformance));
    if (initiate->clientMaxReceivePduSize != 0 && initiate->clientMaxReceivePduSize < 12)
        return rejectAare(aarq, R::RejectedPermanent, D::user(ServiceUserDiagnostic::NoReasonGiven),
                          initiateError(InitiateProblem::PduSizeTooShort));

    dlms::InitiateResponse response;
    response.dlmsVersion = xdlms.dlmsVersion;
    response.negotiatedConformance = negotiated;
    response.serverMaxReceivePduSize = xdlms.maxReceivePduSize;
    QByteArray responseBytes;
    dlms::encode(response, responseBytes);

    if (mechanism == AuthenticationMechanism::Low
        && aarq.callingAuthenticationValue.value_or(QByteArray()) != client->password) {
        // As the reference server does: the InitiateResponse still goes along.
        m_device->reportAuthenticationFailure(clientSap);
        return rejectAare(aarq, R::RejectedPermanent,
                          D::user(ServiceUserDiagnostic::AuthenticationFailure), responseBytes);
    }

    dlms::Aare aare;
    aare.applicationContext = context;
    aare.result = R::Accepted;
    aare.diagnostic = D::user(ServiceUserDiagnostic::Null);
    if (hls) {
        const QByteArray ctos = aarq.callingAuthenticationValue.value_or(QByteArray());
        if (ctos.size() < security::MinChallengeSize || ctos.size() > security::MaxChallengeSize)
            return rejectAare(aarq, R::RejectedPermanent,
                              D::user(ServiceUserDiagnostic::AuthenticationFailure));
        Result<QByteArray> stoc = m_device->nextChallenge();
        if (!stoc)
            return rejectAare(aarq, R::RejectedTransient,
                              D::user(ServiceUserDiagnostic::NoReasonGiven));
        m_assoc.clientChallenge = ctos;
        m_assoc.serverChallenge = *stoc;
        aare.diagnostic = D::user(ServiceUserDiagnostic::AuthenticationRequired);
        aare.authenticationFunctionalUnit = true;
        aare.mechanism = mechanism;
        aare.respondingAuthenticationValue = *stoc;
    }
    if (needSecurity)
        aare.respondingApTitle = m_device->security()->systemTitle;
    if (ciphered) {
        Result<QByteArray> wrapped = security::wrapApdu(
            *m_assoc.security, security::SecurityControl(initiateSc & 0x3F), responseBytes);
        if (!wrapped)
            return rejectAare(aarq, R::RejectedTransient,
                              D::user(ServiceUserDiagnostic::NoReasonGiven));
        aare.userInformation = *wrapped;
    } else {
        aare.userInformation = responseBytes;
    }

    m_assoc.client = client;
    m_assoc.context = context;
    m_assoc.mechanism = mechanism;
    m_assoc.conformance = negotiated;
    m_assoc.clientMaxReceivePduSize = initiate->clientMaxReceivePduSize;
    m_assoc.status = hls ? AssociationStatus::Pending : AssociationStatus::Associated;
    qCDebug(lcSim).noquote() << "associated client" << clientSap << clientRoleName(client->role)
                             << dlms::mechanismName(mechanism) << (ciphered ? "ciphered" : "plain");
    return dlms::encode(aare);
}

QByteArray CosemServer::handleRlrq(const QByteArray &apdu)
{
    if (Result<dlms::Rlrq> rlrq = dlms::decodeRlrq(apdu); !rlrq)
        qCInfo(lcSim) << "malformed RLRQ answered anyway:" << rlrq.error().message;
    reset();
    dlms::Rlre rlre;
    rlre.reason = dlms::ReleaseResponseReason::Normal;
    return dlms::encode(rlre);
}

} // namespace ims::sim
