// DLMS through the optical probe (IEC 62056-21 mode E) and programming-mode
// writes (W1), against the simulator's optical ports on real ptys: the
// hand-over keeps the same open port and switches it to 8N1, the DLMS client
// reads the SPODES meter through it (makeChannel with an optical link, and
// the laptop workflow's OpticalMeterReader), the DLMS values agree with the
// same meter's IEC readout, a meter that does not confirm the hand-over ends
// with a clear error, and W1 sets a register (right password), is refused
// (wrong password, read-only register) and reads back with R1.
#include "protocol/client/connection_profile.h"
#include "protocol/client/dlms_client.h"
#include "protocol/client/optical_dlms_channel.h"
#include "protocol/client/optical_meter_reader.h"
#include "protocol/cosem/scaler_unit.h"
#include "protocol/iec62056_21/optical_reader.h"
#include "protocol/link/link.h"
#include "protocol/link/link_factory.h"
#include "protocol/sim/meter/sim_meter.h"
#include "protocol/sim/optical/sim_optical_port.h"
#include "protocol/sim/optical/spodes_optical_meter.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <termios.h>

using namespace ims;
using namespace ims::iec21;
using namespace ims::sim;

namespace {

// A fixed clock (and the SPODES meter's discrete clock): values are known exactly.
const QDateTime kNow(QDate(2026, 3, 16), QTime(12, 0, 5));

std::unique_ptr<SimOpticalPort> makePort(bool spodes, Dialect dialect = Dialect::Iec,
                                         OpticalFault fault = OpticalFault::None)
{
    OpticalPortConfig c;
    c.spodes = spodes;
    c.dialect = dialect;
    c.fault = fault;
    c.reactionMs = 20;
    c.timeScale = 0.0;
    c.clock = [] {
        return kNow;
    };
    auto port = SimOpticalPort::create(c);
    return port ? std::move(port).value() : nullptr;
}

OpticalReadOptions fastOptions(const SimOpticalPort &port)
{
    OpticalReadOptions o;
    o.device = port.slavePath();
    o.responseTimeoutMs = 500;
    o.interCharacterTimeoutMs = 500;
    o.retries = 0;
    return o;
}

struct Ending
{
    std::optional<OpticalReading> reading;
    std::optional<Error> error;
    int endings = 0;
    QStringList steps;
};

// Runs a reader (OpticalReader or OpticalMeterReader) to its one ending.
template<typename Reader, typename Options>
Ending runToEnd(Reader &reader, const Options &options,
                const std::function<void(Reader &, const QString &)> &onStep = {})
{
    Ending out;
    QEventLoop loop;
    QObject::connect(&reader, &Reader::finished, &loop, [&](const OpticalReading &r) {
        out.reading = r;
        ++out.endings;
        loop.quit();
    });
    QObject::connect(&reader, &Reader::failed, &loop, [&](const Error &e) {
        out.error = e;
        ++out.endings;
        loop.quit();
    });
    QObject::connect(&reader, &Reader::progress, &loop, [&](const QString &step, int, int) {
        out.steps << step;
        if (onStep)
            onStep(reader, step);
    });
    if (!reader.start(options))
        return out;
    QTimer::singleShot(60000, &loop, &QEventLoop::quit); // a hang fails the test, not the run
    loop.exec();
    QTest::qWait(50); // nothing else may arrive
    if (reader.isRunning())
        out.endings = -1;
    return out;
}

QString valueOf(const OpticalReading &r, const QString &code)
{
    for (const DataSetValue &v : r.result.values) {
        if (v.code == code)
            return v.value;
    }
    return {};
}

template<typename T>
T awaitCall(const std::function<void(std::function<void(T)>)> &call)
{
    std::optional<T> result;
    QEventLoop loop;
    call([&](T r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!result)
        return T(Error(ErrorKind::Timeout, QStringLiteral("the test gave up waiting")));
    return *result;
}

// A+ of `tariff` as the SPODES meter's registers hold it, in kWh exactly.
QString expectedEnergy(SimOpticalPort &port, int tariff)
{
    SimMeter &m = port.spodesMeter()->meter();
    const EnergyTotals totals = m.totalsAt(m.nowMs());
    return cosem::ScaledValue{totals.value[0][size_t(tariff)], -3}.toString();
}

} // namespace

class TstOpticalDlms : public QObject
{
    Q_OBJECT

private slots:
    void modeEHandsTheSameOpenProbeOverAt8N1()
    {
        auto port = makePort(true);
        QVERIFY(port);
        OpticalReader reader;
        OpticalReadOptions o = fastOptions(*port);
        o.mode = ReadoutMode::ModeEHandOver;
        std::unique_ptr<link::Link> probe;
        QObject::connect(&reader, &OpticalReader::finished, &reader,
                         [&](const OpticalReading &) { probe = reader.takeHandedOverLink(); });
        const Ending end = runToEnd(reader, o);
        QCOMPARE(end.endings, 1);
        QVERIFY2(end.reading, qPrintable(end.error ? end.error->message : QString()));
        const ReadoutResult &r = end.reading->result;
        QCOMPARE(r.identification.manufacturer, QStringLiteral("MTX"));
        QVERIFY(r.identification.supportsModeE());
        // The meter offers 9600 ('5'), the probe 9600: ACK 2 5 2, then 9600 8N1.
        QCOMPARE(r.hdlcLine, std::optional<LineSettings>({9600, LineSettings::Framing::EightN1}));
        QVERIFY(r.modeEConfirmed);
        // Not closed: the open port is handed over, already at the new speed.
        QVERIFY(probe);
        QVERIFY(probe->isOpen());
        QVERIFY2(probe->description().contains(QStringLiteral("9600 8N1")),
                 qPrintable(probe->description()));
        termios tio{};
        QCOMPARE(::tcgetattr(port->slaveFd(), &tio), 0);
        QCOMPARE(::cfgetospeed(&tio), speed_t(B9600));
        QVERIFY(port->servesHdlc());
        QVERIFY(!reader.takeHandedOverLink()); // once
        probe->close();
    }

