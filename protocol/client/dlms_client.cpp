#include "protocol/client/dlms_client.h"

#include "protocol/axdr/axdr_codec.h"
#include "protocol/core/logging.h"
#include "protocol/security/ciphering.h"

namespace ims::client {

namespace {

// Tags of the APDUs that arrive unsolicited.
bool isNotification(quint8 tag)
{
    return tag == 0xC2 || tag == 0x0F;
}

} // namespace

DlmsClient::DlmsClient(ApduChannel &channel, AssociationSettings settings, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
    , m_settings(std::move(settings))
    , m_security(m_settings.keys, m_settings.systemTitle, m_settings.invocationCounter)
{
    m_security.setInvocationCounterObserver(
        [this](quint64 next) { emit invocationCounterChanged(next); });
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        failCurrent(Error(ErrorKind::Timeout, tr("no answer from %1 for %2 s")
                                                  .arg(m_channel.description())
                                                  .arg(m_settings.responseTimeoutMs / 1000.0)));
    });
    connect(&m_channel, &ApduChannel::apduReceived, this, &DlmsClient::onApduReceived);
    // The response timeout counts silence, not the length of an answer.
    connect(&m_channel, &ApduChannel::receiving, this, [this] {
        if (m_timer.isActive())
            m_timer.start(m_settings.responseTimeoutMs);
    });
    connect(&m_channel, &ApduChannel::ready, this, &DlmsClient::onChannelReady);
    connect(&m_channel, &ApduChannel::failed, this, &DlmsClient::onChannelFailed);
}

DlmsClient::~DlmsClient()
{
    m_channel.disconnect(this);
}

// ---- queue and transport ---------------------------------------------------

void DlmsClient::enqueue(std::function<void()> start, FailCallback fail)
{
    m_queue.push_back({std::move(start), std::move(fail)});
    if (!m_current && !m_waitingForChannel && m_queue.size() == 1)
        QMetaObject::invokeMethod(this, &DlmsClient::runNext, Qt::QueuedConnection);
}

void DlmsClient::runNext()
{
    if (m_current || m_waitingForChannel || m_queue.empty())
        return;
    Pending next = std::move(m_queue.front());
    m_queue.pop_front();
    next.start();
}

void DlmsClient::begin(Exchange exchange)
{
    m_current = std::move(exchange);
}

void DlmsClient::send(const QByteArray &plainApdu, bool protectApdu)
{
    QByteArray wire = plainApdu;
    if (protectApdu && m_settings.ciphered()) {
        Result<QByteArray> wrapped = protect(plainApdu);
        if (!wrapped) {
            failCurrent(wrapped.error());
            return;
        }
        wire = std::move(*wrapped);
    }
    if (const Status sent = m_channel.sendApdu(wire); !sent) {
        failCurrent(sent.error());
        return;
    }
    m_timer.start(m_settings.responseTimeoutMs);
}

void DlmsClient::complete()
{
    m_timer.stop();
    m_current.reset();
    QMetaObject::invokeMethod(this, &DlmsClient::runNext, Qt::QueuedConnection);
}

void DlmsClient::failCurrent(const Error &error)
{
    m_timer.stop();
    if (!m_current)
        return;
    Exchange failed = std::move(*m_current);
    m_current.reset();
    failed.onError(error);
    QMetaObject::invokeMethod(this, &DlmsClient::runNext, Qt::QueuedConnection);
}

void DlmsClient::failAll(const Error &error)
{
    std::deque<Pending> queued;
    queued.swap(m_queue);
    failCurrent(error);
    for (Pending &pending : queued)
        pending.fail(error);
}

bool DlmsClient::requireAssociation(const FailCallback &fail)
{
    if (m_associated)
        return true;
    fail(Error(ErrorKind::LinkClosed, tr("not associated with %1").arg(m_channel.description())));
    QMetaObject::invokeMethod(this, &DlmsClient::runNext, Qt::QueuedConnection);
    return false;
}

void DlmsClient::cancelAll()
{
    failAll(Error(ErrorKind::Cancelled, tr("cancelled")));
}

void DlmsClient::onChannelReady()
{
    if (!m_waitingForChannel)
        return;
    m_waitingForChannel = false;
    sendAarq();
}

void DlmsClient::onChannelFailed(const Error &error)
{
    m_associated = false;
    m_waitingForChannel = false;
    failAll(error);
}

dlms::InvokeIdAndPriority DlmsClient::nextInvoke()
{
    m_invoke = m_invoke.next();
    return m_invoke;
}

