// IEC 62056-21 golden vectors (reference/vectors/iec62056-21/vectors.json):
// every case, in both directions and all three dialects. The expectations
// below restate each case's "meaning" in code; the bytes come from the file.
#include "protocol/iec62056_21/bcc.h"
#include "protocol/iec62056_21/data_set.h"
#include "protocol/iec62056_21/dialect.h"
#include "protocol/iec62056_21/iec21_messages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace ims::iec21;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(ims::iec21::BccRule)

namespace {

struct Case
{
    QString dialect;
    QString check;
    QString direction;
    QByteArray bytes;
    QString meaning;
    QString key; // dialect|meaning, plus @source owner where a meaning repeats
};

QList<Case> loadCases()
{
    QFile f(QStringLiteral(IMSDESK_TEST_DATA_DIR "/reference/vectors/iec62056-21/vectors.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QList<Case> cases;
    QStringList owners;
    for (const QJsonValue &v : root.value(QStringLiteral("cases")).toArray()) {
        const QJsonObject o = v.toObject();
        cases.append({o.value(QStringLiteral("dialect")).toString(),
                      o.value(QStringLiteral("check")).toString(),
                      o.value(QStringLiteral("direction")).toString(),
                      o.value(QStringLiteral("bytes")).toString().toLatin1(),
                      o.value(QStringLiteral("meaning")).toString(),
                      {}});
        cases.last().key = cases.last().dialect + u'|' + cases.last().meaning;
        const QString owner = o.value(QStringLiteral("source")).toString().section(u'/', 0, 0);
        for (Case &other : cases) {
            if (&other != &cases.last() && other.key.section(u'@', 0, 0) == cases.last().key) {
                cases.last().key += u'@' + owner;
                if (!other.key.contains(u'@'))
                    other.key += u'@' + owners[&other - cases.data()];
            }
        }
        owners.append(owner);
    }
    return cases;
}

Dialect dialectOf(const QString &name)
{
    if (name == u"energomera")
        return Dialect::Energomera;
    if (name == u"neva")
        return Dialect::Neva;
    return Dialect::Iec;
}

QString key(const Case &c)
{
    return c.key;
}

// Client direction: how our builders say each meaning.
using Builder = std::function<QByteArray()>;
const QHash<QString, Builder> &clientBuilders()
{
    const BccRule xorRule = BccRule::Xor;
    const BccRule energomera = bccRule(Dialect::Energomera);
    const BccRule neva = bccRule(Dialect::Neva);
    static const QHash<QString, Builder> table = {
        // pwitab reads 1.8.0 with the argument "1".
        {QStringLiteral("iec|programming-mode read R1 of 1.8.0"),
         [=] {
             return readMessage("1.8.0", "1", xorRule);
         }},
        {QStringLiteral("iec|break B0 (end of session)"),
         [=] {
             return breakMessage(xorRule);
         }},
        {QStringLiteral("iec|write W2 C003(910324092239)"),
         [=] {
             return writeMessage("C003", "910324092239", xorRule, "W2");
         }},
        {QStringLiteral("iec|sign-on with device address 45678903"),
         [] {
             return signOnRequest("45678903").value();
         }},
        {QStringLiteral("iec|option select: ACK 0 5 1 = 9600 baud, programming mode"),
         [] {
             return optionSelect(ProtocolControl::Normal, modeCBaudCharacter(9600),
                                 ModeControl::Programming);
         }},
        // CE102M serial number 141628345 is its address.
        {QStringLiteral("energomera|sign-on with serial number as address"),
         [] {
             return signOnRequest("141628345").value();
         }},
        {QStringLiteral("energomera|password 777777 (factory default)"),
         [=] {
             return passwordMessage(defaultPassword(Dialect::Energomera), energomera);
         }},
        {QStringLiteral("energomera|read current"),
         [=] {
             return readMessage("CURRE", {}, energomera);
         }},
        {QStringLiteral("energomera|read frequency"),
         [=] {
             return readMessage("FREQU", {}, energomera);
         }},
        {QStringLiteral("energomera|read voltage"),
         [=] {
             return readMessage("VOLTA", {}, energomera);
         }},
        {QStringLiteral("energomera|read active energy total and tariffs"),
         [=] {
             return readMessage("ET0PE", {}, energomera);
         }},
        {QStringLiteral("energomera|sign-on without address"),
         [] {
             return signOnRequest().value();
         }},
        {QStringLiteral("energomera|HELLO"),
         [=] {
             return readMessage("HELLO", {}, energomera);
         }},
        {QStringLiteral("energomera|energy at the end of month 04.22"),
         [=] {
             return readMessage("ENMPE", "04.22", energomera);
         }},
        {QStringLiteral("neva|sign-on with address 00000201"),
         [] {
             return signOnRequest("00000201").value();
         }},
        {QStringLiteral("neva|password 00000000 (default)"),
         [=] {
             return passwordMessage(defaultPassword(Dialect::Neva), neva);
         }},
        {QStringLiteral("neva|read OBIS 1.0.16.7.0.255 written as hex C.D.E.F = 10 07 00 FF "
                        "(active power)"),
         [=] {
             return readMessage(nevaAddress(16, 7, 0, 255), {}, neva);
         }},
    };
    return table;
}

struct Expected
{
    QString code;
    QString value;
    QString unit;
    QString originalCode;
};

// Meter direction, blocks with data sets: what each meaning decodes to.
const QHash<QString, QList<Expected>> &meterValues()
{
    static const QHash<QString, QList<Expected>> table = {
        {QStringLiteral("iec|answer data block, BCC 0x12"),
         {{u"3:171.0"_s, u"0"_s, {}, u"3:171.0"_s}}},
        {QStringLiteral("iec|readout data block \"3:14(314*kWh)\" \"4:15(415*kWh)\", end \"!\", "
                        "BCC 0x22"),
         {{u"3:14"_s, u"314"_s, u"kWh"_s, u"3:14"_s}, {u"4:15"_s, u"415"_s, u"kWh"_s, u"4:15"_s}}},
        {QStringLiteral("iec|BCC 0x04"),
         {{u"3:14"_s, u"314"_s, u"kWh"_s, u"3:14"_s}, {u"4:15"_s, u"415"_s, u"kWh"_s, u"4:15"_s}}},
        {QStringLiteral("energomera|current 0.402 A"),
         {{u"31.7.0"_s, u"0.402"_s, u"A"_s, u"CURRE"_s}}},
        {QStringLiteral("energomera|frequency 49.97 Hz"),
         {{u"14.7.0"_s, u"49.97"_s, u"Hz"_s, u"FREQU"_s}}},
        {QStringLiteral("energomera|voltage 237.58 V"),
         {{u"32.7.0"_s, u"237.58"_s, u"V"_s, u"VOLTA"_s}}},
        {QStringLiteral("energomera|A+ total 68.42 kWh, T1 45.54, T2 22.88, T3..T5 0"),
         {{u"1.8.0"_s, u"68.42"_s, u"kWh"_s, u"ET0PE"_s},
          {u"1.8.1"_s, u"45.54"_s, u"kWh"_s, u"ET0PE"_s},
          {u"1.8.2"_s, u"22.88"_s, u"kWh"_s, u"ET0PE"_s},
          {u"1.8.3"_s, u"0.00"_s, u"kWh"_s, u"ET0PE"_s},
          {u"1.8.4"_s, u"0.00"_s, u"kWh"_s, u"ET0PE"_s},
          {u"1.8.5"_s, u"0.00"_s, u"kWh"_s, u"ET0PE"_s}}},
        {QStringLiteral("energomera|A+ total then T1..T5, one per line with the name repeated"),
         {{u"1.8.0"_s, u"16907.9477764"_s, u"kWh"_s, u"ET0PE"_s},
          {u"1.8.1"_s, u"11504.3875082"_s, u"kWh"_s, u"ET0PE"_s},
          {u"1.8.2"_s, u"3628.2698795"_s, u"kWh"_s, u"ET0PE"_s},
          {u"1.8.3"_s, u"1775.2903887"_s, u"kWh"_s, u"ET0PE"_s},
          {u"1.8.4"_s, u"0.0"_s, u"kWh"_s, u"ET0PE"_s},
          {u"1.8.5"_s, u"0.0"_s, u"kWh"_s, u"ET0PE"_s}}},
        {QStringLiteral("energomera|phase voltages L1..L3"),
         {{u"32.7.0"_s, u"233.751"_s, u"V"_s, u"VOLTA"_s},
          {u"52.7.0"_s, u"235.418"_s, u"V"_s, u"VOLTA"_s},
          {u"72.7.0"_s, u"234.796"_s, u"V"_s, u"VOLTA"_s}}},
        {QStringLiteral("energomera|frequency"), {{u"14.7.0"_s, u"49.96"_s, u"Hz"_s, u"FREQU"_s}}},
        {QStringLiteral("neva|active power 5.3"), {{u"16.7.0"_s, u"00005.3"_s, {}, u"100700FF"_s}}},
        {QStringLiteral("neva|power factor style value 0.717"),
         {{u"33.7.255"_s, u"00.717"_s, {}, u"2107FFFF"_s}}},
        {QStringLiteral("neva|temperature 29"), {{u"96.9.0"_s, u"029"_s, {}, u"600900FF"_s}}},
        {QStringLiteral("neva|A+ energy: total 46.24, T1 31.14, T2 15.10, T3 0, T4 0"),
         {{u"15.8.0"_s, u"000046.24"_s, u"kWh"_s, u"0F0880FF"_s},
          {u"15.8.1"_s, u"000031.14"_s, u"kWh"_s, u"0F0880FF"_s},
          {u"15.8.2"_s, u"000015.10"_s, u"kWh"_s, u"0F0880FF"_s},
          {u"15.8.3"_s, u"000000.00"_s, u"kWh"_s, u"0F0880FF"_s},
          {u"15.8.4"_s, u"000000.00"_s, u"kWh"_s, u"0F0880FF"_s}}},
    };
    return table;
}

// The numbers each meaning states, to check the text is exactly them.
const QHash<QString, QList<ExactDecimal>> &statedNumbers()
{
    static const QHash<QString, QList<ExactDecimal>> table = {
        {QStringLiteral("energomera|current 0.402 A"), {{402, -3}}},
        {QStringLiteral("energomera|frequency 49.97 Hz"), {{4997, -2}}},
        {QStringLiteral("energomera|voltage 237.58 V"), {{23758, -2}}},
        {QStringLiteral("energomera|A+ total 68.42 kWh, T1 45.54, T2 22.88, T3..T5 0"),
         {{6842, -2}, {4554, -2}, {2288, -2}, {0, -2}, {0, -2}, {0, -2}}},
        {QStringLiteral("neva|active power 5.3"), {{53, -1}}},
        {QStringLiteral("neva|power factor style value 0.717"), {{717, -3}}},
        {QStringLiteral("neva|temperature 29"), {{29, 0}}},
        {QStringLiteral("neva|A+ energy: total 46.24, T1 31.14, T2 15.10, T3 0, T4 0"),
         {{4624, -2}, {3114, -2}, {1510, -2}, {0, -2}, {0, -2}}},
    };
    return table;
}

const QHash<QString, QByteArray> &passwordPrompts()
{
    static const QHash<QString, QByteArray> table = {
        {QStringLiteral("iec|password prompt P0 with operand 1234567"), "(1234567)"},
        {QStringLiteral("energomera|password prompt@wirenboard"), "(141628345)"}, // CE102M: serial
        {QStringLiteral("energomera|password prompt@hostcc"), "(777777)"},
        {QStringLiteral("neva|password prompt"), "(00000000)"},
    };
    return table;
}

struct ExpectedIdentification
{
    QString manufacturer;
    char baud;
    int maxBaud;
    bool shortReaction;
    bool modeE;
    QString identification;
    Dialect dialect;
};
const QHash<QString, ExpectedIdentification> &identifications()
{
    static const QHash<QString, ExpectedIdentification> table = {
        {QStringLiteral("iec|identification: manufacturer \"Els\" (lower-case third letter = 20 "
                        "ms reaction time), baud char 6 (19200), mode-E marker \"\\2\", "
                        "identification \"EK280\""),
         {u"Els"_s, '6', 19200, true, true, u"EK280"_s, Dialect::Iec}},
        {QStringLiteral("energomera|identification: EKT, baud char 5, CE102M v01"),
         {u"EKT"_s, '5', 9600, false, false, u"CE102Mv01"_s, Dialect::Energomera}},
        {QStringLiteral("energomera|identification CE301 v12"),
         {u"EKT"_s, '5', 9600, false, false, u"CE301v12"_s, Dialect::Energomera}},
        {QStringLiteral("neva|identification Taipit NEVA MT324"),
         {u"TPC"_s, '5', 9600, false, false, u"NEVAMT324.2307"_s, Dialect::Neva}},
    };
    return table;
}

BccRule ruleOf(const QString &check)
{
    return check == u"sum" ? BccRule::Sum7 : BccRule::Xor;
}
BccRule otherRule(BccRule r)
{
    return r == BccRule::Xor ? BccRule::Sum7 : BccRule::Xor;
}

} // namespace

class TestIec21Vectors : public QObject
{
    Q_OBJECT

    QList<Case> m_cases;

    void addRows(const QString &direction, bool checkedOnly)
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_cases.size(); ++i) {
            const Case &c = m_cases[i];
            if (!direction.isEmpty() && c.direction != direction)
                continue;
            if (checkedOnly && c.check == u"none")
                continue;
            QTest::newRow(qPrintable(QStringLiteral("%1 %2: %3").arg(i).arg(c.dialect, c.meaning)))
                << i;
        }
    }

private slots:
    void initTestCase()
    {
        m_cases = loadCases();
        QVERIFY2(m_cases.size() >= 40, "vectors.json missing or truncated");
    }

