// imsdesk-cli through the optical probe beyond the readout, against
// imsdesk-sim's optical ports (ptys), both as real processes: DLMS to a
// SPODES meter after the mode E hand-over (dlms --optical, optical dlms,
// optical read storing the DLMS reading), programming-mode writes (W1) read
// back with R1, a wrong password, a read-only register, and a meter that
// does not confirm the hand-over.
#include "models/analytics/manual_reading_query.h"
#include "models/storage/database.h"
#include "models/storage/domain_store.h"
#include "support/cli_runner.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;
using ims::test::CliRun;
using ims::test::runCli;

namespace {

const QString kSim = QStringLiteral(IMSDESK_BINARY_DIR "/bin/imsdesk-sim");

// imsdesk-sim serving optical ports only, one line per port on stdout.
struct OpticalSim
{
    QProcess process;
    QHash<QString, QString> links;   // iec, energomera, neva, spodes -> DIR/optical-<name>
    QHash<QString, QString> serials; // the same -> serial number

    bool start(const QString &dir, const QStringList &extra, int ports)
    {
        process.setProgram(kSim);
        process.setArguments(QStringList{QStringLiteral("--optical"), dir,
                                         QStringLiteral("--optical-only"),
                                         QStringLiteral("--optical-reaction"), QStringLiteral("20")}
                             + extra);
        process.start();
        if (!process.waitForStarted(10000))
            return false;
        static const QRegularExpression line(
            QStringLiteral("^optical (\\w+) pty (\\S+) (\\S+) serial (\\S+) fault (\\S+)$"),
            QRegularExpression::MultilineOption);
        QByteArray out;
        for (int i = 0; i < 100 && out.count('\n') < ports; ++i) {
            process.waitForReadyRead(200);
            out += process.readAllStandardOutput();
        }
        auto it = line.globalMatch(QString::fromUtf8(out));
        while (it.hasNext()) {
            const auto m = it.next();
            links.insert(m.captured(1), m.captured(3));
            serials.insert(m.captured(1), m.captured(4));
        }
        return links.size() == ports;
    }

    ~OpticalSim()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            process.waitForFinished(10000);
        }
    }
};

QString jsonValue(const CliRun &run, const QString &key, const QString &is, const QString &field)
{
    for (const QJsonObject &o : run.json) {
        if (o.value(key).toVariant().toString() == is)
            return o.value(field).toVariant().toString();
    }
    return {};
}

const QStringList kFast{QStringLiteral("--timeout"), QStringLiteral("1000"),
                        QStringLiteral("--retries"), QStringLiteral("0")};

} // namespace

