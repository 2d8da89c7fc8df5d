#include "protocol/control/attribute_io.h"

#include "protocol/dlms/access_result.h"

#include <memory>

namespace ims::control {

namespace {

struct ReadRun : std::enable_shared_from_this<ReadRun>
{
    client::DlmsClient &client;
    QList<Attribute> attributes;
    ValuesDone done;
    QList<axdr::Value> values;

    ReadRun(client::DlmsClient &c, QList<Attribute> a, ValuesDone d)
        : client(c)
        , attributes(std::move(a))
        , done(std::move(d))
    {}

    void next()
    {
        if (values.size() == attributes.size()) {
            done(values);
            return;
        }
        auto self = shared_from_this();
        client.get(attributes[values.size()], [self](Result<axdr::Value> v) {
            if (!v) {
                self->done(v.error());
                return;
            }
            self->values.append(std::move(*v));
            self->next();
        });
    }
};

struct WriteRun : std::enable_shared_from_this<WriteRun>
{
    client::DlmsClient &client;
    QList<AttributeWrite> writes;
    WritesDone done;
    WriteProgress progress;

    WriteRun(client::DlmsClient &c, QList<AttributeWrite> w, WritesDone d)
        : client(c)
        , writes(std::move(w))
        , done(std::move(d))
    {}

    void next()
    {
        if (progress.confirmed == writes.size()) {
            done(progress);
            return;
        }
        auto self = shared_from_this();
        const AttributeWrite &w = writes[progress.confirmed];
        client.set(w.attribute, w.value, [self](Status s) {
            if (!s) {
                self->progress.failure = s.error();
                self->done(self->progress);
                return;
            }
            ++self->progress.confirmed;
            self->next();
        });
    }
};

} // namespace

void readAttributes(client::DlmsClient &client, QList<Attribute> attributes, ValuesDone done)
{
    std::make_shared<ReadRun>(client, std::move(attributes), std::move(done))->next();
}

void writeAttributes(client::DlmsClient &client, QList<AttributeWrite> writes, WritesDone done)
{
    std::make_shared<WriteRun>(client, std::move(writes), std::move(done))->next();
}

bool isObjectMissing(const Error &error)
{
    return error.kind == ErrorKind::DataAccess
           && (error.code == int(dlms::DataAccessResult::ObjectUndefined)
               || error.code == int(dlms::DataAccessResult::ObjectUnavailable)
               || error.code == int(dlms::DataAccessResult::ObjectClassInconsistent));
}

} // namespace ims::control
