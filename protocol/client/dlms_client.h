#pragma once
// The xDLMS client of one association (LN referencing): AARQ/AARE with
// None, Low (LLS) or HLS-GMAC authentication, security suite 0 ciphering of
// the service APDUs, GET/SET/ACTION with block transfer both ways, and
// RLRQ/RLRE. Asynchronous: every call returns at once and reports through
// its callback from the event loop; calls made while another exchange runs
// wait their turn (a DLMS server answers one request at a time).
#include "protocol/axdr/value.h"
#include "protocol/client/apdu_channel.h"
#include "protocol/client/association_settings.h"
#include "protocol/dlms/xdlms_apdu.h"
#include "protocol/security/security_context.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ims::client {

class DlmsClient : public QObject
{
    Q_OBJECT
public:
    using StatusCallback = std::function<void(Status)>;
    using ValueCallback = std::function<void(Result<axdr::Value>)>;
    using ListCallback = std::function<void(Result<std::vector<Result<axdr::Value>>>)>;

    // The channel must outlive the client.
    DlmsClient(ApduChannel &channel, AssociationSettings settings, QObject *parent = nullptr);
    ~DlmsClient() override;

    // Opens the channel when it is not ready, then associates (AARQ/AARE and,
    // for HLS-GMAC, the reply_to_HLS_authentication pass).
    void associate(StatusCallback done);
    // RLRQ/RLRE, then closes the channel. Succeeds when the channel is
    // closed, even if the device did not answer the RLRQ.
    void release(StatusCallback done);

    void get(const dlms::CosemAttributeDescriptor &attribute, ValueCallback done,
             std::optional<dlms::SelectiveAccess> access = std::nullopt);
    // GET-with-list. The list is split into as many requests as the
    // server's receive size needs; a server that did not agree to
    // multiple references gets one GET per attribute. Each attribute's
    // own refusal is its result; a failure of the exchange fails the call.
    void getList(const QList<dlms::AttributeWithSelection> &attributes, ListCallback done);
    void set(const dlms::CosemAttributeDescriptor &attribute, const axdr::Value &value,
             StatusCallback done);
    // Returns the method's return data, or null-data when it has none.
    void action(const dlms::CosemMethodDescriptor &method, std::optional<axdr::Value> parameters,
                ValueCallback done);

    // Every pending and queued call fails with Cancelled; the association
    // stays as it is (a late answer to a cancelled request is ignored).
    void cancelAll();

    bool isAssociated() const { return m_associated; }
    const dlms::InitiateResponse &negotiated() const { return m_negotiated; }
    const AssociationSettings &settings() const { return m_settings; }
    quint64 nextInvocationCounter() const { return m_security.nextInvocationCounter(); }
    const QByteArray &serverSystemTitle() const { return m_security.peerSystemTitle(); }

signals:
    // Persist `next` before the next session so a counter is never reused.
    void invocationCounterChanged(quint64 next);
    // Block transfer progress of the running GET: blocks and bytes so far.
    void blockProgress(quint32 block, qint64 bytes);
    // Unsolicited event-notification or data-notification, plain APDU bytes.
    void notificationReceived(const QByteArray &apdu);

private:
    struct Exchange
    {
        std::function<void(const dlms::Apdu &)> onApdu;
        std::function<void(const Error &)> onError;
    };

    using FailCallback = std::function<void(const Error &)>;
    struct Pending
    {
        std::function<void()> start;
        FailCallback fail; // when it is dropped before it starts
    };

    // Queue and transport.
    void enqueue(std::function<void()> start, FailCallback fail);
    // For calls that need an open association: fails the call and moves on.
    bool requireAssociation(const FailCallback &fail);
    void runNext();
    void begin(Exchange exchange);
    void send(const QByteArray &plainApdu, bool protect = true);
    void complete();
    void failCurrent(const Error &error);
    void failAll(const Error &error);
    void onApduReceived(const QByteArray &apdu);
    void onChannelReady();
    void onChannelFailed(const Error &error);
    dlms::InvokeIdAndPriority nextInvoke();
    bool matchesInvoke(const dlms::Apdu &apdu) const;
    int maxRequestSize() const;

    // Association (dlms_association.cpp).
    void sendAarq();
    void onAare(const dlms::Apdu &apdu, const StatusCallback &done);
    void replyToHls(const QByteArray &serverChallenge, const StatusCallback &done);
    Result<dlms::InitiateResponse> readInitiateResponse(const QByteArray &userInformation);
    Result<QByteArray> protect(const QByteArray &plainApdu);

    // One GET-with-list request (block transfer of the answer included).
    void getListOnce(const QList<dlms::AttributeWithSelection> &attributes, ListCallback done);
    // Lists (dlms_client_lists.cpp): how many attributes from `from` fit one request.
    qsizetype attributesFittingOneRequest(const QList<dlms::AttributeWithSelection> &attributes,
                                          qsizetype from) const;
    struct ListRead;
    void continueList(const std::shared_ptr<ListRead> &read);

    // Block transfer (dlms_client_blocks.cpp).
    using BlockRequest = std::function<QByteArray(const dlms::DataBlockSA &)>;
    using BlockAcknowledgement = std::function<std::optional<quint32>(const dlms::Apdu &)>;
    // Sends `encoded` in DataBlock-SA blocks: `first` builds the request with
    // block 1, `following` the others; `acknowledged` recognises the server's
    // "send the next block" and names the block; `finished` takes the last answer.
    void sendBlocks(const QByteArray &encoded, const BlockRequest &first,
                    const BlockRequest &following, const BlockAcknowledgement &acknowledged,
                    const std::function<void(const dlms::Apdu &)> &finished, FailCallback fail);
    void continueGet(const dlms::Apdu &apdu, QByteArray &assembled, quint32 &expectedBlock,
                     const std::function<void(Result<QByteArray>)> &whole);
    void sendSetBlocks(const dlms::CosemAttributeDescriptor &attribute, const QByteArray &encoded,
                       StatusCallback done);
    void sendActionBlocks(const dlms::CosemMethodDescriptor &method, const QByteArray &encoded,
                          ValueCallback done);

    ApduChannel &m_channel;
    AssociationSettings m_settings;
    security::SecurityContext m_security;
    dlms::InitiateResponse m_negotiated;
    dlms::InvokeIdAndPriority m_invoke = dlms::InvokeIdAndPriority::make(0);
    QByteArray m_clientChallenge;
    bool m_associated = false;
    bool m_waitingForChannel = false;
    std::optional<Exchange> m_current;
    std::deque<Pending> m_queue;
    QTimer m_timer;
};

} // namespace ims::client