class TstCliOpticalDlms : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    OpticalSim m_sim; // every port, no fault

    QString spodes() const { return m_sim.links.value(QStringLiteral("spodes")); }
    QString spodesSerial() const { return m_sim.serials.value(QStringLiteral("spodes")); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(m_dir.filePath(QStringLiteral("ok")), {}, 4),
                 qPrintable(QString::fromUtf8(m_sim.process.readAllStandardError())));
        QVERIFY(!spodes().isEmpty());
    }

    void dlmsGetThroughTheProbeAfterModeE()
    {
        // The same meter's readout first: DLMS must show the same energy.
        const CliRun readout
            = runCli(QStringList{QStringLiteral("optical"), QStringLiteral("read"),
                                 QStringLiteral("--serial"), spodes(), QStringLiteral("--mode"),
                                 QStringLiteral("readout"), QStringLiteral("--json")}
                     + kFast);
        QVERIFY2(readout.exitCode == 0, qPrintable(readout.err));
        const QString readoutKwh = jsonValue(readout, QStringLiteral("code"),
                                             QStringLiteral("1.8.0"), QStringLiteral("value"));
        QVERIFY(!readoutKwh.isEmpty());

        const CliRun run = runCli(
            {QStringLiteral("dlms"), QStringLiteral("get"), QStringLiteral("0.0.96.1.0.255:2"),
             QStringLiteral("1.0.1.8.0.255:2"), QStringLiteral("--optical"), spodes(),
             QStringLiteral("--optical-address"), spodesSerial(), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json.size(), 2);
        QCOMPARE(run.json[0].value(QStringLiteral("type")).toString(),
                 QStringLiteral("visible-string"));
        QCOMPARE(run.json[0].value(QStringLiteral("value")).toString(), spodesSerial());
        QCOMPARE(run.json[1].value(QStringLiteral("obis")).toString(),
                 QStringLiteral("1.0.1.8.0.255"));
        // Wh (scaler 0) against the readout's kWh taken a moment before: the
        // register only grows, by far less than a kWh in between.
        const qint64 wh = run.json[1].value(QStringLiteral("value")).toVariant().toLongLong();
        const qint64 readoutWh = qint64(std::llround(readoutKwh.toDouble() * 1000));
        QVERIFY2(wh >= readoutWh && wh - readoutWh < 1000,
                 qPrintable(QStringLiteral("%1 Wh vs %2 kWh").arg(wh).arg(readoutKwh)));
    }

    void opticalDlmsTakesTheVerbsOfDlms()
    {
        const CliRun run
            = runCli({QStringLiteral("optical"), QStringLiteral("dlms"), QStringLiteral("--serial"),
                      spodes(), QStringLiteral("--address"), spodesSerial(), QStringLiteral("get"),
                      QStringLiteral("1.0.1.8.1.255:2"), QStringLiteral("0.0.1.0.0.255:2"),
                      QStringLiteral("--client"), QStringLiteral("32"), QStringLiteral("--auth"),
                      QStringLiteral("low"), QStringLiteral("--password"),
                      QStringLiteral("12345678"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json.size(), 2);
        QCOMPARE(run.json[0].value(QStringLiteral("type")).toString(),
                 QStringLiteral("double-long-unsigned"));
        QCOMPARE(run.json[1].value(QStringLiteral("type")).toString(), QStringLiteral("date-time"));
    }

    void readStoresTheDlmsReadingOfTheRightMeter()
    {
        const QString db = m_dir.filePath(QStringLiteral("spodes.sqlite"));
        qint64 meterId = 0;
        {
            storage::Database database({db});
            QVERIFY(database.openAndMigrate().ok());
            storage::DomainStore store(*database.connection());
            domain::Meter other;
            other.serial = QStringLiteral("5100100099");
            QVERIFY(store.add(other).ok());
            domain::Meter meter;
            meter.serial = spodesSerial();
            meter.model = QStringLiteral("NP515");
            auto id = store.add(meter);
            QVERIFY(id.ok());
            meterId = *id;
        }
        const CliRun run
            = runCli(QStringList{QStringLiteral("optical"), QStringLiteral("read"),
                                 QStringLiteral("--serial"), spodes(), QStringLiteral("--json"),
                                 QStringLiteral("--db"), db, QStringLiteral("--operator"),
                                 QStringLiteral("Petrova")}
                     + kFast);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(
                     QStringLiteral("manual optical reading of meter %1").arg(spodesSerial())),
                 qPrintable(run.err));
        // Read through DLMS: the serial from 0.0.96.1.0.255 and every tariff.
        QCOMPARE(jsonValue(run, QStringLiteral("code"), QStringLiteral("96.1.0"),
                           QStringLiteral("value")),
                 spodesSerial());
        for (int t = 0; t <= 4; ++t)
            QCOMPARE(jsonValue(run, QStringLiteral("code"), QStringLiteral("1.8.%1").arg(t),
                               QStringLiteral("unit")),
                     QStringLiteral("kWh"));

        storage::Database database({db});
        QVERIFY(database.openAndMigrate().ok());
        analytics::ManualReadingFilter filter;
        filter.meterId = meterId;
        auto rows = analytics::ManualReadingQuery(*database.connection()).readings(filter);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), run.json.size());
        bool energy = false;
        for (const analytics::ManualReadingRecord &r : *rows) {
            QVERIFY(r.optical);
            QCOMPARE(r.meterSerial, spodesSerial());
            QCOMPARE(r.operatorName, QStringLiteral("Petrova"));
            if (r.code == u"1.8.0")
                energy = r.textValue
                         == jsonValue(run, QStringLiteral("code"), QStringLiteral("1.8.0"),
                                      QStringLiteral("value"))
                                + QStringLiteral("*kWh");
        }
        QVERIFY(energy);
    }

    void writeIsAcceptedAndReadsBack_data()
    {
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("reg");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("password");
        QTest::newRow("energomera DATE_")
            << QStringLiteral("energomera") << QStringLiteral("DATE_")
            << QStringLiteral("02.14.06.22") << QStringLiteral("777777");
        QTest::newRow("neva 000902FF") << QStringLiteral("neva") << QStringLiteral("000902FF")
                                       << QStringLiteral("220614") << QStringLiteral("00000000");
        QTest::newRow("iec 0.9.2") << QStringLiteral("iec") << QStringLiteral("0.9.2")
                                   << QStringLiteral("22-06-14") << QStringLiteral("00000000");
    }
    void writeIsAcceptedAndReadsBack()
    {
        QFETCH(QString, port);
        QFETCH(QString, reg);
        QFETCH(QString, value);
        QFETCH(QString, password);
        CliRun run = runCli(QStringList{QStringLiteral("optical"), QStringLiteral("write"),
                                        QStringLiteral("--serial"), m_sim.links[port],
                                        QStringLiteral("--password"), password,
                                        QStringLiteral("--register"), reg,
                                        QStringLiteral("--value"), value, QStringLiteral("--json")}
                            + kFast);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json.size(), 1);
        QCOMPARE(run.json[0].value(QStringLiteral("result")).toString(), QStringLiteral("success"));
        QCOMPARE(run.json[0].value(QStringLiteral("written")).toString(), value);
        QCOMPARE(run.json[0].value(QStringLiteral("value")).toString(), value);
        // A separate session reads it back with R1.
        run = runCli(QStringList{QStringLiteral("optical"), QStringLiteral("read"),
                                 QStringLiteral("--serial"), m_sim.links[port],
                                 QStringLiteral("--mode"), QStringLiteral("programming"),
                                 QStringLiteral("--password"), password,
                                 QStringLiteral("--register"), reg, QStringLiteral("--json")}
                     + kFast);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json.size(), 1);
        QCOMPARE(run.json[0].value(QStringLiteral("value")).toString(), value);
    }

    void aWrongPasswordOrAReadOnlyRegisterIsRefused_data()
    {
        QTest::addColumn<QString>("reg");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("says");
        QTest::newRow("wrong password") << QStringLiteral("TIME_") << QStringLiteral("123456")
                                        << QStringLiteral("refused the password");
        QTest::newRow("read-only") << QStringLiteral("ET0PE") << QStringLiteral("777777")
                                   << QStringLiteral("refused to write ET0PE");
    }
    void aWrongPasswordOrAReadOnlyRegisterIsRefused()
    {
        QFETCH(QString, reg);
        QFETCH(QString, password);
        QFETCH(QString, says);
        const CliRun run = runCli(
            QStringList{QStringLiteral("optical"), QStringLiteral("write"),
                        QStringLiteral("--serial"), m_sim.links[QStringLiteral("energomera")],
                        QStringLiteral("--password"), password, QStringLiteral("--register"), reg,
                        QStringLiteral("--value"), QStringLiteral("12:00:00"),
                        QStringLiteral("--json")}
            + kFast);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.json.isEmpty());
        QVERIFY2(run.err.startsWith(QStringLiteral("imsdesk-cli: ")) && run.err.contains(says),
                 qPrintable(run.err));
    }

    void writeNeedsARegisterAndAValue()
    {
        const CliRun run = runCli({QStringLiteral("optical"), QStringLiteral("write"),
                                   QStringLiteral("--serial"), spodes(),
                                   QStringLiteral("--register"), QStringLiteral("TIME_")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--value")), qPrintable(run.err));
    }

    void aMeterWithoutModeEIsNamed()
    {
        const CliRun run = runCli({QStringLiteral("dlms"), QStringLiteral("get"),
                                   QStringLiteral("0.0.96.1.0.255:2"), QStringLiteral("--optical"),
                                   m_sim.links[QStringLiteral("neva")]});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("does not offer mode E")), qPrintable(run.err));
    }

    void anUnconfirmedHandOverEndsWithAClearError()
    {
        OpticalSim faulty;
        QVERIFY(faulty.start(m_dir.filePath(QStringLiteral("no-mode-e")),
                             {QStringLiteral("--optical-dialect"), QStringLiteral("spodes"),
                              QStringLiteral("--optical-fault"), QStringLiteral("no-mode-e")},
                             1));
        const QString link = faulty.links.value(QStringLiteral("spodes"));
        for (const QStringList &args :
             {QStringList{QStringLiteral("dlms"), QStringLiteral("get"),
                          QStringLiteral("0.0.96.1.0.255:2"), QStringLiteral("--optical"), link},
              QStringList{QStringLiteral("optical"), QStringLiteral("read"),
                          QStringLiteral("--serial"), link, QStringLiteral("--retries"),
                          QStringLiteral("0")}}) {
            const CliRun run = runCli(args);
            QCOMPARE(run.exitCode, 3); // finished: no hang
            QVERIFY2(run.err.contains(QStringLiteral("did not confirm the switch to mode E")),
                     qPrintable(run.err));
        }
        // The meter still reads through its readout.
        const CliRun readout
            = runCli(QStringList{QStringLiteral("optical"), QStringLiteral("read"),
                                 QStringLiteral("--serial"), link, QStringLiteral("--mode"),
                                 QStringLiteral("readout"), QStringLiteral("--json")}
                     + kFast);
        QVERIFY2(readout.exitCode == 0, qPrintable(readout.err));
    }
};

QTEST_GUILESS_MAIN(TstCliOpticalDlms)
#include "tst_cli_optical_dlms.moc"
