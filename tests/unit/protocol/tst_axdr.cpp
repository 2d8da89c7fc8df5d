// A-XDR codec: decoding the Data of the golden vectors, encoding every type
// against byte sequences written by hand from IEC 62056-6-2 clause 4.1.5
// (not produced by our encoder), hostile input, limits, the streaming array
// reader, and the typed JSON form.
#include "protocol/axdr/array_reader.h"
#include "protocol/axdr/axdr_codec.h"
#include "protocol/axdr/value_json.h"
#include "protocol/core/bytes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <bit>
#include <limits>

using namespace ims;
using namespace ims::axdr;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ims::axdr::Value)
Q_DECLARE_METATYPE(ims::axdr::CosemDateTime)
Q_DECLARE_METATYPE(ims::ErrorKind)

namespace ims::axdr {
// Found by QCOMPARE through ADL: failures show the value and its encoding.
char *toString(const Value &v)
{
    return qstrdup(qPrintable(dataTypeName(v.type()) + u" "_s + v.toDisplayString() + u" ["_s
                              + toSpacedHex(encode(v)) + u"]"_s));
}
} // namespace ims::axdr

namespace {

QByteArray hex(const char *text)
{
    return fromHex(QString::fromLatin1(text));
}

// JSON written with single quotes, to keep the expectations readable here.
QJsonValue jsonOf(const char *text)
{
    QByteArray doc = QByteArray("[") + QByteArray(text).replace('\'', '"') + "]";
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(doc, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", text);
    return d.array().first();
}

QJsonObject vectorById(const QString &id)
{
    QFile file(QStringLiteral(IMSDESK_TEST_DATA_DIR "/reference/vectors/dlms/vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const auto &section : {"hdlc_frames", "wrapper_frames", "apdus"}) {
        for (const auto &v : root.value(QLatin1String(section)).toArray()) {
            if (v.toObject().value(QLatin1String("id")).toString() == id)
                return v.toObject();
        }
    }
    return {};
}

// The APDU carried by a vector: an HDLC frame's information field without
// the LLC header, a wrapper frame's APDU, or a bare APDU.
QByteArray apduOf(const QJsonObject &vector)
{
    const QJsonObject decoded = vector.value(QLatin1String("decoded")).toObject();
    if (decoded.contains(QLatin1String("info"))) {
        const QByteArray info = fromHex(decoded.value(QLatin1String("info")).toString());
        return info.startsWith(hex("E6E700")) ? info.mid(3) : QByteArray();
    }
    if (decoded.contains(QLatin1String("apdu")))
        return fromHex(decoded.value(QLatin1String("apdu")).toString());
    return fromHex(vector.value(QLatin1String("hex")).toString());
}

Value dlu(quint32 v)
{
    return Value::doubleLongUnsigned(v);
}

CosemDateTime dateTime(quint16 y, quint8 mo, quint8 d, quint8 dow, quint8 h, quint8 mi, quint8 s,
                       quint8 hs, qint16 dev, quint8 status)
{
    return CosemDateTime{{y, mo, d, dow}, {h, mi, s, hs}, dev, status};
}

} // namespace

class TestAxdr : public QObject
{
    Q_OBJECT

private slots:
    void vectorData_data();
    void vectorData();
    void clockVectorsAreDateTimes_data();
    void clockVectorsAreDateTimes();
    void profileBlockStreams();
    void profileBlockByteByByte();
    void encodeByStandard_data();
    void encodeByStandard();
    void everyPrefixIsTruncated_data() { encodeByStandard_data(); }
    void everyPrefixIsTruncated();
    void hostileInput_data();
    void hostileInput();
    void unknownTagNamedInMessage();
    void limits();
    void canonicalOnly_data();
    void canonicalOnly();
    void decodeAdvancesPosition();
    void floatsKeepTheirBits();
    void compactArrayKeepsDescription();
    void largeProfileThroughArrayReader();
    void arrayReaderErrors();
    void json_data();
    void json();
    void jsonRoundTripEveryEncodedValue_data() { encodeByStandard_data(); }
    void jsonRoundTripEveryEncodedValue();
    void jsonRejects_data();
    void jsonRejects();
    void plainJsonAndDisplayType();
    void typeNames();
};

void TestAxdr::vectorData_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Value>("expected");

    QTest::newRow("u9n-get-resp-u32") << u"u9n-get-resp-u32"_s << dlu(5009);
    QTest::newRow("gx-get-clock-3-resp") << u"gx-get-clock-3-resp"_s << Value::long16(0);
    QTest::newRow("gx-get-register-resp") << u"gx-get-register-resp"_s << Value::longUnsigned(15);
    QTest::newRow("wb-get-3-resp")
        << u"wb-get-3-resp"_s << Value::structure({Value::integer(0), Value::enumValue(9)});
    QTest::newRow("wb-get-2-resp") << u"wb-get-2-resp"_s << Value::long16(30);
    // The date-time vectors as octet-strings; their meaning is checked below.
    QTest::newRow("clock-resp-apdu")
        << u"clock-resp-apdu"_s << Value::octetString(hex("07EA04040604042B00FE9801"));
    QTest::newRow("gx-get-clock-2-resp")
        << u"gx-get-clock-2-resp"_s << Value::octetString(hex("07EA0B150617261B00000000"));
    QTest::newRow("gx-w-get-clock-resp")
        << u"gx-w-get-clock-resp"_s << Value::octetString(hex("07EA0B150617271400000000"));
}

void TestAxdr::vectorData()
{
    QFETCH(QString, id);
    QFETCH(Value, expected);
    const QJsonObject vector = vectorById(id);
    QVERIFY2(!vector.isEmpty(), qPrintable(id));
    const QByteArray apdu = apduOf(vector);
    // GET.response-normal: C4 01, invoke-id-and-priority, result choice 0 = data.
    QCOMPARE(apdu.left(2), hex("C401"));
    QCOMPARE(apdu.at(3), char(0));
    const QByteArray data = apdu.mid(4);

    const auto decoded = decodeAll(data);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded->type(), expected.type());
    QCOMPARE(*decoded, expected);
    // The vector's bytes are the oracle for the encoder too.
    QCOMPARE(encode(*decoded), data);
}

