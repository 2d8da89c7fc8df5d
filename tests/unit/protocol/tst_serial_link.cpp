// SerialLink and OpticalLink over a real pseudo-terminal: QSerialPort opens the
// pty's slave side, the test plays the device on the master side.
#include "protocol/link/optical_link.h"
#include "protocol/link/pty.h"
#include "protocol/link/serial_link.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <termios.h>

using namespace ims;
using namespace ims::link;

namespace {

constexpr int kWaitMs = 10'000;

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

struct SlaveLine
{
    speed_t outputSpeed = 0;
    speed_t inputSpeed = 0;
    bool twoStopBits = false;
};

// What the operating system holds for the line, read on our own slave fd.
SlaveLine slaveLine(const PtyEndpoint &device)
{
    termios tio{};
    if (::tcgetattr(device.slaveFd(), &tio) != 0)
        return {};
    return SlaveLine{::cfgetospeed(&tio), ::cfgetispeed(&tio), (tio.c_cflag & CSTOPB) != 0};
}

} // namespace

class SerialLinkTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<PtyEndpoint> m_device;
    QByteArray m_atDevice; // everything the device side received

    SerialSettings settingsFor(qint32 baud, int dataBits = 8, Parity parity = Parity::None)
    {
        SerialSettings s;
        s.device = m_device->slavePath();
        s.baud = baud;
        s.dataBits = dataBits;
        s.parity = parity;
        return s;
    }

    static bool openLink(Link &link)
    {
        QSignalSpy opened(&link, &Link::opened);
        QSignalSpy errors(&link, &Link::errorOccurred);
        link.open();
        if (!opened.wait(kWaitMs)) {
            if (!errors.isEmpty())
                qWarning("%s", qPrintable(errors.at(0).at(0).value<Error>().message));
            return false;
        }
        return true;
    }

