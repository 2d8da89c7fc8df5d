// Association LN object_list elements and access rights.
#include "protocol/axdr/axdr_codec.h"
#include "protocol/core/bytes.h"
#include "protocol/cosem/object_list.h"

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

ObjectListElement clockElement()
{
    ObjectListElement e;
    e.classId = 8;
    e.version = 0;
    e.logicalName = Obis(0, 0, 1, 0, 0, 255);
    e.attributeAccess = {{1, quint8(AttributeAccessMode::ReadOnly), std::nullopt},
                         {2, quint8(AttributeAccessMode::ReadAndWrite), std::nullopt}};
    e.methodAccess = {{6, 1}};
    return e;
}

// Blue Book object_list_element for the clock above.
const char *const clockElementHexV1 = "02 04 12 00 08 11 00 09 06 00 00 01 00 00 FF"
                                      " 02 02"
                                      " 01 02 02 03 0F 01 16 01 00 02 03 0F 02 16 03 00"
                                      " 01 01 02 02 0F 06 03 01";
const char *const clockElementHexV2 = "02 04 12 00 08 11 00 09 06 00 00 01 00 00 FF"
                                      " 02 02"
                                      " 01 02 02 03 0F 01 16 01 00 02 03 0F 02 16 03 00"
                                      " 01 01 02 02 0F 06 16 01";

} // namespace

class CosemObjectListTest : public QObject
{
    Q_OBJECT
private slots:
    void encodesPerAssociationVersion()
    {
        QCOMPARE(axdr::encode(clockElement().toValue(1)), hex(clockElementHexV1));
        QCOMPARE(axdr::encode(clockElement().toValue(0)), hex(clockElementHexV1));
        QCOMPARE(axdr::encode(clockElement().toValue(2)), hex(clockElementHexV2));
    }

    void decodesBothMethodAccessForms_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("boolean (version 0/1)") << hex(clockElementHexV1);
        QTest::newRow("enum (version 2)") << hex(clockElementHexV2);
    }
    void decodesBothMethodAccessForms()
    {
        QFETCH(QByteArray, bytes);
        const auto v = axdr::decodeAll(bytes);
        QVERIFY(v.ok());
        const auto list = ObjectListElement::listFromValue(Value::array({*v}));
        QVERIFY2(list.ok(), why(list).constData());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first(), clockElement());
    }

    void accessSelectorsAndLists()
    {
        ObjectListElement profile;
        profile.classId = 7;
        profile.version = 1;
        profile.logicalName = Obis(1, 0, 99, 1, 0, 255);
        profile.attributeAccess = {{2, 1, QList<qint8>{1, 2}}};
        profile.methodAccess = {{1, 0}, {2, 2}};
        const Value v = profile.toValue(2);
        QCOMPARE(axdr::encode(v), hex("02 04 12 00 07 11 01 09 06 01 00 63 01 00 FF"
                                      " 02 02 01 01 02 03 0F 02 16 01 01 02 0F 01 0F 02"
                                      " 01 02 02 02 0F 01 16 00 02 02 0F 02 16 02"));
        const auto back = ObjectListElement::listFromValue(
            ObjectListElement::listToValue({profile, clockElement()}, 2));
        QVERIFY(back.ok());
        QCOMPARE(back->at(0), profile);
        QCOMPARE(back->at(1), clockElement());
    }

    void accessQueries()
    {
        const ObjectListElement e = clockElement();
        QVERIFY(e.canRead(1, 1));
        QVERIFY(!e.canWrite(1, 1));
        QVERIFY(e.canRead(2, 1));
        QVERIFY(e.canWrite(2, 1));
        QVERIFY(!e.canRead(3, 1)); // not listed
        QVERIFY(e.canExecute(6));
        QVERIFY(!e.canExecute(1));

        // Version 3: bit maps.
        ObjectListElement v3 = e;
        v3.attributeAccess
            = {{2, quint8(AccessBits::Write | AccessBits::AuthenticatedRequest), std::nullopt}};
        QVERIFY(!v3.canRead(2, 3));
        QVERIFY(v3.canWrite(2, 3));
        // Read as version 2, the same number 6 is authenticated-read-and-write.
        QVERIFY(v3.canRead(2, 2));
        QVERIFY(v3.canWrite(2, 2));
    }

    void accessModeNames()
    {
        QCOMPARE(ObjectListElement::attributeAccessModeName(0, 1), QStringLiteral("no-access"));
        QCOMPARE(ObjectListElement::attributeAccessModeName(1, 1), QStringLiteral("read-only"));
        QCOMPARE(ObjectListElement::attributeAccessModeName(3, 1),
                 QStringLiteral("read-and-write"));
        QCOMPARE(ObjectListElement::attributeAccessModeName(5, 2),
                 QStringLiteral("authenticated-write-only"));
        QCOMPARE(ObjectListElement::attributeAccessModeName(0x05, 3),
                 QStringLiteral("read, authenticated request"));
        QCOMPARE(ObjectListElement::methodAccessModeName(2, 2),
                 QStringLiteral("authenticated-access"));
        QCOMPARE(ObjectListElement::methodAccessModeName(1, 1), QStringLiteral("access"));
    }

    void wrongShapes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("field");
        // version as long-unsigned
        QTest::newRow("version type")
            << hex("02 04 12 00 08 12 00 00 09 06 00 00 01 00 00 FF 02 02 01 00 01 00")
            << QStringLiteral("object_list[0].version");
        // access_rights with one member
        QTest::newRow("access rights members")
            << hex("02 04 12 00 08 11 00 09 06 00 00 01 00 00 FF 02 01 01 00")
            << QStringLiteral("object_list[0].access_rights");
        // attribute access_mode as unsigned
        QTest::newRow("attribute access mode")
            << hex("02 04 12 00 08 11 00 09 06 00 00 01 00 00 FF 02 02 01 01 02 03 0F 01 11 01 00 "
                   "01 00")
            << QStringLiteral("object_list[0].access_rights.attribute_access[0].access_mode");
        // access selectors as a single integer
        QTest::newRow("access selectors")
            << hex("02 04 12 00 08 11 00 09 06 00 00 01 00 00 FF 02 02 01 01 02 03 0F 01 16 01 0F "
                   "01 01 00")
            << QStringLiteral("object_list[0].access_rights.attribute_access[0].access_selectors");
        // method access_mode as unsigned
        QTest::newRow("method access mode")
            << hex("02 04 12 00 08 11 00 09 06 00 00 01 00 00 FF 02 02 01 00 01 01 02 02 0F 06 11 "
                   "01")
            << QStringLiteral("object_list[0].access_rights.method_access[0].access_mode");
    }
    void wrongShapes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, field);
        const auto v = axdr::decodeAll(bytes);
        QVERIFY2(v.ok(), why(v).constData());
        const auto list = ObjectListElement::listFromValue(Value::array({*v}));
        QVERIFY(!list.ok());
        QCOMPARE(list.error().kind, ErrorKind::Malformed);
        QVERIFY2(list.error().message.startsWith(field + QLatin1Char(':')), why(list).constData());
    }
};

QTEST_GUILESS_MAIN(CosemObjectListTest)
#include "tst_cosem_object_list.moc"