    void dlmsClientReadsTheMeterThroughMakeChannel()
    {
        auto port = makePort(true);
        QVERIFY(port);
        const QByteArray serial = port->spodesMeter()->serial();
        client::ConnectionProfile profile;
        profile.link = link::OpticalSettings{port->slavePath(), 300, 9600};
        profile.opticalAddress = serial;
        profile.clientSap = 32;
        profile.association.authentication = client::Authentication::Low;
        profile.association.password = port->spodesMeter()->credentials().readerPassword;
        profile.association.responseTimeoutMs = 10000;
        link::LinkFactory factory;
        std::unique_ptr<client::ApduChannel> channel = client::makeChannel(factory, profile);
        QVERIFY(qobject_cast<client::OpticalDlmsChannel *>(channel.get()));
        client::DlmsClient dlms(*channel, profile.association);

        const Status associated = awaitCall<Status>([&](auto done) { dlms.associate(done); });
        QVERIFY2(associated.ok(), qPrintable(associated.error().message));
        QVERIFY2(channel->description().contains(QStringLiteral("mode E")),
                 qPrintable(channel->description()));

        const auto serialValue = awaitCall<Result<axdr::Value>>([&](auto done) {
            dlms.get({1, cosem::Obis(0, 0, 96, 1, 0, 255), 2}, done);
        });
        QVERIFY2(serialValue.ok(), qPrintable(serialValue.error().message));
        QCOMPARE(serialValue->type(), axdr::DataType::VisibleString);
        QCOMPARE(serialValue->bytes(), serial);

        for (int tariff : {0, 1, 2}) {
            const auto energy = awaitCall<Result<axdr::Value>>([&](auto done) {
                dlms.get({3, cosem::Obis(1, 0, 1, 8, quint8(tariff), 255), 2}, done);
            });
            QVERIFY2(energy.ok(), qPrintable(energy.error().message));
            SimMeter &m = port->spodesMeter()->meter();
            QCOMPARE(energy->toInt64().value_or(-1),
                     m.totalsAt(m.nowMs()).value[0][size_t(tariff)]);
        }
        const Status released = awaitCall<Status>([&](auto done) { dlms.release(done); });
        QVERIFY(released.ok());
        QVERIFY(!channel->isReady());
    }

