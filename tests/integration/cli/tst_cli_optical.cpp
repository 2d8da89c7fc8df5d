// imsdesk-cli optical against imsdesk-sim's optical ports (ptys), both as
// real processes: the three dialects, every fault, storage of the reading as
// a manual optical reading of the right meter, and the day's CSV export.
#include "models/analytics/manual_reading_query.h"
#include "models/analytics/meter_card_query.h"
#include "models/storage/database.h"
#include "models/storage/domain_store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

namespace {

const QString kCli = QStringLiteral(IMSDESK_BINARY_DIR "/bin/imsdesk-cli");
const QString kSim = QStringLiteral(IMSDESK_BINARY_DIR "/bin/imsdesk-sim");

struct CliRun
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IMSDESK_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(kCli, args);
    CliRun run;
    if (!p.waitForFinished(120000)) {
        p.kill();
        run.err = QStringLiteral("imsdesk-cli did not finish");
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
        if (doc.isObject())
            run.lines.append(doc.object());
    }
    return run;
}

// One imsdesk-sim serving the optical meters (three dialects and a SPODES
// meter with mode E) with one fault.
struct OpticalSim
{
    QProcess process;
    QHash<QString, QString> links;   // dialect -> DIR/optical-<dialect>
    QHash<QString, QString> serials; // dialect -> serial

    bool start(const QString &dir, const QString &fault)
    {
        process.setProgram(kSim);
        process.setArguments({QStringLiteral("--optical"), dir, QStringLiteral("--optical-only"),
                              QStringLiteral("--optical-fault"), fault,
                              QStringLiteral("--optical-delay"), QStringLiteral("1500"),
                              QStringLiteral("--optical-reaction"), QStringLiteral("20")});
        process.start();
        if (!process.waitForStarted(10000))
            return false;
        static const QRegularExpression line(
            QStringLiteral("^optical (\\w+) pty (\\S+) (\\S+) serial (\\S+) fault (\\S+)$"),
            QRegularExpression::MultilineOption);
        QByteArray out;
        // One line per port: the three dialects and the SPODES meter (mode E).
        for (int i = 0; i < 100 && out.count('\n') < 4; ++i) {
            process.waitForReadyRead(200);
            out += process.readAllStandardOutput();
        }
        auto it = line.globalMatch(QString::fromUtf8(out));
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.captured(5) != fault)
                return false;
            links.insert(m.captured(1), m.captured(3));
            serials.insert(m.captured(1), m.captured(4));
        }
        return links.size() == 4 && links.contains(QStringLiteral("spodes"));
    }

    ~OpticalSim()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            process.waitForFinished(10000);
        }
    }
};

QString jsonValue(const CliRun &run, const QString &code)
{
    for (const QJsonObject &o : run.lines) {
        if (o.value(QStringLiteral("code")).toString() == code)
            return o.value(QStringLiteral("value")).toString();
    }
    return {};
}

QString energyCode(const QString &dialect)
{
    return dialect == u"neva" ? QStringLiteral("15.8.0") : QStringLiteral("1.8.0");
}

const QStringList kFast{QStringLiteral("--timeout"), QStringLiteral("500"),
                        QStringLiteral("--retries"), QStringLiteral("0")};

} // namespace

