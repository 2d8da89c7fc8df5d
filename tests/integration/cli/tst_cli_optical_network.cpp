// The workstation side against the optical port of a network meter, both as
// real processes: imsdesk-sim --optical-pty opens the port of one meter
// behind a router and prints where it is; imsdesk-cli reads that meter once
// through the router (dlms --tcp --physical) and once through the probe
// (optical read, mode C; dlms --optical, mode E) and sees one meter: the
// same serial and energy, and a relay opened over the router reads back
// open through the probe. The PLC takes no simulated time (baud 0, no hop
// latency, a discrete clock), so both ways see the same instant.
#include "protocol/sim/meter/meter_spec.h"
#include "support/cli_runner.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;
using ims::test::CliRun;
using ims::test::runCli;

namespace {

const QString kSim = QStringLiteral(IMSDESK_BINARY_DIR "/bin/imsdesk-sim");
constexpr int kIndex = 2; // the meter behind router 1 whose optical port is opened
constexpr quint16 kPhysical = sim::kFirstMeterPhysical + kIndex;

const QStringList kFast{QStringLiteral("--timeout"), QStringLiteral("2000"),
                        QStringLiteral("--retries"), QStringLiteral("0")};
const QStringList kReader{QStringLiteral("--client"),   QStringLiteral("32"),
                          QStringLiteral("--auth"),     QStringLiteral("low"),
                          QStringLiteral("--password"), QStringLiteral("12345678")};
const QStringList kConfigurator{QStringLiteral("--client"),   QStringLiteral("48"),
                                QStringLiteral("--auth"),     QStringLiteral("low"),
                                QStringLiteral("--password"), QStringLiteral("1234567812345678")};

QString jsonValue(const CliRun &run, const QString &key, const QString &is, const QString &field)
{
    for (const QJsonObject &o : run.json) {
        if (o.value(key).toVariant().toString() == is)
            return o.value(field).toVariant().toString();
    }
    return {};
}

} // namespace