void TestAxdr::clockVectorsAreDateTimes_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<CosemDateTime>("expected");
    QTest::addColumn<QString>("iso");

    QTest::newRow("clock-resp-apdu")
        << u"clock-resp-apdu"_s << dateTime(2026, 4, 4, 6, 4, 4, 43, 0, -360, 0x01)
        << u"2026-04-04T04:04:43+06:00"_s;
    QTest::newRow("gx-get-clock-2-resp")
        << u"gx-get-clock-2-resp"_s << dateTime(2026, 11, 21, 6, 23, 38, 27, 0, 0, 0x00)
        << u"2026-11-21T23:38:27+00:00"_s;
    QTest::newRow("gx-w-get-clock-resp")
        << u"gx-w-get-clock-resp"_s << dateTime(2026, 11, 21, 6, 23, 39, 20, 0, 0, 0x00)
        << u"2026-11-21T23:39:20+00:00"_s;
}

void TestAxdr::clockVectorsAreDateTimes()
{
    QFETCH(QString, id);
    QFETCH(CosemDateTime, expected);
    QFETCH(QString, iso);
    const auto decoded = decodeAll(apduOf(vectorById(id)).mid(4));
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->type(), DataType::OctetString);
    QCOMPARE(decoded->bytes().size(), 12);
    const auto dt = decoded->asDateTime();
    QVERIFY(dt.has_value());
    QCOMPARE(dt->date.year, expected.date.year);
    QCOMPARE(dt->date.month, expected.date.month);
    QCOMPARE(dt->date.day, expected.date.day);
    QCOMPARE(dt->date.dayOfWeek, expected.date.dayOfWeek);
    QCOMPARE(dt->time.hour, expected.time.hour);
    QCOMPARE(dt->time.minute, expected.time.minute);
    QCOMPARE(dt->time.second, expected.time.second);
    QCOMPARE(dt->time.hundredths, expected.time.hundredths);
    QCOMPARE(dt->deviation, expected.deviation);
    QCOMPARE(dt->clockStatus, expected.clockStatus);
    QCOMPARE(decoded->toDisplayString(), iso);
    QCOMPARE(displayTypeName(*decoded), u"date-time"_s);
    QCOMPARE(toPlainJson(*decoded), QJsonValue(iso));
}

// gx-profile-block1-prefix: GET.response-with-datablock whose raw data starts
// an array of 10920 rows {date-time octet-string, long-unsigned}; the
// capture ends after the second row.
void TestAxdr::profileBlockStreams()
{
    const QByteArray apdu = apduOf(vectorById(u"gx-profile-block1-prefix"_s));
    // C4 02 invoke, last-block 00, block-number 00000001, choice 00 raw-data, length 82 01DF.
    QCOMPARE(apdu.left(12), hex("C402C10000000001008201DF"));
    const QByteArray raw = apdu.mid(12);

    // The whole raw data is an incomplete value: Truncated, not Malformed.
    const auto whole = decodeAll(raw);
    QVERIFY(!whole.ok());
    QCOMPARE(whole.error().kind, ErrorKind::Truncated);

    const Value row1 = Value::structure(
        {Value::octetString(hex("07EA071F05052D0000000000")), Value::longUnsigned(100)});
    const Value row2 = Value::structure(
        {Value::octetString(hex("07EA071F0506000000000000")), Value::longUnsigned(101)});

    // Feed the data cut inside the second row, then the rest.
    const qsizetype cut = raw.size() - 5;
    ArrayReader reader;
    QVERIFY(!reader.declaredCount().has_value());
    reader.append(raw.left(cut));
    auto first = reader.next();
    QVERIFY(first.ok());
    QCOMPARE(*reader.declaredCount(), 10920u);
    QCOMPARE(*first, row1);
    const auto firstTime = first->items().at(0).asDateTime();
    QVERIFY(firstTime.has_value());
    QCOMPARE(firstTime->toIsoString(), u"2026-07-31T05:45:00+00:00"_s);
    QCOMPARE(firstTime->date.dayOfWeek, quint8(5));

    auto pending = reader.next();
    QVERIFY(!pending.ok());
    QCOMPARE(pending.error().kind, ErrorKind::Truncated);
    QCOMPARE(reader.rowsRead(), 1);

    reader.append(raw.mid(cut));
    auto second = reader.next();
    QVERIFY(second.ok());
    QCOMPARE(*second, row2);
    QCOMPARE(reader.rowsRead(), 2);
    QVERIFY(!reader.atEnd());
    QCOMPARE(reader.pendingBytes(), 0);

    // The rest of the 10920 rows is still to come.
    auto rest = reader.next();
    QVERIFY(!rest.ok());
    QCOMPARE(rest.error().kind, ErrorKind::Truncated);
    const auto available = reader.takeAvailable();
    QVERIFY(available.ok());
    QVERIFY(available->isEmpty());
}

void TestAxdr::profileBlockByteByByte()
{
    const QByteArray raw = apduOf(vectorById(u"gx-profile-block1-prefix"_s)).mid(12);
    QVERIFY(!raw.isEmpty());
    ArrayReader reader;
    QList<Value> rows;
    for (char c : raw) {
        reader.append(QByteArrayView(&c, 1));
        const auto taken = reader.takeAvailable();
        QVERIFY(taken.ok());
        rows += *taken;
    }
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].items().at(1), Value::longUnsigned(101));
    QCOMPARE(*reader.declaredCount(), 10920u);
}

