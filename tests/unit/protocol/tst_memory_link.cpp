// The in-process link pair and its fault hooks, and the default LinkFactory.
#include "protocol/link/link_factory.h"
#include "protocol/link/memory_link.h"
#include "protocol/link/optical_link.h"
#include "protocol/link/serial_link.h"
#include "protocol/link/tcp_link.h"

#include <QSignalSpy>
#include <QTest>

using namespace ims;
using namespace ims::link;

namespace {

constexpr int kWaitMs = 5000;

// Everything one link receives, in order.
struct Collector
{
    explicit Collector(Link *link)
    {
        QObject::connect(link, &Link::bytesReceived, [this](const QByteArray &b) { bytes += b; });
    }
    QByteArray bytes;
};

bool openBoth(MemoryLink *a, MemoryLink *b)
{
    QSignalSpy openedA(a, &Link::opened);
    QSignalSpy openedB(b, &Link::opened);
    a->open();
    b->open();
    return (openedA.count() == 1 || openedA.wait(kWaitMs))
           && (openedB.count() == 1 || openedB.wait(kWaitMs));
}

} // namespace

class MemoryLinkTest : public QObject
{
    Q_OBJECT

private slots:
    void deliversBothWaysThroughTheEventLoop()
    {
        MemoryLinkPair pair(QStringLiteral("t"));
        QVERIFY(openBoth(pair.a(), pair.b()));
        Collector atA(pair.a());
        Collector atB(pair.b());
        QSignalSpy written(pair.a(), &Link::bytesWritten);

        QVERIFY(pair.a()->write("hello").ok());
        QVERIFY(pair.b()->write("world").ok());
        // Never inside write(): nothing has arrived yet.
        QCOMPARE(atB.bytes, QByteArray());
        QCOMPARE(written.count(), 0);

        QTRY_COMPARE_WITH_TIMEOUT(atB.bytes, QByteArray("hello"), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(atA.bytes, QByteArray("world"), kWaitMs);
        QCOMPARE(written.count(), 1);
        QCOMPARE(written.at(0).at(0).toLongLong(), 5);
        QCOMPARE(pair.a()->bytesOut(), quint64(5));
        QCOMPARE(pair.b()->bytesIn(), quint64(5));
        QVERIFY(pair.a()->description() != pair.b()->description());
    }

    void signalsAreNeverEmittedInsideCalls()
    {
        MemoryLinkPair pair;
        QSignalSpy opened(pair.a(), &Link::opened);
        pair.a()->open();
        QCOMPARE(opened.count(), 0);
        QVERIFY(opened.wait(kWaitMs));
        QVERIFY(pair.a()->isOpen());

        QSignalSpy closed(pair.a(), &Link::closed);
        pair.a()->close();
        QVERIFY(!pair.a()->isOpen());
        QCOMPARE(closed.count(), 0);
        QVERIFY(closed.wait(kWaitMs));
    }

    void writeOnAClosedLinkFailsAtOnce()
    {
        MemoryLinkPair pair;
        const Status status = pair.a()->write("x");
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, ErrorKind::LinkClosed);
        QVERIFY(status.error().message.contains(pair.a()->description()));
    }

    void dropNextBytes()
    {
        MemoryLinkPair pair;
        QVERIFY(openBoth(pair.a(), pair.b()));
        Collector atB(pair.b());
        pair.a()->dropNextBytes(3);
        QVERIFY(pair.a()->write("ab").ok());    // both dropped
        QVERIFY(pair.a()->write("cdefg").ok()); // "c" dropped
        QVERIFY(pair.a()->write("hij").ok());   // intact
        QTRY_COMPARE_WITH_TIMEOUT(atB.bytes, QByteArray("defghij"), kWaitMs);
        // The writer still counts what it wrote: the loss is on the wire.
        QTRY_COMPARE_WITH_TIMEOUT(pair.a()->bytesOut(), quint64(10), kWaitMs);
    }

    void corruptByte()
    {
        MemoryLinkPair pair;
        QVERIFY(openBoth(pair.a(), pair.b()));
        Collector atB(pair.b());
        pair.a()->corruptByte(4, 0x01); // the 5th byte from now
        QVERIFY(pair.a()->write("abc").ok());
        QVERIFY(pair.a()->write("def").ok());
        QVERIFY(pair.a()->write("ghi").ok()); // past the corruption: intact
        QTRY_COMPARE_WITH_TIMEOUT(atB.bytes.size(), 9, kWaitMs);
        QCOMPARE(atB.bytes, QByteArray("abcddfghi")); // 'e' ^ 0x01 == 'd'
    }

