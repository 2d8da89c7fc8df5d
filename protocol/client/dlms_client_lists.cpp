// GET-with-list split to the server's limits. A with-list request cannot be
// sent in blocks, so a long list goes out as several requests, each as full
// as the server's max receive PDU size allows; a server that did not agree
// to multiple-references is asked one attribute at a time. Either way the
// caller gets one result per attribute, in order.
#include "protocol/client/dlms_client.h"
#include "protocol/dlms/get_apdu.h"

namespace ims::client {

struct DlmsClient::ListRead
{
    QList<dlms::AttributeWithSelection> attributes;
    qsizetype next = 0;
    std::vector<Result<axdr::Value>> results;
    ListCallback done;
};

namespace {

qsizetype encodedSize(const QList<dlms::AttributeWithSelection> &attributes)
{
    QByteArray out;
    dlms::encode(dlms::GetRequestWithList{dlms::InvokeIdAndPriority::make(0), attributes}, out);
    return out.size();
}

// A refusal of one attribute (undefined object, no access) belongs to that
// attribute; anything else (timeout, dropped link, cancel) ends the list.
bool isAttributeRefusal(const Error &error)
{
    return error.kind == ErrorKind::DataAccess || error.kind == ErrorKind::Unsupported;
}

} // namespace

qsizetype
DlmsClient::attributesFittingOneRequest(const QList<dlms::AttributeWithSelection> &attributes,
                                        qsizetype from) const
{
    // The list's length prefix grows by up to two bytes past 127 items.
    const qsizetype budget = maxRequestSize() - encodedSize({}) - 2;
    qsizetype used = 0;
    qsizetype count = 0;
    for (qsizetype i = from; i < attributes.size(); ++i) {
        const qsizetype item = encodedSize({attributes[i]}) - encodedSize({});
        if (count > 0 && used + item > budget)
            break;
        used += item;
        ++count;
    }
    return count;
}

void DlmsClient::getList(const QList<dlms::AttributeWithSelection> &attributes, ListCallback done)
{
    auto read = std::make_shared<ListRead>();
    read->attributes = attributes;
    read->results.reserve(size_t(attributes.size()));
    read->done = std::move(done);
    continueList(read);
}

void DlmsClient::continueList(const std::shared_ptr<ListRead> &read)
{
    const qsizetype remaining = read->attributes.size() - read->next;
    if (remaining <= 0) {
        read->done(std::move(read->results));
        return;
    }
    const bool lists
        = m_negotiated.negotiatedConformance.has(dlms::ConformanceBit::MultipleReferences);
    const qsizetype count = lists ? attributesFittingOneRequest(read->attributes, read->next) : 1;
    if (count == 1) {
        // One attribute: a plain GET says the same in fewer bytes.
        const dlms::AttributeWithSelection &a = read->attributes[read->next];
        get(
            a.attribute,
            [this, read](Result<axdr::Value> value) {
                if (!value && !isAttributeRefusal(value.error()))
                    return read->done(value.error());
                read->results.push_back(std::move(value));
                ++read->next;
                continueList(read);
            },
            a.access);
        return;
    }
    getListOnce(read->attributes.mid(read->next, count),
                [this, read, count](Result<std::vector<Result<axdr::Value>>> part) {
                    if (!part)
                        return read->done(part.error());
                    for (Result<axdr::Value> &value : *part)
                        read->results.push_back(std::move(value));
                    read->next += count;
                    continueList(read);
                });
}

} // namespace ims::client
