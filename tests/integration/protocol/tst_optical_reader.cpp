// OpticalReader against the simulator's optical ports on real ptys: the
// three dialects, every fault the port can stage (with and without the
// retry that cures it), the baud switch, the sign-on address, a wrong
// dialect override and cancel().
#include "protocol/iec62056_21/optical_reader.h"
#include "protocol/sim/optical/sim_optical_port.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <termios.h>

using namespace ims;
using namespace ims::iec21;
using namespace ims::sim;

Q_DECLARE_METATYPE(ims::iec21::Dialect)
Q_DECLARE_METATYPE(ims::sim::OpticalFault)
Q_DECLARE_METATYPE(ims::ErrorKind)

namespace {

// A fixed clock: the values the meters print are then known exactly.
const QDateTime kNow(QDate(2026, 3, 16), QTime(12, 0, 5));

struct Outcome
{
    std::optional<OpticalReading> reading;
    std::optional<Error> error;
    QStringList steps;
    int valueBatches = 0;
    int endings = 0;           // finished + failed: must be exactly one
    speed_t speedAtValues = 0; // of the client's tty, while the values arrive
};

std::unique_ptr<SimOpticalPort> makePort(Dialect dialect, OpticalFault fault = OpticalFault::None,
                                         int faultySessions = 0)
{
    OpticalPortConfig c;
    c.dialect = dialect;
    c.fault = fault;
    c.faultySessions = faultySessions;
    c.slowDelayMs = 700;
    c.reactionMs = 20;
    c.clock = [] {
        return kNow;
    };
    auto port = SimOpticalPort::create(c);
    return port ? std::move(port).value() : nullptr;
}

OpticalReadOptions fastOptions(int retries = 0)
{
    OpticalReadOptions o;
    o.responseTimeoutMs = 300;
    o.interCharacterTimeoutMs = 300;
    o.retries = retries;
    o.timeoutGrowth = 4.0; // attempt 2 waits 1200 ms: longer than the slow meter's 700
    o.retryPauseMs = 100;
    return o;
}

Outcome read(SimOpticalPort &port, OpticalReadOptions options,
             const std::function<void(OpticalReader &)> &onFirstStep = {})
{
    OpticalReader reader;
    Outcome out;
    QEventLoop loop;
    QObject::connect(&reader, &OpticalReader::finished, &loop, [&](const OpticalReading &r) {
        out.reading = r;
        ++out.endings;
        loop.quit();
    });
    QObject::connect(&reader, &OpticalReader::failed, &loop, [&](const Error &e) {
        out.error = e;
        ++out.endings;
        loop.quit();
    });
    QObject::connect(&reader, &OpticalReader::progress, &loop, [&](const QString &step, int, int) {
        out.steps << step;
        if (out.steps.size() == 2 && onFirstStep)
            onFirstStep(reader);
    });
    QObject::connect(&reader, &OpticalReader::valuesRead, &loop, [&](const QList<DataSetValue> &) {
        ++out.valueBatches;
        // The simulator's own slave descriptor sees the client's settings.
        termios tio{};
        if (::tcgetattr(port.slaveFd(), &tio) == 0 && out.speedAtValues == 0)
            out.speedAtValues = ::cfgetospeed(&tio);
    });
    options.device = port.slavePath();
    if (!reader.start(options))
        return out;
    QTimer::singleShot(60000, &loop, &QEventLoop::quit); // a hang fails the test, not the run
    loop.exec();
    // Nothing else may arrive afterwards.
    QTest::qWait(50);
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

// The code of A+ total in each dialect and the decimals the meter prints.
std::pair<QString, int> energyCode(Dialect d)
{
    switch (d) {
    case Dialect::Iec:
        return {QStringLiteral("1.8.0"), 3};
    case Dialect::Energomera:
        return {QStringLiteral("1.8.0"), 2};
    case Dialect::Neva:
        return {QStringLiteral("15.8.0"), 2};
    }
    return {};
}

} // namespace

class TstOpticalReader : public QObject
{
    Q_OBJECT