// Byte sequences written from IEC 62056-6-2, 4.1.5 (Data CHOICE tags, A-XDR
// length form, fixed widths, big-endian, compact-array layout).
void TestAxdr::encodeByStandard_data()
{
    QTest::addColumn<Value>("value");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("null-data") << Value::null() << hex("00");
    QTest::newRow("boolean true") << Value::boolean(true) << hex("03 01");
    QTest::newRow("boolean false") << Value::boolean(false) << hex("03 00");
    QTest::newRow("bit-string 4 bits 1010") << Value::bitString({hex("A0"), 4}) << hex("04 04 A0");
    QTest::newRow("bit-string 12 bits")
        << Value::bitString({hex("8010"), 12}) << hex("04 0C 80 10");
    QTest::newRow("bit-string empty") << Value::bitString({{}, 0}) << hex("04 00");
    QTest::newRow("double-long -1") << Value::doubleLong(-1) << hex("05 FFFFFFFF");
    QTest::newRow("double-long min")
        << Value::doubleLong(std::numeric_limits<qint32>::min()) << hex("05 80000000");
    QTest::newRow("double-long-unsigned 5009") << dlu(5009) << hex("06 00001391");
    QTest::newRow("double-long-unsigned max") << dlu(0xFFFFFFFF) << hex("06 FFFFFFFF");
    QTest::newRow("octet-string 3") << Value::octetString(hex("0102FF")) << hex("09 03 0102FF");
    QTest::newRow("octet-string empty") << Value::octetString({}) << hex("09 00");
    QTest::newRow("octet-string 127")
        << Value::octetString(QByteArray(127, 'x')) << hex("09 7F") + QByteArray(127, 'x');
    QTest::newRow("octet-string 128 (0x81 form)")
        << Value::octetString(QByteArray(128, 'y')) << hex("09 81 80") + QByteArray(128, 'y');
    QTest::newRow("octet-string 256 (0x82 form)")
        << Value::octetString(QByteArray(256, 'z')) << hex("09 82 0100") + QByteArray(256, 'z');
    QTest::newRow("octet-string 65536 (0x83 form)") << Value::octetString(QByteArray(65536, 'w'))
                                                    << hex("09 83 010000") + QByteArray(65536, 'w');
    QTest::newRow("visible-string ABC") << Value::visibleString("ABC") << hex("0A 03 414243");
    QTest::newRow("utf8-string Zhe")
        << Value::utf8String(QByteArray("\xD0\x96")) << hex("0C 02 D096");
    QTest::newRow("bcd 12") << Value::bcd(hex("12")) << hex("0D 12");
    QTest::newRow("integer -1") << Value::integer(-1) << hex("0F FF");
    QTest::newRow("integer min") << Value::integer(-128) << hex("0F 80");
    QTest::newRow("long -2") << Value::long16(-2) << hex("10 FFFE");
    QTest::newRow("long max") << Value::long16(32767) << hex("10 7FFF");
    QTest::newRow("unsigned 200") << Value::unsigned8(200) << hex("11 C8");
    QTest::newRow("long-unsigned max") << Value::longUnsigned(65535) << hex("12 FFFF");
    QTest::newRow("long64 -2") << Value::long64(-2) << hex("14 FFFFFFFFFFFFFFFE");
    QTest::newRow("long64 min") << Value::long64(std::numeric_limits<qint64>::min())
                                << hex("14 8000000000000000");
    QTest::newRow("long64-unsigned max")
        << Value::long64Unsigned(std::numeric_limits<quint64>::max()) << hex("15 FFFFFFFFFFFFFFFF");
    QTest::newRow("long64-unsigned 2^53+1")
        << Value::long64Unsigned((quint64(1) << 53) + 1) << hex("15 0020000000000001");
    QTest::newRow("enum 9") << Value::enumValue(9) << hex("16 09");
    QTest::newRow("float32 1.0") << Value::float32(1.0f) << hex("17 3F800000");
    QTest::newRow("float32 -2.5") << Value::float32(-2.5f) << hex("17 C0200000");
    QTest::newRow("float64 1.0") << Value::float64(1.0) << hex("18 3FF0000000000000");
    QTest::newRow("float64 -0.0") << Value::float64(-0.0) << hex("18 8000000000000000");
    QTest::newRow("date-time tagged")
        << Value::dateTime(dateTime(2026, 11, 21, 6, 23, 38, 27, 0, -180, 0x00))
        << hex("19 07EA 0B 15 06 17 26 1B 00 FF4C 00");
    QTest::newRow("date-time all unspecified")
        << Value::dateTime(CosemDateTime{}) << hex("19 FFFF FF FF FF FF FF FF FF 8000 FF");
    QTest::newRow("date") << Value::date({2026, 11, 21, 6}) << hex("1A 07EA 0B 15 06");
    QTest::newRow("date DST begin, last day")
        << Value::date({0xFFFF, 0xFE, 0xFE, 0xFF}) << hex("1A FFFF FE FE FF");
    QTest::newRow("time") << Value::time({23, 38, 27, 0}) << hex("1B 17 26 1B 00");
    QTest::newRow("dont-care") << Value::dontCare() << hex("FF");
    QTest::newRow("array of unsigned")
        << Value::array({Value::unsigned8(1), Value::unsigned8(2)}) << hex("01 02 11 01 11 02");
    QTest::newRow("array empty") << Value::array({}) << hex("01 00");
    QTest::newRow("structure scaler_unit")
        << Value::structure({Value::integer(-1), Value::enumValue(30)}) << hex("02 02 0F FF 16 1E");
    QTest::newRow("nested structure in array")
        << Value::array({Value::structure({dlu(1), Value::null()})})
        << hex("01 01 02 02 06 00000001 00");
    QTest::newRow("array of 128 (0x81 count)") << Value::array(QList<Value>(128, Value::null()))
                                               << hex("01 81 80") + QByteArray(128, '\0');

    // compact-array: tag 0x13, contents-description, then array-contents as
    // a length-prefixed block of untagged element values.
    QTest::newRow("compact-array of long-unsigned") << Value::compactArray(
        {{DataType::LongUnsigned, 0, {}},
         {Value::longUnsigned(1), Value::longUnsigned(2), Value::longUnsigned(3)}})
                                                    << hex("13 12 06 0001 0002 0003");
    const TypeDescription rowType{
        DataType::Structure,
        0,
        {{DataType::LongUnsigned, 0, {}}, {DataType::DoubleLongUnsigned, 0, {}}}};
    QTest::newRow("compact-array of structures")
        << Value::compactArray({rowType,
                                {Value::structure({Value::longUnsigned(1), dlu(2)}),
                                 Value::structure({Value::longUnsigned(3), dlu(4)})}})
        << hex("13 02 02 12 06 0C 0001 00000002 0003 00000004");
    const TypeDescription pairType{DataType::Array, 2, {{DataType::Unsigned, 0, {}}}};
    QTest::newRow("compact-array of arrays")
        << Value::compactArray({pairType,
                                {Value::array({Value::unsigned8(1), Value::unsigned8(2)}),
                                 Value::array({Value::unsigned8(3), Value::unsigned8(4)})}})
        << hex("13 01 0002 11 04 01 02 03 04");
    QTest::newRow("compact-array of octet-strings")
        << Value::compactArray({{DataType::OctetString, 0, {}},
                                {Value::octetString(hex("AABB")), Value::octetString(hex("CC"))}})
        << hex("13 09 05 02 AABB 01 CC");
    QTest::newRow("compact-array empty")
        << Value::compactArray({{DataType::Null, 0, {}}, {}}) << hex("13 00 00");
}

