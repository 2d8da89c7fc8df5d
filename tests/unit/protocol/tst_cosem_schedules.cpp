// Special days table, script table and single action schedule.
#include "protocol/axdr/axdr_codec.h"
#include "protocol/core/bytes.h"
#include "protocol/cosem/class_id.h"
#include "protocol/cosem/script_table.h"
#include "protocol/cosem/single_action_schedule.h"
#include "protocol/cosem/special_days.h"

#include <QTest>

using namespace ims;
using namespace ims::cosem;
using axdr::Value;

namespace {

template<typename R>
QByteArray why(const R &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

QByteArray hex(const char *text)
{
    return ims::fromHex(QString::fromLatin1(text));
}

} // namespace

class CosemSchedulesTest : public QObject
{
    Q_OBJECT
private slots:
    // spec_day_entry ::= structure{long-unsigned index, octet-string(5) date, unsigned day_id}
    void specialDayWireForm()
    {
        const SpecialDay newYear{1, axdr::CosemDate{0xFFFF, 1, 1, 0xFF}, 3};
        const QByteArray bytes = hex("02 03 12 00 01 09 05 FF FF 01 01 FF 11 03");
        QCOMPARE(axdr::encode(newYear.toValue()), bytes);
        QCOMPARE(axdr::encode(SpecialDaysTable::insertParameter(newYear)), bytes);
        const auto back
            = SpecialDaysTable::entriesFromValue(Value::array({*axdr::decodeAll(bytes)}));
        QVERIFY2(back.ok(), why(back).constData());
        QCOMPARE(back->first(), newYear);
        QCOMPARE(axdr::encode(SpecialDaysTable::deleteParameter(7)), hex("12 00 07"));
        QCOMPARE(SpecialDaysTable::deleteParameterFromValue(Value::longUnsigned(7)).valueOr(0),
                 quint16(7));
        QVERIFY(!SpecialDaysTable::deleteParameterFromValue(Value::unsigned8(7)).ok());
        QCOMPARE(SpecialDaysTable::insertParameterFromValue(newYear.toValue()).valueOr({}),
                 newYear);
    }

