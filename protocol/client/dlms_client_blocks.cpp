// Block transfer (Blue Book 9.4.6.5 "transferring long application
// elements"): GET answers arriving in DataBlock-G, SET and ACTION requests
// sent in DataBlock-SA when they exceed the server's max receive PDU size.
#include "protocol/axdr/axdr_codec.h"
#include "protocol/client/dlms_client.h"

namespace ims::client {

namespace {

// Room for the raw data of one block: the server's PDU size less the
// request header (tag, choice, invoke, descriptor, last-block, number, length).
int blockPayload(int maxRequest)
{
    return qMax(16, maxRequest - 32);
}

} // namespace

void DlmsClient::continueGet(const dlms::Apdu &apdu, QByteArray &assembled, quint32 &expectedBlock,
                             const std::function<void(Result<QByteArray>)> &whole)
{
    const auto *block = std::get_if<dlms::GetResponseWithDatablock>(&apdu);
    if (!block) {
        whole(Error(ErrorKind::Malformed,
                    tr("unexpected answer to GET: %1").arg(dlms::apduName(apdu))));
        return;
    }
    if (const auto *refused = std::get_if<dlms::DataAccessResult>(&block->result)) {
        whole(dlms::dataAccessError(*refused));
        return;
    }
    if (block->blockNumber != expectedBlock) {
        whole(Error(ErrorKind::Malformed, tr("block %1 arrived where block %2 was expected")
                                              .arg(block->blockNumber)
                                              .arg(expectedBlock)));
        return;
    }
    assembled.append(std::get<QByteArray>(block->result));
    if (assembled.size() > m_settings.maxResponseBytes) {
        whole(Error(ErrorKind::TooLarge,
                    tr("the answer exceeds %1 bytes").arg(m_settings.maxResponseBytes)));
        return;
    }
    emit blockProgress(block->blockNumber, assembled.size());
    if (block->lastBlock) {
        whole(assembled);
        return;
    }
    ++expectedBlock;
    QByteArray next;
    dlms::encode(dlms::GetRequestNext{m_invoke, block->blockNumber}, next);
    send(next);
}

void DlmsClient::sendBlocks(const QByteArray &encoded, const BlockRequest &first,
                            const BlockRequest &following, const BlockAcknowledgement &acknowledged,
                            const std::function<void(const dlms::Apdu &)> &finished,
                            FailCallback fail)
{
    const int payload = blockPayload(maxRequestSize());
    auto offset = std::make_shared<qsizetype>(0);
    auto blockNumber = std::make_shared<quint32>(1);
    auto nextBlock = [encoded, payload, offset, blockNumber]() {
        dlms::DataBlockSA block;
        block.rawData = encoded.mid(*offset, payload);
        *offset += block.rawData.size();
        block.lastBlock = *offset >= encoded.size();
        block.blockNumber = *blockNumber;
        return block;
    };
    begin(
        {[this, nextBlock, blockNumber, following, acknowledged, finished](const dlms::Apdu &apdu) {
             if (const std::optional<quint32> acked = acknowledged(apdu)) {
                 if (*acked != *blockNumber) {
                     failCurrent(
                         Error(ErrorKind::Malformed, tr("block %1 acknowledged where %2 was sent")
                                                         .arg(*acked)
                                                         .arg(*blockNumber)));
                     return;
                 }
                 ++*blockNumber;
                 send(following(nextBlock()));
                 return;
             }
             complete();
             finished(apdu);
         },
         std::move(fail)});
    send(first(nextBlock()));
}

void DlmsClient::sendSetBlocks(const dlms::CosemAttributeDescriptor &attribute,
                               const QByteArray &encoded, StatusCallback done)
{
    if (!m_negotiated.negotiatedConformance.has(
            dlms::ConformanceBit::BlockTransferWithSetOrWrite)) {
        done(Error(ErrorKind::Unsupported,
                   tr("the value (%1 bytes) needs block transfer, which the device did not accept")
                       .arg(encoded.size())));
        QMetaObject::invokeMethod(this, &DlmsClient::runNext, Qt::QueuedConnection);
        return;
    }
    const dlms::InvokeIdAndPriority invoke = nextInvoke();
    sendBlocks(
        encoded,
        [invoke, attribute](const dlms::DataBlockSA &block) {
            QByteArray request;
            dlms::encode(dlms::SetRequestWithFirstDatablock{invoke, attribute, std::nullopt, block},
                         request);
            return request;
        },
        [invoke](const dlms::DataBlockSA &block) {
            QByteArray request;
            dlms::encode(dlms::SetRequestWithDatablock{invoke, block}, request);
            return request;
        },
        [](const dlms::Apdu &apdu) -> std::optional<quint32> {
            if (auto *ack = std::get_if<dlms::SetResponseDatablock>(&apdu))
                return ack->blockNumber;
            return std::nullopt;
        },
        [done](const dlms::Apdu &apdu) {
            std::optional<dlms::DataAccessResult> result;
            if (auto *last = std::get_if<dlms::SetResponseLastDatablock>(&apdu))
                result = last->result;
            else if (auto *normal = std::get_if<dlms::SetResponseNormal>(&apdu))
                result = normal->result;
            if (!result)
                done(Error(ErrorKind::Malformed,
                           tr("unexpected answer to SET: %1").arg(dlms::apduName(apdu))));
            else if (*result != dlms::DataAccessResult::Success)
                done(dlms::dataAccessError(*result));
            else
                done({});
        },
        [done](const Error &e) { done(e); });
}

void DlmsClient::sendActionBlocks(const dlms::CosemMethodDescriptor &method,
                                  const QByteArray &encoded, ValueCallback done)
{
    if (!m_negotiated.negotiatedConformance.has(dlms::ConformanceBit::BlockTransferWithAction)) {
        done(Error(
            ErrorKind::Unsupported,
            tr("the parameters (%1 bytes) need block transfer, which the device did not accept")
                .arg(encoded.size())));
        QMetaObject::invokeMethod(this, &DlmsClient::runNext, Qt::QueuedConnection);
        return;
    }
    const dlms::InvokeIdAndPriority invoke = nextInvoke();
    sendBlocks(
        encoded,
        [invoke, method](const dlms::DataBlockSA &block) {
            QByteArray request;
            dlms::encode(dlms::ActionRequestWithFirstPblock{invoke, method, block}, request);
            return request;
        },
        [invoke](const dlms::DataBlockSA &block) {
            QByteArray request;
            dlms::encode(dlms::ActionRequestWithPblock{invoke, block}, request);
            return request;
        },
        [](const dlms::Apdu &apdu) -> std::optional<quint32> {
            if (auto *ack = std::get_if<dlms::ActionResponseNextPblock>(&apdu))
                return ack->blockNumber;
            return std::nullopt;
        },
        [done](const dlms::Apdu &apdu) {
            if (auto *r = std::get_if<dlms::ActionResponseNormal>(&apdu))
                done(dlms::toResult(r->outcome));
            else
                done(Error(ErrorKind::Malformed,
                           tr("unexpected answer to ACTION: %1").arg(dlms::apduName(apdu))));
        },
        [done](const Error &e) { done(e); });
}

} // namespace ims::client
