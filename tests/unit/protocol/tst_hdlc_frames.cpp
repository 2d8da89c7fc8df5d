// HDLC frame codec, addresses, parameters, LLC/segmentation and the streaming
// parser, checked against the golden vectors of reference/vectors/dlms.
#include "protocol/hdlc/hdlc_address.h"
#include "protocol/hdlc/hdlc_frame.h"
#include "protocol/hdlc/hdlc_parameters.h"
#include "protocol/hdlc/hdlc_parser.h"
#include "protocol/hdlc/hdlc_segmenter.h"
#include "support/hdlc_test_support.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ims;
using namespace Qt::StringLiterals;
using namespace ims::hdlc;
using ims::testing::hdlcBytes;

namespace {

FrameKind kindFromName(const QString &name)
{
    for (FrameKind k : {FrameKind::I, FrameKind::RR, FrameKind::RNR, FrameKind::SNRM, FrameKind::UA,
                        FrameKind::DISC, FrameKind::DM, FrameKind::FRMR, FrameKind::UI}) {
        if (frameKindName(k) == name)
            return k;
    }
    return FrameKind::Unknown;
}

HdlcAddress addressFrom(const QJsonObject &o)
{
    HdlcAddress a;
    a.size = o.value(QStringLiteral("bytes")).toInt();
    if (o.contains(QStringLiteral("value"))) {
        a.upper = quint16(o.value(QStringLiteral("value")).toInt());
    } else {
        a.upper = quint16(o.value(QStringLiteral("upper")).toInt());
        a.lower = quint16(o.value(QStringLiteral("lower")).toInt());
    }
    return a;
}

// The frame a vector's "decoded" object describes, built without the parser.
HdlcFrame frameFrom(const QJsonObject &decoded)
{
    HdlcFrame f;
    const QJsonObject kind = decoded.value(QStringLiteral("frame")).toObject();
    f.segmented = decoded.value(QStringLiteral("segmented")).toBool();
    f.destination = addressFrom(decoded.value(QStringLiteral("destination")).toObject());
    f.source = addressFrom(decoded.value(QStringLiteral("source")).toObject());
    f.control = quint8(decoded.value(QStringLiteral("control")).toString().toUInt(nullptr, 16));
    f.kind = kindFromName(kind.value(QStringLiteral("kind")).toString());
    f.ns = kind.value(QStringLiteral("ns")).toInt();
    f.nr = kind.value(QStringLiteral("nr")).toInt();
    f.pf = kind.value(QStringLiteral("pf")).toBool();
    f.info = ims::testing::hexBytes(decoded.value(QStringLiteral("info")));
    return f;
}

void addVectorRows()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QJsonObject>("decoded");
    const QJsonArray frames = ims::testing::vectorList(QStringLiteral("hdlc_frames"));
    QVERIFY2(frames.size() >= 40, "vectors.json not found or incomplete");
    for (const QJsonValue &v : frames) {
        const QJsonObject o = v.toObject();
        QTest::newRow(qPrintable(o.value(QStringLiteral("id")).toString()))
            << ims::testing::hexBytes(o.value(QStringLiteral("hex")))
            << o.value(QStringLiteral("decoded")).toObject();
    }
}

// "frame:<vector id>" when the parsed frame encodes back to a vector
// (encodeFrame is checked against every vector on its own), "error:<kind>".
QString token(const HdlcParseResult &r)
{
    if (r.isError())
        return QStringLiteral("error:") + errorKindName(r.error.kind);
    const QByteArray bytes = encodeFrame(r.frame);
    for (const QJsonValue &v : ims::testing::vectorList(QStringLiteral("hdlc_frames"))) {
        const QJsonObject o = v.toObject();
        if (ims::testing::hexBytes(o.value(QStringLiteral("hex"))) == bytes)
            return QStringLiteral("frame:") + o.value(QStringLiteral("id")).toString();
    }
    return QStringLiteral("frame:?") + toSpacedHex(bytes);
}

QStringList drain(HdlcParser &parser)
{
    QStringList out;
    for (HdlcParseResult r = parser.next(); !r.needMore(); r = parser.next())
        out << token(r);
    return out;
}

