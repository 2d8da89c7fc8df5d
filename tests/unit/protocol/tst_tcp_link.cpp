// TcpLink against a real QTcpServer on 127.0.0.1: opening, 64 KB each way,
// the far end closing, and the typed errors of a failed connect.
#include "protocol/link/tcp_link.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <arpa/inet.h>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace ims;
using namespace ims::link;

namespace {

constexpr int kWaitMs = 10'000;

// Every byte value, in an order that a shifted or dropped byte cannot hide in.
QByteArray pattern(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = seed;
    for (qsizetype i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        out[i] = char(x >> 24);
    }
    return out;
}

// A server that keeps what it received and can echo it back.
class TestServer : public QObject
{
public:
    explicit TestServer(bool echo)
        : m_echo(echo)
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            client = server.nextPendingConnection();
            connect(client, &QTcpSocket::readyRead, this, [this] {
                const QByteArray bytes = client->readAll();
                received += bytes;
                if (m_echo)
                    client->write(bytes);
            });
        });
    }
    bool listen() { return server.listen(QHostAddress::LocalHost); }
    TcpSettings settings() const
    {
        return TcpSettings{QStringLiteral("127.0.0.1"), server.serverPort()};
    }

    QTcpServer server;
    QTcpSocket *client = nullptr;
    QByteArray received;

private:
    bool m_echo;
};

} // namespace

class TcpLinkTest : public QObject
{
    Q_OBJECT

private slots:
    void connectsAndEchoes64KiB()
    {
        TestServer server(/*echo=*/true);
        QVERIFY(server.listen());
        TcpLink link(server.settings());
        QCOMPARE(link.description(),
                 QStringLiteral("tcp 127.0.0.1:%1").arg(server.server.serverPort()));
        QSignalSpy opened(&link, &Link::opened);
        QSignalSpy errors(&link, &Link::errorOccurred);
        link.open();
        QCOMPARE(opened.count(), 0); // never from inside open()
        QVERIFY(opened.wait(kWaitMs));
        QVERIFY(link.isOpen());

        QByteArray echoed;
        connect(&link, &Link::bytesReceived, [&](const QByteArray &b) { echoed += b; });
        qint64 written = 0;
        connect(&link, &Link::bytesWritten, [&](qint64 n) { written += n; });

        const QByteArray data = pattern(64 * 1024, 7);
        // In uneven pieces, as a protocol layer writes frames.
        for (qsizetype at = 0; at < data.size(); at += 1000)
            QVERIFY(link.write(data.mid(at, 1000)).ok());

        QTRY_COMPARE_WITH_TIMEOUT(server.received.size(), data.size(), kWaitMs);
        QVERIFY(server.received == data);
        QTRY_COMPARE_WITH_TIMEOUT(echoed.size(), data.size(), kWaitMs);
        QVERIFY(echoed == data);
        QTRY_COMPARE_WITH_TIMEOUT(written, qint64(data.size()), kWaitMs);
        QCOMPARE(link.bytesOut(), quint64(data.size()));
        QCOMPARE(link.bytesIn(), quint64(data.size()));
        QCOMPARE(errors.count(), 0);
    }

    void serverToLink64KiB()
    {
        TestServer server(/*echo=*/false);
        QVERIFY(server.listen());
        TcpLink link(server.settings());
        QSignalSpy opened(&link, &Link::opened);
        link.open();
        QVERIFY(opened.wait(kWaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(server.client != nullptr, kWaitMs);
        QByteArray received;
        connect(&link, &Link::bytesReceived, [&](const QByteArray &b) { received += b; });
        const QByteArray data = pattern(64 * 1024, 11);
        server.client->write(data);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), data.size(), kWaitMs);
        QVERIFY(received == data);
    }

    void remoteCloseReportsLinkClosed()
    {
        TestServer server(/*echo=*/false);
        QVERIFY(server.listen());
        TcpLink link(server.settings());
        QSignalSpy opened(&link, &Link::opened);
        link.open();
        QVERIFY(opened.wait(kWaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(server.client != nullptr, kWaitMs);

        QStringList events;
        QByteArray received;
        connect(&link, &Link::bytesReceived, [&](const QByteArray &b) { received += b; });
        connect(&link, &Link::errorOccurred, [&](const Error &e) {
            events << QStringLiteral("error ") + errorKindName(e.kind);
        });
        connect(&link, &Link::closed, [&] { events << QStringLiteral("closed"); });
        QSignalSpy errors(&link, &Link::errorOccurred);

        server.client->write("bye");
        server.client->flush();
        server.client->disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 2, kWaitMs);
        QCOMPARE(events,
                 (QStringList{QStringLiteral("error link-closed"), QStringLiteral("closed")}));
        QCOMPARE(received, QByteArray("bye")); // what came before the close is kept
        QVERIFY(!link.isOpen());
        const Error error = errors.at(0).at(0).value<Error>();
        QVERIFY2(error.message.contains(link.description()), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("closed")), qPrintable(error.message));
        QCOMPARE(link.write("x").error().kind, ErrorKind::LinkClosed);
    }

