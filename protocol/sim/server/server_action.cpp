// ACTION service of the server: normal, with-list, parameters received in
// blocks (with-first-pblock / with-pblock) and return data sent in blocks.
#include "protocol/axdr/axdr_codec.h"
#include "protocol/core/logging.h"
#include "protocol/sim/server/cosem_server.h"

namespace ims::sim {

namespace {

constexpr qsizetype kMaxLongAction = 4 * 1024 * 1024;
// C7 02, invoke, last-block, block number (4), length (<= 3 bytes).
constexpr qsizetype kPblockHeader = 1 + 1 + 1 + 1 + 4 + 3;

template<typename T>
QByteArray encoded(const T &pdu)
{
    QByteArray out;
    dlms::encode(pdu, out);
    return out;
}

dlms::ActionOutcome outcomeOf(const ActionReply &reply)
{
    dlms::ActionOutcome outcome;
    outcome.result = reply.result;
    if (reply.data)
        outcome.returnParameters = dlms::GetDataResult(*reply.data);
    return outcome;
}

} // namespace

ActionReply CosemServer::invokeMethod(const dlms::CosemMethodDescriptor &method,
                                      const std::optional<axdr::Value> &parameters)
{
    using R = dlms::ActionResult;
    CosemObject *object = m_device->find(method.instance);
    ServiceContext ctx = context();
    if (!object || !object->access().visibleTo(ctx.role))
        return ActionReply::fail(R::ObjectUndefined);
    if (object->classId() != method.classId)
        return ActionReply::fail(R::ObjectClassInconsistent);
    if (method.methodId < 1 || method.methodId > object->methodCount())
        return ActionReply::fail(R::ObjectUndefined);
    if (!object->access().canExecute(ctx.role, method.methodId))
        return ActionReply::fail(R::ReadWriteDenied);
    return object->action(method.methodId, parameters, ctx);
}

QByteArray CosemServer::actionAnswer(dlms::InvokeIdAndPriority invoke, const ActionReply &reply)
{
    QByteArray out = encoded(dlms::ActionResponseNormal{invoke, outcomeOf(reply)});
    if (out.size() <= maxResponseSize() || !reply.data)
        return out;
    if (!allowed(dlms::ConformanceBit::BlockTransferWithAction))
        return encoded(
            dlms::ActionResponseNormal{invoke, {dlms::ActionResult::OtherReason, std::nullopt}});
    m_longAction = LongActionReply{axdr::encode(*reply.data), 0, 0};
    const qsizetype payload = qMax<qsizetype>(16, maxResponseSize() - kPblockHeader);
    dlms::DataBlockSA block{false, ++m_longAction->lastBlock, m_longAction->data.left(payload)};
    m_longAction->sent = block.rawData.size();
    block.lastBlock = m_longAction->sent >= m_longAction->data.size();
    if (block.lastBlock)
        m_longAction.reset();
    return encoded(dlms::ActionResponseWithPblock{invoke, block});
}

QByteArray CosemServer::serveAction(const dlms::Apdu &request)
{
    using R = dlms::ActionResult;
    const bool blocksAllowed = allowed(dlms::ConformanceBit::BlockTransferWithAction);
    if (const auto *r = std::get_if<dlms::ActionRequestNormal>(&request)) {
        m_longRequest.reset();
        m_longAction.reset();
        return actionAnswer(r->invoke, invokeMethod(r->method, r->parameters));
    }
    if (const auto *r = std::get_if<dlms::ActionRequestWithList>(&request)) {
        dlms::ActionResponseWithList response{r->invoke, {}};
        for (qsizetype i = 0; i < r->methods.size(); ++i) {
            const std::optional<axdr::Value> p = i < r->parameters.size()
                                                     ? std::optional<axdr::Value>(r->parameters[i])
                                                     : std::nullopt;
            response.outcomes.append(outcomeOf(invokeMethod(r->methods[i], p)));
        }
        return encoded(response);
    }
    if (const auto *r = std::get_if<dlms::ActionRequestNextPblock>(&request)) {
        if (!m_longAction || r->blockNumber != m_longAction->lastBlock) {
            m_longAction.reset();
            return encoded(
                dlms::ActionResponseNormal{r->invoke, {R::NoLongActionInProgress, std::nullopt}});
        }
        const qsizetype payload = qMax<qsizetype>(16, maxResponseSize() - kPblockHeader);
        dlms::DataBlockSA block{false, ++m_longAction->lastBlock,
                                m_longAction->data.mid(m_longAction->sent, payload)};
        m_longAction->sent += block.rawData.size();
        block.lastBlock = m_longAction->sent >= m_longAction->data.size();
        if (block.lastBlock)
            m_longAction.reset();
        return encoded(dlms::ActionResponseWithPblock{r->invoke, block});
    }
    dlms::InvokeIdAndPriority invoke;
    dlms::DataBlockSA block;
    if (const auto *r = std::get_if<dlms::ActionRequestWithFirstPblock>(&request)) {
        if (!blocksAllowed || r->block.blockNumber != 1)
            return encoded(dlms::ActionResponseNormal{r->invoke, {R::OtherReason, std::nullopt}});
        m_longRequest = LongRequest{LongRequest::Kind::Action, {}, r->method, r->block.rawData, 1};
        invoke = r->invoke;
        block = r->block;
    } else if (const auto *more = std::get_if<dlms::ActionRequestWithPblock>(&request)) {
        if (!m_longRequest || m_longRequest->kind != LongRequest::Kind::Action)
            return encoded(dlms::ActionResponseNormal{more->invoke,
                                                      {R::NoLongActionInProgress, std::nullopt}});
        if (more->block.blockNumber != m_longRequest->lastBlock + 1
            || m_longRequest->data.size() > kMaxLongAction) {
            m_longRequest.reset();
            return encoded(
                dlms::ActionResponseNormal{more->invoke, {R::LongActionAborted, std::nullopt}});
        }
        m_longRequest->data.append(more->block.rawData);
        m_longRequest->lastBlock = more->block.blockNumber;
        invoke = more->invoke;
        block = more->block;
    } else {
        return exception(dlms::ExceptionStateError::ServiceUnknown,
                         dlms::ExceptionServiceError::ServiceNotSupported);
    }
    if (!block.lastBlock)
        return encoded(dlms::ActionResponseNextPblock{invoke, block.blockNumber});
    LongRequest whole = std::move(*m_longRequest);
    m_longRequest.reset();
    Result<axdr::Value> parameters = axdr::decodeAll(whole.data);
    if (!parameters)
        return encoded(dlms::ActionResponseNormal{invoke, {R::TypeUnmatched, std::nullopt}});
    return actionAnswer(invoke, invokeMethod(whole.method, *parameters));
}

} // namespace ims::sim
