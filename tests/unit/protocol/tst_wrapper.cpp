// WRAPPER (IEC 62056-47) codec and stream parser against the golden vectors.
#include "protocol/wrapper/wrapper_frame.h"
#include "support/hdlc_test_support.h"

#include <QTest>

using namespace ims;
using namespace ims::wrapper;

namespace {

void addVectorRows()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QJsonObject>("decoded");
    const QJsonArray frames = ims::testing::vectorList(QStringLiteral("wrapper_frames"));
    QVERIFY2(frames.size() >= 8, "vectors.json not found or incomplete");
    for (const QJsonValue &v : frames) {
        const QJsonObject o = v.toObject();
        QTest::newRow(qPrintable(o.value(QStringLiteral("id")).toString()))
            << ims::testing::hexBytes(o.value(QStringLiteral("hex")))
            << o.value(QStringLiteral("decoded")).toObject();
    }
}

void compareWithDecoded(const WrapperFrame &f, const QJsonObject &decoded)
{
    QCOMPARE(int(f.version), decoded.value(QStringLiteral("version")).toInt());
    QCOMPARE(int(f.sourcePort), decoded.value(QStringLiteral("source_wport")).toInt());
    QCOMPARE(int(f.destinationPort), decoded.value(QStringLiteral("destination_wport")).toInt());
    QCOMPARE(int(f.apdu.size()), decoded.value(QStringLiteral("length")).toInt());
    QCOMPARE(f.apdu.toHex().toUpper(),
             ims::testing::hexBytes(decoded.value(QStringLiteral("apdu"))).toHex().toUpper());
}

QByteArray wrapperBytes(const char *id)
{
    return ims::testing::vectorBytes(QStringLiteral("wrapper_frames"), QString::fromLatin1(id));
}

} // namespace

class TestWrapper : public QObject
{
    Q_OBJECT

private slots:
    void decodeStream_data() { addVectorRows(); }
    void decodeStream()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QJsonObject, decoded);
        WrapperParser parser;
        parser.feed(wire);
        const WrapperParseResult r = parser.next();
        QVERIFY2(r.isFrame(), qPrintable(r.error.message));
        compareWithDecoded(r.frame, decoded);
        QVERIFY(parser.next().needMore());
        QCOMPARE(parser.bufferedBytes(), qsizetype(0));
    }

    void decodeDatagram_data() { addVectorRows(); }
    void decodeDatagram()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QJsonObject, decoded);
        const Result<WrapperFrame> f = decodeWrapperDatagram(wire);
        QVERIFY(f.ok());
        compareWithDecoded(*f, decoded);
        // One byte too few or too many is not one datagram.
        QCOMPARE(decodeWrapperDatagram(wire.chopped(1)).error().kind, ErrorKind::Truncated);
        QCOMPARE(decodeWrapperDatagram(wire + QByteArray(1, '\0')).error().kind,
                 ErrorKind::Malformed);
    }

    void encode_data() { addVectorRows(); }
    void encode()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QJsonObject, decoded);
        WrapperFrame f;
        f.version = quint16(decoded.value(QStringLiteral("version")).toInt());
        f.sourcePort = quint16(decoded.value(QStringLiteral("source_wport")).toInt());
        f.destinationPort = quint16(decoded.value(QStringLiteral("destination_wport")).toInt());
        f.apdu = ims::testing::hexBytes(decoded.value(QStringLiteral("apdu")));
        QCOMPARE(encodeWrapper(f).toHex().toUpper(), wire.toHex().toUpper());
        QCOMPARE(encodeWrapper(f.sourcePort, f.destinationPort, f.apdu).toHex().toUpper(),
                 wire.toHex().toUpper());
    }

    void encodeRejectsOversizedApdu()
    {
        QVERIFY(encodeWrapper(1, 16, QByteArray(0x10000, 'x')).isEmpty());
        QCOMPARE(encodeWrapper(1, 16, QByteArray(0xFFFF, 'x')).size(), 0xFFFF + 8);
    }

    void stream_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("chunk");
        QTest::addColumn<int>("frames");
        QTest::addColumn<bool>("needMoreAtEnd");
        const QByteArray aarq = wrapperBytes("gx-w-aarq-low");
        const QByteArray get = wrapperBytes("gx-w-get-clock");
        const QByteArray rlrq = wrapperBytes("gx-w-rlrq");
        QTest::newRow("partial header") << aarq.first(5) << 0 << 0 << true;
        QTest::newRow("header only") << aarq.first(8) << 0 << 0 << true;
        QTest::newRow("partial APDU") << aarq.chopped(1) << 0 << 0 << true;
        QTest::newRow("three in one chunk") << aarq + get + rlrq << 0 << 3 << true;
        QTest::newRow("byte at a time") << aarq + get + rlrq << 1 << 3 << true;
        QTest::newRow("3 bytes at a time, tail") << aarq + get + rlrq.first(9) << 3 << 2 << true;
    }
    void stream()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, chunk);
        QFETCH(int, frames);
        QFETCH(bool, needMoreAtEnd);
        if (chunk == 0)
            chunk = int(stream.size());
        WrapperParser parser;
        QList<WrapperFrame> got;
        WrapperParseResult last;
        for (qsizetype at = 0; at < stream.size(); at += chunk) {
            parser.feed(
                QByteArrayView(stream).sliced(at, qMin<qsizetype>(chunk, stream.size() - at)));
            for (last = parser.next(); last.isFrame(); last = parser.next())
                got << last.frame;
            QVERIFY(!last.isError());
        }
        QCOMPARE(got.size(), frames);
        QCOMPARE(last.needMore(), needMoreAtEnd);
        // Whatever was complete must be byte-for-byte what was sent.
        QByteArray again;
        for (const WrapperFrame &f : std::as_const(got))
            again += encodeWrapper(f);
        QVERIFY(stream.startsWith(again));
    }

    void wrongVersionIsMalformedAndFinal()
    {
        QByteArray bad = wrapperBytes("gx-w-get-clock");
        bad[1] = 0x02;
        WrapperParser parser;
        parser.feed(bad + wrapperBytes("gx-w-rlrq"));
        const WrapperParseResult r = parser.next();
        QVERIFY(r.isError());
        QCOMPARE(r.error.kind, ErrorKind::Malformed);
        // A TCP stream cannot be resynchronised: the error stays until reset().
        QVERIFY(parser.next().isError());
        QVERIFY(parser.failed());
        parser.reset();
        parser.feed(wrapperBytes("gx-w-rlrq"));
        QVERIFY(parser.next().isFrame());
    }

    void tooLargeBeforeAllocating()
    {
        WrapperParser parser(1024);
        // Only the header: 0x4000 bytes announced, none sent. The verdict comes at once.
        parser.feed(fromHex(u"0001 0011 0001 4000"));
        const WrapperParseResult r = parser.next();
        QVERIFY(r.isError());
        QCOMPARE(r.error.kind, ErrorKind::TooLarge);
        QCOMPARE(parser.bufferedBytes(), qsizetype(0));
        QCOMPARE(decodeWrapperDatagram(fromHex(u"0001 0011 0001 0005 6203800100"), 4).error().kind,
                 ErrorKind::TooLarge);
        // The limit itself is allowed.
        WrapperParser exact(5);
        exact.feed(wrapperBytes("gx-w-rlrq"));
        QVERIFY(exact.next().isFrame());
    }
};

QTEST_GUILESS_MAIN(TestWrapper)
#include "tst_wrapper.moc"