    void specialDayWrongShapes_data()
    {
        QTest::addColumn<Value>("entry");
        QTest::addColumn<QString>("field");
        QTest::newRow("date of 12 octets")
            << Value::structure({Value::longUnsigned(1), Value::octetString(QByteArray(12, '\xFF')),
                                 Value::unsigned8(1)})
            << QStringLiteral("entries[0].specialday_date");
        QTest::newRow("day 32") << Value::structure({Value::longUnsigned(1),
                                                     Value::octetString(hex("FF FF 01 20 FF")),
                                                     Value::unsigned8(1)})
                                << QStringLiteral("entries[0].specialday_date");
        QTest::newRow("index as unsigned") << Value::structure(
            {Value::unsigned8(1), Value::octetString(hex("FF FF 01 01 FF")), Value::unsigned8(1)})
                                           << QStringLiteral("entries[0].index");
        QTest::newRow("day id as enum")
            << Value::structure({Value::longUnsigned(1), Value::octetString(hex("FF FF 01 01 FF")),
                                 Value::enumValue(1)})
            << QStringLiteral("entries[0].day_id");
    }
    void specialDayWrongShapes()
    {
        QFETCH(Value, entry);
        QFETCH(QString, field);
        const auto r = SpecialDaysTable::entriesFromValue(Value::array({entry}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Malformed);
        QVERIFY2(r.error().message.startsWith(field + QLatin1Char(':')), why(r).constData());
    }

    // script ::= structure{long-unsigned id, array of structure{enum service_id,
    //   long-unsigned class_id, octet-string(6) logical_name, integer index, data parameter}}
    void scriptWireForm()
    {
        const Script s{2,
                       {ScriptAction{quint8(ScriptService::ExecuteMethod), 70,
                                     Obis(0, 0, 96, 3, 10, 255), 1, Value::integer(0)}}};
        const QByteArray bytes
            = hex("02 02 12 00 02 01 01 02 05 16 02 12 00 46 09 06 00 00 60 03 0A FF 0F 01 0F 00");
        QCOMPARE(axdr::encode(s.toValue()), bytes);
        const auto back = ScriptTable::scriptsFromValue(Value::array({*axdr::decodeAll(bytes)}));
        QVERIFY2(back.ok(), why(back).constData());
        QCOMPARE(back->first(), s);
        QCOMPARE(axdr::encode(ScriptTable::executeParameter(2)), hex("12 00 02"));
        QCOMPARE(ScriptTable::executeParameterFromValue(Value::longUnsigned(2)).valueOr(0),
                 quint16(2));
    }

    void scriptWrongShapes_data()
    {
        QTest::addColumn<Value>("script");
        QTest::addColumn<QString>("field");
        const Value ln = Value::octetString(hex("00 00 60 03 0A FF"));
        QTest::newRow("service 3") << Value::structure(
            {Value::longUnsigned(1),
             Value::array({Value::structure({Value::enumValue(3), Value::longUnsigned(70), ln,
                                             Value::integer(1), Value::null()})})})
                                   << QStringLiteral("scripts[0].actions[0].service_id");
        QTest::newRow("index as unsigned") << Value::structure(
            {Value::longUnsigned(1),
             Value::array({Value::structure({Value::enumValue(2), Value::longUnsigned(70), ln,
                                             Value::unsigned8(1), Value::null()})})})
                                           << QStringLiteral("scripts[0].actions[0].index");
        QTest::newRow("actions not an array")
            << Value::structure({Value::longUnsigned(1), Value::null()})
            << QStringLiteral("scripts[0].actions");
    }
    void scriptWrongShapes()
    {
        QFETCH(Value, script);
        QFETCH(QString, field);
        const auto r = ScriptTable::scriptsFromValue(Value::array({script}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Malformed);
        QVERIFY2(r.error().message.startsWith(field + QLatin1Char(':')), why(r).constData());
    }

    // executed_script ::= structure{octet-string(6), long-unsigned};
    // execution_time ::= array of structure{octet-string(4) time, octet-string(5) date}
    void singleActionSchedule()
    {
        using Attr = ic::SingleActionSchedule::Attr;
        SingleActionSchedule billing;
        billing.executedScript = {Obis(0, 0, 10, 0, 1, 255), 1};
        billing.type = quint8(ScheduleType::SingleTime);
        billing.executionTime
            = {{axdr::CosemTime{0, 0, 0, 0}, axdr::CosemDate{0xFFFF, 0xFF, 1, 0xFF}}};
        QCOMPARE(axdr::encode(billing.attribute(Attr::ExecutedScript).valueOr({})),
                 hex("02 02 09 06 00 00 0A 00 01 FF 12 00 01"));
        QCOMPARE(axdr::encode(billing.attribute(Attr::Type).valueOr({})), hex("16 01"));
        QCOMPARE(axdr::encode(billing.attribute(Attr::ExecutionTime).valueOr({})),
                 hex("01 01 02 02 09 04 00 00 00 00 09 05 FF FF FF 01 FF"));
        SingleActionSchedule back;
        for (qint8 i = Attr::ExecutedScript; i <= Attr::ExecutionTime; ++i)
            QVERIFY(back.setAttribute(i, billing.attribute(i).valueOr({})).ok());
        QCOMPARE(back, billing);

        const Status badType = back.setAttribute(Attr::Type, Value::enumValue(6));
        QCOMPARE(badType.error().kind, ErrorKind::Malformed);
        QVERIFY(badType.error().message.startsWith(QStringLiteral("single_action_schedule.type:")));
        const Status swapped = back.setAttribute(
            Attr::ExecutionTime,
            Value::array({Value::structure({Value::octetString(hex("FF FF FF 01 FF")),
                                            Value::octetString(hex("00 00 00 00"))})}));
        QVERIFY(swapped.error().message.startsWith(
            QStringLiteral("single_action_schedule.execution_time[0].time:")));
        QCOMPARE(back, billing);
        QCOMPARE(back.setAttribute(5, Value()).error().kind, ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(CosemSchedulesTest)
#include "tst_cosem_schedules.moc"
