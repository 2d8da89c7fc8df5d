// Capture objects, Profile generic selective access and buffer rows.
#include "protocol/axdr/axdr_codec.h"
#include "protocol/core/bytes.h"
#include "protocol/cosem/capture_object.h"
#include "protocol/cosem/profile_generic.h"
#include "support/apdu_test_support.h"

#include <QTest>

using namespace ims;
using namespace ims::cosem;
using axdr::Value;

namespace {

QByteArray vectorApdu(const QString &id)
{
    for (const auto &v : testing::apdu::vectorApdus()) {
        if (v.id == id)
            return v.apdu;
    }
    return {};
}

template<typename R>
QByteArray why(const R &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

QByteArray hex(const char *text)
{
    return ims::fromHex(QString::fromLatin1(text));
}

CaptureObject clockColumn()
{
    return {8, Obis(0, 0, 1, 0, 0, 255), 2, 0};
}

CaptureObject energyColumn()
{
    return {3, Obis(1, 0, 1, 8, 0, 255), 2, 0};
}

axdr::CosemDateTime at(quint16 y, quint8 mo, quint8 d, quint8 h, quint8 mi, qint16 deviation)
{
    axdr::CosemDateTime t;
    t.date = {y, mo, d, 0xFF};
    t.time = {h, mi, 0, 0};
    t.deviation = deviation;
    t.clockStatus = 0;
    return t;
}

} // namespace

class CosemProfileGenericTest : public QObject
{
    Q_OBJECT
private slots:
    // Blue Book capture_object_definition: structure{long-unsigned,
    // octet-string(6), integer, long-unsigned}.
    void captureObjectWireForm()
    {
        const QByteArray expected = hex("02 04 12 00 08 09 06 00 00 01 00 00 FF 0F 02 12 00 00");
        QCOMPARE(axdr::encode(clockColumn().toValue()), expected);
        const auto decoded = axdr::decodeAll(expected);
        QVERIFY(decoded.ok());
        const auto c = CaptureObject::fromValue(*decoded);
        QVERIFY2(c.ok(), why(c).constData());
        QCOMPARE(*c, clockColumn());
        QCOMPARE(c->toString(), QStringLiteral("8 0.0.1.0.0.255 2"));
    }

    void captureObjectsList()
    {
        const QList<CaptureObject> columns{clockColumn(), energyColumn()};
        const Value v = CaptureObject::listToValue(columns);
        QCOMPARE(axdr::encode(v), hex("01 02"
                                      " 02 04 12 00 08 09 06 00 00 01 00 00 FF 0F 02 12 00 00"
                                      " 02 04 12 00 03 09 06 01 00 01 08 00 FF 0F 02 12 00 00"));
        const auto back = CaptureObject::listFromValue(v);
        QVERIFY(back.ok());
        QCOMPARE(*back, columns);
    }