void TestAxdr::encodeByStandard()
{
    QFETCH(Value, value);
    QFETCH(QByteArray, bytes);
    QCOMPARE(encode(value).toHex(' '), bytes.toHex(' '));

    const auto decoded = decodeAll(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded->type(), value.type());
    QVERIFY(*decoded == value);

    DecodeLimits strict;
    strict.canonicalOnly = true;
    QVERIFY(decodeAll(bytes, strict).ok());
}

void TestAxdr::everyPrefixIsTruncated()
{
    QFETCH(QByteArray, bytes);
    const qsizetype step = bytes.size() > 300 ? 97 : 1;
    for (qsizetype n = 0; n < bytes.size(); n += step) {
        const auto r = decodeAll(bytes.left(n));
        QVERIFY2(!r.ok(), qPrintable(QString::number(n)));
        QVERIFY2(r.error().kind == ErrorKind::Truncated,
                 qPrintable(QStringLiteral("prefix %1: %2").arg(n).arg(r.error().message)));
    }
}

void TestAxdr::hostileInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorKind>("kind");

    QTest::newRow("empty input") << QByteArray() << ErrorKind::Truncated;
    QTest::newRow("octet-string 0x84 FFFFFFFF")
        << hex("09 84 FFFFFFFF 01 02") << ErrorKind::TooLarge;
    QTest::newRow("visible-string 0x84 FFFFFFFF") << hex("0A 84 FFFFFFFF") << ErrorKind::TooLarge;
    QTest::newRow("bit-string 0x84 FFFFFFFF bits")
        << hex("04 84 FFFFFFFF 00") << ErrorKind::TooLarge;
    QTest::newRow("octet-string past the end") << hex("09 05 0102") << ErrorKind::Truncated;
    QTest::newRow("octet-string 0x82 past the end") << hex("09 82 0100 01") << ErrorKind::Truncated;
    QTest::newRow("length form 0x85") << hex("09 85 0000000001 00") << ErrorKind::Malformed;
    QTest::newRow("length form 0x80") << hex("09 80 00") << ErrorKind::Malformed;
    QTest::newRow("length cut inside") << hex("09 83 00") << ErrorKind::Truncated;
    QTest::newRow("double-long-unsigned short") << hex("06 0000") << ErrorKind::Truncated;
    QTest::newRow("date-time short") << hex("19 07EA0B15") << ErrorKind::Truncated;
    QTest::newRow("1000-deep arrays") << hex("01 01").repeated(1000) << ErrorKind::TooDeep;
    QTest::newRow("1000-deep structures") << hex("02 01").repeated(1000) << ErrorKind::TooDeep;
    QTest::newRow("1000-deep, closed")
        << hex("02 01").repeated(1000) + hex("00") << ErrorKind::TooDeep;
    QTest::newRow("unknown tag 0x07") << hex("07 00") << ErrorKind::Malformed;
    QTest::newRow("unknown tag 0x08") << hex("08") << ErrorKind::Malformed;
    QTest::newRow("unknown tag 0x0B") << hex("0B 00") << ErrorKind::Malformed;
    QTest::newRow("unknown tag 0x0E") << hex("0E") << ErrorKind::Malformed;
    QTest::newRow("unknown tag 0x1C") << hex("1C") << ErrorKind::Malformed;
    QTest::newRow("unknown tag 0x80") << hex("80") << ErrorKind::Malformed;
    QTest::newRow("unknown tag inside structure") << hex("02 02 11 01 7A") << ErrorKind::Malformed;
    QTest::newRow("array of 2^31 with 3 bytes")
        << hex("01 84 80000000 11 01 11") << ErrorKind::TooLarge;
    QTest::newRow("array of 2^32-1 with 0 bytes") << hex("01 84 FFFFFFFF") << ErrorKind::TooLarge;
    QTest::newRow("array of 999999 with 3 bytes")
        << hex("01 83 0F423F 11 01 11") << ErrorKind::Truncated;
    QTest::newRow("structure of 2^31") << hex("02 84 80000000") << ErrorKind::TooLarge;
    QTest::newRow("trailing byte") << hex("11 01 00") << ErrorKind::Malformed;
    QTest::newRow("compact element crosses contents end")
        << hex("13 12 03 0001 02") << ErrorKind::Malformed;
    QTest::newRow("compact zero-size elements with content")
        << hex("13 00 02 AAAA") << ErrorKind::Malformed;
    QTest::newRow("compact in compact description") << hex("13 13 12 00") << ErrorKind::Malformed;
    QTest::newRow("compact unknown description tag") << hex("13 07 00") << ErrorKind::Malformed;
    QTest::newRow("compact contents 0x84 FFFFFFFF")
        << hex("13 11 84 FFFFFFFF") << ErrorKind::TooLarge;
    QTest::newRow("compact contents past the end") << hex("13 11 05 01 02") << ErrorKind::Truncated;
    QTest::newRow("compact description of 2^31 members")
        << hex("13 02 84 80000000 11") << ErrorKind::TooLarge;
    QTest::newRow("compact description 1000 deep")
        << hex("13") + hex("02 01").repeated(1000) << ErrorKind::TooDeep;
    QTest::newRow("compact array-of-65535-nulls elements")
        << hex("13 02 02 01 FFFF 00 11 20") + QByteArray(32, '\x01') << ErrorKind::TooLarge;
}

