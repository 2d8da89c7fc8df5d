#pragma once
// What a client asks for when it associates with a logical device: how it
// authenticates, how xDLMS APDUs are protected, and the xDLMS proposal.
#include "protocol/dlms/conformance.h"
#include "protocol/security/security_context.h"

#include <QByteArray>

#include <functional>

namespace ims::client {

enum class Authentication { None, Low, HighGmac };
// Protection of the xDLMS service APDUs (security suite 0, glo-ciphering).
enum class Protection { None, Authenticated, Encrypted, AuthenticatedEncrypted };

QString authenticationName(Authentication a); // "none", "low", "hls-gmac"
QString protectionName(Protection p);         // "none", "auth", "enc", "auth-enc"
std::optional<Authentication> parseAuthentication(QStringView text);
std::optional<Protection> parseProtection(QStringView text);

// What the client proposes: everything the client implements.
dlms::Conformance defaultClientConformance();

struct AssociationSettings
{
    Authentication authentication = Authentication::None;
    QByteArray password; // LLS secret
    Protection protection = Protection::None;
    security::SecurityKeys keys; // HLS-GMAC and ciphering
    QByteArray systemTitle;      // the client's, 8 bytes
    // The next invocation counter to use. The caller persists what
    // DlmsClient::invocationCounterChanged reports so a counter never repeats.
    quint64 invocationCounter = 0;
    dlms::Conformance conformance = defaultClientConformance();
    quint16 maxReceivePduSize = 0xFFFF;
    int responseTimeoutMs
        = 30000; // silence allowed while an answer is due; HDLC retries run inside it
    // Where HLS challenges come from; empty = OpenSSL's RAND_bytes (16 bytes).
    // Injected only to replay a captured conversation byte for byte.
    std::function<Result<QByteArray>()> challengeSource;
    // Upper bound for one response reassembled from blocks.
    qsizetype maxResponseBytes = 64 * 1024 * 1024;

    bool ciphered() const { return protection != Protection::None; }
    bool needsSecurityContext() const
    {
        return ciphered() || authentication == Authentication::HighGmac;
    }
};

} // namespace ims::client
