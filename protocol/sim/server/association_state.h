#pragma once
// The state of the one application association a CosemServer holds: who
// the client is, what was negotiated, and the security context of a
// ciphered or HLS association (Blue Book 9.4.2, association_status of
// class 15: non-associated, association-pending, associated).
#include "protocol/dlms/acse_types.h"
#include "protocol/dlms/conformance.h"
#include "protocol/security/security_context.h"
#include "protocol/sim/server/logical_device.h"

#include <optional>

namespace ims::sim {

enum class AssociationStatus : quint8 { NonAssociated = 0, Pending = 1, Associated = 2 };

class AssociationState
{
public:
    const ClientAssociationConfig *client = nullptr;
    AssociationStatus status = AssociationStatus::NonAssociated;
    dlms::ApplicationContext context = dlms::ApplicationContext::LogicalName;
    dlms::AuthenticationMechanism mechanism = dlms::AuthenticationMechanism::Lowest;
    dlms::Conformance conformance;
    quint16 clientMaxReceivePduSize = 0xFFFF;
    std::optional<security::SecurityContext> security;
    QByteArray clientChallenge; // CtoS, from the AARQ
    QByteArray serverChallenge; // StoC, sent in the AARE

    bool isOpen() const { return status == AssociationStatus::Associated; }
    bool isCipheredContext() const
    {
        return context == dlms::ApplicationContext::LogicalNameCiphered;
    }
    ClientRole role() const { return client ? client->role : ClientRole::Public; }
    void reset() { *this = AssociationState(); }
};

} // namespace ims::sim