void TestAxdr::hostileInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorKind, kind);
    const auto r = decodeAll(bytes);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().kind == kind,
             qPrintable(errorKindName(r.error().kind) + u": "_s + r.error().message));
    QVERIFY(!r.error().message.isEmpty());
}

void TestAxdr::unknownTagNamedInMessage()
{
    const auto r = decodeAll(hex("02 01 1C"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Malformed);
    QVERIFY2(r.error().message.contains(u"0x1c"_s, Qt::CaseInsensitive),
             qPrintable(r.error().message));
}

void TestAxdr::limits()
{
    // Depth: 16 nested lists decode with the default limit, 17 do not.
    const QByteArray deep16 = hex("01 01").repeated(16) + hex("00");
    const QByteArray deep17 = hex("01 01").repeated(17) + hex("00");
    QVERIFY(decodeAll(deep16).ok());
    QCOMPARE(decodeAll(deep17).error().kind, ErrorKind::TooDeep);
    DecodeLimits shallow;
    shallow.maxDepth = 2;
    QVERIFY(decodeAll(hex("01 01 02 01 11 05"), shallow).ok());
    QCOMPARE(decodeAll(hex("01 01 02 01 01 00"), shallow).error().kind, ErrorKind::TooDeep);

    // Elements: the list itself counts as one.
    DecodeLimits few;
    few.maxElements = 4;
    QVERIFY(decodeAll(hex("01 03 11 01 11 02 11 03"), few).ok());
    QCOMPARE(decodeAll(hex("01 04 11 01 11 02 11 03 11 04"), few).error().kind,
             ErrorKind::TooLarge);
    QCOMPARE(decodeAll(hex("02 02 01 02 11 01 11 02 11 03"), few).error().kind,
             ErrorKind::TooLarge);

    // Bytes: the encoded size of one value.
    DecodeLimits small;
    small.maxBytes = 10;
    QVERIFY(decodeAll(hex("09 08") + QByteArray(8, 'a'), small).ok());
    QCOMPARE(decodeAll(hex("09 09") + QByteArray(9, 'a'), small).error().kind, ErrorKind::TooLarge);
    QCOMPARE(decodeAll(hex("02 02 09 03 616263 09 05") + QByteArray(5, 'a'), small).error().kind,
             ErrorKind::TooLarge);
}

void TestAxdr::canonicalOnly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Value>("lenient");

    QTest::newRow("0x81 for 5") << hex("09 81 05 0102030405")
                                << Value::octetString(hex("0102030405"));
    QTest::newRow("0x82 for 200") << hex("01 82 00C8") + hex("00").repeated(200)
                                  << Value::array(QList<Value>(200, Value::null()));
    QTest::newRow("boolean 0xFF") << hex("03 FF") << Value::boolean(true);
    QTest::newRow("boolean 0x02") << hex("03 02") << Value::boolean(true);
}

void TestAxdr::canonicalOnly()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Value, lenient);
    const auto relaxed = decodeAll(bytes);
    QVERIFY(relaxed.ok());
    QCOMPARE(*relaxed, lenient);
    DecodeLimits strict;
    strict.canonicalOnly = true;
    const auto r = decodeAll(bytes, strict);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Malformed);
}

void TestAxdr::decodeAdvancesPosition()
{
    const QByteArray two = hex("12 000F 06 00001391 FF");
    qsizetype pos = 0;
    auto a = decode(two, pos);
    QVERIFY(a.ok());
    QCOMPARE(*a, Value::longUnsigned(15));
    QCOMPARE(pos, 3);
    auto b = decode(two, pos);
    QVERIFY(b.ok());
    QCOMPARE(*b, dlu(5009));
    QCOMPARE(pos, 8);
    auto c = decode(two, pos);
    QVERIFY(c.ok());
    QCOMPARE(c->type(), DataType::DontCare);
    QCOMPARE(pos, 9);
    auto d = decode(two, pos);
    QCOMPARE(d.error().kind, ErrorKind::Truncated);
    QCOMPARE(pos, 9);

    qsizetype inside = 0;
    QVERIFY(!decode(hex("02 02 11 01"), inside).ok());
    QCOMPARE(inside, 0); // unchanged on failure
}

void TestAxdr::floatsKeepTheirBits()
{
    // A signalling NaN with a payload and a negative zero survive decoding,
    // comparison and encoding unchanged.
    const QByteArray nan32 = hex("17 7F800001");
    const auto v = decodeAll(nan32);
    QVERIFY(v.ok());
    QCOMPARE(std::bit_cast<quint32>(std::get<float>(v->storage())), 0x7F800001u);
    QVERIFY(*v == *v);
    QCOMPARE(encode(*v), nan32);
    QVERIFY(Value::float64(0.0) != Value::float64(-0.0));
    QVERIFY(Value::float32(1.0f) != Value::float64(1.0));
}

void TestAxdr::compactArrayKeepsDescription()
{
    const QByteArray bytes = hex("13 02 02 12 06 0C 0001 00000002 0003 00000004");
    const auto v = decodeAll(bytes);
    QVERIFY(v.ok());
    const CompactArray *c = v->compact();
    QVERIFY(c != nullptr);
    QCOMPARE(c->elementType.type, DataType::Structure);
    QCOMPARE(c->elementType.children.size(), 2);
    QCOMPARE(c->elementType.children[1].type, DataType::DoubleLongUnsigned);
    QCOMPARE(c->elements.size(), 2);
    QCOMPARE(c->elements[1], Value::structure({Value::longUnsigned(3), dlu(4)}));
    QVERIFY(v->items().isEmpty()); // a compact-array is not a plain list
}

