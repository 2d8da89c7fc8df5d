#pragma once
// What a router knows about its network: its own identity, the meters it
// serves (commissioned or merely discovered) and the PLC route to each.
// Read from the SPODUS concentrator objects (see docs/simulator.md,
// "Router objects") over an associated DlmsClient.
#include "protocol/client/connection_profile.h"
#include "protocol/client/dlms_client.h"

#include <QCoreApplication>

#include <functional>

namespace ims::engine {

struct KnownMeter
{
    quint16 physical = 0;
    QString serial;
    QString model;
    bool commissioned = false; // in the router's own list of served meters
    QList<quint16> repeaters;  // from the router outwards
    QList<quint8> quality;     // per hop, percent
};

struct RouterInventory
{
    QString serial;
    QString model;
    QList<KnownMeter> meters;
};

class InventoryReader
{
    Q_DECLARE_TR_FUNCTIONS(InventoryReader)
public:
    using Done = std::function<void(Result<RouterInventory>)>;
    // The client must be associated with the router's own logical device.
    static void read(client::DlmsClient &client, Done done);
    // The whole conversation: opens a link made by `factory`, associates with
    // the router's own logical device, reads, releases. `done` runs once, on
    // the calling thread; the factory must outlive the call.
    static void readFrom(link::LinkFactory &factory, const client::ConnectionProfile &profile,
                         Done done);

    // Decoders of the list objects (public for tests against fixed values).
    static Result<QList<KnownMeter>> decodeMeterList(const axdr::Value &value);
    static Status applyRoutes(const axdr::Value &value, QList<KnownMeter> &meters);
};

// Model name → number of phases (NP54x are three-phase; default 1).
int phasesOfModel(const QString &model);

} // namespace ims::engine
