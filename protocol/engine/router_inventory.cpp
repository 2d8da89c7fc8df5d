#include "protocol/engine/router_inventory.h"

#include "protocol/cosem/spodes_objects.h"

#include <QTimer>

#include <memory>

namespace ims::engine {

namespace {
constexpr cosem::Obis kMeterList{0, 0, 94, 7, 128, 255};
constexpr cosem::Obis kRouteTable{0, 0, 94, 7, 130, 255};
constexpr cosem::Obis kDiscoveredList{0, 0, 94, 7, 131, 255};
constexpr int kMaxMeters = 65535;

QString text(const axdr::Value &v)
{
    return QString::fromLatin1(v.bytes()).trimmed();
}
} // namespace

int phasesOfModel(const QString &model)
{
    return model.startsWith(u"NP54") ? 3 : 1;
}

Result<QList<KnownMeter>> InventoryReader::decodeMeterList(const axdr::Value &value)
{
    if (value.type() != axdr::DataType::Array)
        return Error(ErrorKind::Malformed, tr("the meter list is not an array"));
    if (value.items().size() > kMaxMeters)
        return Error(ErrorKind::TooLarge, tr("the meter list has too many entries"));
    QList<KnownMeter> meters;
    meters.reserve(value.items().size());
    for (const axdr::Value &entry : value.items()) {
        const QList<axdr::Value> &f = entry.items();
        if (entry.type() != axdr::DataType::Structure || f.size() < 4 || !f[0].toUInt64())
            return Error(ErrorKind::Malformed, tr("a meter list entry has the wrong shape"));
        KnownMeter m;
        m.physical = quint16(*f[0].toUInt64());
        m.serial = text(f[1]);
        m.model = text(f[2]);
        m.commissioned = f[3].toBool();
        meters << m;
    }
    return meters;
}

Status InventoryReader::applyRoutes(const axdr::Value &value, QList<KnownMeter> &meters)
{
    if (value.type() != axdr::DataType::Array)
        return Error(ErrorKind::Malformed, tr("the route table is not an array"));
    QHash<quint16, qsizetype> index;
    for (qsizetype i = 0; i < meters.size(); ++i)
        index.insert(meters[i].physical, i);
    for (const axdr::Value &entry : value.items()) {
        const QList<axdr::Value> &f = entry.items();
        if (entry.type() != axdr::DataType::Structure || f.size() < 3 || !f[0].toUInt64())
            return Error(ErrorKind::Malformed, tr("a route table entry has the wrong shape"));
        const auto it = index.constFind(quint16(*f[0].toUInt64()));
        if (it == index.constEnd())
            continue;
        KnownMeter &m = meters[*it];
        m.repeaters.clear();
        m.quality.clear();
        for (const axdr::Value &r : f[1].items())
            m.repeaters << quint16(r.toUInt64().value_or(0));
        for (const axdr::Value &q : f[2].items())
            m.quality << quint8(std::min<quint64>(100, q.toUInt64().value_or(0)));
    }
    return {};
}

void InventoryReader::read(client::DlmsClient &client, Done done)
{
    QList<dlms::AttributeWithSelection> identity;
    identity << dlms::AttributeWithSelection{{1, cosem::spodes::SerialNumber, 2}, {}}
             << dlms::AttributeWithSelection{{1, cosem::spodes::MeterType, 2}, {}};
    auto inventory = std::make_shared<RouterInventory>();
    client.getList(
        identity, [&client, done, inventory](Result<std::vector<Result<axdr::Value>>> ids) {
            if (!ids)
                return done(ids.error());
            if (ids->size() >= 2) {
                if ((*ids)[0])
                    inventory->serial = text(*(*ids)[0]);
                if ((*ids)[1])
                    inventory->model = text(*(*ids)[1]);
            }
            client.get({1, kMeterList, 2}, [&client, done, inventory](Result<axdr::Value> served) {
                if (!served)
                    return done(served.error());
                auto list = decodeMeterList(*served);
                if (!list)
                    return done(list.error());
                inventory->meters = *list;
                client.get({1, kDiscoveredList, 2}, [&client, done,
                                                     inventory](Result<axdr::Value> found) {
                    if (found) {
                        auto extra = decodeMeterList(*found);
                        if (!extra)
                            return done(extra.error());
                        for (KnownMeter &m : *extra) {
                            m.commissioned = false;
                            inventory->meters << m;
                        }
                    } else if (found.error().kind != ErrorKind::DataAccess) {
                        return done(found.error());
                    }
                    client.get({1, kRouteTable, 2}, [done, inventory](Result<axdr::Value> routes) {
                        if (routes) {
                            if (const Status s = applyRoutes(*routes, inventory->meters); !s)
                                return done(s.error());
                        } else if (routes.error().kind != ErrorKind::DataAccess) {
                            return done(routes.error());
                        }
                        done(*inventory);
                    });
                });
            });
        });
}

void InventoryReader::readFrom(link::LinkFactory &factory, const client::ConnectionProfile &profile,
                               Done done)
{
    // The channel and client live until the conversation ends; they are
    // deleted from the event loop, never inside their own callback.
    struct Conversation
    {
        std::unique_ptr<client::ApduChannel> channel;
        std::unique_ptr<client::DlmsClient> client;
    };
    auto *conversation = new Conversation;
    conversation->channel = client::makeChannel(factory, profile);
    conversation->client
        = std::make_unique<client::DlmsClient>(*conversation->channel, profile.association);
    auto finish = [conversation, done](Result<RouterInventory> result) {
        done(std::move(result));
        QTimer::singleShot(0, [conversation] { delete conversation; });
    };
    client::DlmsClient &client = *conversation->client;
    client.associate([&client, finish](Status associated) {
        if (!associated)
            return finish(associated.error());
        read(client, [&client, finish](Result<RouterInventory> inventory) {
            // The inventory is what counts; a failed goodbye does not spoil it.
            client.release([finish, inventory = std::move(inventory)](Status) mutable {
                finish(std::move(inventory));
            });
        });
    });
}

} // namespace ims::engine