bool DlmsClient::matchesInvoke(const dlms::Apdu &apdu) const
{
    return std::visit(
        [this](const auto &pdu) {
            if constexpr (requires { pdu.invoke.invokeId(); })
                return pdu.invoke.invokeId() == m_invoke.invokeId();
            else
                return true;
        },
        apdu);
}

int DlmsClient::maxRequestSize() const
{
    // The server's limit, less what ciphering adds (tag, length, SC, IC, tag).
    const int serverMax
        = m_negotiated.serverMaxReceivePduSize ? m_negotiated.serverMaxReceivePduSize : 0xFFFF;
    return serverMax - (m_settings.ciphered() ? 24 : 0);
}

void DlmsClient::onApduReceived(const QByteArray &received)
{
    if (received.isEmpty())
        return;
    QByteArray apdu = received;
    const auto parsedEnvelope = dlms::parseApdu(received);
    if (parsedEnvelope && std::holds_alternative<dlms::CipheredApdu>(*parsedEnvelope)) {
        Result<security::UnwrappedApdu> plain = security::unwrapApdu(m_security, received);
        if (!plain) {
            qCWarning(lcSecurity).noquote() << m_channel.description() << plain.error().message;
            failCurrent(plain.error());
            return;
        }
        apdu = plain->apdu;
    }
    if (isNotification(quint8(apdu[0]))) {
        emit notificationReceived(apdu);
        return;
    }
    Result<dlms::Apdu> parsed = dlms::parseApdu(apdu);
    if (!m_current) {
        qCInfo(lcDlms).noquote() << m_channel.description()
                                 << "unexpected APDU ignored:" << apdu.left(16).toHex();
        return;
    }
    if (!parsed) {
        failCurrent(parsed.error());
        return;
    }
    if (auto *exception = std::get_if<dlms::ExceptionResponse>(&*parsed)) {
        failCurrent(exception->toError());
        return;
    }
    if (auto *serviceError = std::get_if<dlms::ConfirmedServiceError>(&*parsed)) {
        failCurrent(serviceError->toError());
        return;
    }
    if (!matchesInvoke(*parsed)) {
        // A late answer to a cancelled or timed-out request.
        qCInfo(lcDlms).noquote() << m_channel.description()
                                 << "answer with a stale invoke id ignored";
        return;
    }
    m_timer.stop();
    // A copy: the handler usually ends the exchange (complete() resets
    // m_current), which would destroy the running lambda and the callback
    // it captured while it still uses them.
    const auto handler = m_current->onApdu;
    handler(*parsed);
}

// ---- services --------------------------------------------------------------

void DlmsClient::get(const dlms::CosemAttributeDescriptor &attribute, ValueCallback done,
                     std::optional<dlms::SelectiveAccess> access)
{
    FailCallback fail = [done](const Error &e) {
        done(e);
    };
    enqueue(
        [this, attribute, done, fail, access = std::move(access)]() mutable {
            if (!requireAssociation(fail))
                return;
            auto assembled = std::make_shared<QByteArray>();
            auto expected = std::make_shared<quint32>(1);
            auto finish = [this, done](Result<QByteArray> whole) {
                complete();
                if (!whole) {
                    done(whole.error());
                    return;
                }
                done(axdr::decodeAll(*whole));
            };
            begin({[this, done, assembled, expected, finish](const dlms::Apdu &apdu) {
                       if (auto *normal = std::get_if<dlms::GetResponseNormal>(&apdu)) {
                           complete();
                           done(dlms::toResult(normal->result));
                           return;
                       }
                       continueGet(apdu, *assembled, *expected, finish);
                   },
                   fail});
            QByteArray request;
            dlms::encode(dlms::GetRequestNormal{nextInvoke(), attribute, access}, request);
            send(request);
        },
        fail);
}

