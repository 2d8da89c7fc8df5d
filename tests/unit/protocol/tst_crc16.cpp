// CRC-16/X.25 as used for the HDLC HCS and FCS (IEC 62056-46).
#include "protocol/hdlc/crc16.h"
#include "support/hdlc_test_support.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ims::hdlc;

namespace {

// Bit-at-a-time reference straight from the definition, to check the
// table-driven code on lengths the vectors do not cover.
quint16 bitwiseCrc(QByteArrayView data)
{
    quint16 crc = 0xFFFF;
    for (char c : data) {
        crc ^= quint8(c);
        for (int i = 0; i < 8; ++i)
            crc = (crc & 1) ? quint16((crc >> 1) ^ 0x8408) : quint16(crc >> 1);
    }
    return quint16(crc ^ 0xFFFF);
}

quint16 wireLe16(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b[at]) | (quint8(b[at + 1]) << 8));
}

} // namespace

class TestCrc16 : public QObject
{
    Q_OBJECT

private slots:
    void checkValue()
    {
        const QJsonObject check
            = ims::testing::dlmsVectors().value(QStringLiteral("crc16_x25_check")).toObject();
        QVERIFY(!check.isEmpty());
        const QByteArray input = check.value(QStringLiteral("input_ascii")).toString().toLatin1();
        const quint16 expected
            = quint16(check.value(QStringLiteral("crc")).toString().toUInt(nullptr, 16));
        QCOMPARE(expected, quint16(0x906E));
        QCOMPARE(crc16X25(input), expected);
        const QByteArray onWire
            = ims::testing::hexBytes(check.value(QStringLiteral("on_wire_low_byte_first")));
        QCOMPARE(wireLe16(onWire, 0), crc16X25(input));
    }

    void incrementalEqualsOneShot()
    {
        const QByteArray input("123456789");
        quint16 state = kCrc16X25Init;
        state = crc16X25Update(state, QByteArrayView(input).first(4));
        state = crc16X25Update(state, QByteArrayView(input).sliced(4));
        QCOMPARE(quint16(state ^ 0xFFFF), quint16(0x906E));
    }

    // Every frame of the vectors carries an FCS over the bytes between the
    // opening flag and the FCS, and an HCS over the header when it has info.
    void vectorChecksums_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("infoSize");
        for (const QJsonValue &v : ims::testing::vectorList(QStringLiteral("hdlc_frames"))) {
            const QJsonObject o = v.toObject();
            const QByteArray info = ims::testing::hexBytes(
                o.value(QStringLiteral("decoded")).toObject().value(QStringLiteral("info")));
            QTest::newRow(qPrintable(o.value(QStringLiteral("id")).toString()))
                << ims::testing::hexBytes(o.value(QStringLiteral("hex"))) << int(info.size());
        }
    }
    void vectorChecksums()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, infoSize);
        QVERIFY(frame.size() >= 9);
        const QByteArray content = frame.mid(1, frame.size() - 2); // between the flags
        const qsizetype fcsAt = content.size() - 2;
        QCOMPARE(crc16X25(content.first(fcsAt)), wireLe16(content, fcsAt));
        if (infoSize > 0) {
            const qsizetype hcsAt = fcsAt - infoSize - 2;
            QCOMPARE(crc16X25(content.first(hcsAt)), wireLe16(content, hcsAt));
        }
    }

    void matchesBitwiseReference_data()
    {
        QTest::addColumn<int>("length");
        for (int n : {0, 1, 2, 7, 8, 9, 15, 16, 17, 63, 64, 65, 2047})
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }
    void matchesBitwiseReference()
    {
        QFETCH(int, length);
        QRandomGenerator rng(quint32(length) * 7919u + 1u);
        QByteArray data(length, Qt::Uninitialized);
        for (char &c : data)
            c = char(rng.bounded(256));
        QCOMPARE(crc16X25(data), bitwiseCrc(data));
    }
};

QTEST_GUILESS_MAIN(TestCrc16)
#include "tst_crc16.moc"