    void refusedConnectionIsALinkError()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe; // a port that was free a moment ago and is closed now
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        TcpLink link(TcpSettings{QStringLiteral("127.0.0.1"), closedPort});
        QSignalSpy opened(&link, &Link::opened);
        QSignalSpy closed(&link, &Link::closed);
        QSignalSpy errors(&link, &Link::errorOccurred);
        link.open();
        QVERIFY(errors.wait(kWaitMs));
        const Error error = errors.at(0).at(0).value<Error>();
        QCOMPARE(error.kind, ErrorKind::LinkError);
        QVERIFY2(error.message.contains(QStringLiteral("connection refused"), Qt::CaseInsensitive),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("127.0.0.1:%1").arg(closedPort)),
                 qPrintable(error.message));
        QCOMPARE(error.code, int(QAbstractSocket::ConnectionRefusedError));
        QCOMPARE(opened.count(), 0);
        QCOMPARE(closed.count(), 0); // closed() pairs with opened()
        QVERIFY(!link.isOpen());
    }

    void unknownHostIsALinkError()
    {
        // RFC 6761: ".invalid" never resolves.
        TcpLink link(TcpSettings{QStringLiteral("no-such-meter.invalid"), 4059});
        QSignalSpy errors(&link, &Link::errorOccurred);
        link.open();
        QVERIFY(errors.wait(kWaitMs));
        const Error error = errors.at(0).at(0).value<Error>();
        QCOMPARE(error.kind, ErrorKind::LinkError);
        QVERIFY2(error.message.contains(QStringLiteral("host not found")),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("no-such-meter.invalid")),
                 qPrintable(error.message));
    }

    void localCloseEmitsClosedOnce()
    {
        TestServer server(/*echo=*/false);
        QVERIFY(server.listen());
        TcpLink link(server.settings());
        QSignalSpy opened(&link, &Link::opened);
        QSignalSpy closed(&link, &Link::closed);
        QSignalSpy errors(&link, &Link::errorOccurred);
        link.open();
        QVERIFY(opened.wait(kWaitMs));
        link.close();
        QVERIFY(!link.isOpen());
        QCOMPARE(closed.count(), 0);
        QVERIFY(closed.wait(kWaitMs));
        QTest::qWait(50); // let any stray socket signal arrive
        QCOMPARE(closed.count(), 1);
        QCOMPARE(errors.count(), 0);

        // And it opens again.
        link.open();
        QVERIFY(opened.wait(kWaitMs));
        QVERIFY(link.isOpen());
    }

    void closeWhileConnectingCancelsQuietly()
    {
        TestServer server(/*echo=*/false);
        QVERIFY(server.listen());
        TcpLink link(server.settings());
        QSignalSpy opened(&link, &Link::opened);
        QSignalSpy errors(&link, &Link::errorOccurred);
        link.open();
        link.close();
        QTest::qWait(100);
        QCOMPARE(opened.count(), 0);
        QCOMPARE(errors.count(), 0);
        QVERIFY(!link.isOpen());
    }

    void connectTimeoutIsATimeout()
    {
        // A listener with backlog 0 accepts one pending connection; Linux drops
        // the SYNs of the next ones, so their connect never completes.
        const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(listener >= 0);
        const auto closeListener = qScopeGuard([&] { ::close(listener); });
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QVERIFY(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
        QVERIFY(::listen(listener, 0) == 0);
        socklen_t length = sizeof address;
        QVERIFY(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) == 0);
        const quint16 port = ntohs(address.sin_port);

        QTcpSocket filler;
        filler.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(filler.waitForConnected(kWaitMs));

        TcpSettings settings{QStringLiteral("127.0.0.1"), port};
        settings.connectTimeoutMs = 300;
        TcpLink link(settings);
        QSignalSpy errors(&link, &Link::errorOccurred);
        QSignalSpy opened(&link, &Link::opened);
        link.open();
        QVERIFY(errors.wait(kWaitMs));
        const Error error = errors.at(0).at(0).value<Error>();
        QCOMPARE(error.kind, ErrorKind::Timeout);
        QVERIFY2(error.message.contains(link.description()), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("300 ms")), qPrintable(error.message));
        QCOMPARE(opened.count(), 0);
        QVERIFY(!link.isOpen());
    }
};

QTEST_GUILESS_MAIN(TcpLinkTest)
#include "tst_tcp_link.moc"
