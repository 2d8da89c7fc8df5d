// SHA-256 against the examples published with the standard (FIPS 180-2,
// appendix B: one-block, multi-block and long messages) — the seals of
// stored readings depend on these exact digests.
#include "protocol/security/sha256.h"

#include <QTest>

using namespace ims::security;

class TstSha256 : public QObject
{
    Q_OBJECT
private slots:
    void digest_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb924"
                                             "27ae41e4649b934ca495991b7852b855");
        QTest::newRow("B.1 abc") << QByteArray("abc")
                                 << QByteArray("ba7816bf8f01cfea414140de5dae2223"
                                               "b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("B.2 two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039"
                          "a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("B.3 a million a") << QByteArray(1000000, 'a')
                                         << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67"
                                                       "f1809a48a497200e046d39ccc7112cd0");
    }
    void digest()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, expected);
        const QByteArray d = sha256(message);
        QCOMPARE(d.size(), Sha256Size);
        QCOMPARE(d.toHex(), expected);
    }
};

QTEST_GUILESS_MAIN(TstSha256)
#include "tst_sha256.moc"
