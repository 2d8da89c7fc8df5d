// OBIS codes (IEC 62056-6-1): the three accepted text forms, the rejected
// reduced forms, bytes as in a COSEM attribute descriptor, ordering, hashing.
#include "protocol/core/bytes.h"
#include "protocol/cosem/obis.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace ims;
using namespace ims::cosem;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ims::cosem::Obis)

namespace ims::cosem {
char *toString(const Obis &obis)
{
    return qstrdup(qPrintable(obis.toString()));
}
} // namespace ims::cosem

class TestObis : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void text();
    void bytesFromVector();
    void fromBytesNeedsSix();
    void orderAndHash();
    void number();
};

void TestObis::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Obis>("expected");

    QTest::newRow("dotted") << u"1.0.99.1.0.255"_s << Obis(1, 0, 99, 1, 0, 255);
    QTest::newRow("IEC with *") << u"1-0:99.1.0*255"_s << Obis(1, 0, 99, 1, 0, 255);
    QTest::newRow("IEC with .") << u"1-0:99.1.0.255"_s << Obis(1, 0, 99, 1, 0, 255);
    QTest::newRow("clock") << u"0.0.1.0.0.255"_s << Obis(0, 0, 1, 0, 0, 255);
    QTest::newRow("active energy import") << u"1-0:1.8.0*255"_s << Obis(1, 0, 1, 8, 0, 255);
    QTest::newRow("all zero") << u"0.0.0.0.0.0"_s << Obis();
    QTest::newRow("all 255") << u"255.255.255.255.255.255"_s << Obis(255, 255, 255, 255, 255, 255);
    QTest::newRow("leading zeros") << u"001.000.099.001.000.255"_s << Obis(1, 0, 99, 1, 0, 255);
    QTest::newRow("surrounding spaces") << u"  1-0:99.2.0*255 "_s << Obis(1, 0, 99, 2, 0, 255);
}

void TestObis::parse()
{
    QFETCH(QString, text);
    QFETCH(Obis, expected);
    const auto obis = Obis::parse(text);
    QVERIFY2(obis.ok(), qPrintable(obis.ok() ? QString() : obis.error().message));
    QCOMPARE(*obis, expected);
}

void TestObis::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("reduced 1.8.0") << u"1.8.0"_s;
    QTest::newRow("reduced C.D.E") << u"99.1.0"_s;
    QTest::newRow("five groups") << u"1.0.99.1.0"_s;
    QTest::newRow("seven groups") << u"1.0.99.1.0.255.1"_s;
    QTest::newRow("IEC without F") << u"1-0:99.1.0"_s;
    QTest::newRow("IEC without A-B") << u"99.1.0*255"_s;
    QTest::newRow("256") << u"1.0.99.1.0.256"_s;
    QTest::newRow("four digits") << u"1.0.0099.1.0.255"_s;
    QTest::newRow("negative") << u"1.0.-1.1.0.255"_s;
    QTest::newRow("letters") << u"a.b.c.d.e.f"_s;
    QTest::newRow("hex") << u"1.0.0x63.1.0.255"_s;
    QTest::newRow("mixed separators") << u"1-0.99.1.0.255"_s;
    QTest::newRow("star in dotted") << u"1.0.99.1.0*255"_s;
    QTest::newRow("star before E") << u"1-0:99.1*0*255"_s;
    QTest::newRow("trailing dot") << u"1.0.99.1.0.255."_s;
    QTest::newRow("empty group") << u"1..99.1.0.255"_s;
    QTest::newRow("inner space") << u"1.0. 99.1.0.255"_s;
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("\xD9\xA1.0.99.1.0.255");
}

void TestObis::rejects()
{
    QFETCH(QString, text);
    const auto obis = Obis::parse(text);
    QVERIFY(!obis.ok());
    QCOMPARE(obis.error().kind, ErrorKind::InvalidArgument);
    QVERIFY(!obis.error().message.isEmpty());
}

void TestObis::text()
{
    const Obis profile(1, 0, 99, 1, 0, 255);
    QCOMPARE(profile.toString(), u"1.0.99.1.0.255"_s);
    QCOMPARE(profile.toIecString(), u"1-0:99.1.0*255"_s);
    QCOMPARE(Obis(0, 0, 1, 0, 0, 255).toIecString(), u"0-0:1.0.0*255"_s);
    QCOMPARE(*Obis::parse(profile.toIecString()), profile);
    QCOMPARE(*Obis::parse(profile.toString()), profile);
}

// gx-get-clock-2: GET.request-normal with class 8 and the logical name
// 00 00 01 00 00 FF of the clock (C0 01 C1, class 00 08, then the name).
void TestObis::bytesFromVector()
{
    const QByteArray apdu = fromHex(u"C001C100080000010000FF0200");
    const auto obis = Obis::fromBytes(QByteArrayView(apdu).sliced(5, 6));
    QVERIFY(obis.ok());
    QCOMPARE(obis->toString(), u"0.0.1.0.0.255"_s);
    QCOMPARE(obis->toBytes(), fromHex(u"0000010000FF"));
    QCOMPARE(Obis(1, 1, 21, 25, 0, 255).toBytes(), fromHex(u"0101151900FF")); // gx-get-register
}

void TestObis::fromBytesNeedsSix()
{
    QCOMPARE(Obis::fromBytes(fromHex(u"0000010000")).error().kind, ErrorKind::Malformed);
    QCOMPARE(Obis::fromBytes(fromHex(u"0000010000FF00")).error().kind, ErrorKind::Malformed);
    QCOMPARE(Obis::fromBytes({}).error().kind, ErrorKind::Malformed);
}

void TestObis::orderAndHash()
{
    QList<Obis> list{Obis(1, 0, 2, 8, 0, 255), Obis(0, 0, 1, 0, 0, 255), Obis(1, 0, 1, 8, 0, 255),
                     Obis(1, 0, 1, 8, 0, 0)};
    std::sort(list.begin(), list.end());
    QCOMPARE(list, (QList<Obis>{Obis(0, 0, 1, 0, 0, 255), Obis(1, 0, 1, 8, 0, 0),
                                Obis(1, 0, 1, 8, 0, 255), Obis(1, 0, 2, 8, 0, 255)}));
    QVERIFY(Obis(1, 0, 1, 8, 0, 255) != Obis(1, 0, 1, 8, 1, 255));

    QSet<Obis> set;
    set.insert(*Obis::parse(u"1-0:1.8.0*255"));
    set.insert(*Obis::parse(u"1.0.1.8.0.255"));
    set.insert(Obis(1, 0, 2, 8, 0, 255));
    QCOMPARE(set.size(), 2);
    QVERIFY(set.contains(Obis(1, 0, 1, 8, 0, 255)));
    QVERIFY(qHash(Obis(1, 0, 1, 8, 0, 255)) != qHash(Obis(1, 0, 1, 8, 0, 254)));
}

void TestObis::number()
{
    const Obis obis(1, 0, 99, 1, 0, 255);
    QCOMPARE(obis.toNumber(), 0x01006301'00FFull);
    QCOMPARE(Obis::fromNumber(0x01006301'00FFull), obis);
    QVERIFY(Obis(0, 0, 1, 0, 0, 255).toNumber() < obis.toNumber());
}

QTEST_GUILESS_MAIN(TestObis)
#include "tst_obis.moc"