// A day of 30-minute rows is 48; a profile of 10,000 rows of {date-time, 4 x
// double-long-unsigned}, fed in 200-byte blocks as GET blocks would bring it.
void TestAxdr::largeProfileThroughArrayReader()
{
    constexpr int rows = 10000;
    QByteArray raw = hex("01 82 2710"); // 10000
    for (int i = 0; i < rows; ++i) {
        raw += hex("02 05 09 0C 07EA 01 01 FF");
        raw += char(i / 60 % 24);
        raw += char(i % 60);
        raw += hex("00 00 FF4C 00");
        for (int ch = 0; ch < 4; ++ch) {
            raw += char(0x06);
            appendBe32(raw, quint32(i * 4 + ch));
        }
    }
    ArrayReader reader;
    qsizetype count = 0;
    for (qsizetype at = 0; at < raw.size(); at += 200) {
        reader.append(QByteArrayView(raw).sliced(at, std::min<qsizetype>(200, raw.size() - at)));
        const auto taken = reader.takeAvailable();
        QVERIFY(taken.ok());
        for (const Value &row : *taken) {
            QCOMPARE(row.items().size(), 5);
            QCOMPARE(row.items().at(4), dlu(quint32(count * 4 + 3)));
            ++count;
        }
    }
    QCOMPARE(count, rows);
    QVERIFY(reader.atEnd());
    QCOMPARE(reader.pendingBytes(), 0);
    QCOMPARE(reader.next().error().kind, ErrorKind::NotFound);

    const auto whole = decodeAll(raw);
    QVERIFY(whole.ok());
    QCOMPARE(whole->items().size(), rows);
    QCOMPARE(encode(*whole), raw);
}

void TestAxdr::arrayReaderErrors()
{
    {
        ArrayReader reader;
        reader.append(hex("02 02"));
        QCOMPARE(reader.next().error().kind, ErrorKind::Malformed);
        reader.append(hex("01 01 11 01"));
        QCOMPARE(reader.next().error().kind, ErrorKind::Malformed); // sticky
    }
    {
        ArrayReader reader;
        reader.append(hex("01 84 80000000 11"));
        QCOMPARE(reader.next().error().kind, ErrorKind::TooLarge);
        QVERIFY(!reader.takeAvailable().ok());
    }
    {
        ArrayReader reader;
        reader.append(hex("01 82")); // count not complete yet
        QCOMPARE(reader.next().error().kind, ErrorKind::Truncated);
        QVERIFY(!reader.declaredCount().has_value());
        reader.append(hex("0002 11 07 20"));
        QCOMPARE(*reader.declaredCount(), 2u);
        QCOMPARE(*reader.next(), Value::unsigned8(7));
        QCOMPARE(reader.next().error().kind, ErrorKind::Malformed); // unknown tag 0x20
    }
    {
        ArrayReader reader;
        reader.append(hex("01 01") + hex("01 01").repeated(20) + hex("00"));
        QCOMPARE(reader.next().error().kind, ErrorKind::TooDeep);
    }
    {
        ArrayReader reader;
        reader.append(hex("01 00"));
        const auto none = reader.takeAvailable();
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
        QVERIFY(reader.atEnd());
    }
}

