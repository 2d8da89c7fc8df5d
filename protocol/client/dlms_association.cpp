// Association establishment and release (Blue Book 9.4.2 and 9.2.7.4):
// AARQ/AARE with LLS or HLS mechanism 5 (GMAC), the HLS pass through
// reply_to_HLS_authentication, and RLRQ/RLRE.
#include "protocol/client/dlms_client.h"
#include "protocol/core/logging.h"
#include "protocol/dlms/initiate.h"
#include "protocol/security/ciphering.h"
#include "protocol/security/hls_gmac.h"

namespace ims::client {

namespace {

security::SecurityControl securityControl(Protection p)
{
    switch (p) {
    case Protection::Authenticated:
        return security::SecurityControl::authenticated();
    case Protection::Encrypted:
        return security::SecurityControl::encrypted();
    case Protection::AuthenticatedEncrypted:
    case Protection::None:
        break;
    }
    return security::SecurityControl::authenticatedAndEncrypted();
}

// The current association object, whose method 1 is reply_to_HLS_authentication.
const dlms::CosemMethodDescriptor kReplyToHls{15, cosem::Obis(0, 0, 40, 0, 0, 255), 1};

} // namespace

Result<QByteArray> DlmsClient::protect(const QByteArray &plainApdu)
{
    return security::wrapApdu(m_security, securityControl(m_settings.protection), plainApdu);
}

void DlmsClient::associate(StatusCallback done)
{
    FailCallback fail = [done](const Error &e) {
        done(e);
    };
    enqueue(
        [this, done, fail]() mutable {
            if (m_settings.needsSecurityContext()) {
                if (const Status valid = m_security.validate(); !valid) {
                    done(valid);
                    QMetaObject::invokeMethod(this, &DlmsClient::runNext, Qt::QueuedConnection);
                    return;
                }
            }
            m_associated = false;
            begin({[this, done](const dlms::Apdu &apdu) { onAare(apdu, done); }, fail});
            if (m_channel.isReady()) {
                sendAarq();
            } else {
                m_waitingForChannel = true;
                m_timer.start(m_settings.responseTimeoutMs);
                m_channel.open();
            }
        },
        fail);
}

void DlmsClient::sendAarq()
{
    dlms::InitiateRequest initiate;
    initiate.proposedConformance = m_settings.conformance;
    initiate.clientMaxReceivePduSize = m_settings.maxReceivePduSize;
    QByteArray initiateBytes;
    dlms::encode(initiate, initiateBytes);

    dlms::Aarq aarq;
    aarq.applicationContext = m_settings.ciphered() ? dlms::ApplicationContext::LogicalNameCiphered
                                                    : dlms::ApplicationContext::LogicalName;
    if (m_settings.needsSecurityContext())
        aarq.callingApTitle = m_settings.systemTitle;
    switch (m_settings.authentication) {
    case Authentication::None:
        break;
    case Authentication::Low:
        aarq.authenticationFunctionalUnit = true;
        aarq.mechanism = dlms::AuthenticationMechanism::Low;
        aarq.callingAuthenticationValue = m_settings.password;
        break;
    case Authentication::HighGmac: {
        Result<QByteArray> challenge = m_settings.challengeSource ? m_settings.challengeSource()
                                                                  : security::generateChallenge();
        if (!challenge) {
            failCurrent(challenge.error());
            return;
        }
        m_clientChallenge = *challenge;
        aarq.authenticationFunctionalUnit = true;
        aarq.mechanism = dlms::AuthenticationMechanism::HighGmac;
        aarq.callingAuthenticationValue = m_clientChallenge;
        break;
    }
    }
    if (m_settings.ciphered()) {
        Result<QByteArray> wrapped = protect(initiateBytes);
        if (!wrapped) {
            failCurrent(wrapped.error());
            return;
        }
        aarq.userInformation = *wrapped;
    } else {
        aarq.userInformation = initiateBytes;
    }
    send(dlms::encode(aarq), false);
}

Result<dlms::InitiateResponse> DlmsClient::readInitiateResponse(const QByteArray &userInformation)
{
    QByteArray plain = userInformation;
    if (!plain.isEmpty() && quint8(plain[0]) == 0x28) {
        Result<security::UnwrappedApdu> unwrapped
            = security::unwrapApdu(m_security, userInformation);
        if (!unwrapped)
            return unwrapped.error();
        plain = unwrapped->apdu;
    }
    if (!plain.isEmpty() && quint8(plain[0]) == dlms::ConfirmedServiceError::Tag) {
        Result<dlms::Apdu> parsed = dlms::parseApdu(plain);
        if (parsed && std::holds_alternative<dlms::ConfirmedServiceError>(*parsed))
            return std::get<dlms::ConfirmedServiceError>(*parsed).toError();
    }
    return dlms::decodeInitiateResponse(plain);
}

void DlmsClient::onAare(const dlms::Apdu &apdu, const StatusCallback &done)
{
    const auto *aare = std::get_if<dlms::Aare>(&apdu);
    if (!aare) {
        failCurrent(
            Error(ErrorKind::Malformed, tr("expected an AARE, got %1").arg(dlms::apduName(apdu))));
        return;
    }
    const bool hls = m_settings.authentication == Authentication::HighGmac;
    // HLS: the server accepts with "authentication-required" and a challenge;
    // the association is complete only after the reply_to_HLS pass.
    if (const Status status = aare->toStatus(); !status) {
        Error e = status.error();
        if (aare->userInformation) {
            const auto detail = readInitiateResponse(*aare->userInformation);
            if (!detail)
                e.message += QStringLiteral(" (%1)").arg(detail.error().message);
        }
        failCurrent(e);
        return;
    }
    if (aare->respondingApTitle)
        m_security.setPeerSystemTitle(*aare->respondingApTitle);
    if (!aare->userInformation) {
        failCurrent(Error(ErrorKind::Malformed, tr("the AARE carries no InitiateResponse")));
        return;
    }
    Result<dlms::InitiateResponse> initiate = readInitiateResponse(*aare->userInformation);
    if (!initiate) {
        failCurrent(initiate.error());
        return;
    }
    m_negotiated = *initiate;
    qCDebug(lcDlms).noquote() << m_channel.description() << "negotiated conformance"
                              << m_negotiated.negotiatedConformance.names().join(QLatin1Char(','))
                              << "max PDU" << m_negotiated.serverMaxReceivePduSize;
    if (!hls) {
        m_associated = true;
        complete();
        done({});
        return;
    }
    if (!aare->diagnostic.is(dlms::ServiceUserDiagnostic::AuthenticationRequired)
        || !aare->respondingAuthenticationValue) {
        failCurrent(
            Error(ErrorKind::SecurityFailure,
                  tr("the device did not ask for HLS authentication (no challenge in the AARE)")));
        return;
    }
    replyToHls(*aare->respondingAuthenticationValue, done);
}

void DlmsClient::replyToHls(const QByteArray &serverChallenge, const StatusCallback &done)
{
    Result<QByteArray> proof = security::respondToChallenge(m_security, serverChallenge);
    if (!proof) {
        failCurrent(proof.error());
        return;
    }
    // The association is open for this one ACTION; the exchange continues.
    m_associated = true;
    m_current->onApdu = [this, done](const dlms::Apdu &apdu) {
        const auto *response = std::get_if<dlms::ActionResponseNormal>(&apdu);
        if (!response) {
            m_associated = false;
            failCurrent(Error(ErrorKind::Malformed,
                              tr("unexpected answer to reply_to_HLS_authentication: %1")
                                  .arg(dlms::apduName(apdu))));
            return;
        }
        Result<axdr::Value> serverProof = dlms::toResult(response->outcome);
        if (!serverProof) {
            m_associated = false;
            Error e = serverProof.error();
            e.kind = ErrorKind::AssociationRejected;
            e.message
                = tr("association rejected: the device refused our HLS proof (%1)").arg(e.message);
            failCurrent(e);
            return;
        }
        if (const Status verified = security::verifyChallengeResponse(m_security, m_clientChallenge,
                                                                      serverProof->bytes());
            !verified) {
            m_associated = false;
            failCurrent(verified.error());
            return;
        }
        complete();
        done({});
    };
    QByteArray request;
    dlms::encode(
        dlms::ActionRequestNormal{nextInvoke(), kReplyToHls, axdr::Value::octetString(*proof)},
        request);
    send(request);
}

void DlmsClient::release(StatusCallback done)
{
    FailCallback fail = [done](const Error &e) {
        done(e);
    };
    enqueue(
        [this, done]() mutable {
            if (!m_channel.isReady()) {
                m_associated = false;
                done({});
                QMetaObject::invokeMethod(this, &DlmsClient::runNext, Qt::QueuedConnection);
                return;
            }
            auto closeChannel = [this, done]() {
                m_associated = false;
                if (!m_channel.isReady()) {
                    m_channel.close();
                    done({});
                    return;
                }
                auto connection = std::make_shared<QMetaObject::Connection>();
                *connection = connect(&m_channel, &ApduChannel::closed, this, [done, connection] {
                    QObject::disconnect(*connection);
                    done({});
                });
                m_channel.close();
            };
            begin({[this, closeChannel](const dlms::Apdu &apdu) {
                       if (!std::holds_alternative<dlms::Rlre>(apdu))
                           qCInfo(lcDlms).noquote() << "RLRQ answered with" << dlms::apduName(apdu);
                       complete();
                       closeChannel();
                   },
                   // A device that ignores RLRQ is still released by closing the link.
                   [closeChannel](const Error &) {
                       closeChannel();
                   }});
            dlms::Rlrq rlrq;
            rlrq.reason = dlms::ReleaseRequestReason::Normal;
            send(dlms::encode(rlrq), false);
        },
        fail);
}

} // namespace ims::client
