#include "protocol/security/security_context.h"

#include "protocol/core/logging.h"
#include "protocol/security/gcm.h"

namespace ims::security {

SecurityContext::SecurityContext(SecurityKeys keys, QByteArray ownSystemTitle,
                                 quint64 nextInvocationCounter)
    : m_keys(std::move(keys))
    , m_ownTitle(std::move(ownSystemTitle))
    , m_nextIc(qMin(nextInvocationCounter, InvocationCounterLimit))
{}

Status SecurityContext::validate() const
{
    const auto keySize = [](const QByteArray &key, bool optional) {
        return (optional && key.isEmpty()) || key.size() == AesKeySize;
    };
    if (!keySize(m_keys.blockCipherKey, false) || !keySize(m_keys.authenticationKey, false)
        || !keySize(m_keys.broadcastKey, true) || !keySize(m_keys.dedicatedKey, true))
        return Error(ErrorKind::InvalidArgument, tr("security suite 0 keys must be 16 bytes"));
    if (m_ownTitle.size() != SystemTitleSize)
        return Error(ErrorKind::InvalidArgument,
                     tr("system title must be 8 bytes, got %1").arg(m_ownTitle.size()));
    return {};
}

Result<quint32> SecurityContext::takeInvocationCounter()
{
    if (invocationCounterExhausted())
        return Error(ErrorKind::SecurityFailure, tr("invocation counter exhausted: the key must be "
                                                    "changed before sending more ciphered APDUs"));
    const quint32 ic = quint32(m_nextIc);
    ++m_nextIc;
    if (m_observer)
        m_observer(m_nextIc);
    return ic;
}

Status SecurityContext::checkPeerInvocationCounter(quint32 ic) const
{
    if (m_lastPeerIc && ic <= *m_lastPeerIc) {
        qCWarning(lcSecurity) << "replayed invocation counter" << ic << "last accepted"
                              << *m_lastPeerIc;
        return Error(ErrorKind::SecurityFailure,
                     tr("invocation counter %1 not greater than the last accepted %2 (replay)")
                         .arg(ic)
                         .arg(*m_lastPeerIc));
    }
    return {};
}

void SecurityContext::acceptPeerInvocationCounter(quint32 ic)
{
    if (!m_lastPeerIc || ic > *m_lastPeerIc)
        m_lastPeerIc = ic;
}

} // namespace ims::security
