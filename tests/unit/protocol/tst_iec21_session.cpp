// The IEC 62056-21 readout session against the simulated meter (MeterResponder)
// for the three dialects, the mode E hand-over and every fault the responder
// can stage. A small harness plays the wire: it carries bytes both ways,
// keeps a simulated clock for delays against the armed timeout, and checks
// that both ends talk at the same speed whenever the meter sends.
#include "protocol/iec62056_21/meter_responder.h"
#include "protocol/iec62056_21/readout_session.h"

#include <QTest>

using namespace ims::iec21;
using ims::ErrorKind;
using Kind = SessionAction::Kind;
using namespace Qt::Literals::StringLiterals;

namespace {

DataSetValue reg(const char *code, const char *value, const char *unit = "")
{
    DataSetValue v;
    v.code = QString::fromLatin1(code);
    v.value = QString::fromLatin1(value);
    v.unit = QString::fromLatin1(unit);
    return v;
}

Identification ident(const char *line)
{
    return parseIdentification(QByteArray(line)).value();
}

MeterConfig iecMeter()
{
    MeterConfig m;
    m.dialect = Dialect::Iec;
    m.address = "12345678";
    m.identification = ident("/ISk5MT174-0001\r\n");
    m.password = "00000000";
    m.passwordPromptOperand = "12345678";
    m.registers = [] {
        return QList<DataSetValue>{
            reg("C.1.0", "12345678"),
            reg("1.8.0", "061561.289", "kWh"),
            reg("1-0:1.8.1*255", "001234.5", "kWh"),
            reg("0.9.1", "23:38:27"),
            reg("0.9.2", "24-11-22"),
        };
    };
    return m;
}

MeterConfig energomeraMeter()
{
    MeterConfig m;
    m.dialect = Dialect::Energomera;
    m.address = "141628345";
    m.identification = ident("/EKT5CE102Mv01\r\n");
    m.password = "777777";
    m.passwordPromptOperand = "141628345";
    m.energomeraRepeatName = false; // CE102M style: tariff lines without the name
    m.registers = [] {
        return QList<DataSetValue>{
            reg("SNUMB", "141628345"), reg("ET0PE", "68.42"),  reg("ET0PE", "45.54"),
            reg("ET0PE", "22.88"),     reg("ET0PE", "0.00"),   reg("ET0PE", "0.00"),
            reg("ET0PE", "0.00"),      reg("VOLTA", "237.58"), reg("CURRE", "0.402"),
            reg("FREQU", "49.97"),     reg("POWEP", "0.0912"), reg("DATE_", "03.23.11.22"),
            reg("TIME_", "14:05:09"),
        };
    };
    return m;
}

MeterConfig nevaMeter()
{
    MeterConfig m;
    m.dialect = Dialect::Neva;
    m.address = "00000201";
    m.identification = ident("/TPC5NEVAMT324.2307\r\n");
    m.password = "00000000";
    m.passwordPromptOperand = "00000000";
    m.registers = [] {
        return QList<DataSetValue>{
            reg("600100FF", "00000201"),  reg("0F0880FF", "000046.24"),
            reg("0F0880FF", "000031.14"), reg("0F0880FF", "000015.10"),
            reg("0F0880FF", "000000.00"), reg("0F0880FF", "000000.00"),
            reg("200700FF", "229.87"),    reg("1F0700FF", "001.250"),
            reg("0E0700FF", "50.00"),     reg("100700FF", "00005.3"),
            reg("000902FF", "221124"),
            // no 000901FF: the meter answers error (01) for the time
        };
    };
    return m;
}

ReadoutConfig clientFor(const MeterConfig &meter, ReadoutMode mode)
{
    ReadoutConfig c;
    c.address = meter.address;
    c.mode = mode;
    c.password = meter.password;
    return c;
}

struct Wire
{
    ReadoutSession session;
    MeterResponder meter;
    int chunk = 0; // > 0: the meter's bytes arrive in pieces of this size

    LineSettings clientLine;
    LineSettings meterLine;
    int armedMs = -1;
    int timeouts = 0;
    QList<QByteArray> written;
    QList<int> waits;
    QList<DataSetValue> progress;
    QStringList speedMismatches;
    bool done = false;

    Wire(ReadoutConfig client, MeterConfig meterConfig)
        : session(std::move(client))
        , meter(std::move(meterConfig))
    {}