void TestAxdr::json_data()
{
    QTest::addColumn<Value>("value");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("null-data") << Value::null() << jsonOf("{'type':'null-data','value':null}");
    QTest::newRow("dont-care") << Value::dontCare() << jsonOf("{'type':'dont-care','value':null}");
    QTest::newRow("boolean") << Value::boolean(true) << jsonOf("{'type':'boolean','value':true}");
    QTest::newRow("long-unsigned")
        << Value::longUnsigned(15) << jsonOf("{'type':'long-unsigned','value':15}");
    QTest::newRow("integer") << Value::integer(-128) << jsonOf("{'type':'integer','value':-128}");
    QTest::newRow("long") << Value::long16(-32768) << jsonOf("{'type':'long','value':-32768}");
    QTest::newRow("unsigned") << Value::unsigned8(255) << jsonOf("{'type':'unsigned','value':255}");
    QTest::newRow("enum") << Value::enumValue(30) << jsonOf("{'type':'enum','value':30}");
    QTest::newRow("double-long min") << Value::doubleLong(std::numeric_limits<qint32>::min())
                                     << jsonOf("{'type':'double-long','value':-2147483648}");
    QTest::newRow("double-long-unsigned max")
        << dlu(0xFFFFFFFF) << jsonOf("{'type':'double-long-unsigned','value':4294967295}");
    QTest::newRow("long64 2^53") << Value::long64(qint64(1) << 53)
                                 << jsonOf("{'type':'long64','value':9007199254740992}");
    QTest::newRow("long64 -2^53") << Value::long64(-(qint64(1) << 53))
                                  << jsonOf("{'type':'long64','value':-9007199254740992}");
    QTest::newRow("long64 2^53+1") << Value::long64((qint64(1) << 53) + 1)
                                   << jsonOf("{'type':'long64','value':'9007199254740993'}");
    QTest::newRow("long64 min") << Value::long64(std::numeric_limits<qint64>::min())
                                << jsonOf("{'type':'long64','value':'-9223372036854775808'}");
    QTest::newRow("long64 max") << Value::long64(std::numeric_limits<qint64>::max())
                                << jsonOf("{'type':'long64','value':'9223372036854775807'}");
    QTest::newRow("long64-unsigned 0")
        << Value::long64Unsigned(0) << jsonOf("{'type':'long64-unsigned','value':0}");
    QTest::newRow("long64-unsigned max")
        << Value::long64Unsigned(std::numeric_limits<quint64>::max())
        << jsonOf("{'type':'long64-unsigned','value':'18446744073709551615'}");
    QTest::newRow("float32") << Value::float32(-2.5f) << jsonOf("{'type':'float32','value':-2.5}");
    QTest::newRow("float32 inf") << Value::float32(std::numeric_limits<float>::infinity())
                                 << jsonOf("{'type':'float32','value':'Infinity'}");
    QTest::newRow("float32 NaN payload") << Value::float32(std::bit_cast<float>(0x7F800001u))
                                         << jsonOf("{'type':'float32','value':'0x7F800001'}");
    QTest::newRow("float64") << Value::float64(0.1) << jsonOf("{'type':'float64','value':0.1}");
    QTest::newRow("float64 -0") << Value::float64(-0.0)
                                << jsonOf("{'type':'float64','value':'-0'}");
    QTest::newRow("float64 -inf") << Value::float64(-std::numeric_limits<double>::infinity())
                                  << jsonOf("{'type':'float64','value':'-Infinity'}");
    QTest::newRow("float64 NaN") << Value::float64(std::numeric_limits<double>::quiet_NaN())
                                 << jsonOf("{'type':'float64','value':'NaN'}");
    QTest::newRow("octet-string") << Value::octetString(hex("0102FF"))
                                  << jsonOf("{'type':'octet-string','value':'0102FF'}");
    QTest::newRow("visible-string")
        << Value::visibleString("Meter 1") << jsonOf("{'type':'visible-string','value':'Meter 1'}");
    QTest::newRow("utf8-string")
        << Value::utf8String(QByteArray("\xD0\xA1\xD0\x95\xD0\xA2"))
        << QJsonValue(QJsonObject{{u"type"_s, u"utf8-string"_s},
                                  {u"value"_s, QString::fromUtf8("\xD0\xA1\xD0\x95\xD0\xA2")}});
    QTest::newRow("utf8-string invalid")
        << Value::utf8String(hex("FF41")) << jsonOf("{'type':'utf8-string','hex':'FF41'}");
    QTest::newRow("bcd") << Value::bcd(hex("42")) << jsonOf("{'type':'bcd','value':'42'}");
    QTest::newRow("bit-string") << Value::bitString({hex("A0"), 4})
                                << jsonOf("{'type':'bit-string','value':'1010'}");
    QTest::newRow("bit-string dirty padding")
        << Value::bitString({hex("A7"), 4})
        << jsonOf("{'type':'bit-string','value':'1010','hex':'A7'}");
    QTest::newRow("structure") << Value::structure({Value::integer(0), Value::enumValue(9)})
                               << jsonOf(
                                      "{'type':'structure','value':[{'type':'integer','value':0},{"
                                      "'type':'enum','value':9}]}");
    QTest::newRow("array") << Value::array({Value::long16(1)})
                           << jsonOf("{'type':'array','value':[{'type':'long','value':1}]}");
    QTest::newRow("compact-array")
        << Value::compactArray({{DataType::Structure, 0, {{DataType::LongUnsigned, 0, {}}}},
                                {Value::structure({Value::longUnsigned(7)})}})
        << jsonOf("{'type':'compact-array','description':{'type':'structure','members':['long-"
                  "unsigned']},"
                  "'value':[{'type':'structure','value':[{'type':'long-unsigned','value':7}]}]}");
    QTest::newRow("compact-array of arrays")
        << Value::compactArray({{DataType::Array, 1, {{DataType::Unsigned, 0, {}}}},
                                {Value::array({Value::unsigned8(5)})}})
        << jsonOf("{'type':'compact-array','description':{'type':'array','count':1,'element':'"
                  "unsigned'},"
                  "'value':[{'type':'array','value':[{'type':'unsigned','value':5}]}]}");
    // 2026-11-21 is a Saturday (6): the day of week follows from the date.
    QTest::newRow("date-time Moscow")
        << Value::dateTime(dateTime(2026, 11, 21, 6, 23, 38, 27, 0, -180, 0x00))
        << jsonOf("{'type':'date-time','value':'2026-11-21T23:38:27+03:00','status':0}");
    QTest::newRow("date-time hundredths, no status")
        << Value::dateTime(dateTime(2026, 11, 21, 6, 23, 38, 27, 50, 60, 0xFF))
        << jsonOf("{'type':'date-time','value':'2026-11-21T23:38:27.50-01:00'}");
    QTest::newRow("date-time unspecified")
        << Value::dateTime(CosemDateTime{})
        << jsonOf("{'type':'date-time','value':'****-**-**T**:**:**','hundredths':255}");
    QTest::newRow("date-time wrong day of week")
        << Value::dateTime(dateTime(2026, 11, 21, 1, 0, 0, 0, 0, 0, 0x80))
        << jsonOf(
               "{'type':'date-time','value':'2026-11-21T00:00:00+00:00','status':128,'dayOfWeek':"
               "1}");
    QTest::newRow("date-time DST begin, out-of-range hour")
        << Value::dateTime(dateTime(0xFFFF, 0xFE, 0xFD, 7, 99, 0, 0, 0, 0x7FFF, 0x00))
        << jsonOf("{'type':'date-time','value':'****-FE-FDT99:00:00-546:07','status':0,'dayOfWeek':"
                  "7}");
    QTest::newRow("date") << Value::date({2026, 11, 21, 6})
                          << jsonOf("{'type':'date','value':'2026-11-21'}");
    QTest::newRow("date no day of week")
        << Value::date({2026, 11, 21, 0xFF})
        << jsonOf("{'type':'date','value':'2026-11-21','dayOfWeek':255}");
    QTest::newRow("time") << Value::time({23, 38, 27, 0})
                          << jsonOf("{'type':'time','value':'23:38:27'}");
    QTest::newRow("time unspecified hundredths")
        << Value::time({23, 0xFF, 0xFF, 0xFF})
        << jsonOf("{'type':'time','value':'23:**:**','hundredths':255}");
}