class TstCliOptical : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    OpticalSim m_sim; // no fault

    static void addDialects()
    {
        QTest::addColumn<QString>("dialect");
        for (const char *d : {"iec", "energomera", "neva"})
            QTest::newRow(d) << QString::fromLatin1(d);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(m_dir.filePath(QStringLiteral("ok")), QStringLiteral("none")),
                 qPrintable(QString::fromUtf8(m_sim.process.readAllStandardError())));
    }

    void cleanupTestCase()
    {
        m_sim.process.terminate();
        QVERIFY(m_sim.process.waitForFinished(10000));
        QCOMPARE(m_sim.process.exitCode(), 0);
        // The simulator removes the links it made.
        QVERIFY(!QFile::exists(m_sim.links.value(QStringLiteral("iec"))));
    }

    void readsOneJsonObjectPerValue_data() { addDialects(); }
    void readsOneJsonObjectPerValue()
    {
        QFETCH(QString, dialect);
        const CliRun run = runCli(QStringList{QStringLiteral("optical"), QStringLiteral("read"),
                                              QStringLiteral("--serial"), m_sim.links[dialect],
                                              QStringLiteral("--json")}
                                  + kFast);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.lines.size() >= 8);
        // Every line is exactly {"code","value","unit"}.
        for (const QJsonObject &o : run.lines) {
            QCOMPARE(o.keys(), (QStringList{QStringLiteral("code"), QStringLiteral("unit"),
                                            QStringLiteral("value")}));
            QVERIFY(!o.value(QStringLiteral("code")).toString().isEmpty());
        }
        const QString energy = jsonValue(run, energyCode(dialect));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d{2,3}$")).match(energy).hasMatch(),
                 qPrintable(energy));
        for (const QJsonObject &o : run.lines) {
            if (o.value(QStringLiteral("code")).toString() == energyCode(dialect))
                QCOMPARE(o.value(QStringLiteral("unit")).toString(), QStringLiteral("kWh"));
        }
        // The serial the meter reports is among the values.
        bool serialSeen = false;
        for (const QJsonObject &o : run.lines)
            serialSeen |= o.value(QStringLiteral("value")).toString() == m_sim.serials[dialect];
        QVERIFY(serialSeen);
    }

    void readsAsATableWithAddressAndDialect()
    {
        const CliRun run = runCli(
            QStringList{QStringLiteral("optical"), QStringLiteral("read"),
                        QStringLiteral("--serial"), m_sim.links[QStringLiteral("energomera")],
                        QStringLiteral("--address"), m_sim.serials[QStringLiteral("energomera")],
                        QStringLiteral("--dialect"), QStringLiteral("energomera")}
            + kFast);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("141628345")));
        QVERIFY(run.out.contains(QStringLiteral("dialect energomera")));
        QVERIFY(QRegularExpression(QStringLiteral("\\n1\\.8\\.0\\s+\\d+\\.\\d\\d\\s+kWh\\s+ET0PE"))
                    .match(run.out)
                    .hasMatch());
    }

    void storesAManualOpticalReadingOfTheRightMeter_data() { addDialects(); }
    void storesAManualOpticalReadingOfTheRightMeter()
    {
        QFETCH(QString, dialect);
        const QString db = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(dialect));
        const QStringList read{QStringLiteral("optical"),
                               QStringLiteral("read"),
                               QStringLiteral("--serial"),
                               m_sim.links[dialect],
                               QStringLiteral("--json"),
                               QStringLiteral("--db"),
                               db,
                               QStringLiteral("--operator"),
                               QStringLiteral("Ivanov")};
        // Unknown meter: a clear message, nothing stored.
        CliRun run = runCli(read + kFast);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is not in the database"))
                     && run.err.contains(QStringLiteral("--create-meter")),
                 qPrintable(run.err));
        // Now create it.
        run = runCli(read + kFast + QStringList{QStringLiteral("--create-meter")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("new meter")), qPrintable(run.err));
        const QString energy = jsonValue(run, energyCode(dialect));
        QVERIFY(!energy.isEmpty());

        storage::Database database({db});
        QVERIFY(database.openAndMigrate().ok());
        QSqlDatabase c = *database.connection();
        auto meter = storage::DomainStore(c).meterBySerial(m_sim.serials[dialect]);
        QVERIFY2(meter.ok(), qPrintable(meter.error().message));
        QVERIFY(meter->opticalOnly);
        QCOMPARE(meter->routerId, 0);

        analytics::ManualReadingFilter filter;
        filter.meterId = meter->id;
        auto rows = analytics::ManualReadingQuery(c).readings(filter);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), run.lines.size());
        bool found = false;
        for (const analytics::ManualReadingRecord &r : *rows) {
            QVERIFY(r.optical);
            QCOMPARE(r.meterSerial, m_sim.serials[dialect]);
            QCOMPARE(r.operatorName, QStringLiteral("Ivanov"));
            QVERIFY(qAbs(r.takenAt - QDateTime::currentSecsSinceEpoch()) < 3600);
            if (r.code == energyCode(dialect)) {
                found = true;
                QCOMPARE(r.textValue, energy + QStringLiteral("*kWh"));
            }
        }
        QVERIFY(found);
        // The meter card shows it as an optical reading.
        auto card = analytics::MeterCardQuery(c).load(meter->id,
                                                      QDateTime::currentMSecsSinceEpoch(), 100);
        QVERIFY2(card.ok(), qPrintable(card.error().message));
        QVERIFY(!card->manual.isEmpty());
        bool cardShows = false;
        for (const analytics::ManualRecord &m : card->manual)
            cardShows |= m.optical && m.code == energyCode(dialect)
                         && m.textValue == energy + QStringLiteral("*kWh");
        QVERIFY(cardShows);
    }

    void exportsTheDayAsCsv()
    {
        const QString db = m_dir.filePath(QStringLiteral("export.sqlite"));
        for (const QString &dialect : {QStringLiteral("iec"), QStringLiteral("neva")}) {
            const CliRun run
                = runCli(QStringList{QStringLiteral("optical"), QStringLiteral("read"),
                                     QStringLiteral("--serial"), m_sim.links[dialect],
                                     QStringLiteral("--db"), db, QStringLiteral("--create-meter")}
                         + kFast);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        const QString csvPath = m_dir.filePath(QStringLiteral("day.csv"));
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        CliRun run
            = runCli({QStringLiteral("optical"), QStringLiteral("export"), QStringLiteral("--db"),
                      db, QStringLiteral("--date"), today, QStringLiteral("--out"), csvPath});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile f(csvPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines
            = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("meter,taken_at,source,code,value,unit,operator"));
        QVERIFY(lines.size() > 10);
        int iec = 0;
        int neva = 0;
        for (const QString &line : lines.mid(1)) {
            const QStringList fields = line.split(u',');
            QCOMPARE(fields.size(), 7);
            QCOMPARE(fields[2], QStringLiteral("optical"));
            QVERIFY(fields[1].startsWith(today));
            iec += fields[0] == m_sim.serials[QStringLiteral("iec")];
            neva += fields[0] == m_sim.serials[QStringLiteral("neva")];
            if (fields[0] == m_sim.serials[QStringLiteral("iec")] && fields[3] == u"1.8.0")
                QCOMPARE(fields[5], QStringLiteral("kWh"));
        }
        QVERIFY(iec > 0 && neva > 0);
        // Another day has nothing: only the header, on standard output.
        run = runCli({QStringLiteral("optical"), QStringLiteral("export"), QStringLiteral("--db"),
                      db, QStringLiteral("--date"), QStringLiteral("2001-01-01")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("meter,taken_at,source,code,value,unit,operator\r\n"));
    }

    void eachFaultEndsWithAClearMessage_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("echo") << QStringLiteral("echo") << 0 << QString();
        QTest::newRow("bad-bcc") << QStringLiteral("bad-bcc") << 1
                                 << QStringLiteral("block check character (BCC)");
        QTest::newRow("garbage") << QStringLiteral("garbage") << 1
                                 << QStringLiteral("unreadable bytes (garbage)");
        QTest::newRow("no-etx") << QStringLiteral("no-etx") << 3
                                << QStringLiteral("stopped before its end (no ETX)");
        QTest::newRow("slow") << QStringLiteral("slow") << 3
                              << QStringLiteral("No answer from the meter");
        QTest::newRow("silent") << QStringLiteral("silent") << 3
                                << QStringLiteral("No answer from the meter");
    }
    void eachFaultEndsWithAClearMessage()
    {
        QFETCH(QString, fault);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        OpticalSim sim;
        QVERIFY2(sim.start(m_dir.filePath(fault), fault),
                 qPrintable(QString::fromUtf8(sim.process.readAllStandardError())));
        for (const QString &dialect :
             {QStringLiteral("iec"), QStringLiteral("energomera"), QStringLiteral("neva")}) {
            const CliRun run = runCli(QStringList{QStringLiteral("optical"), QStringLiteral("read"),
                                                  QStringLiteral("--serial"), sim.links[dialect],
                                                  QStringLiteral("--json")}
                                      + kFast);
            QVERIFY2(
                run.exitCode == exitCode,
                qPrintable(
                    QStringLiteral("%1: exit %2: %3").arg(dialect).arg(run.exitCode).arg(run.err)));
            if (exitCode == 0) {
                QVERIFY(!jsonValue(run, energyCode(dialect)).isEmpty());
                continue;
            }
            QVERIFY(run.lines.isEmpty());
            QVERIFY2(run.err.startsWith(QStringLiteral("imsdesk-cli: ")) && run.err.contains(says),
                     qPrintable(dialect + QStringLiteral(": ") + run.err));
        }
    }

    void aRetryReadsThroughAPassingFault()
    {
        // Only the first session is silent; the default retry reads the meter.
        OpticalSim sim;
        sim.process.setProgram(kSim);
        QTemporaryDir dir;
        const QString links = dir.filePath(QStringLiteral("p"));
        sim.process.setArguments(
            {QStringLiteral("--optical"), links, QStringLiteral("--optical-only"),
             QStringLiteral("--optical-dialect"), QStringLiteral("neva"),
             QStringLiteral("--optical-fault"), QStringLiteral("silent"),
             QStringLiteral("--optical-faulty-sessions"), QStringLiteral("1")});
        sim.process.start();
        QVERIFY(sim.process.waitForStarted(10000));
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
            sim.process.waitForReadyRead(200);
            out += sim.process.readAllStandardOutput();
        }
        QVERIFY2(out.startsWith("optical neva pty "), out.constData());
        const CliRun run = runCli(
            {QStringLiteral("optical"), QStringLiteral("read"), QStringLiteral("--serial"),
             QDir(links).filePath(QStringLiteral("optical-neva")), QStringLiteral("--timeout"),
             QStringLiteral("500"), QStringLiteral("--verbose")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("attempts: 2")));
        QVERIFY2(run.err.contains(QStringLiteral("attempt 1 failed")), qPrintable(run.err));
    }

    void badUsage()
    {
        CliRun run = runCli({QStringLiteral("optical"), QStringLiteral("read")});
        QCOMPARE(run.exitCode, 2);
        run = runCli({QStringLiteral("optical"), QStringLiteral("read"), QStringLiteral("--serial"),
                      QStringLiteral("/dev/null"), QStringLiteral("--dialect"),
                      QStringLiteral("dlms")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--dialect")));
        run = runCli({QStringLiteral("optical"), QStringLiteral("read"), QStringLiteral("--serial"),
                      QStringLiteral("/dev/ims-no-such-probe"), QStringLiteral("--retries"),
                      QStringLiteral("0")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("/dev/ims-no-such-probe")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TstCliOptical)
#include "tst_cli_optical.moc"