    void apply(const QList<SessionAction> &actions, QList<MeterAction> &inFlight)
    {
        for (const SessionAction &a : actions) {
            switch (a.kind) {
            case Kind::SetLine:
                clientLine = a.line;
                break;
            case Kind::Write:
                written.append(a.bytes);
                if (clientLine != meterLine) {
                    speedMismatches << QStringLiteral("client wrote at %1, meter listens at %2")
                                           .arg(clientLine.baud)
                                           .arg(meterLine.baud);
                }
                inFlight.append(meter.onBytes(a.bytes));
                break;
            case Kind::Wait:
                waits.append(a.milliseconds);
                break;
            case Kind::ArmTimeout:
                armedMs = a.milliseconds;
                break;
            case Kind::Values:
                progress.append(a.values);
                break;
            case Kind::Finished:
            case Kind::Failed:
                done = true;
                break;
            }
        }
    }

    void run()
    {
        QList<MeterAction> inFlight;
        apply(session.start(), inFlight);
        for (int guard = 0; !done && guard < 10000; ++guard) {
            if (inFlight.isEmpty()) {
                ++timeouts;
                apply(session.onTimeout(), inFlight);
                continue;
            }
            const MeterAction m = inFlight.takeFirst();
            if (m.kind == MeterAction::Kind::SetLine) {
                meterLine = m.line;
                continue;
            }
            if (m.delayMs > armedMs) {
                // The answer timer runs out first; the late bytes find nobody.
                inFlight.clear();
                ++timeouts;
                apply(session.onTimeout(), inFlight);
                continue;
            }
            if (!m.isEcho && meterLine != clientLine) {
                speedMismatches << QStringLiteral("meter sent at %1, client listens at %2")
                                       .arg(meterLine.baud)
                                       .arg(clientLine.baud);
            }
            const qsizetype step = chunk > 0 ? chunk : m.bytes.size();
            for (qsizetype at = 0; at < m.bytes.size() && !done; at += step)
                apply(session.onBytes(
                          QByteArrayView(m.bytes).sliced(at, std::min(step, m.bytes.size() - at))),
                      inFlight);
        }
    }

    int countWrites(const QByteArray &bytes) const { return int(written.count(bytes)); }
};

QHash<QString, QString> byCode(const QList<DataSetValue> &values)
{
    QHash<QString, QString> out;
    for (const DataSetValue &v : values)
        out.insert(v.code, v.value);
    return out;
}

const QByteArray kNak(1, ctl::Nak);
const QByteArray kAck(1, ctl::Ack);

} // namespace