    void meterReaderReadsASpodesMeterThroughDlms()
    {
        auto port = makePort(true);
        QVERIFY(port);
        // The same meter's IEC 62056-21 data readout first.
        OpticalReader readout;
        OpticalReadOptions ro = fastOptions(*port);
        ro.mode = ReadoutMode::DataReadout;
        const Ending iec = runToEnd(readout, ro);
        QVERIFY2(iec.reading, qPrintable(iec.error ? iec.error->message : QString()));
        QVERIFY(!iec.reading->result.hdlcLine);

        client::OpticalMeterReader reader;
        client::OpticalMeterReadOptions o;
        o.readout = fastOptions(*port);
        o.readout.preferModeE = true; // Automatic: DLMS because the meter offers mode E
        const Ending end = runToEnd(reader, o);
        QCOMPARE(end.endings, 1);
        QVERIFY2(end.reading, qPrintable(end.error ? end.error->message : QString()));
        const ReadoutResult &r = end.reading->result;
        QCOMPARE(r.mode, ReadoutMode::ModeEHandOver);
        QVERIFY(r.hdlcLine);
        QCOMPARE(r.serialNumber, QString::fromLatin1(port->spodesMeter()->serial()));
        QVERIFY2(r.failures.isEmpty(), qPrintable(r.failures.value(0).message));
        // A+ total and its four tariffs (NP515), exactly as the meter counts them.
        for (int t = 0; t <= 4; ++t) {
            const QString code = QStringLiteral("1.8.%1").arg(t);
            QCOMPARE(valueOf(*end.reading, code), expectedEnergy(*port, t));
        }
        QVERIFY(valueOf(*end.reading, QStringLiteral("1.8.5")).isEmpty());
        for (const DataSetValue &v : r.values) {
            if (v.code.startsWith(u"1.8."))
                QCOMPARE(v.unit, QStringLiteral("kWh"));
        }
        // Two protocols, one meter: DLMS and the readout agree.
        QCOMPARE(valueOf(*end.reading, QStringLiteral("1.8.0")),
                 valueOf(*iec.reading, QStringLiteral("1.8.0")));
        QCOMPARE(valueOf(*end.reading, QStringLiteral("0.9.1")),
                 valueOf(*iec.reading, QStringLiteral("0.9.1")));
        QCOMPARE(valueOf(*end.reading, QStringLiteral("0.9.2")),
                 valueOf(*iec.reading, QStringLiteral("0.9.2")));
        QVERIFY(end.steps.join(u'\n').contains(QStringLiteral("DLMS")));
        QVERIFY(!port->servesHdlc() || !reader.isRunning());
    }

    void withoutTheModeEMarkerTheReaderStaysWithTheReadout()
    {
        auto port = makePort(false, Dialect::Iec);
        QVERIFY(port);
        client::OpticalMeterReader reader;
        client::OpticalMeterReadOptions o;
        o.readout = fastOptions(*port);
        o.readout.preferModeE = true;
        const Ending end = runToEnd(reader, o);
        QVERIFY2(end.reading, qPrintable(end.error ? end.error->message : QString()));
        QCOMPARE(end.reading->result.mode, ReadoutMode::DataReadout);
        QVERIFY(!end.reading->result.hdlcLine);
        QCOMPARE(end.reading->result.serialNumber, QStringLiteral("71234567"));
    }

