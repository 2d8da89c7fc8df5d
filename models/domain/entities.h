#pragma once
// The things a metering installation is made of, as plain values. Ids are
// the database's; 0 means "not stored yet" or "none" for references.
#include "models/domain/ratio.h"

#include <QList>
#include <QString>

namespace ims::domain {

enum class SiteKind : quint8 { Snt = 0, Tszh = 1, Enterprise = 2, UtilityDistrict = 3 };

struct Site
{
    qint64 id = 0;
    QString name;
    SiteKind kind = SiteKind::Snt;
    QString address;
    QString timeZone = QStringLiteral("Europe/Moscow");
};

struct Substation
{
    qint64 id = 0;
    qint64 siteId = 0;
    QString name;
    QString voltage = QStringLiteral("10/0.4");
};

struct Transformer
{
    qint64 id = 0;
    qint64 substationId = 0;
    QString name;
    qint64 ratedKva = 0;
};

struct Feeder
{
    qint64 id = 0;
    qint64 substationId = 0;
    qint64 transformerId = 0;
    QString name;
};

enum class RouterTransport : quint8 { Tcp = 0, Serial = 1 };

// A data concentrator (УСПД) and how to reach it. Secrets are not stored
// here: credentialsRef names an entry in the operator's key store.
struct Router
{
    qint64 id = 0;
    qint64 siteId = 0;
    qint64 substationId = 0;
    QString name;
    QString model;
    QString serial;
    RouterTransport transport = RouterTransport::Tcp;
    QString host;
    int port = 0;
    QString serialDevice;
    int baudRate = 9600;
    int dataBits = 8;
    QString parity = QStringLiteral("N");
    int stopBits = 1;
    int clientAddress = 16;
    int serverAddress = 1;
    QString credentialsRef;
};

struct Subscriber
{
    qint64 id = 0;
    QString account;
    QString name;
    QString phone;
    QString address;
};

struct TariffPlan
{
    qint64 id = 0;
    QString name;
    QString zones; // "07:00-23:00=1;23:00-07:00=2"
};

namespace MeterCapability {
enum : quint32 {
    Relay = 1u << 0,
    Prepayment = 1u << 1,
    LoadProfile = 1u << 2,
    Events = 1u << 3,
    ThreePhase = 1u << 4,
};
}

enum class MeterState : quint8 { Active = 0, NotResponding = 1, Disabled = 2, Decommissioned = 3 };

struct Meter
{
    qint64 id = 0;
    QString serial;
    QString model;
    qint64 siteId = 0;
    qint64 routerId = 0;
    qint64 feederId = 0;
    int physicalAddress = 0;
    int phases = 1;
    Ratio ct;
    Ratio vt;
    QString installDate; // ISO 8601 date
    qint64 subscriberId = 0;
    QString plot;
    qint64 tariffPlanId = 0;
    quint32 capabilities = 0;
    bool opticalOnly = false;
    MeterState state = MeterState::Active;
};

enum class BalanceRole : quint8 { Head = 0, Member = 1 };

struct BalanceMember
{
    qint64 meterId = 0;
    BalanceRole role = BalanceRole::Member;
    int sign = 1; // -1 for a meter whose flow counts against its side (export)
};

struct BalanceGroup
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0;
    qint64 siteId = 0;
    qint64 substationId = 0;
    int channel = 1; // A+
    QList<BalanceMember> members;
};

enum class PollTarget : quint8 { Site = 0, Router = 1, Meter = 2, Group = 3 };
namespace PollWhat {
enum : quint32 { Profile = 1, Registers = 2, Events = 4, Instant = 8, Clock = 16 };
}

struct PollSchedule
{
    qint64 id = 0;
    QString name;
    PollTarget target = PollTarget::Site;
    qint64 targetId = 0;
    quint32 what = PollWhat::Profile;
    int periodSeconds = 1800;
    int offsetSeconds = 0;
    bool enabled = true;
};

} // namespace ims::domain
