// The seal of a block of readings, byte for byte. The expected digest, entry
// list and chain link were computed independently (Python's hashlib over the
// format documented in models/storage/seal.h), so a change of the hash
// library or of the encoder that altered a single byte would make every seal
// already stored look tampered with — this test fails first.
#include "models/storage/seal.h"

#include <QTest>

using namespace ims::storage;

class TstSealFormat : public QObject
{
    Q_OBJECT
private slots:
    void intervalBlockIsSealedAsSpecified()
    {
        // Meter 7, A+ (channel 1), 2024-01-01: the 00:30 and 01:00 intervals,
        // raw 120 and 130 Wh, the second with status 8.
        const BlockId block{SealKind::Intervals, 7, 1, 19723};
        SealRow first;
        first.key[0] = 1704069000;
        first.value = {120, 0, 0, 120000};
        SealRow second;
        second.key[0] = 1704070800;
        second.value = {130, 0, 8, 130000};
        const SealRow rows[] = {first, second};

        const BlockSeal seal = sealBlock(intervalTable(), block, rows);
        QCOMPARE(seal.rowCount, 2);
        QCOMPARE(seal.digest.toHex(),
                 QByteArray("fb8a960347d7fd758f6c5df1241428f199649efdec8ae60222dc46afa172469c"));
        QCOMPARE(seal.entries.toHex(), QByteArray("8e1c7fffe2c1901c4c14d592"));
        QCOMPARE(chainLink(genesisLink(), block, seal.rowCount, seal.digest).toHex(),
                 QByteArray("ce49e90ba21de706355eaae9af72d65eb55e0de75716ed98bfeaf69e91338acc"));

        // The entry list names each row by its time again.
        const auto entries = decodeEntries(intervalTable(), block, seal.entries);
        QVERIFY(entries.has_value());
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).key[0], first.key[0]);
        QCOMPARE(entries->at(1).key[0], second.key[0]);
    }

    void anyChangedValueChangesTheDigest()
    {
        const BlockId block{SealKind::Intervals, 7, 1, 19723};
        SealRow row;
        row.key[0] = 1704069000;
        row.value = {120, 0, 0, 120000};
        const QByteArray original = sealBlock(intervalTable(), block, {&row, 1}).digest;
        for (int column = 0; column < 4; ++column) {
            SealRow edited = row;
            ++edited.value[size_t(column)];
            QVERIFY2(sealBlock(intervalTable(), block, {&edited, 1}).digest != original,
                     qPrintable(QString::number(column)));
        }
    }

    void emptyBlockHasNoEntries()
    {
        const BlockSeal seal = sealBlock(intervalTable(), {SealKind::Intervals, 1, 1, 0}, {});
        QCOMPARE(seal.rowCount, 0);
        QVERIFY(seal.entries.isEmpty());
        QCOMPARE(seal.digest.size(), 32);
    }
};

QTEST_GUILESS_MAIN(TstSealFormat)
#include "tst_seal_format.moc"
