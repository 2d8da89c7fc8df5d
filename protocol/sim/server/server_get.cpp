// GET service of the server (Blue Book 9.4.6.5): normal, with-list and the
// long answer sent in DataBlock-G blocks when it exceeds what the client
// said it can receive.
#include "protocol/axdr/axdr_codec.h"
#include "protocol/core/logging.h"
#include "protocol/sim/server/cosem_server.h"

namespace ims::sim {

namespace {

// C4 02, invoke, last-block, block number (4), choice, length (<= 3 bytes).
constexpr qsizetype kDatablockHeader = 1 + 1 + 1 + 1 + 4 + 1 + 3;

} // namespace

dlms::GetDataResult CosemServer::getAttribute(const dlms::CosemAttributeDescriptor &attribute,
                                              const std::optional<dlms::SelectiveAccess> &access)
{
    CosemObject *object = m_device->find(attribute.instance);
    ServiceContext ctx = context();
    if (!object || !object->access().visibleTo(ctx.role))
        return dlms::DataAccessResult::ObjectUndefined;
    if (object->classId() != attribute.classId)
        return dlms::DataAccessResult::ObjectClassInconsistent;
    if (attribute.attributeId < 1 || attribute.attributeId > object->attributeCount())
        return dlms::DataAccessResult::ObjectUndefined;
    if (!object->access().canRead(ctx.role, attribute.attributeId))
        return dlms::DataAccessResult::ReadWriteDenied;
    if (access && !allowed(dlms::ConformanceBit::SelectiveAccess))
        return dlms::DataAccessResult::ScopeOfAccessViolated;
    return object->get(attribute.attributeId, access, ctx);
}

QByteArray CosemServer::serveGet(const dlms::GetRequestNormal &request)
{
    m_longGet.reset(); // a new request abandons a long GET in progress
    dlms::GetResponseNormal response{request.invoke,
                                     getAttribute(request.attribute, request.access)};
    QByteArray out;
    dlms::encode(response, out);
    if (out.size() <= maxResponseSize())
        return out;
    const auto *value = std::get_if<axdr::Value>(&response.result);
    if (!value || !allowed(dlms::ConformanceBit::BlockTransferWithGetOrRead)) {
        out.clear();
        dlms::encode(dlms::GetResponseNormal{request.invoke, dlms::DataAccessResult::OtherReason},
                     out);
        return out;
    }
    return startLongGet(request.invoke, axdr::encode(*value), false);
}

QByteArray CosemServer::serveGetWithList(const dlms::GetRequestWithList &request)
{
    m_longGet.reset();
    dlms::GetResponseWithList response{request.invoke, {}};
    for (const dlms::AttributeWithSelection &a : request.attributes)
        response.results.append(getAttribute(a.attribute, a.access));
    QByteArray out;
    dlms::encode(response, out);
    if (out.size() <= maxResponseSize())
        return out;
    if (!allowed(dlms::ConformanceBit::BlockTransferWithGetOrRead)) {
        out.clear();
        QList<dlms::GetDataResult> refused(response.results.size(),
                                           dlms::DataAccessResult::OtherReason);
        dlms::encode(dlms::GetResponseWithList{request.invoke, refused}, out);
        return out;
    }
    // The blocks carry the SEQUENCE OF Get-Data-Result.
    QByteArray raw;
    axdr::encodeLength(quint32(response.results.size()), raw);
    for (const dlms::GetDataResult &r : std::as_const(response.results))
        dlms::appendGetDataResult(raw, r);
    return startLongGet(request.invoke, std::move(raw), true);
}

QByteArray CosemServer::startLongGet(dlms::InvokeIdAndPriority invoke, QByteArray data,
                                     bool withList)
{
    LongGet g;
    g.data = std::move(data);
    g.invoke = invoke;
    g.withList = withList;
    m_longGet = std::move(g);
    qCDebug(lcSim) << "long GET of" << m_longGet->data.size() << "bytes";
    return nextGetBlock();
}

QByteArray CosemServer::nextGetBlock()
{
    LongGet &g = *m_longGet;
    const qsizetype payload = qMax<qsizetype>(16, maxResponseSize() - kDatablockHeader);
    dlms::GetResponseWithDatablock block;
    block.invoke = g.invoke;
    block.blockNumber = ++g.lastBlock;
    block.result = g.data.mid(g.sent, payload);
    g.sent += payload;
    block.lastBlock = g.sent >= g.data.size();
    QByteArray out;
    dlms::encode(block, out);
    if (block.lastBlock)
        m_longGet.reset();
    return out;
}

QByteArray CosemServer::serveGetNext(const dlms::GetRequestNext &request)
{
    QByteArray out;
    if (!m_longGet) {
        dlms::encode(dlms::GetResponseWithDatablock{request.invoke, true, request.blockNumber,
                                                    dlms::DataAccessResult::NoLongGetInProgress},
                     out);
        return out;
    }
    if (request.blockNumber != m_longGet->lastBlock) {
        const quint32 expected = m_longGet->lastBlock;
        m_longGet.reset();
        qCInfo(lcSim) << "GET next for block" << request.blockNumber << "after block" << expected;
        dlms::encode(dlms::GetResponseWithDatablock{request.invoke, true, request.blockNumber,
                                                    dlms::DataAccessResult::DataBlockNumberInvalid},
                     out);
        return out;
    }
    m_longGet->invoke = request.invoke;
    return nextGetBlock();
}

} // namespace ims::sim
