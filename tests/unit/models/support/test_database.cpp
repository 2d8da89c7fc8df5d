#include "test_database.h"

#include "models/storage/domain_store.h"

#include <QSqlQuery>
#include <QTest>

namespace ims::test {

TestDatabase::TestDatabase()
{
    m_path = m_dir.filePath(QStringLiteral("imsdesk.sqlite"));
    reopen();
}

void TestDatabase::reopen()
{
    m_database = std::make_unique<storage::Database>(storage::DatabaseConfig{m_path});
    const Status status = m_database->openAndMigrate();
    if (!status)
        qWarning() << status.error().message;
    m_ok = m_dir.isValid() && status.ok();
}

QSqlDatabase TestDatabase::connection(const QString &role)
{
    auto db = m_database->connection(role);
    if (!db)
        qWarning() << db.error().message;
    return db ? *db : QSqlDatabase();
}

SmallInstallation createSmallInstallation(QSqlDatabase db)
{
    using namespace ims::domain;
    storage::DomainStore store(db);
    SmallInstallation out;
    out.siteId
        = store.add(Site{0, QStringLiteral("SNT Berezka"), SiteKind::Snt, {}, {}}).valueOr(0);
    Router router;
    router.siteId = out.siteId;
    router.name = QStringLiteral("USPD-1");
    router.host = QStringLiteral("192.0.2.10");
    router.port = 4059;
    out.routerId = store.add(router).valueOr(0);
    Subscriber subscriber{0, QStringLiteral("ACC-17"), QStringLiteral("Ivanova A. P."), {}, {}};
    const qint64 subscriberId = store.add(subscriber).valueOr(0);
    Meter head;
    head.serial = QStringLiteral("HEAD0001");
    head.model = QStringLiteral("PSCH-4TM.05");
    head.siteId = out.siteId;
    head.routerId = out.routerId;
    head.physicalAddress = 17;
    head.phases = 3;
    head.ct = {100, 5};
    head.vt = {10000, 100};
    out.headId = store.add(head).valueOr(0);
    Meter a;
    a.serial = QStringLiteral("MEMBER01");
    a.model = QStringLiteral("MIR C-04");
    a.siteId = out.siteId;
    a.routerId = out.routerId;
    a.physicalAddress = 18;
    a.subscriberId = subscriberId;
    a.plot = QStringLiteral("17");
    out.memberAId = store.add(a).valueOr(0);
    Meter b = a;
    b.serial = QStringLiteral("MEMBER02");
    b.physicalAddress = 19;
    b.subscriberId = 0;
    b.plot = QStringLiteral("18");
    out.memberBId = store.add(b).valueOr(0);
    BalanceGroup group;
    group.name = QStringLiteral("TP-1");
    group.siteId = out.siteId;
    group.members = {{out.headId, BalanceRole::Head, 1},
                     {out.memberAId, BalanceRole::Member, 1},
                     {out.memberBId, BalanceRole::Member, 1}};
    out.groupId = store.add(group).valueOr(0);
    return out;
}

engine::IntervalReading interval(const QString &serial, int channel, qint64 end, qint64 raw,
                                 int scaler, quint32 status)
{
    engine::IntervalReading r;
    r.meter.serial = serial;
    r.channel = engine::EnergyChannel(channel);
    r.intervalEnd = end;
    r.rawValue = raw;
    r.scaler = qint8(scaler);
    r.status = status;
    return r;
}

qint64 countRows(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace ims::test