class TstCliOpticalNetwork : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_sim;
    QString m_tcp;     // router 1, "127.0.0.1:PORT"
    QString m_optical; // the meter's optical port (the link in the pty directory)
    QString m_pty;     // ... and the pty itself
    QByteArray m_serial;

    QStringList overRouter() const
    {
        return {QStringLiteral("--tcp"), m_tcp, QStringLiteral("--physical"),
                QString::number(kPhysical), QStringLiteral("--json")};
    }
    QStringList throughProbe() const
    {
        return {QStringLiteral("--optical"), m_optical, QStringLiteral("--optical-address"),
                QString::fromLatin1(m_serial), QStringLiteral("--json")};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The nameplate serial of meter 2 behind router 1 (seed 7).
        m_serial = sim::makeMeterSpec(7, 1, kIndex, 0).serial;
        m_sim.setProgram(kSim);
        m_sim.setArguments({QStringLiteral("--routers"),
                            QStringLiteral("1"),
                            QStringLiteral("--meters-per-router"),
                            QStringLiteral("6"),
                            QStringLiteral("--tcp-port"),
                            QStringLiteral("0"),
                            QStringLiteral("--baud"),
                            QStringLiteral("0"),
                            QStringLiteral("--hop-latency"),
                            QStringLiteral("0"),
                            QStringLiteral("--seed"),
                            QStringLiteral("7"),
                            QStringLiteral("--time-scale"),
                            QStringLiteral("0"),
                            QStringLiteral("--pty-dir"),
                            m_dir.path(),
                            QStringLiteral("--optical-pty"),
                            QString::fromLatin1(m_serial),
                            QStringLiteral("--optical-reaction"),
                            QStringLiteral("20")});
        m_sim.start();
        QVERIFY(m_sim.waitForStarted(10000));
        static const QRegularExpression router(QStringLiteral("^router 1 tcp (\\S+) hdlc$"),
                                               QRegularExpression::MultilineOption);
        static const QRegularExpression optical(
            QStringLiteral("^meter (\\d+) router 1 physical (\\d+) optical (\\S+) (\\S+)$"),
            QRegularExpression::MultilineOption);
        QByteArray out;
        for (int i = 0; i < 100 && !optical.match(QString::fromUtf8(out)).hasMatch(); ++i) {
            m_sim.waitForReadyRead(200);
            out += m_sim.readAllStandardOutput();
        }
        const QString text = QString::fromUtf8(out);
        const auto r = router.match(text);
        const auto o = optical.match(text);
        QVERIFY2(r.hasMatch() && o.hasMatch(),
                 qPrintable(text + QString::fromUtf8(m_sim.readAllStandardError())));
        m_tcp = r.captured(1);
        QCOMPARE(o.captured(1).toLatin1(), m_serial);
        QCOMPARE(o.captured(2).toInt(), int(kPhysical));
        m_pty = o.captured(3);
        m_optical = o.captured(4);
        QCOMPARE(m_optical,
                 m_dir.filePath(QStringLiteral("optical-") + QString::fromLatin1(m_serial)));
        QCOMPARE(QFileInfo(m_optical).symLinkTarget(), m_pty);
    }

    void cleanupTestCase()
    {
        m_sim.terminate(); // SIGTERM: the simulator exits cleanly and removes its links
        QVERIFY(m_sim.waitForFinished(10000));
        QCOMPARE(m_sim.exitCode(), 0);
        QVERIFY(!QFileInfo(m_optical).isSymLink());
    }

    void readoutAndRouterAgree()
    {
        const CliRun dlms = runCli(QStringList{QStringLiteral("dlms"), QStringLiteral("get"),
                                               QStringLiteral("0.0.96.1.0.255:2"),
                                               QStringLiteral("1.0.1.8.0.255:2"),
                                               QStringLiteral("1.0.1.8.1.255:2")}
                                   + overRouter() + kReader);
        QVERIFY2(dlms.exitCode == 0, qPrintable(dlms.err));
        QCOMPARE(dlms.json.size(), 3);
        QCOMPARE(dlms.json[0].value(QStringLiteral("value")).toString(),
                 QString::fromLatin1(m_serial));
        const qint64 totalWh = dlms.json[1].value(QStringLiteral("value")).toVariant().toLongLong();
        const qint64 t1Wh = dlms.json[2].value(QStringLiteral("value")).toVariant().toLongLong();
        QVERIFY(totalWh > 1'000'000); // a meter with history

        const CliRun readout
            = runCli(QStringList{QStringLiteral("optical"), QStringLiteral("read"),
                                 QStringLiteral("--serial"), m_optical, QStringLiteral("--mode"),
                                 QStringLiteral("readout"), QStringLiteral("--json")}
                     + kFast);
        QVERIFY2(readout.exitCode == 0, qPrintable(readout.err));
        QCOMPARE(jsonValue(readout, QStringLiteral("code"), QStringLiteral("C.1.0"),
                           QStringLiteral("value")),
                 QString::fromLatin1(m_serial));
        // kWh with three decimals: the same count of Wh, exactly.
        auto kwh = [](qint64 wh) {
            return QStringLiteral("%1.%2").arg(wh / 1000).arg(wh % 1000, 3, 10, QLatin1Char('0'));
        };
        QCOMPARE(jsonValue(readout, QStringLiteral("code"), QStringLiteral("1.8.0"),
                           QStringLiteral("value")),
                 kwh(totalWh));
        QCOMPARE(jsonValue(readout, QStringLiteral("code"), QStringLiteral("1.8.1"),
                           QStringLiteral("value")),
                 kwh(t1Wh));
    }

    void dlmsThroughTheProbeAgreesWithTheRouter()
    {
        const QStringList get{QStringLiteral("dlms"), QStringLiteral("get"),
                              QStringLiteral("0.0.96.1.0.255:2"),
                              QStringLiteral("1.0.1.8.0.255:2")};
        const CliRun router = runCli(get + overRouter() + kReader);
        QVERIFY2(router.exitCode == 0, qPrintable(router.err));
        const CliRun probe = runCli(get + throughProbe() + kReader);
        QVERIFY2(probe.exitCode == 0, qPrintable(probe.err));
        QCOMPARE(probe.json.size(), 2);
        QCOMPARE(probe.json[0].value(QStringLiteral("value")).toString(),
                 QString::fromLatin1(m_serial));
        QCOMPARE(probe.json[1].value(QStringLiteral("value")).toVariant().toLongLong(),
                 router.json[1].value(QStringLiteral("value")).toVariant().toLongLong());
    }

    void relayOpenedOverTheRouterReadsOpenThroughTheProbe()
    {
        const QStringList relay{QStringLiteral("dlms"), QStringLiteral("get"),
                                QStringLiteral("0.0.96.3.10.255:2")};
        CliRun before = runCli(relay + throughProbe() + kReader);
        QVERIFY2(before.exitCode == 0, qPrintable(before.err));
        QCOMPARE(before.json.size(), 1);
        QCOMPARE(before.json[0].value(QStringLiteral("value")).toBool(), true);

        const CliRun open = runCli(QStringList{QStringLiteral("dlms"), QStringLiteral("action"),
                                               QStringLiteral("0.0.96.3.10.255:1"),
                                               QStringLiteral("{\"type\":\"integer\",\"value\":0}")}
                                   + overRouter() + kConfigurator);
        QVERIFY2(open.exitCode == 0, qPrintable(open.err));

        const CliRun after = runCli(relay + throughProbe() + kReader);
        QVERIFY2(after.exitCode == 0, qPrintable(after.err));
        QCOMPARE(after.json.size(), 1);
        QCOMPARE(after.json[0].value(QStringLiteral("value")).toBool(), false); // open
    }

    void anUnknownSerialStopsTheSimulator()
    {
        QProcess sim;
        sim.setProgram(kSim);
        sim.setArguments({QStringLiteral("--routers"), QStringLiteral("1"),
                          QStringLiteral("--meters-per-router"), QStringLiteral("6"),
                          QStringLiteral("--tcp-port"), QStringLiteral("0"),
                          QStringLiteral("--optical-pty"), QStringLiteral("5100100099")});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IMSDESK_LANG"), QStringLiteral("en"));
        sim.setProcessEnvironment(env);
        sim.start();
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 1);
        const QString err = QString::fromUtf8(sim.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("no meter with serial number 5100100099")),
                 qPrintable(err));
        sim.setArguments({QStringLiteral("--optical-pty"), QStringLiteral("51x")});
        sim.start();
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TstCliOpticalNetwork)
#include "tst_cli_optical_network.moc"