private slots:
    void init()
    {
        auto device = PtyEndpoint::create();
        QVERIFY2(device.ok(), qPrintable(device.ok() ? QString() : device.error().message));
        m_device = std::move(device).value();
        m_atDevice.clear();
        connect(m_device.get(), &PtyEndpoint::bytesReceived,
                [this](const QByteArray &b) { m_atDevice += b; });
    }

    void cleanup() { m_device.reset(); }

    void ptyPassesEveryByteUnchanged()
    {
        QVERIFY(m_device->slavePath().startsWith(QStringLiteral("/dev/")));
        // Raw mode both ways, measured without QSerialPort: CR, LF, ^C, ^D, 0x00, 0xFF.
        const QByteArray awkward("\r\n\x03\x04\x00\xFF\x11\x13\x7F", 9);
        QCOMPARE(::write(m_device->slaveFd(), awkward.constData(), size_t(awkward.size())),
                 ssize_t(awkward.size()));
        QTRY_COMPARE_WITH_TIMEOUT(m_atDevice, awkward, kWaitMs);
    }

    void transfers64KiBBothWaysAt115200()
    {
        SerialLink link(settingsFor(115200));
        QVERIFY(openLink(link));
        QCOMPARE(link.description(),
                 QStringLiteral("serial %1 115200 8N1").arg(m_device->slavePath()));
        QCOMPARE(slaveLine(*m_device).outputSpeed, speed_t(B115200));

        QByteArray atLink;
        connect(&link, &Link::bytesReceived, [&](const QByteArray &b) { atLink += b; });
        qint64 written = 0;
        connect(&link, &Link::bytesWritten, [&](qint64 n) { written += n; });

        const QByteArray up = pattern(64 * 1024, 3);
        for (qsizetype at = 0; at < up.size(); at += 4096)
            QVERIFY(link.write(up.mid(at, 4096)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_atDevice.size(), up.size(), kWaitMs);
        QVERIFY(m_atDevice == up);
        QTRY_COMPARE_WITH_TIMEOUT(written, qint64(up.size()), kWaitMs);

        const QByteArray down = pattern(64 * 1024, 5);
        m_device->write(down);
        QTRY_COMPARE_WITH_TIMEOUT(atLink.size(), down.size(), kWaitMs);
        QVERIFY(atLink == down);
        QCOMPARE(link.bytesIn(), quint64(down.size()));
        QCOMPARE(link.bytesOut(), quint64(up.size()));
    }

    void switchesFrom300_7E1To9600_8N1WhileOpen()
    {
        // The optical readout: sign-on at 300 7E1, then the agreed speed.
        // Linux ptys keep the speed and stop bits the client sets but always
        // report CS8 without parity, so the OS-side check is on speed.
        SerialLink link(settingsFor(300, 7, Parity::Even));
        QVERIFY(openLink(link));
        QCOMPARE(slaveLine(*m_device).outputSpeed, speed_t(B300));
        QCOMPARE(slaveLine(*m_device).inputSpeed, speed_t(B300));
        QCOMPARE(link.description(),
                 QStringLiteral("serial %1 300 7E1").arg(m_device->slavePath()));

        QVERIFY(link.write("/?!\r\n").ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_atDevice, QByteArray("/?!\r\n"), kWaitMs);

        const Status switched = link.setLineSettings(9600, 8, Parity::None);
        QVERIFY2(switched.ok(), qPrintable(switched.ok() ? QString() : switched.error().message));
        QVERIFY(link.isOpen());
        QCOMPARE(slaveLine(*m_device).outputSpeed, speed_t(B9600));
        QCOMPARE(slaveLine(*m_device).inputSpeed, speed_t(B9600));
        QCOMPARE(link.settings().dataBits, 8);
        QCOMPARE(link.settings().parity, Parity::None);
        QCOMPARE(link.description(),
                 QStringLiteral("serial %1 9600 8N1").arg(m_device->slavePath()));

        // Same session, still carrying bytes both ways.
        QByteArray atLink;
        connect(&link, &Link::bytesReceived, [&](const QByteArray &b) { atLink += b; });
        m_atDevice.clear();
        QVERIFY(link.write("\x7E\xA0\x07").ok());
        m_device->write("\x7E\xA0\x08");
        QTRY_COMPARE_WITH_TIMEOUT(m_atDevice, QByteArray("\x7E\xA0\x07"), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(atLink, QByteArray("\x7E\xA0\x08"), kWaitMs);
    }

    void stopBitsReachTheOperatingSystem()
    {
        SerialLink link(settingsFor(9600));
        QVERIFY(openLink(link));
        QVERIFY(!slaveLine(*m_device).twoStopBits);
        QVERIFY(link.setLineSettings(4800, 8, Parity::None, 2).ok());
        QVERIFY(slaveLine(*m_device).twoStopBits);
        QCOMPARE(slaveLine(*m_device).outputSpeed, speed_t(B4800));
        QVERIFY(link.setLineSettings(4800, 8, Parity::None, 1).ok());
        QVERIFY(!slaveLine(*m_device).twoStopBits);
    }

    void rejectsImpossibleLineSettings()
    {
        SerialLink link(settingsFor(9600));
        QVERIFY(openLink(link));
        const Status bad = link.setLineSettings(9600, 6, Parity::None);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(link.settings().dataBits, 8); // unchanged
        QCOMPARE(slaveLine(*m_device).outputSpeed, speed_t(B9600));
    }

    void opticalLinkAlwaysSignsOnAt300_7E1()
    {
        OpticalLink link(OpticalSettings{m_device->slavePath(), 300, 9600});
        QVERIFY(openLink(link));
        QCOMPARE(link.description(),
                 QStringLiteral("optical %1 300 7E1").arg(m_device->slavePath()));
        QCOMPARE(slaveLine(*m_device).outputSpeed, speed_t(B300));
        QVERIFY(link.setLineSettings(9600, 8, Parity::None).ok());
        QCOMPARE(slaveLine(*m_device).outputSpeed, speed_t(B9600));

        QSignalSpy closed(&link, &Link::closed);
        link.close();
        QVERIFY(closed.wait(kWaitMs));
        QVERIFY(openLink(link)); // the next session starts over
        QCOMPARE(slaveLine(*m_device).outputSpeed, speed_t(B300));
        QCOMPARE(link.settings().dataBits, 7);
        QCOMPARE(link.settings().parity, Parity::Even);
    }

    void echoSuppressionRemovesExactlyTheEcho()
    {
        SerialSettings s = settingsFor(9600);
        s.rs485.suppressEcho = true;
        SerialLink link(s);
        QVERIFY(openLink(link));
        QByteArray atLink;
        connect(&link, &Link::bytesReceived, [&](const QByteArray &b) { atLink += b; });

        // A two-wire adapter: the device side sees our frame and the line
        // hands it straight back, then the meter answers.
        const QByteArray request = QByteArray::fromHex("7ea00703219300017e");
        const QByteArray response = QByteArray::fromHex("7ea00721037306f27e");
        QVERIFY(link.write(request).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_atDevice, request, kWaitMs);
        m_device->write(request + response);
        QTRY_COMPARE_WITH_TIMEOUT(atLink, response, kWaitMs);
        QCOMPARE(link.echoBytesDropped(), quint64(request.size()));
        QCOMPARE(link.bytesIn(), quint64(response.size()));

        // An adapter that does not echo: the answer shares the request's first
        // bytes (flag, format) and must still arrive whole.
        atLink.clear();
        m_atDevice.clear();
        QVERIFY(link.write(request).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_atDevice, request, kWaitMs);
        m_device->write(response);
        QTRY_COMPARE_WITH_TIMEOUT(atLink, response, kWaitMs);
        QCOMPARE(link.echoBytesDropped(), quint64(request.size()));
    }

    void aHalfEchoIsDeliveredWhenTheRestNeverComes()
    {
        SerialSettings s = settingsFor(115200);
        s.rs485.suppressEcho = true;
        SerialLink link(s);
        QVERIFY(openLink(link));
        QByteArray atLink;
        connect(&link, &Link::bytesReceived, [&](const QByteArray &b) { atLink += b; });
        QVERIFY(link.write("ABCD").ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_atDevice, QByteArray("ABCD"), kWaitMs);
        // The answer is a prefix of our own frame and then the line is quiet:
        // held back as a possible echo at first, handed over once it cannot be.
        m_device->write("AB");
        QTRY_COMPARE_WITH_TIMEOUT(atLink, QByteArray("AB"), kWaitMs);
        QCOMPARE(link.echoBytesDropped(), quint64(0));
    }

    void withoutEchoSuppressionTheEchoIsDelivered()
    {
        SerialLink link(settingsFor(9600));
        QVERIFY(openLink(link));
        QByteArray atLink;
        connect(&link, &Link::bytesReceived, [&](const QByteArray &b) { atLink += b; });
        QVERIFY(link.write("abc").ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_atDevice, QByteArray("abc"), kWaitMs);
        m_device->write("abcXYZ");
        QTRY_COMPARE_WITH_TIMEOUT(atLink, QByteArray("abcXYZ"), kWaitMs);
    }

    void interFrameGapHoldsWritesBackInOrder()
    {
        SerialSettings s = settingsFor(115200);
        s.rs485.interFrameGapMs = 200;
        SerialLink link(s);
        QVERIFY(openLink(link));
        QList<qint64> writtenChunks;
        connect(&link, &Link::bytesWritten, [&](qint64 n) { writtenChunks << n; });

        // The line has been quiet: the first frame goes at once, the second
        // waits for the gap after it.
        QVERIFY(link.write("first").ok());
        QVERIFY(link.write("second").ok());
        QVERIFY(link.write("third").ok());
        QCOMPARE(link.framesWaitingForGap(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_atDevice, QByteArray("firstsecondthird"), kWaitMs);
        QCOMPARE(link.framesWaitingForGap(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(writtenChunks.size(), 3, kWaitMs);
        QCOMPARE(writtenChunks, (QList<qint64>{5, 6, 5})); // frames stay separate

        // Receiving makes the line busy too: an answer written the moment a
        // byte arrives waits for the gap.
        qsizetype waitingWhenAnswered = -1;
        connect(&link, &Link::bytesReceived, [&](const QByteArray &) {
            if (waitingWhenAnswered < 0) {
                QVERIFY(link.write("answer").ok());
                waitingWhenAnswered = link.framesWaitingForGap();
            }
        });
        m_atDevice.clear();
        m_device->write("poll");
        QTRY_COMPARE_WITH_TIMEOUT(m_atDevice, QByteArray("answer"), kWaitMs);
        QCOMPARE(waitingWhenAnswered, 1);
    }

    void withoutGapWritesGoAtOnce()
    {
        SerialLink link(settingsFor(115200));
        QVERIFY(openLink(link));
        QVERIFY(link.write("first").ok());
        QVERIFY(link.write("second").ok());
        QCOMPARE(link.framesWaitingForGap(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_atDevice, QByteArray("firstsecond"), kWaitMs);
    }

    void missingDeviceIsAClearError()
    {
        const QString path = QStringLiteral("/dev/imsdesk-no-such-tty");
        SerialSettings s;
        s.device = path;
        SerialLink link(s);
        QSignalSpy opened(&link, &Link::opened);
        QSignalSpy errors(&link, &Link::errorOccurred);
        link.open();
        QCOMPARE(errors.count(), 0); // never from inside open()
        QVERIFY(errors.wait(kWaitMs));
        const Error error = errors.at(0).at(0).value<Error>();
        QCOMPARE(error.kind, ErrorKind::LinkError);
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("no such device")),
                 qPrintable(error.message));
        QCOMPARE(opened.count(), 0);
        QVERIFY(!link.isOpen());
        QCOMPARE(link.write("x").error().kind, ErrorKind::LinkClosed);
    }

    void deviceGoingAwayClosesTheLink()
    {
        SerialLink link(settingsFor(9600));
        QVERIFY(openLink(link));
        QSignalSpy errors(&link, &Link::errorOccurred);
        QSignalSpy closed(&link, &Link::closed);
        m_device.reset(); // the USB adapter is pulled out
        QVERIFY(closed.wait(kWaitMs));
        QCOMPARE(errors.count(), 1);
        const Error error = errors.at(0).at(0).value<Error>();
        QCOMPARE(error.kind, ErrorKind::LinkError);
        QVERIFY2(error.message.contains(link.settings().device), qPrintable(error.message));
        QVERIFY(!link.isOpen());
    }
};

QTEST_GUILESS_MAIN(SerialLinkTest)
#include "tst_serial_link.moc"
