// SET service of the server: normal, with-list, and long values received in
// DataBlock-SA blocks (Blue Book 9.4.6.5).
#include "protocol/axdr/axdr_codec.h"
#include "protocol/core/logging.h"
#include "protocol/dlms/pdu_reader.h"
#include "protocol/sim/server/cosem_server.h"

namespace ims::sim {

namespace {

// No value a meter accepts comes near this; it bounds what a client can
// make the server buffer.
constexpr qsizetype kMaxLongRequest = 4 * 1024 * 1024;

template<typename T>
QByteArray encoded(const T &pdu)
{
    QByteArray out;
    dlms::encode(pdu, out);
    return out;
}

} // namespace

dlms::DataAccessResult CosemServer::setAttribute(const dlms::AttributeWithSelection &attribute,
                                                 const axdr::Value &value)
{
    const dlms::CosemAttributeDescriptor &d = attribute.attribute;
    CosemObject *object = m_device->find(d.instance);
    ServiceContext ctx = context();
    if (!object || !object->access().visibleTo(ctx.role))
        return dlms::DataAccessResult::ObjectUndefined;
    if (object->classId() != d.classId)
        return dlms::DataAccessResult::ObjectClassInconsistent;
    if (d.attributeId < 1 || d.attributeId > object->attributeCount())
        return dlms::DataAccessResult::ObjectUndefined;
    if (!object->access().canWrite(ctx.role, d.attributeId))
        return dlms::DataAccessResult::ReadWriteDenied;
    return object->set(d.attributeId, value, attribute.access, ctx);
}

QByteArray CosemServer::serveSet(const dlms::Apdu &request)
{
    using R = dlms::DataAccessResult;
    const bool blocksAllowed = allowed(dlms::ConformanceBit::BlockTransferWithSetOrWrite);
    if (const auto *r = std::get_if<dlms::SetRequestNormal>(&request)) {
        m_longRequest.reset();
        return encoded(
            dlms::SetResponseNormal{r->invoke, setAttribute({r->attribute, r->access}, r->value)});
    }
    if (const auto *r = std::get_if<dlms::SetRequestWithList>(&request)) {
        m_longRequest.reset();
        dlms::SetResponseWithList response{r->invoke, {}};
        for (qsizetype i = 0; i < r->attributes.size(); ++i)
            response.results.append(i < r->values.size()
                                        ? setAttribute(r->attributes[i], r->values[i])
                                        : R::TypeUnmatched);
        return encoded(response);
    }
    if (const auto *r = std::get_if<dlms::SetRequestWithFirstDatablock>(&request)) {
        if (!blocksAllowed || r->block.blockNumber != 1)
            return encoded(dlms::SetResponseLastDatablock{
                r->invoke, blocksAllowed ? R::DataBlockNumberInvalid : R::OtherReason,
                r->block.blockNumber});
        m_longRequest = LongRequest{
            LongRequest::Kind::Set, {{r->attribute, r->access}}, {}, r->block.rawData, 1};
    } else if (const auto *first
               = std::get_if<dlms::SetRequestWithListAndFirstDatablock>(&request)) {
        if (!blocksAllowed || first->block.blockNumber != 1)
            return encoded(dlms::SetResponseLastDatablockWithList{
                first->invoke, QList<R>(first->attributes.size(), R::DataBlockNumberInvalid),
                first->block.blockNumber});
        m_longRequest = LongRequest{
            LongRequest::Kind::SetList, first->attributes, {}, first->block.rawData, 1};
    } else if (const auto *more = std::get_if<dlms::SetRequestWithDatablock>(&request)) {
        if (!m_longRequest || m_longRequest->kind == LongRequest::Kind::Action)
            return encoded(dlms::SetResponseLastDatablock{more->invoke, R::NoLongSetInProgress,
                                                          more->block.blockNumber});
        if (more->block.blockNumber != m_longRequest->lastBlock + 1) {
            m_longRequest.reset();
            return encoded(dlms::SetResponseLastDatablock{more->invoke, R::DataBlockNumberInvalid,
                                                          more->block.blockNumber});
        }
        m_longRequest->data.append(more->block.rawData);
        m_longRequest->lastBlock = more->block.blockNumber;
        if (m_longRequest->data.size() > kMaxLongRequest) {
            m_longRequest.reset();
            return encoded(dlms::SetResponseLastDatablock{more->invoke, R::LongSetAborted,
                                                          more->block.blockNumber});
        }
    } else {
        return exception(dlms::ExceptionStateError::ServiceUnknown,
                         dlms::ExceptionServiceError::ServiceNotSupported);
    }

    // A block of a long SET arrived: acknowledge it, or apply the whole value.
    const auto block = std::visit(
        [](const auto &pdu) -> std::pair<dlms::InvokeIdAndPriority, dlms::DataBlockSA> {
            if constexpr (requires { pdu.block; })
                return {pdu.invoke, pdu.block};
            else
                return {};
        },
        request);
    if (!block.second.lastBlock)
        return encoded(dlms::SetResponseDatablock{block.first, block.second.blockNumber});
    return finishLongSet(block.first, block.second.blockNumber);
}

QByteArray CosemServer::finishLongSet(dlms::InvokeIdAndPriority invoke, quint32 blockNumber)
{
    using R = dlms::DataAccessResult;
    LongRequest request = std::move(*m_longRequest);
    m_longRequest.reset();
    if (request.kind == LongRequest::Kind::Set) {
        Result<axdr::Value> value = axdr::decodeAll(request.data);
        if (!value)
            return encoded(dlms::SetResponseLastDatablock{invoke, R::TypeUnmatched, blockNumber});
        return encoded(dlms::SetResponseLastDatablock{
            invoke, setAttribute(request.attributes.first(), *value), blockNumber});
    }
    // with-list: the raw data is SEQUENCE OF Data, one per attribute.
    dlms::PduReader reader(request.data);
    const QList<axdr::Value> values = dlms::readSequence<axdr::Value>(
        reader, [](dlms::PduReader &r) { return dlms::readData(r, {}); });
    QList<R> results;
    const bool whole = reader.finish().ok() && values.size() == request.attributes.size();
    for (qsizetype i = 0; i < request.attributes.size(); ++i)
        results.append(whole ? setAttribute(request.attributes[i], values[i]) : R::TypeUnmatched);
    return encoded(dlms::SetResponseLastDatablockWithList{invoke, results, blockNumber});
}

} // namespace ims::sim
