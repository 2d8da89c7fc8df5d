#pragma once
// The xDLMS server of one logical device for one connection (IEC 62056-5-3,
// LN referencing): AARQ/AARE with per-client rights (no authentication,
// LLS, HLS-GMAC), security suite 0 ciphering with replay protection,
// GET/SET/ACTION in all their forms with block transfer both ways,
// selective access, RLRQ/RLRE, and the error answers a meter gives:
// data-access-result for a refused attribute, exception-response for a
// request the association's state does not allow.
//
// I/O free: an APDU in, the answer out (empty when there is none), so the
// same server runs behind HDLC, the wrapper, a router or a unit test.
#include "protocol/dlms/xdlms_apdu.h"
#include "protocol/sim/server/association_state.h"
#include "protocol/sim/server/logical_device.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace ims::sim {

class CosemServer
{
    Q_DECLARE_TR_FUNCTIONS(CosemServer)
public:
    explicit CosemServer(std::shared_ptr<LogicalDevice> device);
    ~CosemServer();

    // `clientSap`: the HDLC source address or the wrapper source wPort.
    QByteArray handleApdu(quint16 clientSap, const QByteArray &apdu);
    // The transport went away (DISC, closed socket): the association ends.
    void reset();

    const AssociationState &association() const { return m_assoc; }
    LogicalDevice &device() { return *m_device; }
    const std::shared_ptr<LogicalDevice> &devicePtr() const { return m_device; }

private:
    struct Protection
    {
        quint8 cipheredTag = 0; // 0 = plain
        quint8 securityControl = 0;
    };
    // A long GET answer being sent block by block.
    struct LongGet
    {
        QByteArray data;
        qsizetype sent = 0;
        quint32 lastBlock = 0;
        dlms::InvokeIdAndPriority invoke;
        bool withList = false;
    };
    // A long SET or ACTION request being received block by block.
    struct LongRequest
    {
        enum class Kind { Set, SetList, Action } kind = Kind::Set;
        QList<dlms::AttributeWithSelection> attributes; // Set, SetList
        dlms::CosemMethodDescriptor method;             // Action
        QByteArray data;
        quint32 lastBlock = 0;
    };
    // A long ACTION answer.
    struct LongActionReply
    {
        QByteArray data;
        qsizetype sent = 0;
        quint32 lastBlock = 0;
    };

    // Association (server_association.cpp).
    QByteArray handleAarq(quint16 clientSap, const QByteArray &apdu);
    QByteArray handleRlrq(const QByteArray &apdu);
    QByteArray rejectAare(const dlms::Aarq &aarq, dlms::AssociationResult result,
                          dlms::SourceDiagnostic diagnostic,
                          std::optional<QByteArray> userInformation = std::nullopt);

    // Dispatch.
    QByteArray serve(const dlms::Apdu &request);
    QByteArray exception(dlms::ExceptionStateError state, dlms::ExceptionServiceError service,
                         std::optional<quint32> invocationCounter = std::nullopt) const;
    Result<QByteArray> unprotect(const QByteArray &apdu, Protection &protection);
    QByteArray protect(const QByteArray &plain, const Protection &protection);
    // Largest plain response APDU the client takes, ciphering overhead deducted.
    qsizetype maxResponseSize() const;
    bool allowed(dlms::ConformanceBit bit) const { return m_assoc.conformance.has(bit); }
    ServiceContext context();

    // GET (server_get.cpp).
    dlms::GetDataResult getAttribute(const dlms::CosemAttributeDescriptor &attribute,
                                     const std::optional<dlms::SelectiveAccess> &access);
    QByteArray serveGet(const dlms::GetRequestNormal &request);
    QByteArray serveGetWithList(const dlms::GetRequestWithList &request);
    QByteArray serveGetNext(const dlms::GetRequestNext &request);
    QByteArray startLongGet(dlms::InvokeIdAndPriority invoke, QByteArray data, bool withList);
    QByteArray nextGetBlock();

    // SET (server_set.cpp).
    dlms::DataAccessResult setAttribute(const dlms::AttributeWithSelection &attribute,
                                        const axdr::Value &value);
    QByteArray serveSet(const dlms::Apdu &request);
    QByteArray finishLongSet(dlms::InvokeIdAndPriority invoke, quint32 blockNumber);

    // ACTION (server_action.cpp).
    ActionReply invokeMethod(const dlms::CosemMethodDescriptor &method,
                             const std::optional<axdr::Value> &parameters);
    QByteArray serveAction(const dlms::Apdu &request);
    QByteArray actionAnswer(dlms::InvokeIdAndPriority invoke, const ActionReply &reply);

    std::shared_ptr<LogicalDevice> m_device;
    AssociationState m_assoc;
    std::optional<LongGet> m_longGet;
    std::optional<LongRequest> m_longRequest;
    std::optional<LongActionReply> m_longAction;
};

} // namespace ims::sim