    void corruptionAppliesOnce()
    {
        MemoryLinkPair pair;
        QVERIFY(openBoth(pair.a(), pair.b()));
        Collector atB(pair.b());
        pair.a()->corruptByte(0);
        QVERIFY(pair.a()->write(QByteArray(1, '\x0F')).ok());
        QVERIFY(pair.a()->write(QByteArray(1, '\x0F')).ok());
        QTRY_COMPARE_WITH_TIMEOUT(atB.bytes, QByteArray("\xF0\x0F", 2), kWaitMs);
    }

    void delayedDeliveryKeepsWireOrder()
    {
        MemoryLinkPair pair;
        QVERIFY(openBoth(pair.a(), pair.b()));
        Collector atA(pair.a());
        QByteArray arrivals; // which end received first
        connect(pair.a(), &Link::bytesReceived, [&] { arrivals += 'A'; });
        connect(pair.b(), &Link::bytesReceived, [&] { arrivals += 'B'; });
        Collector atB(pair.b());

        pair.a()->setDeliveryDelay(150);
        QVERIFY(pair.a()->write("slow").ok());
        QVERIFY(pair.b()->write("fast").ok());
        QTRY_COMPARE_WITH_TIMEOUT(atB.bytes, QByteArray("slow"), kWaitMs);
        QCOMPARE(atA.bytes, QByteArray("fast"));
        QCOMPARE(arrivals, QByteArray("AB")); // the undelayed direction overtook

        // Lowering the delay never lets later bytes overtake earlier ones.
        atB.bytes.clear();
        QVERIFY(pair.a()->write("1").ok());
        pair.a()->setDeliveryDelay(0);
        QVERIFY(pair.a()->write("2").ok());
        QTRY_COMPARE_WITH_TIMEOUT(atB.bytes, QByteArray("12"), kWaitMs);
    }

    void closeFromFarEnd()
    {
        MemoryLinkPair pair;
        QVERIFY(openBoth(pair.a(), pair.b()));
        Collector atA(pair.a());
        QStringList eventsA;
        connect(pair.a(), &Link::bytesReceived, [&](const QByteArray &b) {
            eventsA << QStringLiteral("bytes ") + QString::fromLatin1(b);
        });
        connect(pair.a(), &Link::errorOccurred, [&](const Error &e) {
            eventsA << QStringLiteral("error ") + errorKindName(e.kind);
        });
        connect(pair.a(), &Link::closed, [&] { eventsA << QStringLiteral("closed"); });
        QSignalSpy errorsB(pair.b(), &Link::errorOccurred);
        QSignalSpy closedB(pair.b(), &Link::closed);

        QVERIFY(pair.b()->write("last words").ok()); // in flight before the close
        pair.a()->closeFromFarEnd();
        QVERIFY(!pair.b()->isOpen());
        QTRY_COMPARE_WITH_TIMEOUT(eventsA.size(), 3, kWaitMs);
        QCOMPARE(eventsA,
                 (QStringList{QStringLiteral("bytes last words"),
                              QStringLiteral("error link-closed"), QStringLiteral("closed")}));
        QVERIFY(!pair.a()->isOpen());
        QTRY_COMPARE_WITH_TIMEOUT(closedB.count(), 1, kWaitMs);
        QCOMPARE(errorsB.count(), 0); // the end that closed sees no error
    }

    void destroyingAnEndClosesTheOther()
    {
        MemoryLinkPair pair;
        QVERIFY(openBoth(pair.a(), pair.b()));
        QSignalSpy errorsA(pair.a(), &Link::errorOccurred);
        QSignalSpy closedA(pair.a(), &Link::closed);
        pair.takeB().reset();
        QVERIFY(closedA.wait(kWaitMs));
        QCOMPARE(errorsA.count(), 1);
        QCOMPARE(errorsA.at(0).at(0).value<Error>().kind, ErrorKind::LinkClosed);

        // No far end any more: opening again fails clearly.
        QSignalSpy opened(pair.a(), &Link::opened);
        pair.a()->open();
        QVERIFY(errorsA.wait(kWaitMs));
        QCOMPARE(errorsA.at(1).at(0).value<Error>().kind, ErrorKind::LinkError);
        QCOMPARE(opened.count(), 0);
    }

