#include "protocol/sim/router/router_device.h"

#include "protocol/cosem/spodes_objects.h"
#include "protocol/sim/meter/meter_device.h"
#include "protocol/sim/objects/clock_object.h"
#include "protocol/sim/objects/value_objects.h"
#include "protocol/sim/router/sim_router.h"

namespace ims::sim {

namespace {

namespace spodes = cosem::spodes;

axdr::Value meterEntry(SimRouter &router, int index, bool commissioned)
{
    const MeterSpec spec = makeMeterSpec(router.config().seed, router.config().number,
                                         quint32(index), router.config().startMs);
    return axdr::Value::structure(
        {axdr::Value::longUnsigned(spec.physical), axdr::Value::visibleString(spec.serial),
         axdr::Value::visibleString(meterModelName(spec.model).toLatin1()),
         axdr::Value::boolean(commissioned)});
}

axdr::Value meterList(SimRouter &router, bool commissioned)
{
    QList<axdr::Value> items;
    for (int i = 0; i < router.config().meterCount; ++i) {
        if (router.topology().commissioned(i) == commissioned)
            items.append(meterEntry(router, i, commissioned));
    }
    if (commissioned && router.config().headMeter) {
        const MeterSpec head = makeHeadMeterSpec(router.config().seed, router.config().number);
        items.append(axdr::Value::structure(
            {axdr::Value::longUnsigned(head.physical), axdr::Value::visibleString(head.serial),
             axdr::Value::visibleString(meterModelName(head.model).toLatin1()),
             axdr::Value::boolean(true)}));
    }
    return axdr::Value::array(std::move(items));
}

axdr::Value routeTable(SimRouter &router)
{
    QList<axdr::Value> items;
    auto entry = [](quint16 physical, const PlcRoute &route) {
        QList<axdr::Value> repeaters;
        for (quint16 r : route.repeaters)
            repeaters.append(axdr::Value::longUnsigned(r));
        QList<axdr::Value> quality;
        for (quint8 q : route.quality)
            quality.append(axdr::Value::unsigned8(q));
        return axdr::Value::structure({axdr::Value::longUnsigned(physical),
                                       axdr::Value::array(std::move(repeaters)),
                                       axdr::Value::array(std::move(quality))});
    };
    for (int i = 0; i < router.config().meterCount; ++i)
        items.append(entry(quint16(kFirstMeterPhysical + i), router.topology().route(i)));
    if (router.config().headMeter)
        items.append(entry(kHeadMeterPhysical, PlcRoute{{}, {100}})); // wired next to the router
    return axdr::Value::array(std::move(items));
}

} // namespace

std::shared_ptr<LogicalDevice> buildRouterDevice(SimRouter &router, VirtualClock &clock,
                                                 const SimCredentials &credentials)
{
    auto d = std::make_shared<LogicalDevice>(1);
    auto security = std::make_shared<DeviceSecurity>();
    security->keys = credentials.keys;
    security->systemTitle
        = QByteArrayLiteral("MTXR")
          + QByteArray::number(router.config().number % 10000).rightJustified(4, '0');
    d->setSecurity(security);
    addSpodesAssociations(*d, credentials);

    const AccessPolicy everyone = AccessPolicy::readable(roles::All, 2);
    d->emplace<DataObject>(spodes::SerialNumber, axdr::Value::visibleString(router.serial()),
                           everyone);
    d->emplace<DataObject>(spodes::MeterType, axdr::Value::visibleString("RTR512"), everyone);
    d->emplace<DataObject>(spodes::MetrologyFirmwareVersion, axdr::Value::visibleString("2.3.1"),
                           everyone);
    d->emplace<DataObject>(spodes::Manufacturer, axdr::Value::visibleString("MATRITCA"), everyone);

    auto offset = std::make_shared<qint64>(router.clockOffsetMs());
    ClockObject::Access time{[&clock, offset] { return clock.nowMs() + *offset; },
                             [&clock, offset](qint64 ms) { *offset = ms - clock.nowMs(); },
                             [offset](qint64 delta) {
                                 *offset += delta;
                             }};
    AccessPolicy clockRights;
    clockRights.read(roles::All, bits({1, 2})).read(roles::ReaderAndUp, upTo(9));
    clockRights.write(roles::Configurator, bits({2})).execute(roles::Configurator, bits({6}));
    d->emplace<ClockObject>(time, kLocalUtcOffsetSeconds, clockRights);

    const AccessPolicy readers = AccessPolicy::readable(roles::ReaderAndUp, 2);
    d->emplace<DataObject>(
        routerobj::MeterList, [&router] { return meterList(router, true); }, readers);
    d->emplace<DataObject>(
        routerobj::RouteTable, [&router] { return routeTable(router); }, readers);
    d->emplace<DataObject>(
        routerobj::DiscoveredList, [&router] { return meterList(router, false); }, readers);
    return d;
}

} // namespace ims::sim