    void captureObjectWrongShapes_data()
    {
        QTest::addColumn<Value>("value");
        QTest::addColumn<QString>("field");
        const Value ln = Value::octetString(hex("00 00 01 00 00 FF"));
        QTest::newRow("class as unsigned") << Value::structure(
            {Value::unsigned8(8), ln, Value::integer(2), Value::longUnsigned(0)})
                                           << QStringLiteral("capture_objects[0].class_id");
        QTest::newRow("short logical name")
            << Value::structure({Value::longUnsigned(8), Value::octetString(hex("00 00 01 00 00")),
                                 Value::integer(2), Value::longUnsigned(0)})
            << QStringLiteral("capture_objects[0].logical_name");
        QTest::newRow("attribute as unsigned")
            << Value::structure(
                   {Value::longUnsigned(8), ln, Value::unsigned8(2), Value::longUnsigned(0)})
            << QStringLiteral("capture_objects[0].attribute_index");
        QTest::newRow("missing data index")
            << Value::structure({Value::longUnsigned(8), ln, Value::integer(2)})
            << QStringLiteral("capture_objects[0]");
    }
    void captureObjectWrongShapes()
    {
        QFETCH(Value, value);
        QFETCH(QString, field);
        const auto r = CaptureObject::listFromValue(Value::array({value}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Malformed);
        QVERIFY2(r.error().message.startsWith(field + QLatin1Char(':')), why(r).constData());
    }

    // Selector 1: structure{restricting object, from, to, selected values}
    // with the clock's time (8, 0.0.1.0.0.255, 2, 0) and date-times as
    // octet-string(12).
    void byRangeParameters()
    {
        const auto from = at(2026, 7, 31, 0, 0, -180);
        const auto to = at(2026, 8, 1, 0, 0, -180);
        const SelectiveAccess all = ProfileGeneric::byRange(from, to);
        QCOMPARE(all.selector, quint8(1));
        QCOMPARE(axdr::encode(all.parameters),
                 hex("02 04"
                     " 02 04 12 00 08 09 06 00 00 01 00 00 FF 0F 02 12 00 00"
                     " 09 0C 07 EA 07 1F FF 00 00 00 00 FF 4C 00"
                     " 09 0C 07 EA 08 01 FF 00 00 00 00 FF 4C 00"
                     " 01 00"));

        const SelectiveAccess some
            = ProfileGeneric::byRange(from, to, {clockColumn(), energyColumn()});
        const QList<Value> members = some.parameters.items();
        QCOMPARE(members.size(), 4);
        QCOMPARE(members[3], CaptureObject::listToValue({clockColumn(), energyColumn()}));
    }

    // Selector 2: structure{from_entry dlu, to_entry dlu, from column lu, to column lu}.
    void byEntryParameters()
    {
        const SelectiveAccess a = ProfileGeneric::byEntry(1, 10);
        QCOMPARE(a.selector, quint8(2));
        QCOMPARE(axdr::encode(a.parameters),
                 hex("02 04 06 00 00 00 01 06 00 00 00 0A 12 00 01 12 00 00"));
        QCOMPARE(ProfileGeneric::byEntry(5, 0, 2, 3).parameters,
                 Value::structure({Value::doubleLongUnsigned(5), Value::doubleLongUnsigned(0),
                                   Value::longUnsigned(2), Value::longUnsigned(3)}));
    }

    // gx-profile-block1-prefix: the first two rows of a load profile buffer,
    // each structure{date-time 2026-07-31 05:45 / 06:00 deviation 0, long-unsigned 100 / 101}.
    void goldenBufferRows()
    {
        const QByteArray apdu = vectorApdu(QStringLiteral("gx-profile-block1-prefix"));
        // C4 02 C1 | last-block 00 | block 00000001 | raw-data 00 | length 82 01DF | data
        QVERIFY(apdu.startsWith(hex("C4 02 C1 00 00 00 00 01 00 82 01 DF")));
        const QByteArray raw = apdu.mid(12);
        QVERIFY(raw.startsWith(hex("01 82 2A A8"))); // array of 10920 rows
        qsizetype pos = 4;
        QList<Value> rows;
        for (int i = 0; i < 2; ++i) {
            auto row = axdr::decode(raw, pos);
            QVERIFY2(row.ok(), why(row).constData());
            rows.append(*row);
        }
        const auto decoded
            = ProfileGeneric::decodeBuffer(Value::array(rows), {clockColumn(), energyColumn()});
        QVERIFY2(decoded.ok(), why(decoded).constData());
        QCOMPARE(decoded->size(), 2);
        const QDateTime first(QDate(2026, 7, 31), QTime(5, 45), Qt::UTC);
        QCOMPARE((*decoded)[0].time.toUTC(), first);
        QCOMPARE((*decoded)[1].time.toUTC(), first.addSecs(15 * 60));
        QVERIFY(!(*decoded)[0].timeInferred);
        QCOMPARE((*decoded)[0].values[1], Value::longUnsigned(100));
        QCOMPARE((*decoded)[1].values[1], Value::longUnsigned(101));
        QCOMPARE((*decoded)[0].values.size(), 2);
    }

    void nullStampsAreInferredFromCapturePeriod()
    {
        const Value buffer = Value::array(
            {Value::structure({Value::octetString(at(2026, 1, 1, 0, 30, -180).toOctets()),
                               Value::longUnsigned(1)}),
             Value::structure({Value::null(), Value::longUnsigned(2)}),
             Value::structure({Value::null(), Value::longUnsigned(3)})});
        BufferDecodeOptions options;
        options.capturePeriodSeconds = 1800;
        const auto rows
            = ProfileGeneric::decodeBuffer(buffer, {clockColumn(), energyColumn()}, options);
        QVERIFY2(rows.ok(), why(rows).constData());
        const QDateTime first(QDate(2025, 12, 31), QTime(21, 30), Qt::UTC);
        QCOMPARE((*rows)[0].time.toUTC(), first);
        QCOMPARE((*rows)[2].time.toUTC(), first.addSecs(3600));
        QVERIFY((*rows)[2].timeInferred);

        // Without a capture period the time stays unknown.
        const auto plain = ProfileGeneric::decodeBuffer(buffer, {clockColumn(), energyColumn()});
        QVERIFY(plain.ok());
        QVERIFY(!(*plain)[1].time.isValid());
    }

    void unspecifiedDeviationUsesFallback()
    {
        const Value buffer = Value::array({Value::structure(
            {Value::octetString(
                 at(2026, 1, 1, 3, 0, axdr::CosemDateTime::DeviationNotSpecified).toOctets()),
             Value::longUnsigned(1)})});
        const auto without = ProfileGeneric::decodeBuffer(buffer, {clockColumn(), energyColumn()});
        QVERIFY(without.ok());
        QVERIFY(!(*without)[0].time.isValid());
        BufferDecodeOptions options;
        options.fallbackDeviation = -180; // UTC+3
        const auto with
            = ProfileGeneric::decodeBuffer(buffer, {clockColumn(), energyColumn()}, options);
        QVERIFY(with.ok());
        QCOMPARE((*with)[0].time.toUTC(), QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    }

    void bufferWrongShapes_data()
    {
        QTest::addColumn<Value>("buffer");
        QTest::addColumn<QString>("field");
        const Value stamp = Value::octetString(at(2026, 1, 1, 0, 0, 0).toOctets());
        QTest::newRow("not an array") << Value::structure({}) << QStringLiteral("buffer");
        QTest::newRow("row too short") << Value::array(
            {Value::structure({stamp, Value::longUnsigned(1)}), Value::structure({stamp})})
                                       << QStringLiteral("buffer[1]");
        QTest::newRow("stamp not a date-time") << Value::array(
            {Value::structure({Value::octetString("serial-12345"), Value::longUnsigned(1)})})
                                               << QStringLiteral("buffer[0][0]");
        QTest::newRow("stamp as number") << Value::array(
            {Value::structure({Value::doubleLongUnsigned(7), Value::longUnsigned(1)})})
                                         << QStringLiteral("buffer[0][0]");
    }
    void bufferWrongShapes()
    {
        QFETCH(Value, buffer);
        QFETCH(QString, field);
        const auto r = ProfileGeneric::decodeBuffer(buffer, {clockColumn(), energyColumn()});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Malformed);
        QVERIFY2(r.error().message.startsWith(field + QLatin1Char(':')), why(r).constData());
    }

    void clockColumnIsFound()
    {
        QCOMPARE(ProfileGeneric::clockColumn({energyColumn(), clockColumn()}), qsizetype(1));
        QCOMPARE(ProfileGeneric::clockColumn({energyColumn()}), qsizetype(-1));
    }

    void sortMethod()
    {
        QCOMPARE(ProfileGeneric::sortMethodFromValue(Value::enumValue(2)).valueOr(SortMethod::Fifo),
                 SortMethod::Lifo);
        QVERIFY(!ProfileGeneric::sortMethodFromValue(Value::enumValue(7)).ok());
        QVERIFY(!ProfileGeneric::sortMethodFromValue(Value::unsigned8(1)).ok());
        QCOMPARE(ProfileGeneric::sortMethodToValue(SortMethod::Fifo), Value::enumValue(1));
    }

    void valueDefinitionHasThreeMembers()
    {
        const ValueDefinition d{3, Obis(1, 0, 1, 7, 0, 255), 2};
        QCOMPARE(axdr::encode(d.toValue()), hex("02 03 12 00 03 09 06 01 00 01 07 00 FF 0F 02"));
        QCOMPARE(ValueDefinition::fromValue(d.toValue()).valueOr({}), d);
        QVERIFY(!ValueDefinition::fromValue(clockColumn().toValue()).ok());
    }
};

QTEST_GUILESS_MAIN(CosemProfileGenericTest)
#include "tst_cosem_profile_generic.moc"