    static void addDialectRows()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::newRow("iec") << Dialect::Iec;
        QTest::newRow("energomera") << Dialect::Energomera;
        QTest::newRow("neva") << Dialect::Neva;
    }

private slots:
    void readsEachDialect_data() { addDialectRows(); }
    void readsEachDialect()
    {
        QFETCH(Dialect, dialect);
        auto port = makePort(dialect);
        QVERIFY(port);
        const Outcome out = read(*port, fastOptions());
        QVERIFY2(out.reading, qPrintable(out.error ? out.error->message : QStringLiteral("hang")));
        QCOMPARE(out.endings, 1);
        const ReadoutResult &r = out.reading->result;
        QCOMPARE(r.dialect, dialect); // detected from the identification
        QCOMPARE(r.serialNumber, QString::fromLatin1(opticalMeterSerial(dialect)));
        QCOMPARE(out.reading->attempts, 1);
        QVERIFY(out.valueBatches >= 1);
        QVERIFY(!out.steps.isEmpty());
        // Standard meters give their data readout, the others programming mode.
        QCOMPARE(r.mode,
                 dialect == Dialect::Iec ? ReadoutMode::DataReadout : ReadoutMode::Programming);
        QVERIFY(r.failures.isEmpty());

        // A+ total exactly as the meter's register holds it at kNow.
        const auto [code, decimals] = energyCode(dialect);
        const qint64 wh = opticalEnergyWh(kNow);
        auto total = parseExactDecimal(valueOf(*out.reading, code));
        QVERIFY(total.ok());
        QCOMPARE(total->exponent, -decimals);
        QCOMPARE(total->mantissa, decimals == 3 ? wh : wh / 10);
        // Tariffs 1 and 2 add up to the total.
        const QString t1 = code.chopped(1) + u'1';
        const QString t2 = code.chopped(1) + u'2';
        auto day = parseExactDecimal(valueOf(*out.reading, t1));
        auto night = parseExactDecimal(valueOf(*out.reading, t2));
        QVERIFY(day.ok() && night.ok());
        QCOMPARE(day->mantissa + night->mantissa, total->mantissa);
        if (dialect == Dialect::Iec)
            QCOMPARE(valueOf(*out.reading, QStringLiteral("0.9.2")), QStringLiteral("26-03-16"));

        // The client moved the line to the agreed 9600 baud after the option select.
        // (QSerialPort puts the old settings back when it closes.)
        QCOMPARE(out.speedAtValues, speed_t(B9600));
        QCOMPARE(port->sessions(), 1);
    }

