#pragma once
// The security state of one association under security suite 0: keys,
// system titles, our invocation counter and the peer's last accepted one.
//
// Invocation counters are the nonce half of the GCM IV: reusing one with the
// same key breaks GCM completely. So the counter is handed out strictly
// increasing, the observer hears about every advance (persist it before the
// APDU leaves), and the context refuses to encrypt once 0xFFFFFFFF is used
// (a new key is needed then). Received counters must be strictly greater
// than the last accepted one; the check and the commit are separate so a
// forged APDU whose tag fails cannot move the counter.
#include "protocol/core/result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>
#include <optional>

namespace ims::security {

struct SecurityKeys
{
    QByteArray blockCipherKey;    // global unicast encryption key (EK), 16 bytes
    QByteArray authenticationKey; // AK, 16 bytes (any length is accepted by GCM's AAD)
    QByteArray broadcastKey;      // global broadcast key, optional (empty = none)
    QByteArray dedicatedKey;      // dedicated key of this association, optional
};

class SecurityContext
{
    Q_DECLARE_TR_FUNCTIONS(SecurityContext)

public:
    static constexpr qsizetype SystemTitleSize = 8;
    static constexpr quint64 InvocationCounterLimit = 0x1'0000'0000ull;

    SecurityContext() = default;
    SecurityContext(SecurityKeys keys, QByteArray ownSystemTitle,
                    quint64 nextInvocationCounter = 0);

    // InvalidArgument for keys that are not 16 bytes or a title that is not 8.
    Status validate() const;

    const SecurityKeys &keys() const { return m_keys; }
    void setDedicatedKey(QByteArray key) { m_keys.dedicatedKey = std::move(key); }

    const QByteArray &ownSystemTitle() const { return m_ownTitle; }
    const QByteArray &peerSystemTitle() const { return m_peerTitle; }
    // Learned from the AARE's responding-AP-title (client) or the AARQ's
    // calling-AP-title (server).
    void setPeerSystemTitle(QByteArray title) { m_peerTitle = std::move(title); }

    // The counter the next ciphered APDU will carry; InvocationCounterLimit when used up.
    quint64 nextInvocationCounter() const { return m_nextIc; }
    bool invocationCounterExhausted() const { return m_nextIc >= InvocationCounterLimit; }
    // Hands out the next counter and advances; SecurityFailure once exhausted.
    // The observer is told the new "next" value before this returns.
    Result<quint32> takeInvocationCounter();
    void setInvocationCounterObserver(std::function<void(quint64 next)> observer)
    {
        m_observer = std::move(observer);
    }

    std::optional<quint32> lastPeerInvocationCounter() const { return m_lastPeerIc; }
    void setLastPeerInvocationCounter(std::optional<quint32> ic) { m_lastPeerIc = ic; }
    // SecurityFailure when `ic` is not greater than the last accepted counter.
    Status checkPeerInvocationCounter(quint32 ic) const;
    // Call only after the APDU carrying `ic` authenticated.
    void acceptPeerInvocationCounter(quint32 ic);

private:
    SecurityKeys m_keys;
    QByteArray m_ownTitle;
    QByteArray m_peerTitle;
    quint64 m_nextIc = 0;
    std::optional<quint32> m_lastPeerIc;
    std::function<void(quint64)> m_observer;
};

} // namespace ims::security