void DlmsClient::getListOnce(const QList<dlms::AttributeWithSelection> &attributes,
                             ListCallback done)
{
    FailCallback fail = [done](const Error &e) {
        done(e);
    };
    enqueue(
        [this, attributes, done, fail]() mutable {
            if (!requireAssociation(fail))
                return;
            auto toList = [](const QList<dlms::GetDataResult> &results) {
                std::vector<Result<axdr::Value>> out;
                out.reserve(results.size());
                for (const auto &r : results)
                    out.push_back(dlms::toResult(r));
                return out;
            };
            auto assembled = std::make_shared<QByteArray>();
            auto expected = std::make_shared<quint32>(1);
            // A long with-list answer arrives in blocks whose raw data is the
            // SEQUENCE OF Get-Data-Result.
            auto finish = [this, done, toList,
                           count = attributes.size()](Result<QByteArray> whole) {
                complete();
                if (!whole) {
                    done(whole.error());
                    return;
                }
                dlms::PduReader reader(*whole);
                const auto results = dlms::readSequence<dlms::GetDataResult>(
                    reader, [](dlms::PduReader &r) { return dlms::readGetDataResult(r, {}); });
                if (const Status end = reader.finish(); !end) {
                    done(end.error());
                    return;
                }
                if (results.size() != count) {
                    done(Error(ErrorKind::Malformed, tr("asked for %1 attributes, got %2 results")
                                                         .arg(count)
                                                         .arg(results.size())));
                    return;
                }
                done(toList(results));
            };
            begin({[this, done, toList, assembled, expected, finish,
                    count = attributes.size()](const dlms::Apdu &apdu) {
                       if (auto *list = std::get_if<dlms::GetResponseWithList>(&apdu)) {
                           complete();
                           if (list->results.size() != count) {
                               done(Error(ErrorKind::Malformed,
                                          tr("asked for %1 attributes, got %2 results")
                                              .arg(count)
                                              .arg(list->results.size())));
                               return;
                           }
                           done(toList(list->results));
                           return;
                       }
                       continueGet(apdu, *assembled, *expected, finish);
                   },
                   fail});
            QByteArray request;
            dlms::encode(dlms::GetRequestWithList{nextInvoke(), attributes}, request);
            send(request);
        },
        fail);
}

void DlmsClient::set(const dlms::CosemAttributeDescriptor &attribute, const axdr::Value &value,
                     StatusCallback done)
{
    FailCallback fail = [done](const Error &e) {
        done(e);
    };
    enqueue(
        [this, attribute, value, done, fail]() mutable {
            if (!requireAssociation(fail))
                return;
            QByteArray request;
            dlms::encode(dlms::SetRequestNormal{nextInvoke(), attribute, std::nullopt, value},
                         request);
            if (request.size() > maxRequestSize()) {
                sendSetBlocks(attribute, axdr::encode(value), std::move(done));
                return;
            }
            begin({[this, done](const dlms::Apdu &apdu) {
                       complete();
                       if (auto *r = std::get_if<dlms::SetResponseNormal>(&apdu)) {
                           done(r->result == dlms::DataAccessResult::Success
                                    ? Status()
                                    : Status(dlms::dataAccessError(r->result)));
                           return;
                       }
                       done(Error(ErrorKind::Malformed,
                                  tr("unexpected answer to SET: %1").arg(dlms::apduName(apdu))));
                   },
                   fail});
            send(request);
        },
        fail);
}

void DlmsClient::action(const dlms::CosemMethodDescriptor &method,
                        std::optional<axdr::Value> parameters, ValueCallback done)
{
    FailCallback fail = [done](const Error &e) {
        done(e);
    };
    enqueue(
        [this, method, parameters = std::move(parameters), done, fail]() mutable {
            if (!requireAssociation(fail))
                return;
            QByteArray request;
            dlms::encode(dlms::ActionRequestNormal{nextInvoke(), method, parameters}, request);
            if (parameters && request.size() > maxRequestSize()) {
                sendActionBlocks(method, axdr::encode(*parameters), std::move(done));
                return;
            }
            auto assembled = std::make_shared<QByteArray>();
            begin({[this, done, assembled](const dlms::Apdu &apdu) {
                       if (auto *r = std::get_if<dlms::ActionResponseNormal>(&apdu)) {
                           complete();
                           done(dlms::toResult(r->outcome));
                           return;
                       }
                       // Return data in blocks: ask for each next one.
                       if (auto *b = std::get_if<dlms::ActionResponseWithPblock>(&apdu)) {
                           assembled->append(b->block.rawData);
                           if (assembled->size() > m_settings.maxResponseBytes) {
                               failCurrent(Error(ErrorKind::TooLarge,
                                                 tr("the answer exceeds %1 bytes")
                                                     .arg(m_settings.maxResponseBytes)));
                               return;
                           }
                           if (b->block.lastBlock) {
                               complete();
                               done(axdr::decodeAll(*assembled));
                               return;
                           }
                           QByteArray next;
                           dlms::encode(
                               dlms::ActionRequestNextPblock{m_invoke, b->block.blockNumber}, next);
                           send(next);
                           return;
                       }
                       complete();
                       done(Error(ErrorKind::Malformed,
                                  tr("unexpected answer to ACTION: %1").arg(dlms::apduName(apdu))));
                   },
                   fail});
            send(request);
        },
        fail);
}

} // namespace ims::client
