#pragma once
// One logical device of a simulated meter or router: its COSEM objects, the
// client associations it accepts (SAP, role, authentication, password) and
// its security material. A CosemServer serves one connection against it;
// many servers (one per transport session) may share a device.
#include "protocol/core/result.h"
#include "protocol/dlms/acse_types.h"
#include "protocol/dlms/conformance.h"
#include "protocol/hdlc/hdlc_parameters.h"
#include "protocol/security/security_context.h"
#include "protocol/sim/server/cosem_object.h"

#include <QHash>
#include <QList>

#include <functional>
#include <memory>
#include <vector>

namespace ims::sim {

// One client SAP the device accepts and what that association may do.
struct ClientAssociationConfig
{
    quint16 clientSap = 16;
    ClientRole role = ClientRole::Public;
    cosem::Obis associationName;                     // its Association LN object
    QList<dlms::AuthenticationMechanism> mechanisms; // accepted; Lowest = no authentication
    QByteArray password;                             // LLS secret
    bool cipheringAllowed = false;                   // LN-with-ciphering context
    bool accepts(dlms::AuthenticationMechanism m) const { return mechanisms.contains(m); }
};

// Keys, system title and the server's invocation counter. Shared so that
// the counter keeps rising across associations and across rebuilds of the
// object model (a counter must never repeat under one key).
struct DeviceSecurity
{
    security::SecurityKeys keys;
    QByteArray systemTitle;
    quint64 nextInvocationCounter = 0;
};

struct XdlmsSettings
{
    dlms::Conformance conformance;
    quint16 maxReceivePduSize = 1024; // the server's, announced in the InitiateResponse
    quint8 dlmsVersion = 6;
};

// SPODES practice: the conformance block a meter offers for LN referencing.
dlms::Conformance defaultServerConformance();

using ChallengeSource = std::function<Result<QByteArray>()>;

class LogicalDevice
{
public:
    explicit LogicalDevice(quint16 logicalAddress = 1);
    ~LogicalDevice();
    LogicalDevice(const LogicalDevice &) = delete;
    LogicalDevice &operator=(const LogicalDevice &) = delete;

    quint16 logicalAddress() const { return m_logicalAddress; }
    // A device without power answers nothing at all (fault injection).
    bool isOnline() const { return m_online; }
    void setOnline(bool online) { m_online = online; }

    // Objects, in registration order (the object_list order).
    CosemObject &add(std::unique_ptr<CosemObject> object);
    template<typename T, typename... Args>
    T &emplace(Args &&...args)
    {
        return static_cast<T &>(add(std::make_unique<T>(std::forward<Args>(args)...)));
    }
    CosemObject *find(const cosem::Obis &logicalName) const;
    const std::vector<std::unique_ptr<CosemObject>> &objects() const { return m_objects; }

    void addClient(ClientAssociationConfig client);
    const ClientAssociationConfig *client(quint16 clientSap) const;
    ClientAssociationConfig *client(quint16 clientSap);
    const QList<ClientAssociationConfig> &clients() const { return m_clients; }

    std::shared_ptr<DeviceSecurity> security() const { return m_security; }
    void setSecurity(std::shared_ptr<DeviceSecurity> security) { m_security = std::move(security); }

    XdlmsSettings &xdlms() { return m_xdlms; }
    const XdlmsSettings &xdlms() const { return m_xdlms; }
    // What the device's HDLC station offers in its UA.
    hdlc::HdlcParameters &hdlcLimits() { return m_hdlcLimits; }
    const hdlc::HdlcParameters &hdlcLimits() const { return m_hdlcLimits; }

    // StoC challenges for HLS; random by default, fixed in golden tests.
    void setChallengeSource(ChallengeSource source) { m_challenges = std::move(source); }
    Result<QByteArray> nextChallenge() const;

    // Called when a client gives a wrong password or HLS proof (a meter
    // records it in its unauthorized-access journal).
    void setAuthenticationFailureHook(std::function<void(quint16 clientSap)> hook)
    {
        m_authFailure = std::move(hook);
    }
    void reportAuthenticationFailure(quint16 clientSap) const
    {
        if (m_authFailure)
            m_authFailure(clientSap);
    }

private:
    quint16 m_logicalAddress;
    bool m_online = true;
    std::vector<std::unique_ptr<CosemObject>> m_objects;
    QHash<cosem::Obis, CosemObject *> m_byName;
    QList<ClientAssociationConfig> m_clients;
    std::shared_ptr<DeviceSecurity> m_security;
    XdlmsSettings m_xdlms;
    hdlc::HdlcParameters m_hdlcLimits;
    ChallengeSource m_challenges;
    std::function<void(quint16)> m_authFailure;
};

} // namespace ims::sim