    // Every case of the file has an expectation here: none is silently skipped.
    void everyCaseIsCovered()
    {
        for (const Case &c : std::as_const(m_cases)) {
            const QString k = key(c);
            bool covered = false;
            if (c.direction == u"client")
                covered = clientBuilders().contains(k);
            else
                covered = meterValues().contains(k) || passwordPrompts().contains(k)
                          || identifications().contains(k) || k == u"neva|error reply (01)";
            QVERIFY2(covered, qPrintable(QStringLiteral("no expectation for case %1").arg(k)));
        }
    }

    void bccRuleHolds_data() { addRows({}, true); }
    void bccRuleHolds()
    {
        QFETCH(int, index);
        const Case &c = m_cases[index];
        const BccRule stated = ruleOf(c.check);
        QVERIFY(verifyBcc(c.bytes, stated));
        const QByteArrayView range = bccRange(c.bytes);
        QCOMPARE(range.size(), c.bytes.size() - 2);
        const quint8 other = computeBcc(range, otherRule(stated));
        if (other != quint8(c.bytes.back()))
            QVERIFY(!verifyBcc(c.bytes, otherRule(stated)));
        // The dialect's own rule is the one the case states.
        QCOMPARE(bccRule(dialectOf(c.dialect)), stated);
        auto block = parseBlock(c.bytes, stated);
        QVERIFY2(block.ok(), qPrintable(block.ok() ? QString() : block.error().message));
        // One flipped bit in the checked range must be caught.
        QByteArray damaged = c.bytes;
        damaged[1] = char(damaged[1] ^ 0x01);
        auto bad = parseBlock(damaged, stated);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ims::ErrorKind::BadChecksum);
    }

    void clientBytesFromMeaning_data() { addRows(QStringLiteral("client"), false); }
    void clientBytesFromMeaning()
    {
        QFETCH(int, index);
        const Case &c = m_cases[index];
        const auto builder = clientBuilders().value(key(c));
        QVERIFY(builder);
        QCOMPARE(builder(), c.bytes);
    }

    void meterBytesDecode_data() { addRows(QStringLiteral("meter"), false); }
    void meterBytesDecode()
    {
        QFETCH(int, index);
        const Case &c = m_cases[index];
        const QString k = key(c);
        const Dialect dialect = dialectOf(c.dialect);

        if (identifications().contains(k)) {
            const ExpectedIdentification e = identifications().value(k);
            auto id = parseIdentification(c.bytes);
            QVERIFY(id.ok());
            QCOMPARE(id->manufacturer, e.manufacturer);
            QCOMPARE(id->baudCharacter, e.baud);
            QCOMPARE(id->baudMode, BaudMode::C);
            QCOMPARE(id->maxBaud, e.maxBaud);
            QCOMPARE(id->shortReactionTime, e.shortReaction);
            QCOMPARE(id->reactionTimeMs(), e.shortReaction ? 20 : 200);
            QCOMPARE(id->supportsModeE(), e.modeE);
            QCOMPARE(id->identification, e.identification);
            QCOMPARE(detectDialect(*id), e.dialect);
            QCOMPARE(identificationMessage(*id), c.bytes); // and back, byte-exact
            return;
        }

        const BccRule rule = ruleOf(c.check);
        auto block = parseBlock(c.bytes, rule);
        QVERIFY(block.ok());

        if (passwordPrompts().contains(k)) {
            QCOMPARE(block->start, ctl::Soh);
            QCOMPARE(block->command, QByteArray("P0"));
            QVERIFY(block->hasData);
            QCOMPARE(block->data, passwordPrompts().value(k));
            return;
        }
        if (k == u"neva|error reply (01)") {
            QCOMPARE(block->start, ctl::Stx);
            QCOMPARE(errorAnswerText(block->data, repeatsAddressInAnswers(dialect)),
                     std::optional<QString>(u"01"_s));
            return;
        }

        QCOMPARE(block->start, ctl::Stx);
        QVERIFY(!block->partial);
        QVERIFY(!errorAnswerText(block->data, repeatsAddressInAnswers(dialect)).has_value());
        auto values = parseDataSets(block->data, dialect);
        QVERIFY2(values.ok(), qPrintable(values.ok() ? QString() : values.error().message));
        const QList<Expected> expected = meterValues().value(k);
        QCOMPARE(values->size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const DataSetValue &v = values->at(i);
            QCOMPARE(v.code, expected[i].code);
            QCOMPARE(v.value, expected[i].value);
            QCOMPARE(v.unit, expected[i].unit);
            QCOMPARE(v.originalCode, expected[i].originalCode);
        }
        const QList<ExactDecimal> numbers = statedNumbers().value(k);
        for (int i = 0; i < numbers.size(); ++i) {
            auto exact = parseExactDecimal(values->at(i).value);
            QVERIFY(exact.ok());
            QCOMPARE(exact->mantissa, numbers[i].mantissa);
            QCOMPARE(exact->exponent, numbers[i].exponent);
        }
        // The data readout block ends with the "!" line.
        if (k.startsWith(u"iec|readout data block"))
            QVERIFY(block->data.endsWith("!\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestIec21Vectors)
#include "tst_iec21_vectors.moc"
