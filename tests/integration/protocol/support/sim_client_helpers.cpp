#include "sim_client_helpers.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace ims::simtest {

namespace {

template<typename T>
Result<T> waitFor(const std::function<void(std::function<void(Result<T>)>)> &start)
{
    std::optional<Result<T>> outcome;
    QEventLoop loop;
    start([&](Result<T> r) {
        outcome.emplace(std::move(r));
        loop.quit();
    });
    if (!outcome) {
        QTimer bound;
        bound.setSingleShot(true);
        QObject::connect(&bound, &QTimer::timeout, &loop, &QEventLoop::quit);
        bound.start(kCallBoundMs);
        loop.exec();
    }
    if (!outcome)
        return Error(ErrorKind::Timeout, QStringLiteral("the test gave up waiting"));
    return std::move(*outcome);
}

Status waitStatus(const std::function<void(client::DlmsClient::StatusCallback)> &start)
{
    std::optional<Status> outcome;
    QEventLoop loop;
    start([&](Status s) {
        outcome.emplace(std::move(s));
        loop.quit();
    });
    if (!outcome) {
        QTimer bound;
        bound.setSingleShot(true);
        QObject::connect(&bound, &QTimer::timeout, &loop, &QEventLoop::quit);
        bound.start(kCallBoundMs);
        loop.exec();
    }
    if (!outcome)
        return Error(ErrorKind::Timeout, QStringLiteral("the test gave up waiting"));
    return *outcome;
}

} // namespace

Status associate(client::DlmsClient &client)
{
    return waitStatus([&](auto done) { client.associate(done); });
}

Result<ListResults> getList(client::DlmsClient &client,
                            const QList<dlms::AttributeWithSelection> &attributes)
{
    return waitFor<ListResults>([&](auto done) { client.getList(attributes, done); });
}

Status release(client::DlmsClient &client)
{
    return waitStatus([&](auto done) { client.release(done); });
}

Result<axdr::Value> get(client::DlmsClient &client, quint16 classId, const cosem::Obis &obis,
                        qint8 attribute, std::optional<dlms::SelectiveAccess> access)
{
    return waitFor<axdr::Value>([&](auto done) {
        client.get({classId, obis, attribute}, done, access);
    });
}

Status set(client::DlmsClient &client, quint16 classId, const cosem::Obis &obis, qint8 attribute,
           const axdr::Value &value)
{
    return waitStatus([&](auto done) { client.set({classId, obis, attribute}, value, done); });
}

Result<axdr::Value> action(client::DlmsClient &client, quint16 classId, const cosem::Obis &obis,
                           qint8 method, std::optional<axdr::Value> parameters)
{
    return waitFor<axdr::Value>([&](auto done) {
        client.action({classId, obis, method}, parameters, done);
    });
}

client::AssociationSettings publicClient()
{
    return {};
}

client::AssociationSettings readerClient(const QByteArray &password)
{
    client::AssociationSettings s;
    s.authentication = client::Authentication::Low;
    s.password = password;
    return s;
}

client::AssociationSettings configuratorLow()
{
    client::AssociationSettings s;
    s.authentication = client::Authentication::Low;
    s.password = sim::SimCredentials{}.configuratorPassword;
    return s;
}

client::AssociationSettings configuratorHls(client::Protection protection)
{
    client::AssociationSettings s;
    s.authentication = client::Authentication::HighGmac;
    s.protection = protection;
    s.keys = sim::SimCredentials{}.keys;
    s.systemTitle = QByteArrayLiteral("IMSDESK1");
    s.invocationCounter = 1;
    return s;
}

client::HdlcChannelSettings hdlcSettings(quint8 clientSap, std::optional<quint16> physical)
{
    client::HdlcChannelSettings s;
    s.clientSap = clientSap;
    s.physicalDevice = physical;
    s.responseTimeoutMs = 1000;
    s.maxRetries = 5;
    return s;
}

} // namespace ims::simtest