    void eachFaultGivesAClearMessage_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<OpticalFault>("fault");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("says");
        const std::pair<const char *, Dialect> dialects[]
            = {{"iec", Dialect::Iec}, {"energomera", Dialect::Energomera}, {"neva", Dialect::Neva}};
        for (const auto &[name, d] : dialects) {
            auto row = [&](OpticalFault f) -> QTestData & {
                return QTest::newRow(qPrintable(
                           QStringLiteral("%1 %2").arg(QLatin1String(name), opticalFaultName(f))))
                       << d << f;
            };
            row(OpticalFault::None) << true << ErrorKind::None << QString();
            row(OpticalFault::Echo) << true << ErrorKind::None << QString();
            row(OpticalFault::BadBcc)
                << false << ErrorKind::BadChecksum << QStringLiteral("block check character (BCC)");
            row(OpticalFault::Garbage)
                << false << ErrorKind::Malformed << QStringLiteral("unreadable bytes (garbage)");
            row(OpticalFault::NoEtx)
                << false << ErrorKind::Timeout << QStringLiteral("stopped before its end (no ETX)");
            row(OpticalFault::Slow)
                << false << ErrorKind::Timeout << QStringLiteral("No answer from the meter");
            row(OpticalFault::Silent)
                << false << ErrorKind::Timeout << QStringLiteral("No answer from the meter");
        }
    }
    void eachFaultGivesAClearMessage()
    {
        QFETCH(Dialect, dialect);
        QFETCH(OpticalFault, fault);
        QFETCH(bool, succeeds);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, says);
        auto port = makePort(dialect, fault);
        QVERIFY(port);
        const Outcome out = read(*port, fastOptions(0));
        QCOMPARE(out.endings, 1);
        if (succeeds) {
            QVERIFY2(out.reading, qPrintable(out.error ? out.error->message : QString()));
            QCOMPARE(out.reading->result.serialNumber,
                     QString::fromLatin1(opticalMeterSerial(dialect)));
            return;
        }
        QVERIFY(out.error);
        QCOMPARE(out.error->kind, kind);
        QVERIFY2(out.error->message.contains(says), qPrintable(out.error->message));
        QCOMPARE(port->sessions(), 1); // no repetition asked for
    }

    void retryCuresAPassingFault_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<OpticalFault>("fault");
        const OpticalFault faults[] = {OpticalFault::BadBcc, OpticalFault::Garbage,
                                       OpticalFault::NoEtx, OpticalFault::Silent};
        for (const OpticalFault f : faults) {
            QTest::newRow(qPrintable(QStringLiteral("iec ") + opticalFaultName(f)))
                << Dialect::Iec << f;
            QTest::newRow(qPrintable(QStringLiteral("energomera ") + opticalFaultName(f)))
                << Dialect::Energomera << f;
        }
        QTest::newRow("neva silent") << Dialect::Neva << OpticalFault::Silent;
    }
    void retryCuresAPassingFault()
    {
        QFETCH(Dialect, dialect);
        QFETCH(OpticalFault, fault);
        auto port = makePort(dialect, fault, 1); // only the first session misbehaves
        QVERIFY(port);
        const Outcome out = read(*port, fastOptions(1));
        QVERIFY2(out.reading, qPrintable(out.error ? out.error->message : QStringLiteral("hang")));
        QCOMPARE(out.endings, 1);
        QCOMPARE(out.reading->attempts, 2);
        QCOMPARE(port->sessions(), 2);
        QCOMPARE(out.reading->result.serialNumber,
                 QString::fromLatin1(opticalMeterSerial(dialect)));
        QVERIFY(out.steps.join(u'\n').contains(QStringLiteral("attempt 2 of 2")));
    }

    void slowMeterGetsMoreTimeOnTheNextAttempt()
    {
        // Every session is slow (700 ms); attempt 1 waits 300 ms, attempt 2 1200 ms.
        auto port = makePort(Dialect::Neva, OpticalFault::Slow);
        QVERIFY(port);
        const Outcome out = read(*port, fastOptions(1));
        QVERIFY2(out.reading, qPrintable(out.error ? out.error->message : QStringLiteral("hang")));
        QCOMPARE(out.reading->attempts, 2);
        QCOMPARE(out.reading->result.serialNumber, QStringLiteral("00000201"));
    }

    void refusedPasswordIsNotRepeated()
    {
        auto port = makePort(Dialect::Energomera);
        QVERIFY(port);
        OpticalReadOptions o = fastOptions(2);
        o.password = QByteArrayLiteral("123456");
        const Outcome out = read(*port, o);
        QVERIFY(out.error);
        QCOMPARE(out.error->kind, ErrorKind::SecurityFailure);
        QVERIFY2(out.error->message.contains(QStringLiteral("password")),
                 qPrintable(out.error->message));
        QCOMPARE(port->sessions(), 1); // meters lock up after a few wrong passwords
    }

    void signOnAddress_data()
    {
        QTest::addColumn<QByteArray>("address");
        QTest::addColumn<bool>("answers");
        QTest::newRow("own serial") << QByteArray("71234567") << true;
        QTest::newRow("another meter") << QByteArray("71234568") << false;
    }
    void signOnAddress()
    {
        QFETCH(QByteArray, address);
        QFETCH(bool, answers);
        auto port = makePort(Dialect::Iec);
        QVERIFY(port);
        OpticalReadOptions o = fastOptions(0);
        o.address = address;
        const Outcome out = read(*port, o);
        QCOMPARE(bool(out.reading), answers);
        if (!answers)
            QCOMPARE(out.error->kind, ErrorKind::Timeout);
    }

    void dialectOverride()
    {
        auto port = makePort(Dialect::Neva);
        QVERIFY(port);
        OpticalReadOptions o = fastOptions(0);
        o.dialect = Dialect::Neva;
        Outcome out = read(*port, o);
        QVERIFY(out.reading);
        QCOMPARE(out.reading->result.dialect, Dialect::Neva);

        // Forcing Energomera on a Neva meter: the BCC rule no longer matches.
        o.dialect = Dialect::Energomera;
        out = read(*port, o);
        QVERIFY(out.error);
        QCOMPARE(out.error->kind, ErrorKind::BadChecksum);
    }

    void cancelStopsAtOnce()
    {
        auto port = makePort(Dialect::Energomera, OpticalFault::Silent);
        QVERIFY(port);
        OpticalReadOptions o = fastOptions(5);
        o.responseTimeoutMs = 20000; // would take minutes without cancel()
        const Outcome out = read(*port, o, [](OpticalReader &r) { r.cancel(); });
        QCOMPARE(out.endings, 1);
        QVERIFY(out.error);
        QCOMPARE(out.error->kind, ErrorKind::Cancelled);
    }

    void missingDeviceFailsClearly()
    {
        OpticalReader reader;
        QSignalSpy failed(&reader, &OpticalReader::failed);
        OpticalReadOptions o = fastOptions(3);
        o.device = QStringLiteral("/dev/ims-no-such-probe");
        QVERIFY(reader.start(o));
        QVERIFY(failed.wait(5000));
        const auto error = failed.first().first().value<Error>();
        QCOMPARE(error.kind, ErrorKind::LinkError);
        QVERIFY2(error.message.contains(QStringLiteral("/dev/ims-no-such-probe")),
                 qPrintable(error.message));
        QVERIFY(!reader.isRunning());
    }

    void refusesWhatItCannotDo_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<int>("mode");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("no port") << QString() << int(ReadoutMode::Automatic)
                                 << ErrorKind::InvalidArgument;
        // Mode E is no longer refused: tst_optical_dlms hands the probe over.
    }
    void refusesWhatItCannotDo()
    {
        QFETCH(QString, device);
        QFETCH(int, mode);
        QFETCH(ErrorKind, kind);
        OpticalReader reader;
        QSignalSpy failed(&reader, &OpticalReader::failed);
        OpticalReadOptions o = fastOptions(0);
        o.device = device;
        o.mode = ReadoutMode(mode);
        QVERIFY(reader.start(o));
        QCOMPARE(failed.size(), 0); // never from inside start()
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<Error>().kind, kind);
        QVERIFY(!reader.isRunning());
    }

    void parsesDialectChoices()
    {
        QVERIFY(DialectChoice::parse(u"auto").has_value());
        QVERIFY(!DialectChoice::parse(u"auto")->dialect.has_value());
        QCOMPARE(DialectChoice::parse(u"IEC")->dialect.value(), Dialect::Iec);
        QCOMPARE(DialectChoice::parse(u"energomera")->dialect.value(), Dialect::Energomera);
        QCOMPARE(DialectChoice::parse(u"neva")->dialect.value(), Dialect::Neva);
        QVERIFY(!DialectChoice::parse(u"dlms"));
    }
};

QTEST_GUILESS_MAIN(TstOpticalReader)
#include "tst_optical_reader.moc"