class TestIec21Session : public QObject
{
    Q_OBJECT

private slots:
    void iecDataReadout_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::addColumn<bool>("echo");
        QTest::addColumn<int>("blockSize");
        QTest::newRow("whole") << 0 << false << 0;
        QTest::newRow("byte by byte") << 1 << false << 0;
        QTest::newRow("echoing probe") << 3 << true << 0;
        QTest::newRow("partial blocks") << 0 << false << 16;
        QTest::newRow("partial blocks, echo, bytes") << 1 << true << 16;
    }
    void iecDataReadout()
    {
        QFETCH(int, chunk);
        QFETCH(bool, echo);
        QFETCH(int, blockSize);
        MeterConfig meter = iecMeter();
        meter.faults.echo = echo;
        meter.maxBlockData = blockSize;
        Wire wire(clientFor(meter, ReadoutMode::DataReadout), meter);
        wire.chunk = chunk;
        wire.run();

        QVERIFY2(wire.session.isFinished(), qPrintable(wire.session.error().message));
        QVERIFY2(wire.speedMismatches.isEmpty(), qPrintable(wire.speedMismatches.join(u'\n')));
        QCOMPARE(wire.written.value(0), QByteArray("/?12345678!\r\n"));
        QCOMPARE(wire.written.value(1), QByteArray("\x06"
                                                   "050\r\n"));
        QCOMPARE(wire.clientLine, (LineSettings{9600, LineSettings::Framing::SevenE1}));
        // "ISk": lower-case third letter, 20 ms reaction time before our answer.
        QVERIFY(wire.waits.contains(20));
        QVERIFY(!wire.waits.contains(200));
        if (blockSize > 0)
            QVERIFY(wire.countWrites(kAck) >= 3);

        const ReadoutResult &r = wire.session.result();
        QCOMPARE(r.dialect, Dialect::Iec);
        QCOMPARE(r.identification.manufacturer, u"ISk"_s);
        QCOMPARE(r.serialNumber, u"12345678"_s);
        QCOMPARE(r.values.size(), 5);
        QCOMPARE(r.values[1].code, u"1.8.0"_s);
        QCOMPARE(r.values[1].value, u"061561.289"_s);
        QCOMPARE(r.values[1].unit, u"kWh"_s);
        QCOMPARE(r.values[2].code, u"1.8.1"_s);
        QCOMPARE(r.values[2].originalCode, u"1-0:1.8.1*255"_s);
        QCOMPARE(r.values[2].value, u"001234.5"_s);
        QCOMPARE(r.values[3].code, u"0.9.1"_s);
        QCOMPARE(r.values[3].value, u"23:38:27"_s);
        QCOMPARE(wire.progress, r.values);
    }

    void energomeraProgrammingReadout_data()
    {
        QTest::addColumn<bool>("repeatName");
        QTest::addColumn<int>("chunk");
        QTest::addColumn<bool>("echo");
        QTest::addColumn<int>("blockSize");
        QTest::newRow("CE102M lines") << false << 0 << false << 0;
        QTest::newRow("CE301 lines") << true << 0 << false << 0;
        QTest::newRow("byte by byte, echo") << true << 1 << true << 0;
        QTest::newRow("partial blocks") << false << 2 << false << 10;
    }
    void energomeraProgrammingReadout()
    {
        QFETCH(bool, repeatName);
        QFETCH(int, chunk);
        QFETCH(bool, echo);
        QFETCH(int, blockSize);
        MeterConfig meter = energomeraMeter();
        meter.energomeraRepeatName = repeatName;
        meter.faults.echo = echo;
        meter.maxBlockData = blockSize;
        ReadoutConfig client = clientFor(meter, ReadoutMode::Programming);
        client.password.reset(); // the factory default must be right
        Wire wire(client, meter);
        wire.chunk = chunk;
        wire.run();

        QVERIFY2(wire.session.isFinished(), qPrintable(wire.session.error().message));
        QVERIFY2(wire.speedMismatches.isEmpty(), qPrintable(wire.speedMismatches.join(u'\n')));
        QCOMPARE(wire.written.value(0), QByteArray("/?141628345!\r\n"));
        QCOMPARE(wire.written.value(1), QByteArray("\x06"
                                                   "051\r\n"));
        // The exact bytes of the vectors (SUM BCC).
        QCOMPARE(wire.written.value(2), QByteArray("\x01P1\x02(777777)\x03!"));
        QCOMPARE(wire.countWrites(QByteArray("\x01R1\x02"
                                             "CURRE()\x03Z")),
                 1);
        QCOMPARE(wire.countWrites(QByteArray("\x01R1\x02"
                                             "ET0PE()\x03"
                                             "7")),
                 1);
        QCOMPARE(wire.written.last(), breakMessage(BccRule::Sum7));
        QVERIFY(wire.waits.contains(200));

        const ReadoutResult &r = wire.session.result();
        QCOMPARE(r.dialect, Dialect::Energomera);
        QCOMPARE(r.passwordPromptOperand, u"141628345"_s);
        QCOMPARE(r.serialNumber, u"141628345"_s);
        QVERIFY(r.failures.isEmpty());
        const auto values = byCode(r.values);
        QCOMPARE(values.value(u"1.8.0"_s), u"68.42"_s);
        QCOMPARE(values.value(u"1.8.1"_s), u"45.54"_s);
        QCOMPARE(values.value(u"1.8.2"_s), u"22.88"_s);
        QCOMPARE(values.value(u"1.8.5"_s), u"0.00"_s);
        QCOMPARE(values.value(u"32.7.0"_s), u"237.58"_s);
        QCOMPARE(values.value(u"31.7.0"_s), u"0.402"_s);
        QCOMPARE(values.value(u"14.7.0"_s), u"49.97"_s);
        QCOMPARE(values.value(u"1.7.0"_s), u"0.0912"_s);
        QCOMPARE(values.value(u"0.9.2"_s), u"03.23.11.22"_s);
        QCOMPARE(values.value(u"0.9.1"_s), u"14:05:09"_s);
        QCOMPARE(r.values.size(), 13);
        for (const DataSetValue &v : r.values) {
            if (v.originalCode == u"ET0PE")
                QCOMPARE(v.unit, u"kWh"_s);
        }
    }

    void nevaProgrammingReadout_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::addColumn<bool>("echo");
        QTest::newRow("whole") << 0 << false;
        QTest::newRow("byte by byte, echo") << 1 << true;
    }
    void nevaProgrammingReadout()
    {
        QFETCH(int, chunk);
        QFETCH(bool, echo);
        MeterConfig meter = nevaMeter();
        meter.faults.echo = echo;
        ReadoutConfig client = clientFor(meter, ReadoutMode::Programming);
        client.password.reset();
        Wire wire(client, meter);
        wire.chunk = chunk;
        wire.run();

        QVERIFY2(wire.session.isFinished(), qPrintable(wire.session.error().message));
        QVERIFY2(wire.speedMismatches.isEmpty(), qPrintable(wire.speedMismatches.join(u'\n')));
        QCOMPARE(wire.written.value(0), QByteArray("/?00000201!\r\n"));
        QCOMPARE(wire.written.value(2), QByteArray("\x01P1\x02(00000000)\x03"
                                                   "a"));
        QCOMPARE(wire.countWrites(QByteArray("\x01R1\x02"
                                             "100700FF()\x03"
                                             "e")),
                 1);
        QCOMPARE(wire.written.last(), breakMessage(BccRule::Xor));

        const ReadoutResult &r = wire.session.result();
        QCOMPARE(r.dialect, Dialect::Neva);
        QCOMPARE(r.serialNumber, u"00000201"_s);
        const auto values = byCode(r.values);
        QCOMPARE(values.value(u"15.8.0"_s), u"000046.24"_s);
        QCOMPARE(values.value(u"15.8.2"_s), u"000015.10"_s);
        QCOMPARE(values.value(u"15.8.4"_s), u"000000.00"_s);
        QCOMPARE(values.value(u"32.7.0"_s), u"229.87"_s);
        QCOMPARE(values.value(u"31.7.0"_s), u"001.250"_s);
        QCOMPARE(values.value(u"14.7.0"_s), u"50.00"_s);
        QCOMPARE(values.value(u"16.7.0"_s), u"00005.3"_s);
        QCOMPARE(values.value(u"0.9.2"_s), u"221124"_s);
        // The time register is missing: the error answer (01) is reported, not fatal.
        QCOMPARE(r.failures.size(), 1);
        QCOMPARE(r.failures[0].address, u"000901FF"_s);
        QVERIFY(r.failures[0].message.contains(u"01"));
    }

    void iecProgrammingReadoutWithCodelessAnswers()
    {
        MeterConfig meter = iecMeter();
        ReadoutConfig client = clientFor(meter, ReadoutMode::Programming);
        client.commands = {{"1.8.0", {}}, {"C.1.0", {}}, {"9.9.9", {}}};
        Wire wire(client, meter);
        wire.run();
        QVERIFY2(wire.session.isFinished(), qPrintable(wire.session.error().message));
        const ReadoutResult &r = wire.session.result();
        QCOMPARE(r.values.size(), 2);
        QCOMPARE(r.values[0].code, u"1.8.0"_s);
        QCOMPARE(r.values[0].value, u"061561.289"_s);
        QCOMPARE(r.values[0].unit, u"kWh"_s);
        QCOMPARE(r.serialNumber, u"12345678"_s);
        QCOMPARE(r.failures.size(), 1);
        QVERIFY(r.failures[0].message.contains(u"ERROR"));
    }

    void modeEHandOver()
    {
        MeterConfig meter = iecMeter();
        meter.identification = ident("/Els6\\2EK280\r\n");
        Wire wire(clientFor(meter, ReadoutMode::ModeEHandOver), meter);
        wire.run();
        QVERIFY2(wire.session.isFinished(), qPrintable(wire.session.error().message));
        QVERIFY2(wire.speedMismatches.isEmpty(), qPrintable(wire.speedMismatches.join(u'\n')));
        // The probe does 9600 at most, the meter 19200: ACK 2 5 2.
        QCOMPARE(wire.written.value(1), QByteArray("\x06"
                                                   "252\r\n"));
        const LineSettings hdlc{9600, LineSettings::Framing::EightN1};
        QCOMPARE(wire.session.result().hdlcLine, std::optional<LineSettings>(hdlc));
        QCOMPARE(wire.clientLine, hdlc);
        QCOMPARE(wire.meter.line(), hdlc);
        QCOMPARE(wire.timeouts, 0); // the confirmation ended the wait
    }

    void modeEWithoutConfirmationStillHandsOver()
    {
        MeterConfig meter = iecMeter();
        meter.identification = ident("/Els6\\2EK280\r\n");
        meter.faults.silentAtStep = 2;
        Wire wire(clientFor(meter, ReadoutMode::ModeEHandOver), meter);
        wire.run();
        QVERIFY(wire.session.isFinished());
        QCOMPARE(wire.timeouts, 1);
        QCOMPARE(wire.clientLine, (LineSettings{9600, LineSettings::Framing::EightN1}));
        // The channel names this in its error when HDLC then stays silent.
        QVERIFY(!wire.session.result().modeEConfirmed);
    }

    void automaticPrefersModeEWhenTheMeterOffersIt_data()
    {
        QTest::addColumn<QByteArray>("identification");
        QTest::addColumn<bool>("prefer");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("optionSelect");
        QTest::newRow("offered, preferred")
            << QByteArray("/Els6\\2EK280\r\n") << true << int(ReadoutMode::ModeEHandOver)
            << QByteArray("\x06"
                          "252\r\n");
        QTest::newRow("offered, not preferred")
            << QByteArray("/Els6\\2EK280\r\n") << false << int(ReadoutMode::DataReadout)
            << QByteArray("\x06"
                          "050\r\n");
        QTest::newRow("not offered")
            << QByteArray("/ISk5MT174-0001\r\n") << true << int(ReadoutMode::DataReadout)
            << QByteArray("\x06"
                          "050\r\n");
    }
    void automaticPrefersModeEWhenTheMeterOffersIt()
    {
        QFETCH(QByteArray, identification);
        QFETCH(bool, prefer);
        QFETCH(int, mode);
        QFETCH(QByteArray, optionSelect);
        MeterConfig meter = iecMeter();
        meter.identification = ident(identification.constData());
        ReadoutConfig client = clientFor(meter, ReadoutMode::Automatic);
        client.password.reset();
        client.preferModeE = prefer;
        Wire wire(client, meter);
        wire.run();
        QVERIFY2(wire.session.isFinished(), qPrintable(wire.session.error().message));
        QCOMPARE(int(wire.session.result().mode), mode);
        // ACK V Z Y: V = '2' (HDLC) and Y = '2' (binary) only for mode E.
        QCOMPARE(wire.written.value(1), optionSelect);
        QCOMPARE(wire.session.result().hdlcLine.has_value(),
                 mode == int(ReadoutMode::ModeEHandOver));
        QCOMPARE(wire.session.result().modeEConfirmed, mode == int(ReadoutMode::ModeEHandOver));
    }

    void writeAfterThePasswordThenReadBack()
    {
        MeterConfig meter = energomeraMeter();
        QByteArray stored;
        meter.write = [&stored](const QByteArray &address, const QByteArray &value) {
            stored = address + '=' + value;
            return WriteOutcome::Accepted;
        };
        ReadoutConfig client = clientFor(meter, ReadoutMode::Programming);
        client.writes = {{"TIME_", "12:00:00"}};
        client.commands = {{"TIME_", {}}};
        Wire wire(client, meter);
        wire.run();
        QVERIFY2(wire.session.isFinished(), qPrintable(wire.session.error().message));
        QCOMPARE(stored, QByteArray("TIME_=12:00:00"));
        QCOMPARE(wire.session.result().writesAccepted, 1);
        // sign-on, option select, P1, W1, R1, B0; the W1 with the 7-bit SUM BCC.
        QCOMPARE(wire.written.size(), 6);
        QCOMPARE(wire.written[2], QByteArray("\x01P1\x02(777777)\x03!"));
        QCOMPARE(wire.written[3], QByteArray("\x01W1\x02TIME_(12:00:00)\x03\x03"));
        QVERIFY(wire.written[4].startsWith("\x01R1\x02TIME_()"));
        QCOMPARE(wire.written[5], breakMessage(BccRule::Sum7));
        QCOMPARE(wire.session.result().values.size(), 1);
    }

    void writesAloneReadNothing()
    {
        MeterConfig meter = energomeraMeter();
        ReadoutConfig client = clientFor(meter, ReadoutMode::Automatic);
        client.writes = {{"DATE_", "02.14.06.22"}};
        Wire wire(client, meter);
        wire.run();
        QVERIFY2(wire.session.isFinished(), qPrintable(wire.session.error().message));
        QCOMPARE(wire.session.result().mode, ReadoutMode::Programming);
        QVERIFY(wire.session.result().values.isEmpty());
        QCOMPARE(wire.written.size(), 5); // sign-on, option, P1, W1, B0
    }

    void aRefusedWriteFailsClearly_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("w1Sent");
        QTest::addColumn<QString>("says");
        // NAK may be a damaged message: said again three times, then refused.
        QTest::newRow("NAK") << int(WriteOutcome::Refused) << 4
                             << QStringLiteral("NAK to all 4 tries");
        QTest::newRow("error message")
            << int(WriteOutcome::Unknown) << 1 << QStringLiteral("ERR12");
    }
    void aRefusedWriteFailsClearly()
    {
        QFETCH(int, outcome);
        QFETCH(int, w1Sent);
        QFETCH(QString, says);
        MeterConfig meter = energomeraMeter();
        meter.write = [outcome](const QByteArray &, const QByteArray &) {
            return WriteOutcome(outcome);
        };
        ReadoutConfig client = clientFor(meter, ReadoutMode::Programming);
        client.writes = {{"ET0PE", "0.00"}};
        Wire wire(client, meter);
        wire.run();
        QVERIFY(wire.session.hasFailed());
        QCOMPARE(wire.session.error().kind, ErrorKind::DataAccess);
        QVERIFY2(wire.session.error().message.contains(u"refused to write ET0PE = \"0.00\"")
                     && wire.session.error().message.contains(says),
                 qPrintable(wire.session.error().message));
        QCOMPARE(wire.countWrites(QByteArray("\x01W1\x02"
                                             "ET0PE(0.00)\x03\x7a")),
                 w1Sent);
        // Still in programming mode: the reader ends it with B0.
        QVERIFY(wire.session.mayBeInProgrammingMode());
    }

    void aWrongPasswordStopsBeforeTheWrite()
    {
        MeterConfig meter = energomeraMeter();
        bool written = false;
        meter.write = [&written](const QByteArray &, const QByteArray &) {
            written = true;
            return WriteOutcome::Accepted;
        };
        ReadoutConfig client = clientFor(meter, ReadoutMode::Programming);
        client.password = QByteArray("111111");
        client.writes = {{"TIME_", "12:00:00"}};
        Wire wire(client, meter);
        wire.run();
        QVERIFY(wire.session.hasFailed());
        QCOMPARE(wire.session.error().kind, ErrorKind::SecurityFailure);
        QVERIFY(wire.session.error().message.contains(u"refused the password"));
        QVERIFY(!written);
        QCOMPARE(wire.countWrites(QByteArray("\x01W1\x02TIME_(12:00:00)\x03\x03")), 0);
    }

    void modeENotOffered()
    {
        MeterConfig meter = iecMeter(); // no \2 in "/ISk5MT174-0001"
        Wire wire(clientFor(meter, ReadoutMode::ModeEHandOver), meter);
        wire.run();
        QVERIFY(wire.session.hasFailed());
        QCOMPARE(wire.session.error().kind, ErrorKind::Unsupported);
        QVERIFY(wire.session.error().message.contains(u"mode E"));
    }

    void wrongBcc_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<int>("badBlocks");
        QTest::addColumn<bool>("succeeds");
        for (int d = 0; d < 3; ++d) {
            const QString name = dialectName(Dialect(d));
            QTest::newRow(qPrintable(name + u" one bad block"_s)) << d << 1 << true;
            QTest::newRow(qPrintable(name + u" three bad blocks"_s)) << d << 3 << true;
            QTest::newRow(qPrintable(name + u" four bad blocks"_s)) << d << 4 << false;
        }
    }
    void wrongBcc()
    {
        QFETCH(int, dialect);
        QFETCH(int, badBlocks);
        QFETCH(bool, succeeds);
        MeterConfig meter = Dialect(dialect) == Dialect::Iec          ? iecMeter()
                            : Dialect(dialect) == Dialect::Energomera ? energomeraMeter()
                                                                      : nevaMeter();
        meter.faults.wrongBccCount = badBlocks;
        const ReadoutMode mode = Dialect(dialect) == Dialect::Iec ? ReadoutMode::DataReadout
                                                                  : ReadoutMode::Programming;
        Wire wire(clientFor(meter, mode), meter);
        wire.run();
        QCOMPARE(wire.countWrites(kNak), std::min(badBlocks, 3));
        if (succeeds) {
            QVERIFY2(wire.session.isFinished(), qPrintable(wire.session.error().message));
            QVERIFY(!wire.session.result().values.isEmpty());
        } else {
            QVERIFY(wire.session.hasFailed());
            QCOMPARE(wire.session.error().kind, ErrorKind::BadChecksum);
            QVERIFY(wire.session.error().message.contains(u"BCC"));
            QVERIFY(wire.session.error().message.contains(u"3 repetitions"));
        }
    }

    void garbage_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("where");
        QTest::newRow("instead of the identification") << 1 << u"identification"_s;
        QTest::newRow("instead of the password prompt") << 2 << u"password prompt"_s;
        QTest::newRow("instead of a value") << 4 << u"value of SNUMB"_s;
    }
    void garbage()
    {
        QFETCH(int, step);
        QFETCH(QString, where);
        MeterConfig meter = energomeraMeter();
        meter.faults.garbageAtStep = step;
        Wire wire(clientFor(meter, ReadoutMode::Programming), meter);
        wire.run();
        QVERIFY(wire.session.hasFailed());
        QCOMPARE(wire.session.error().kind, ErrorKind::Malformed);
        QVERIFY2(wire.session.error().message.contains(u"garbage"),
                 qPrintable(wire.session.error().message));
        QVERIFY2(wire.session.error().message.contains(where),
                 qPrintable(wire.session.error().message));
    }

    void missingEtx_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("iec data readout") << int(Dialect::Iec);
        QTest::newRow("energomera value") << int(Dialect::Energomera);
    }
    void missingEtx()
    {
        QFETCH(int, dialect);
        MeterConfig meter = Dialect(dialect) == Dialect::Iec ? iecMeter() : energomeraMeter();
        // Step 2 = the data readout (IEC); step 4 = the first R1 (Energomera).
        meter.faults.missingEtxAtStep = Dialect(dialect) == Dialect::Iec ? 2 : 4;
        const ReadoutMode mode = Dialect(dialect) == Dialect::Iec ? ReadoutMode::DataReadout
                                                                  : ReadoutMode::Programming;
        Wire wire(clientFor(meter, mode), meter);
        wire.run();
        QVERIFY(wire.session.hasFailed());
        QCOMPARE(wire.session.error().kind, ErrorKind::Timeout);
        QVERIFY2(wire.session.error().message.contains(u"no ETX"),
                 qPrintable(wire.session.error().message));
        QCOMPARE(wire.timeouts, 1);
    }

    void slowMeter_data()
    {
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("1500 ms, within the 2000 ms timeout") << 1500 << true;
        QTest::newRow("2500 ms, too slow") << 2500 << false;
    }
    void slowMeter()
    {
        QFETCH(int, delayMs);
        QFETCH(bool, succeeds);
        MeterConfig meter = energomeraMeter();
        meter.faults.answerDelayMs = delayMs;
        Wire wire(clientFor(meter, ReadoutMode::Programming), meter);
        wire.run();
        if (succeeds) {
            QVERIFY2(wire.session.isFinished(), qPrintable(wire.session.error().message));
            QCOMPARE(wire.session.result().values.size(), 13);
        } else {
            QVERIFY(wire.session.hasFailed());
            QCOMPARE(wire.session.error().kind, ErrorKind::Timeout);
            QVERIFY(wire.session.error().message.contains(u"identification"));
        }
    }

    void wrongAddressGetsNoAnswer()
    {
        MeterConfig meter = energomeraMeter();
        ReadoutConfig client = clientFor(meter, ReadoutMode::Programming);
        client.address = "141628346";
        Wire wire(client, meter);
        wire.run();
        QVERIFY(wire.session.hasFailed());
        QCOMPARE(wire.session.error().kind, ErrorKind::Timeout);
        QVERIFY(wire.session.error().message.contains(u"address"));
        QCOMPARE(wire.written.size(), 1);
    }

    void silentAtAValue()
    {
        MeterConfig meter = energomeraMeter();
        meter.faults.silentAtStep = 5; // sign-on, option, P1, SNUMB, ET0PE
        Wire wire(clientFor(meter, ReadoutMode::Programming), meter);
        wire.run();
        QVERIFY(wire.session.hasFailed());
        QCOMPARE(wire.session.error().kind, ErrorKind::Timeout);
        QVERIFY2(wire.session.error().message.contains(u"ET0PE"),
                 qPrintable(wire.session.error().message));
    }

    void wrongPassword()
    {
        MeterConfig meter = energomeraMeter();
        ReadoutConfig client = clientFor(meter, ReadoutMode::Programming);
        client.password = "123456";
        Wire wire(client, meter);
        wire.run();
        QVERIFY(wire.session.hasFailed());
        QCOMPARE(wire.session.error().kind, ErrorKind::SecurityFailure);
        // Never repeated: meters lock the port after a few wrong passwords.
        QCOMPARE(wire.countWrites(passwordMessage("123456", BccRule::Sum7)), 1);
    }

    void meterSurvivesJunk()
    {
        // Found by fuzzing: an over-long line without LF once looped forever.
        MeterResponder meter(iecMeter());
        QVERIFY(meter.onBytes("/" + QByteArray(200, 'A')).isEmpty());
        QVERIFY(meter.onBytes("\x06" + QByteArray(100, '5')).isEmpty());
        const QList<MeterAction> answer = meter.onBytes("/?12345678!\r\n");
        QCOMPARE(answer.size(), 1);
        QCOMPARE(answer[0].bytes, QByteArray("/ISk5MT174-0001\r\n"));
    }

    void dialectOverride()
    {
        // An Energomera meter that introduces itself oddly: the override wins.
        MeterConfig meter = energomeraMeter();
        meter.identification = ident("/XYZ5METER\r\n");
        ReadoutConfig client = clientFor(meter, ReadoutMode::Programming);
        Wire plain(client, meter);
        plain.run();
        QVERIFY(plain.session.hasFailed()); // XOR BCC does not match the SUM meter
        client.dialect = Dialect::Energomera;
        Wire forced(client, meter);
        forced.run();
        QVERIFY2(forced.session.isFinished(), qPrintable(forced.session.error().message));
        QCOMPARE(forced.session.result().dialect, Dialect::Energomera);
    }

    void automaticModeFollowsTheDialect_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<bool>("withPassword");
        QTest::addColumn<int>("expected");
        QTest::newRow("iec: data readout")
            << int(Dialect::Iec) << false << int(ReadoutMode::DataReadout);
        QTest::newRow("iec with a password: programming")
            << int(Dialect::Iec) << true << int(ReadoutMode::Programming);
        QTest::newRow("energomera: programming")
            << int(Dialect::Energomera) << false << int(ReadoutMode::Programming);
        QTest::newRow("neva: programming")
            << int(Dialect::Neva) << false << int(ReadoutMode::Programming);
    }
    void automaticModeFollowsTheDialect()
    {
        QFETCH(int, dialect);
        QFETCH(bool, withPassword);
        QFETCH(int, expected);
        const MeterConfig meter = Dialect(dialect) == Dialect::Iec          ? iecMeter()
                                  : Dialect(dialect) == Dialect::Energomera ? energomeraMeter()
                                                                            : nevaMeter();
        ReadoutConfig client = clientFor(meter, ReadoutMode::Automatic);
        if (!withPassword)
            client.password.reset();
        Wire wire(client, meter);
        wire.run();
        QVERIFY2(wire.session.isFinished(), qPrintable(wire.session.error().message));
        QCOMPARE(int(wire.session.result().mode), expected);
        // The option select said so: ACK 0 5 0 (readout) or ACK 0 5 1 (programming).
        const QByteArray option = expected == int(ReadoutMode::DataReadout) ? "\x06"
                                                                              "050\r\n"
                                                                            : "\x06"
                                                                              "051\r\n";
        QCOMPARE(wire.countWrites(option), 1);
        QCOMPARE(wire.session.result().serialNumber.isEmpty(), false);
        QVERIFY(!wire.session.mayBeInProgrammingMode()); // B0 sent at the end
    }
};

QTEST_GUILESS_MAIN(TestIec21Session)
#include "tst_iec21_session.moc"