    void thePublicClientGetsTheTotalOnly()
    {
        auto port = makePort(true);
        QVERIFY(port);
        client::OpticalMeterReader reader;
        client::OpticalMeterReadOptions o;
        o.readout = fastOptions(*port);
        o.readout.mode = ReadoutMode::ModeEHandOver;
        o.dlms.clientSap = 16;
        o.dlms.password.clear();
        const Ending end = runToEnd(reader, o);
        QVERIFY2(end.reading, qPrintable(end.error ? end.error->message : QString()));
        QCOMPARE(valueOf(*end.reading, QStringLiteral("1.8.0")), expectedEnergy(*port, 0));
        QVERIFY(valueOf(*end.reading, QStringLiteral("1.8.1")).isEmpty());
        QVERIFY(!end.reading->result.serialNumber.isEmpty());
    }

    void aHandOverTheMeterDoesNotConfirmFailsClearly()
    {
        auto port = makePort(true, Dialect::Iec, OpticalFault::NoModeE);
        QVERIFY(port);
        client::OpticalMeterReader reader;
        client::OpticalMeterReadOptions o;
        o.readout = fastOptions(*port);
        o.readout.mode = ReadoutMode::ModeEHandOver;
        const Ending end = runToEnd(reader, o);
        QCOMPARE(end.endings, 1);
        QVERIFY(end.error);
        QCOMPARE(end.error->kind, ErrorKind::Timeout);
        QVERIFY2(
            end.error->message.contains(QStringLiteral("did not confirm the switch to mode E")),
            qPrintable(end.error->message));
        QVERIFY(!port->servesHdlc());
    }

    void aMeterWithoutModeEIsRefusedByTheChannel()
    {
        auto port = makePort(false, Dialect::Energomera);
        QVERIFY(port);
        client::ConnectionProfile profile;
        profile.link = link::OpticalSettings{port->slavePath(), 300, 9600};
        link::LinkFactory factory;
        auto channel = client::makeChannel(factory, profile);
        client::DlmsClient dlms(*channel, profile.association);
        const Status associated = awaitCall<Status>([&](auto done) { dlms.associate(done); });
        QVERIFY(!associated.ok());
        QCOMPARE(associated.error().kind, ErrorKind::Unsupported);
        QVERIFY2(associated.error().message.contains(QStringLiteral("does not offer mode E")),
                 qPrintable(associated.error().message));
    }

    void cancelDuringDlmsEndsOnce()
    {
        auto port = makePort(true);
        QVERIFY(port);
        client::OpticalMeterReader reader;
        client::OpticalMeterReadOptions o;
        o.readout = fastOptions(*port);
        o.readout.mode = ReadoutMode::ModeEHandOver;
        const Ending end = runToEnd<client::OpticalMeterReader>(
            reader, o, [](client::OpticalMeterReader &r, const QString &step) {
                if (step.contains(QStringLiteral("serial number")))
                    r.cancel();
            });
        QCOMPARE(end.endings, 1);
        QVERIFY(end.error);
        QCOMPARE(end.error->kind, ErrorKind::Cancelled);
        QVERIFY(!reader.isRunning());
    }

    void writeIsAcceptedAndReadsBack_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<QByteArray>("address");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("password");
        // The meter's date, each in its own dialect's notation: 2022-06-14 (a Tuesday).
        QTest::newRow("iec 0.9.2") << int(Dialect::Iec) << QByteArray("0.9.2")
                                   << QByteArray("22-06-14") << QByteArray("00000000");
        QTest::newRow("energomera DATE_") << int(Dialect::Energomera) << QByteArray("DATE_")
                                          << QByteArray("02.14.06.22") << QByteArray("777777");
        QTest::newRow("neva 000902FF") << int(Dialect::Neva) << QByteArray("000902FF")
                                       << QByteArray("220614") << QByteArray("00000000");
        QTest::newRow("spodes 0.9.1")
            << -1 << QByteArray("0.9.1") << QByteArray("23:59:00") << QByteArray("00000000");
    }
    void writeIsAcceptedAndReadsBack()
    {
        QFETCH(int, dialect);
        QFETCH(QByteArray, address);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, password);
        auto port = dialect < 0 ? makePort(true) : makePort(false, Dialect(dialect));
        QVERIFY(port);
        OpticalReader reader;
        OpticalReadOptions o = fastOptions(*port);
        o.mode = ReadoutMode::Programming;
        o.password = password;
        o.writes = {{address, value}};
        o.commands = {{address, {}}};
        Ending end = runToEnd(reader, o);
        QCOMPARE(end.endings, 1);
        QVERIFY2(end.reading, qPrintable(end.error ? end.error->message : QString()));
        QCOMPARE(end.reading->result.writesAccepted, 1);
        QCOMPARE(end.reading->result.values.size(), 1);
        QCOMPARE(end.reading->result.values.first().value, QString::fromLatin1(value));