void TestAxdr::json()
{
    QFETCH(Value, value);
    QFETCH(QJsonValue, expected);
    QCOMPARE(toJson(value), expected);
    const auto back = fromJson(expected);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QVERIFY(*back == value);
    // And through text, as a file or a pipe carries it.
    const QByteArray text = QJsonDocument(expected.toObject()).toJson(QJsonDocument::Compact);
    const auto reparsed = fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY(reparsed.ok());
    QVERIFY(*reparsed == value);
}

void TestAxdr::jsonRoundTripEveryEncodedValue()
{
    QFETCH(Value, value);
    const auto back = fromJson(toJson(value));
    QVERIFY(back.ok());
    QVERIFY(*back == value);
}

void TestAxdr::jsonRejects_data()
{
    QTest::addColumn<QJsonValue>("input");
    QTest::newRow("not an object") << jsonOf("15");
    QTest::newRow("unknown type") << jsonOf("{'type':'longish','value':1}");
    QTest::newRow("unsigned 256") << jsonOf("{'type':'unsigned','value':256}");
    QTest::newRow("integer -129") << jsonOf("{'type':'integer','value':-129}");
    QTest::newRow("long-unsigned fraction") << jsonOf("{'type':'long-unsigned','value':1.5}");
    QTest::newRow("long-unsigned negative") << jsonOf("{'type':'long-unsigned','value':-1}");
    QTest::newRow("long64-unsigned 2^64")
        << jsonOf("{'type':'long64-unsigned','value':'18446744073709551616'}");
    QTest::newRow("long64-unsigned negative string")
        << jsonOf("{'type':'long64-unsigned','value':'-1'}");
    QTest::newRow("long64 2^63") << jsonOf("{'type':'long64','value':'9223372036854775808'}");
    QTest::newRow("octet-string odd hex") << jsonOf("{'type':'octet-string','value':'012'}");
    QTest::newRow("octet-string not hex") << jsonOf("{'type':'octet-string','value':'zz'}");
    QTest::newRow("bcd two bytes") << jsonOf("{'type':'bcd','value':'1234'}");
    QTest::newRow("bit-string with 2") << jsonOf("{'type':'bit-string','value':'102'}");
    QTest::newRow("visible-string beyond Latin-1") << QJsonValue(
        QJsonObject{{u"type"_s, u"visible-string"_s}, {u"value"_s, QString::fromUtf8("\xD0\x96")}});
    QTest::newRow("date-time garbage") << jsonOf("{'type':'date-time','value':'yesterday'}");
    QTest::newRow("date-time status 256")
        << jsonOf("{'type':'date-time','value':'2026-11-21T00:00:00Z','status':256}");
    QTest::newRow("float32 beyond range") << jsonOf("{'type':'float32','value':1e300}");
    QTest::newRow("array not a list") << jsonOf("{'type':'array','value':3}");
    QTest::newRow("structure with bad member")
        << jsonOf("{'type':'structure','value':[{'type':'unsigned','value':-1}]}");
    QTest::newRow("compact element off description") << jsonOf(
        "{'type':'compact-array','description':'unsigned','value':[{'type':'long','value':1}]}");
    QTest::newRow("compact array count mismatch") << jsonOf(
        "{'type':'compact-array','description':{'type':'array','count':2,'element':'unsigned'},"
        "'value':[{'type':'array','value':[{'type':'unsigned','value':1}]}]}");
}

void TestAxdr::jsonRejects()
{
    QFETCH(QJsonValue, input);
    const auto r = fromJson(input);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::InvalidArgument);
}

void TestAxdr::plainJsonAndDisplayType()
{
    const Value row
        = Value::structure({Value::octetString(hex("07EA0B150617261B00FF4C00")), dlu(5009),
                            Value::long64Unsigned(std::numeric_limits<quint64>::max()),
                            Value::octetString(hex("0102"))});
    const QJsonValue plain = toPlainJson(row);
    QCOMPARE(plain, jsonOf("['2026-11-21T23:38:27+03:00',5009,'18446744073709551615','0102']"));
    QCOMPARE(displayTypeName(row.items()[0]), u"date-time"_s);
    QCOMPARE(displayTypeName(row.items()[3]), u"octet-string"_s);
    // 12 bytes that are not a date-time stay an octet-string.
    const Value serial = Value::octetString("000000012345");
    QCOMPARE(displayTypeName(serial), u"octet-string"_s);
    QCOMPARE(toPlainJson(serial), QJsonValue(u"303030303030303132333435"_s));
    QCOMPARE(row.toDisplayString(),
             u"{2026-11-21T23:38:27+03:00, 5009, 18446744073709551615, 0102}"_s);
    QCOMPARE(Value::array({Value::boolean(true), Value::null()}).toDisplayString(),
             u"[true, null]"_s);
}

void TestAxdr::typeNames()
{
    QCOMPARE(dataTypeName(DataType::DoubleLongUnsigned), u"double-long-unsigned"_s);
    QCOMPARE(dataTypeName(DataType::Null), u"null-data"_s);
    QCOMPARE(dataTypeName(DataType::Long64Unsigned), u"long64-unsigned"_s);
    QCOMPARE(dataTypeName(DataType::CompactArray), u"compact-array"_s);
    QVERIFY(isKnownDataType(0x19));
    QVERIFY(isKnownDataType(0xFF));
    QVERIFY(!isKnownDataType(0x07));
    QVERIFY(!isKnownDataType(0x0E));
    QVERIFY(!isKnownDataType(0x1C));
    QVERIFY(Value::enumValue(3).isInteger());
    QCOMPARE(Value::long64Unsigned(std::numeric_limits<quint64>::max()).toInt64(), std::nullopt);
    QCOMPARE(Value::integer(-1).toUInt64(), std::nullopt);
    QCOMPARE(Value::integer(-1).toInt64(), std::optional<qint64>(-1));
}

QTEST_GUILESS_MAIN(TestAxdr)
#include "tst_axdr.moc"