QStringList parseInChunks(HdlcParser &parser, const QByteArray &stream, int chunk)
{
    QStringList out;
    if (chunk <= 0)
        chunk = int(stream.size());
    for (qsizetype at = 0; at < stream.size(); at += chunk) {
        parser.feed(QByteArrayView(stream).sliced(at, qMin<qsizetype>(chunk, stream.size() - at)));
        out << drain(parser);
    }
    return out;
}

QByteArray flipBit(QByteArray b, qsizetype at, int bit = 0)
{
    b[at] = char(b[at] ^ (1 << bit));
    return b;
}

QByteArray setByte(QByteArray b, qsizetype at, quint8 value)
{
    b[at] = char(value);
    return b;
}

} // namespace

class TestHdlcFrames : public QObject
{
    Q_OBJECT

private slots:
    // --- vectors: wire bytes <-> decoded fields ---------------------------------

    void decodeVector_data() { addVectorRows(); }
    void decodeVector()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QJsonObject, decoded);
        const HdlcFrame expected = frameFrom(decoded);
        HdlcParser parser;
        parser.feed(wire);
        const HdlcParseResult r = parser.next();
        QVERIFY2(r.isFrame(), qPrintable(r.error.message));
        const HdlcFrame &f = r.frame;
        QCOMPARE(f.segmented, expected.segmented);
        QCOMPARE(f.destination.size, expected.destination.size);
        QCOMPARE(f.destination.upper, expected.destination.upper);
        QCOMPARE(f.destination.lower, expected.destination.lower);
        QCOMPARE(f.source.size, expected.source.size);
        QCOMPARE(f.source.upper, expected.source.upper);
        QCOMPARE(f.source.lower, expected.source.lower);
        QCOMPARE(f.control, expected.control);
        QCOMPARE(frameKindName(f.kind), frameKindName(expected.kind));
        QCOMPARE(f.ns, expected.ns);
        QCOMPARE(f.nr, expected.nr);
        QCOMPARE(f.pf, expected.pf);
        QCOMPARE(f.info.toHex().toUpper(), expected.info.toHex().toUpper());
        QCOMPARE(frameLength(f).valueOr(-1), decoded.value(QStringLiteral("length")).toInt());
        QVERIFY(parser.next().needMore());
        QCOMPARE(parser.garbageBytes(), qsizetype(0));
        QCOMPARE(parser.errorCount(), qsizetype(0));
    }

    void encodeVector_data() { addVectorRows(); }
    void encodeVector()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QJsonObject, decoded);
        HdlcFrame f = frameFrom(decoded);
        QCOMPARE(controlByte(f.kind, f.ns, f.nr, f.pf), f.control);
        f.control = 0; // the encoder must derive it from kind/ns/nr/pf
        QCOMPARE(encodeFrame(f).toHex().toUpper(), wire.toHex().toUpper());
    }

    void controlBytes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("ns");
        QTest::addColumn<int>("nr");
        QTest::addColumn<bool>("pf");
        QTest::addColumn<int>("control");
        QTest::newRow("SNRM") << int(FrameKind::SNRM) << 0 << 0 << false << 0x83;
        QTest::newRow("SNRM P") << int(FrameKind::SNRM) << 0 << 0 << true << 0x93;
        QTest::newRow("UA F") << int(FrameKind::UA) << 0 << 0 << true << 0x73;
        QTest::newRow("DISC P") << int(FrameKind::DISC) << 0 << 0 << true << 0x53;
        QTest::newRow("DM") << int(FrameKind::DM) << 0 << 0 << false << 0x0F;
        QTest::newRow("DM F") << int(FrameKind::DM) << 0 << 0 << true << 0x1F;
        QTest::newRow("FRMR F") << int(FrameKind::FRMR) << 0 << 0 << true << 0x97;
        QTest::newRow("UI") << int(FrameKind::UI) << 0 << 0 << false << 0x03;
        QTest::newRow("RR nr=3 P") << int(FrameKind::RR) << 0 << 3 << true << 0x71;
        QTest::newRow("RR nr=7") << int(FrameKind::RR) << 0 << 7 << false << 0xE1;
        QTest::newRow("RNR nr=2 F") << int(FrameKind::RNR) << 0 << 2 << true << 0x55;
        QTest::newRow("I ns=7 nr=7") << int(FrameKind::I) << 7 << 7 << false << 0xEE;
        QTest::newRow("I ns=3 nr=4 P") << int(FrameKind::I) << 3 << 4 << true << 0x96;
    }
    void controlBytes()
    {
        QFETCH(int, kind);
        QFETCH(int, ns);
        QFETCH(int, nr);
        QFETCH(bool, pf);
        QFETCH(int, control);
        QCOMPARE(int(controlByte(FrameKind(kind), ns, nr, pf)), control);
        const ControlFields c = decodeControl(quint8(control));
        QCOMPARE(int(c.kind), kind);
        QCOMPARE(c.pf, pf);
        if (FrameKind(kind) == FrameKind::I)
            QCOMPARE(c.ns, ns);
        if (FrameKind(kind) == FrameKind::I || FrameKind(kind) == FrameKind::RR
            || FrameKind(kind) == FrameKind::RNR)
            QCOMPARE(c.nr, nr);
    }

    void encodeRejectsOversizedFrame()
    {
        HdlcFrame f
            = HdlcFrame::command(FrameKind::I, HdlcAddress::server(1), HdlcAddress::client(16));
        f.info = QByteArray(2047, 'x');
        QVERIFY(encodeFrame(f).isEmpty());
        QCOMPARE(frameLength(f).error().kind, ErrorKind::TooLarge);
        f.info = QByteArray(2047 - 9, 'x'); // 2 + 1 + 1 + 1 + 2 + info + 2 = 2047
        QCOMPARE(frameLength(f).valueOr(-1), 2047);
        QCOMPARE(encodeFrame(f).size(), 2049);
    }

    // --- addresses ---------------------------------------------------------------

    void address_data()
    {
        QTest::addColumn<int>("upper");
        QTest::addColumn<int>("lower");
        QTest::addColumn<int>("size");
        QTest::addColumn<QByteArray>("wire");
        // From the vectors: client 16 = 0x21, server 1 = 0x03, 1/17 = 02 23,
        // 1/20 = 02 29, 1/4456 = 00 02 44 D1, 1/0x3FFF = 00 02 FE FF.
        QTest::newRow("client 16") << 16 << 0 << 1 << fromHex(u"21");
        QTest::newRow("client 1") << 1 << 0 << 1 << fromHex(u"03");
        QTest::newRow("server 1") << 1 << 0 << 0 << fromHex(u"03");
        QTest::newRow("server 1/17") << 1 << 17 << 2 << fromHex(u"0223");
        QTest::newRow("server 1/17 smallest") << 1 << 17 << 0 << fromHex(u"0223");
        QTest::newRow("server 1/20") << 1 << 20 << 2 << fromHex(u"0229");
        QTest::newRow("server 1/4456") << 1 << 4456 << 4 << fromHex(u"000244D1");
        QTest::newRow("server 1/4456 smallest") << 1 << 4456 << 0 << fromHex(u"000244D1");
        QTest::newRow("broadcast 1/3FFF") << 1 << 0x3FFF << 4 << fromHex(u"0002FEFF");
        QTest::newRow("server 1/17 in 4 bytes") << 1 << 17 << 4 << fromHex(u"00020023");
    }
    void address()
    {
        QFETCH(int, upper);
        QFETCH(int, lower);
        QFETCH(int, size);
        QFETCH(QByteArray, wire);
        const HdlcAddress a = HdlcAddress::server(quint16(upper), quint16(lower), size);
        QCOMPARE(encodeAddress(a).valueOr({}).toHex(), wire.toHex());
        const Result<DecodedAddress> d = decodeAddress(wire + QByteArray("\x99", 1));
        QVERIFY(d.ok());
        QCOMPARE(d->consumed, int(wire.size()));
        QCOMPARE(int(d->address.upper), upper);
        QCOMPARE(int(d->address.lower), lower);
        QCOMPARE(d->address.size, int(wire.size()));
    }

    void addressErrors_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("kind");
        QTest::newRow("3 bytes") << fromHex(u"020221") << int(ErrorKind::Malformed);
        QTest::newRow("no end in 4 bytes") << fromHex(u"02020202") << int(ErrorKind::Malformed);
        QTest::newRow("cut short") << fromHex(u"0202") << int(ErrorKind::Truncated);
        QTest::newRow("empty") << QByteArray() << int(ErrorKind::Truncated);
    }
    void addressErrors()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, kind);
        const Result<DecodedAddress> d = decodeAddress(wire);
        QVERIFY(!d.ok());
        QCOMPARE(int(d.error().kind), kind);
    }

    void addressOutOfRange_data()
    {
        QTest::addColumn<int>("upper");
        QTest::addColumn<int>("lower");
        QTest::addColumn<int>("size");
        QTest::newRow("128 in 1 byte") << 128 << 0 << 1;
        QTest::newRow("lower in 1 byte") << 1 << 5 << 1;
        QTest::newRow("lower 128 in 2 bytes") << 1 << 128 << 2;
        QTest::newRow("upper 0x4000") << 0x4000 << 1 << 0;
        QTest::newRow("size 3") << 1 << 1 << 3;
    }
    void addressOutOfRange()
    {
        QFETCH(int, upper);
        QFETCH(int, lower);
        QFETCH(int, size);
        const Result<QByteArray> r
            = encodeAddress(HdlcAddress::server(quint16(upper), quint16(lower), size));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::InvalidArgument);
    }

    // --- SNRM/UA parameters ------------------------------------------------------

    void parameters_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::addColumn<uint>("maxInfoTx");
        QTest::addColumn<uint>("maxInfoRx");
        QTest::addColumn<uint>("windowTx");
        QTest::addColumn<uint>("windowRx");
        // Values as the vectors' "meaning" states them (128 = 0x80, 154 = 0x9A).
        QTest::newRow("gx-ua-128") << u"gx-ua-128"_s << 128u << 128u << 1u << 1u;
        QTest::newRow("gx-ua-4byte") << u"gx-ua-4byte"_s << 128u << 128u << 1u << 1u;
        QTest::newRow("u9n-ua") << u"u9n-ua"_s << 154u << 154u << 1u << 1u;
        QTest::newRow("wb-ua (2-byte values)") << u"wb-ua"_s << 128u << 128u << 1u << 1u;
        QTest::newRow("gx-snrm-none (defaults)") << u"gx-snrm-none"_s << 128u << 128u << 1u << 1u;
    }
    void parameters()
    {
        QFETCH(QString, vector);
        QFETCH(uint, maxInfoTx);
        QFETCH(uint, maxInfoRx);
        QFETCH(uint, windowTx);
        QFETCH(uint, windowRx);
        const QJsonObject v = ims::testing::vectorById(QStringLiteral("hdlc_frames"), vector);
        const QByteArray info = ims::testing::hexBytes(
            v.value(QStringLiteral("decoded")).toObject().value(QStringLiteral("info")));
        QVERIFY(!v.isEmpty());
        const Result<HdlcParameters> p = decodeParameters(info);
        QVERIFY(p.ok());
        QCOMPARE(p->maxInfoTx, maxInfoTx);
        QCOMPARE(p->maxInfoRx, maxInfoRx);
        QCOMPARE(p->windowTx, windowTx);
        QCOMPARE(p->windowRx, windowRx);
    }

    void encodeParametersLikeGurux()
    {
        // The UA information field of the Gurux server, byte for byte.
        const QJsonObject v
            = ims::testing::vectorById(QStringLiteral("hdlc_frames"), u"gx-ua-128"_s);
        const QByteArray expected = ims::testing::hexBytes(
            v.value(QStringLiteral("decoded")).toObject().value(QStringLiteral("info")));
        QCOMPARE(encodeParameters(HdlcParameters{}).toHex(), expected.toHex());
        QCOMPARE(encodeParameters({154, 154, 1, 1}).toHex(),
                 QByteArray("81801205019a06019a070400000001080400000001"));
        QCOMPARE(encodeParameters({1024, 512, 7, 7}).toHex(),
                 QByteArray("8180140502040006020200070400000007080400000007"));
    }

    void parameterErrors_data()
    {
        QTest::addColumn<QByteArray>("info");
        QTest::newRow("wrong format id") << fromHex(u"828012050180");
        QTest::newRow("wrong group id") << fromHex(u"818112050180");
        QTest::newRow("group past end") << fromHex(u"81801205018006");
        QTest::newRow("value past end") << fromHex(u"8180030502");
        QTest::newRow("3-byte value") << fromHex(u"81800505030000FF");
        QTest::newRow("short header") << fromHex(u"8180");
    }
    void parameterErrors()
    {
        QFETCH(QByteArray, info);
        const Result<HdlcParameters> p = decodeParameters(info);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().kind, ErrorKind::Malformed);
    }

    void unknownParameterSkipped()
    {
        const Result<HdlcParameters> p = decodeParameters(fromHex(u"8180070901FF05020100"));
        QVERIFY(p.ok());
        QCOMPARE(p->maxInfoTx, 256u);
        QCOMPARE(p->maxInfoRx, 128u);
    }

    void negotiation_data()
    {
        QTest::addColumn<HdlcParameters>("proposed");
        QTest::addColumn<HdlcParameters>("offered");
        QTest::addColumn<HdlcParameters>("agreed");
        QTest::newRow("defaults") << HdlcParameters{} << HdlcParameters{} << HdlcParameters{};
        // The server sends at most what the client receives and vice versa.
        QTest::newRow("crossed") << HdlcParameters{128, 256, 7, 3} << HdlcParameters{512, 100, 2, 7}
                                 << HdlcParameters{256, 100, 2, 7};
        QTest::newRow("clamped") << HdlcParameters{4000, 4000, 20, 0}
                                 << HdlcParameters{4000, 4000, 20, 20}
                                 << HdlcParameters{2030, 2030, 1, 7};
    }
    void negotiation()
    {
        QFETCH(HdlcParameters, proposed);
        QFETCH(HdlcParameters, offered);
        QFETCH(HdlcParameters, agreed);
        const HdlcParameters got = negotiate(proposed, offered);
        QCOMPARE(got.maxInfoTx, agreed.maxInfoTx);
        QCOMPARE(got.maxInfoRx, agreed.maxInfoRx);
        QCOMPARE(got.windowTx, agreed.windowTx);
        QCOMPARE(got.windowRx, agreed.windowRx);
    }

    // --- LLC and segmentation ----------------------------------------------------

    void llcHeaders()
    {
        QCOMPARE(llcHeader(LlcDirection::ClientToServer).toHex(), QByteArray("e6e600"));
        QCOMPARE(llcHeader(LlcDirection::ServerToClient).toHex(), QByteArray("e6e700"));
        // The AARQ I-frame of the vectors: info = E6 E6 00 + AARQ (0x60...).
        const HdlcFrame aarq = [] {
            HdlcParser p;
            p.feed(hdlcBytes("gx-aarq-none"));
            return p.next().frame;
        }();
        const Result<QByteArray> apdu = stripLlcHeader(aarq.info);
        QVERIFY(apdu.ok());
        QCOMPARE(quint8(apdu->at(0)), quint8(0x60));
        QCOMPARE(apdu->size(), aarq.info.size() - 3);
        QCOMPARE(stripLlcHeader(fromHex(u"E6E600C001")).valueOr({}).toHex(), QByteArray("c001"));
        QCOMPARE(stripLlcHeader(fromHex(u"E6E700C401")).valueOr({}).toHex(), QByteArray("c401"));
        QCOMPARE(stripLlcHeader(fromHex(u"E6E601C001")).error().kind, ErrorKind::Malformed);
        QCOMPARE(stripLlcHeader(fromHex(u"E6E6")).error().kind, ErrorKind::Malformed);
        QCOMPARE(stripLlcHeader(fromHex(u"C001C1")).error().kind, ErrorKind::Malformed);
    }

    void split_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("maxInfo");
        QTest::addColumn<QList<int>>("sizes");
        QTest::newRow("3003 at 128")
            << 3003 << 128 << (QList<int>(23, 128) << 59); // 23 * 128 + 59 = 3003
        QTest::newRow("exactly 2x128") << 256 << 128 << QList<int>{128, 128};
        QTest::newRow("small") << 10 << 128 << QList<int>{10};
        QTest::newRow("empty") << 0 << 128 << QList<int>{0};
    }
    void split()
    {
        QFETCH(int, size);
        QFETCH(int, maxInfo);
        QFETCH(QList<int>, sizes);
        QByteArray data(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            data[i] = char(i * 7);
        const QList<Segment> segments = splitIntoSegments(data, maxInfo);
        QCOMPARE(segments.size(), sizes.size());
        HdlcReassembler reassembler;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            QCOMPARE(int(segments[i].info.size()), sizes[i]);
            QCOMPARE(segments[i].segmented, i + 1 < segments.size());
            QVERIFY(!reassembler.complete());
            QVERIFY(reassembler.add(segments[i].info, segments[i].segmented).ok());
        }
        QVERIFY(reassembler.complete());
        QCOMPARE(reassembler.take(), data);
    }

    void reassemblyIsBounded()
    {
        HdlcReassembler reassembler(300);
        QVERIFY(reassembler.add(QByteArray(128, 'a'), true).ok());
        QVERIFY(reassembler.add(QByteArray(128, 'b'), true).ok());
        QVERIFY(reassembler.inProgress());
        const Status s = reassembler.add(QByteArray(128, 'c'), false);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::TooLarge);
        QVERIFY(!reassembler.inProgress());
        QVERIFY(reassembler.add(QByteArray(5, 'd'), false).ok());
        QCOMPARE(reassembler.take(), QByteArray(5, 'd'));
    }

    // The segmented vector (u9n) is the middle of a sequence: no LLC header.
    void segmentedVectorHasNoLlc()
    {
        HdlcParser p;
        p.feed(hdlcBytes("u9n-segmented"));
        const HdlcParseResult r = p.next();
        QVERIFY(r.isFrame());
        QVERIFY(r.frame.segmented);
        QVERIFY(!stripLlcHeader(r.frame.info).ok());
    }

    // --- parser robustness -------------------------------------------------------

    void parserStream_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("chunk");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("garbage");

        const QByteArray snrm = hdlcBytes("gx-snrm-none");
        const QByteArray ua = hdlcBytes("gx-ua-128");
        const QByteArray aarq = hdlcBytes("gx-aarq-none");
        const QByteArray seg = hdlcBytes("u9n-segmented");
        const QByteArray gmac = hdlcBytes("gx-gmac-aarq");
        const QStringList fSnrm{u"frame:gx-snrm-none"_s};
        const QStringList fUa{u"frame:gx-ua-128"_s};
        const QStringList fAarq{u"frame:gx-aarq-none"_s};

        QTest::newRow("truncated SNRM") << snrm.chopped(3) << 0 << QStringList{} << 0;
        QTest::newRow("truncated I-frame info") << aarq.first(20) << 0 << QStringList{} << 0;
        QTest::newRow("flag only") << snrm.first(1) << 0 << QStringList{} << 0;
        QTest::newRow("flipped FCS bit (I)")
            << flipBit(aarq, aarq.size() - 2, 3) + snrm << 0
            << QStringList{u"error:bad-checksum"_s, u"frame:gx-snrm-none"_s}
            << int(aarq.size() - 2); // the rejected frame's bytes
        QTest::newRow("flipped FCS bit (SNRM)")
            << flipBit(snrm, snrm.size() - 3, 7) + ua << 0
            << QStringList{u"error:bad-checksum"_s, u"frame:gx-ua-128"_s} << int(snrm.size() - 2);
        // HCS of the AARQ I-frame: bytes 8-9 (7E A0 2B 03 21 10 | FB AF).
        QTest::newRow("flipped HCS bit")
            << flipBit(aarq, 7, 0) + ua << 0
            << QStringList{u"error:bad-checksum"_s, u"frame:gx-ua-128"_s}
            << int(aarq.size() - 2); // the rest up to its closing flag
        QTest::newRow("flipped info bit")
            << flipBit(aarq, 20, 4) + ua << 0
            << QStringList{u"error:bad-checksum"_s, u"frame:gx-ua-128"_s} << int(aarq.size() - 2);
        // Length field wrong: covered by the HCS when there is information...
        QTest::newRow("wrong length (I, HCS)")
            << flipBit(aarq, 2, 0) + snrm << 0
            << QStringList{u"error:bad-checksum"_s, u"frame:gx-snrm-none"_s}
            << int(aarq.size() - 2);
        // ...and by the header size when there is none: 8 leaves 1 byte for an HCS.
        QTest::newRow("wrong length 8 (SNRM)")
            << setByte(snrm, 2, 0x08) + ua << 0
            << QStringList{u"error:malformed"_s, u"frame:gx-ua-128"_s} << int(snrm.size() - 2);
        QTest::newRow("length 6 below header (SNRM)")
            << setByte(snrm, 2, 0x06) + ua << 0
            << QStringList{u"error:malformed"_s, u"frame:gx-ua-128"_s} << int(snrm.size() - 2);
        QTest::newRow("wrong format type")
            << flipBit(snrm, 1, 4) + ua << 0
            << QStringList{u"error:malformed"_s, u"frame:gx-ua-128"_s} << int(snrm.size() - 2);
        QTest::newRow("3-byte address")
            << fromHex(u"7EA00802022193BD647E") + ua << 0
            << QStringList{u"error:malformed"_s, u"frame:gx-ua-128"_s} << 8;
        QTest::newRow("no closing flag")
            << snrm.chopped(1) + QByteArray("\x55", 1) + ua << 0
            << QStringList{u"error:malformed"_s, u"frame:gx-ua-128"_s} << int(snrm.size() - 1);
        QTest::newRow("garbage before a frame")
            << fromHex(u"0011223344A0FF") + snrm << 0 << fSnrm << 7;
        QTest::newRow("garbage between frames")
            << snrm + fromHex(u"55AA55") + ua << 0 << (fSnrm + fUa) << 3;
        QTest::newRow("two frames, own flags") << snrm + ua << 0 << (fSnrm + fUa) << 0;
        QTest::newRow("two frames, shared flag") << snrm + ua.sliced(1) << 0 << (fSnrm + fUa) << 0;
        QTest::newRow("extra fill flags")
            << fromHex(u"7E7E7E") + snrm + fromHex(u"7E7E") + ua << 0 << (fSnrm + fUa) << 0;
        QTest::newRow("byte at a time")
            << snrm + aarq + ua.sliced(1) << 1 << (fSnrm + fAarq + fUa) << 0;
        QTest::newRow("7 bytes at a time")
            << aarq + seg + gmac << 7
            << QStringList{u"frame:gx-aarq-none"_s, u"frame:u9n-segmented"_s,
                           u"frame:gx-gmac-aarq"_s}
            << 0;
        // Length byte 0x7E: a flag value inside the header must not confuse the parser.
        QTest::newRow("0x7E as length, byte at a time")
            << seg + seg << 1 << QStringList{u"frame:u9n-segmented"_s, u"frame:u9n-segmented"_s}
            << 0;
        // The good frame lies within the length the broken one announces:
        // it waits for more bytes (or abandonPartialFrame(), see below).
        QTest::newRow("truncated then good frame")
            << aarq.first(20) + snrm << 0 << QStringList{} << 0;
        QTest::newRow("truncated, good frame, more traffic")
            << aarq.first(20) + snrm + ua + ua << 0
            << QStringList{u"error:malformed"_s, u"frame:gx-snrm-none"_s, u"frame:gx-ua-128"_s,
                           u"frame:gx-ua-128"_s}
            << 19;
    }
    void parserStream()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, chunk);
        QFETCH(QStringList, expected);
        QFETCH(int, garbage);
        HdlcParser parser;
        QCOMPARE(parseInChunks(parser, stream, chunk), expected);
        QCOMPARE(int(parser.garbageBytes()), garbage);
    }

    // The line fell silent in the middle of a frame: the caller gives up on it
    // and the complete frame behind the truncated one comes out.
    void abandonPartialFrame()
    {
        HdlcParser parser;
        parser.feed(hdlcBytes("gx-aarq-none").first(20) + hdlcBytes("gx-snrm-none"));
        QVERIFY(parser.next().needMore());
        const HdlcParseResult r = parser.abandonPartialFrame();
        QVERIFY(r.isError());
        QCOMPARE(r.error.kind, ErrorKind::Truncated);
        QCOMPARE(drain(parser), QStringList{u"frame:gx-snrm-none"_s});
        QCOMPARE(parser.garbageBytes(), qsizetype(19));
        // Nothing pending: nothing to abandon.
        QVERIFY(parser.abandonPartialFrame().needMore());
    }

    // An I-frame whose information field is full of 0x7E.
    void flagsInsideInformation()
    {
        HdlcFrame f
            = HdlcFrame::command(FrameKind::I, HdlcAddress::server(1), HdlcAddress::client(16));
        f.info = QByteArray(40, char(0x7E));
        const QByteArray wire = encodeFrame(f);
        HdlcParser parser;
        parser.feed(wire + wire);
        for (int i = 0; i < 2; ++i) {
            const HdlcParseResult r = parser.next();
            QVERIFY(r.isFrame());
            QCOMPARE(r.frame.info, f.info);
        }
        QVERIFY(parser.next().needMore());
        QCOMPARE(parser.errorCount(), qsizetype(0));
    }

    void randomGarbageThenFrame_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("chunk");
        for (quint32 seed : {1u, 2u, 3u, 42u, 1234u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed << 0;
        QTest::newRow("seed 7, 61-byte chunks") << 7u << 61;
        QTest::newRow("seed 8, byte at a time") << 8u << 1;
    }
    void randomGarbageThenFrame()
    {
        QFETCH(quint32, seed);
        QFETCH(int, chunk);
        QRandomGenerator rng(seed);
        QByteArray stream(10 * 1024, Qt::Uninitialized);
        for (char &c : stream)
            c = char(rng.bounded(256));
        // Make sure there are false starts: flags followed by a plausible format field.
        for (int i = 0; i < 20; ++i) {
            const int at = int(rng.bounded(10 * 1024 - 3));
            stream[at] = char(0x7E);
            stream[at + 1] = char(0xA0 | rng.bounded(8));
        }
        stream += hdlcBytes("gx-aarq-none");
        HdlcParser parser;
        const QStringList got = parseInChunks(parser, stream, chunk);
        QVERIFY(!got.isEmpty());
        QCOMPARE(got.last(), u"frame:gx-aarq-none"_s);
        QCOMPARE(got.count(u"frame:gx-aarq-none"_s), 1);
        QCOMPARE(parser.framesDelivered(), qsizetype(1));
        QVERIFY(parser.garbageBytes() > 5 * 1024);
        QCOMPARE(parser.bufferedBytes(), qsizetype(1)); // the closing flag, kept for sharing
    }

    void tooLargeForTheLimit()
    {
        HdlcParserLimits limits;
        limits.maxFrameLength = 64;
        HdlcParser parser(limits);
        parser.feed(hdlcBytes("gx-gmac-aarq") + hdlcBytes("gx-aarq-none")); // 107 then 43 bytes
        QCOMPARE(drain(parser), (QStringList{u"error:too-large"_s, u"frame:gx-aarq-none"_s}));
    }

    void flaglessGarbageIsNotBuffered()
    {
        HdlcParser parser;
        const QByteArray noise(100000, char(0x55));
        parser.feed(noise);
        QCOMPARE(parser.bufferedBytes(), qsizetype(0));
        parser.feed(noise);
        QCOMPARE(parser.bufferedBytes(), qsizetype(0));
        QCOMPARE(parser.garbageBytes(), qsizetype(200000));
        QVERIFY(parser.next().needMore());
    }

    void bufferIsCapped()
    {
        HdlcParserLimits limits;
        limits.maxBuffered = 4096;
        HdlcParser parser(limits);
        // Flags everywhere, never drained: the cap still holds.
        for (int i = 0; i < 100; ++i)
            parser.feed(QByteArray(1000, char(0x7E)));
        QVERIFY(parser.bufferedBytes() <= 4096);
        QCOMPARE(parser.droppedBytes(), qsizetype(100000 - 4096));
        parser.feed(hdlcBytes("gx-snrm-none"));
        QCOMPARE(drain(parser), QStringList{u"frame:gx-snrm-none"_s});
    }
};

QTEST_GUILESS_MAIN(TestHdlcFrames)
#include "tst_hdlc_frames.moc"