    void failNextOpen()
    {
        MemoryLinkPair pair;
        pair.a()->failNextOpen(Error(ErrorKind::Timeout, QStringLiteral("scripted")));
        QSignalSpy opened(pair.a(), &Link::opened);
        QSignalSpy errors(pair.a(), &Link::errorOccurred);
        pair.a()->open();
        QVERIFY(errors.wait(kWaitMs));
        QCOMPARE(errors.at(0).at(0).value<Error>().kind, ErrorKind::Timeout);
        QCOMPARE(opened.count(), 0);
        QVERIFY(!pair.a()->isOpen());
        pair.a()->open(); // only the next one failed
        QVERIFY(opened.wait(kWaitMs));
    }

    void bytesToAClosedEndAreLost()
    {
        MemoryLinkPair pair;
        QSignalSpy openedA(pair.a(), &Link::opened);
        pair.a()->open();
        QVERIFY(openedA.wait(kWaitMs));
        Collector atB(pair.b());
        QVERIFY(pair.a()->write("nobody listens").ok());
        QTRY_COMPARE_WITH_TIMEOUT(pair.a()->bytesOut(), quint64(14), kWaitMs);
        QSignalSpy openedB(pair.b(), &Link::opened);
        pair.b()->open();
        QVERIFY(openedB.wait(kWaitMs));
        QVERIFY(pair.a()->write("now").ok());
        QTRY_COMPARE_WITH_TIMEOUT(atB.bytes, QByteArray("now"), kWaitMs);
    }

    void factoryBuildsTheRealLinks()
    {
        LinkFactory factory;
        auto make = [&](const char *text) {
            const auto settings = LinkSettings::parse(QString::fromLatin1(text));
            return settings.ok() ? factory.create(*settings) : nullptr;
        };
        const auto tcp = make("tcp:127.0.0.1:4059");
        QVERIFY(qobject_cast<TcpLink *>(tcp.get()));
        QCOMPARE(tcp->description(), QStringLiteral("tcp 127.0.0.1:4059"));
        const auto serial = make("serial:/dev/ttyUSB0:19200:8N1");
        QVERIFY(qobject_cast<SerialLink *>(serial.get()));
        QVERIFY(!qobject_cast<OpticalLink *>(serial.get()));
        QCOMPARE(serial->description(), QStringLiteral("serial /dev/ttyUSB0 19200 8N1"));
        const auto optical = make("optical:/dev/ttyUSB1");
        QVERIFY(qobject_cast<OpticalLink *>(optical.get()));
        QCOMPARE(optical->description(), QStringLiteral("optical /dev/ttyUSB1 300 7E1"));
        QVERIFY(!tcp->isOpen() && !serial->isOpen() && !optical->isOpen());
    }

    void factoryPairsMemoryLinksByName()
    {
        LinkFactory factory;
        const LinkSettings settings(MemorySettings{QStringLiteral("sim")});
        std::unique_ptr<Link> client = factory.create(settings);
        std::unique_ptr<Link> server = factory.create(settings);
        auto *clientEnd = qobject_cast<MemoryLink *>(client.get());
        auto *serverEnd = qobject_cast<MemoryLink *>(server.get());
        QVERIFY(clientEnd && serverEnd);
        QCOMPARE(clientEnd->peer(), serverEnd);
        QVERIFY(openBoth(clientEnd, serverEnd));
        Collector atServer(server.get());
        QVERIFY(client->write("ping").ok());
        QTRY_COMPARE_WITH_TIMEOUT(atServer.bytes, QByteArray("ping"), kWaitMs);

        // A third request with the same name starts a new pair.
        std::unique_ptr<Link> third = factory.create(settings);
        QVERIFY(qobject_cast<MemoryLink *>(third.get())->peer() != clientEnd);
    }

    void testsCanSubstituteTheFactory()
    {
        // The engine receives a LinkFactory&; a test hands it one like this.
        struct ScriptedFactory : LinkFactory
        {
            std::unique_ptr<Link> create(const LinkSettings &) override
            {
                MemoryLinkPair pair(QStringLiteral("scripted"));
                pair.a()->failNextOpen(Error(ErrorKind::LinkError, QStringLiteral("no carrier")));
                far = pair.takeB();
                return pair.takeA();
            }
            std::unique_ptr<MemoryLink> far;
        } scripted;
        LinkFactory &factory = scripted;
        const auto link = factory.create(LinkSettings(TcpSettings{QStringLiteral("x"), 1}));
        QSignalSpy errors(link.get(), &Link::errorOccurred);
        link->open();
        QVERIFY(errors.wait(kWaitMs));
        QCOMPARE(errors.at(0).at(0).value<Error>().message, QStringLiteral("no carrier"));
    }
};

QTEST_GUILESS_MAIN(MemoryLinkTest)
#include "tst_memory_link.moc"