        // A new session (a fresh sign-on) reads the value the meter keeps.
        OpticalReadOptions again = fastOptions(*port);
        again.mode = ReadoutMode::Programming;
        again.password = password;
        again.commands = {{address, {}}};
        end = runToEnd(reader, again);
        QVERIFY2(end.reading, qPrintable(end.error ? end.error->message : QString()));
        QCOMPARE(end.reading->result.writesAccepted, 0);
        QCOMPARE(end.reading->result.values.value(0).value, QString::fromLatin1(value));
    }

    void aWrongPasswordWritesNothing()
    {
        auto port = makePort(false, Dialect::Energomera);
        QVERIFY(port);
        OpticalReader reader;
        OpticalReadOptions o = fastOptions(*port);
        o.mode = ReadoutMode::Programming;
        o.password = QByteArray("123456");
        o.writes = {{"DATE_", "02.14.06.22"}};
        Ending end = runToEnd(reader, o);
        QCOMPARE(end.endings, 1);
        QVERIFY(end.error);
        QCOMPARE(end.error->kind, ErrorKind::SecurityFailure);
        QVERIFY2(end.error->message.contains(QStringLiteral("refused the password")),
                 qPrintable(end.error->message));
        // The date is still the clock's: 2026-03-16 is a Monday.
        OpticalReadOptions check = fastOptions(*port);
        check.mode = ReadoutMode::Programming;
        check.commands = {{"DATE_", {}}};
        end = runToEnd(reader, check);
        QVERIFY2(end.reading, qPrintable(end.error ? end.error->message : QString()));
        QCOMPARE(end.reading->result.values.value(0).value, QStringLiteral("01.16.03.26"));
    }

    void aReadOnlyOrUnknownRegisterIsRefused_data()
    {
        QTest::addColumn<QByteArray>("address");
        QTest::addColumn<QString>("says");
        QTest::newRow("read-only (NAK)") << QByteArray("ET0PE") << QStringLiteral("NAK");
        QTest::newRow("unknown (error message)") << QByteArray("XXXXX") << QStringLiteral("ERR12");
        QTest::newRow("bad value (NAK)") << QByteArray("TIME_") << QStringLiteral("NAK");
    }
    void aReadOnlyOrUnknownRegisterIsRefused()
    {
        QFETCH(QByteArray, address);
        QFETCH(QString, says);
        auto port = makePort(false, Dialect::Energomera);
        QVERIFY(port);
        OpticalReader reader;
        OpticalReadOptions o = fastOptions(*port);
        o.mode = ReadoutMode::Programming;
        o.writes = {{address, "25:61:00"}};
        const Ending end = runToEnd(reader, o);
        QCOMPARE(end.endings, 1);
        QVERIFY(end.error);
        QCOMPARE(end.error->kind, ErrorKind::DataAccess);
        QVERIFY2(end.error->message.contains(
                     QStringLiteral("refused to write %1").arg(QString::fromLatin1(address)))
                     && end.error->message.contains(says),
                 qPrintable(end.error->message));
    }
};

QTEST_GUILESS_MAIN(TstOpticalDlms)
#include "tst_optical_dlms.moc"
