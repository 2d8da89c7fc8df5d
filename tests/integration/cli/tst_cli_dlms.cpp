// imsdesk-cli dlms against a running imsdesk-sim, both as real processes
// talking over TCP: what an engineer types is what is tested.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString kCli = QStringLiteral(IMSDESK_BINARY_DIR "/bin/imsdesk-cli");
const QString kSim = QStringLiteral(IMSDESK_BINARY_DIR "/bin/imsdesk-sim");

struct CliRun
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString stdoutText;
    QString stderrText;
};

CliRun runCli(const QStringList &args)
{
    QProcess p;
    p.setProgram(kCli);
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IMSDESK_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start();
    CliRun run;
    if (!p.waitForFinished(120000)) {
        p.kill();
        run.stderrText = QStringLiteral("imsdesk-cli did not finish");
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.stdoutText = QString::fromUtf8(p.readAllStandardOutput());
    run.stderrText = QString::fromUtf8(p.readAllStandardError());
    for (const QString &line : run.stdoutText.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
        if (doc.isObject())
            run.lines.append(doc.object());
    }
    return run;
}

// Starts a simulator and returns "127.0.0.1:PORT" of router 1.
QString startSimulator(QProcess &sim, const QStringList &extra)
{
    sim.setProgram(kSim);
    sim.setArguments(QStringList{QStringLiteral("--routers"), QStringLiteral("1"),
                                 QStringLiteral("--meters-per-router"), QStringLiteral("4"),
                                 QStringLiteral("--tcp-port"), QStringLiteral("0"),
                                 QStringLiteral("--baud"), QStringLiteral("0"),
                                 QStringLiteral("--seed"), QStringLiteral("7"),
                                 QStringLiteral("--time-scale"), QStringLiteral("0")}
                     + extra);
    sim.start();
    if (!sim.waitForStarted(10000))
        return {};
    static const QRegularExpression listening(QStringLiteral("^router 1 tcp (\\S+) "));
    QByteArray out;
    for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
        sim.waitForReadyRead(200);
        out += sim.readAllStandardOutput();
    }
    const auto m = listening.match(QString::fromUtf8(out));
    return m.hasMatch() ? m.captured(1) : QString();
}

const QStringList kHlsKeys{
    QStringLiteral("--client"),       QStringLiteral("48"),
    QStringLiteral("--auth"),         QStringLiteral("hls-gmac"),
    QStringLiteral("--security"),     QStringLiteral("auth-enc"),
    QStringLiteral("--system-title"), QStringLiteral("4775727578313233"),
    QStringLiteral("--auth-key"),     QStringLiteral("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF"),
    QStringLiteral("--block-key"),    QStringLiteral("000102030405060708090A0B0C0D0E0F")};

} // namespace

class CliDlmsTest : public QObject
{
    Q_OBJECT
    QProcess m_simHdlc;
    QProcess m_simWrapper;
    QString m_hdlc;
    QString m_wrapper;

private slots:
    void initTestCase()
    {
        m_hdlc = startSimulator(m_simHdlc, {});
        QVERIFY2(!m_hdlc.isEmpty(),
                 qPrintable(QString::fromUtf8(m_simHdlc.readAllStandardError())));
        m_wrapper = startSimulator(m_simWrapper, {QStringLiteral("--wrapper")});
        QVERIFY2(!m_wrapper.isEmpty(),
                 qPrintable(QString::fromUtf8(m_simWrapper.readAllStandardError())));
    }

    void cleanupTestCase()
    {
        for (QProcess *sim : {&m_simHdlc, &m_simWrapper}) {
            sim->terminate(); // SIGTERM: the simulator exits cleanly
            QVERIFY(sim->waitForFinished(10000));
            QCOMPARE(sim->exitCode(), 0);
        }
    }

    void readsTheClockAsPublicClient_data()
    {
        QTest::addColumn<bool>("wrapper");
        QTest::newRow("hdlc") << false;
        QTest::newRow("wrapper") << true;
    }

    void readsTheClockAsPublicClient()
    {
        QFETCH(bool, wrapper);
        QStringList args{QStringLiteral("dlms"),
                         QStringLiteral("get"),
                         QStringLiteral("0.0.1.0.0.255:2"),
                         QStringLiteral("--tcp"),
                         wrapper ? m_wrapper : m_hdlc,
                         QStringLiteral("--json")};
        if (wrapper)
            args << QStringLiteral("--wrapper");
        const CliRun run = runCli(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
        QCOMPARE(run.lines.size(), 1);
        const QJsonObject line = run.lines.first();
        QCOMPARE(line[QStringLiteral("obis")].toString(), QStringLiteral("0.0.1.0.0.255"));
        QCOMPARE(line[QStringLiteral("attr")].toInt(), 2);
        QCOMPARE(line[QStringLiteral("type")].toString(), QStringLiteral("date-time"));
        const QDateTime t
            = QDateTime::fromString(line[QStringLiteral("value")].toString(), Qt::ISODate);
        QVERIFY2(t.isValid(), qPrintable(line[QStringLiteral("value")].toString()));
        // The simulator starts at the present time unless told otherwise.
        QVERIFY(qAbs(t.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    }

    void readsARegisterBehindTheRouterWithAPassword()
    {
        const CliRun run = runCli(
            {QStringLiteral("dlms"), QStringLiteral("get"), QStringLiteral("1.0.1.8.0.255:2"),
             QStringLiteral("1.0.1.8.0.255:3"), QStringLiteral("--tcp"), m_hdlc,
             QStringLiteral("--physical"), QStringLiteral("16"), QStringLiteral("--client"),
             QStringLiteral("32"), QStringLiteral("--auth"), QStringLiteral("low"),
             QStringLiteral("--password"), QStringLiteral("12345678"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
        QCOMPARE(run.lines.size(), 2);
        QVERIFY(run.lines[0][QStringLiteral("value")].toVariant().toLongLong() > 0);
        QCOMPARE(run.lines[1][QStringLiteral("type")].toString(),
                 QStringLiteral("structure")); // scaler_unit
    }

    void wrongPasswordIsOneClearLineAndNonZeroExit()
    {
        const CliRun run = runCli({QStringLiteral("dlms"), QStringLiteral("get"),
                                   QStringLiteral("0.0.1.0.0.255:2"), QStringLiteral("--tcp"),
                                   m_hdlc, QStringLiteral("--client"), QStringLiteral("32"),
                                   QStringLiteral("--auth"), QStringLiteral("low"),
                                   QStringLiteral("--password"), QStringLiteral("wrong")});
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.stdoutText.isEmpty());
        QCOMPARE(run.stderrText.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(run.stderrText.contains(QStringLiteral("association rejected"))
                     && run.stderrText.contains(QStringLiteral("authentication-failure")),
                 qPrintable(run.stderrText));
    }

    void listsTheObjectList()
    {
        const CliRun run = runCli(
            {QStringLiteral("dlms"), QStringLiteral("objects"), QStringLiteral("--tcp"), m_hdlc,
             QStringLiteral("--physical"), QStringLiteral("16"), QStringLiteral("--client"),
             QStringLiteral("32"), QStringLiteral("--auth"), QStringLiteral("low"),
             QStringLiteral("--password"), QStringLiteral("12345678"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
        QVERIFY(run.lines.size() > 10);
        bool clock = false;
        for (const QJsonObject &o : run.lines)
            clock |= o[QStringLiteral("obis")].toString() == QStringLiteral("0.0.1.0.0.255")
                     && o[QStringLiteral("class")].toInt() == 8;
        QVERIFY(clock);
    }

    void readsTenThousandProfileRowsByRangeWithHlsAndEncryption()
    {
        const QDateTime end = QDateTime::currentDateTimeUtc();
        const QDateTime start = end.addSecs(-10000LL * 1800);
        const CliRun run
            = runCli(QStringList{QStringLiteral("dlms"), QStringLiteral("profile"),
                                 QStringLiteral("1.0.99.1.0.255"), QStringLiteral("--tcp"), m_hdlc,
                                 QStringLiteral("--physical"), QStringLiteral("17"),
                                 QStringLiteral("--from"), start.toString(Qt::ISODate),
                                 QStringLiteral("--to"), end.toString(Qt::ISODate),
                                 QStringLiteral("--columns"), QStringLiteral("1.0.1.29.0.255")}
                     + kHlsKeys);
        QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
        QVERIFY2(run.lines.size() >= 9999 && run.lines.size() <= 10001,
                 qPrintable(QString::number(run.lines.size())));
        // Rows are 30 minutes apart and carry only the asked column.
        const QDateTime first
            = QDateTime::fromString(run.lines[0][QStringLiteral("time")].toString(), Qt::ISODate);
        const QDateTime second
            = QDateTime::fromString(run.lines[1][QStringLiteral("time")].toString(), Qt::ISODate);
        QCOMPARE(first.secsTo(second), 1800);
        QCOMPARE(run.lines[0].keys(),
                 (QStringList{QStringLiteral("1.0.1.29.0.255:2"), QStringLiteral("time")}));
    }

    void disconnectsTheRelayAndReadsItBack()
    {
        const QStringList common
            = QStringList{QStringLiteral("--tcp"),     m_wrapper,
                          QStringLiteral("--wrapper"), QStringLiteral("--logical"),
                          QStringLiteral("18"),        QStringLiteral("--json")}
              + kHlsKeys;
        // The wrapper addresses the meter by its wPort (16 + index).
        CliRun run = runCli(QStringList{QStringLiteral("dlms"), QStringLiteral("action"),
                                        QStringLiteral("0.0.96.3.10.255:1"),
                                        QStringLiteral("{\"type\":\"integer\",\"value\":0}")}
                            + common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
        run = runCli(QStringList{QStringLiteral("dlms"), QStringLiteral("get"),
                                 QStringLiteral("0.0.96.3.10.255:2")}
                     + common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
        QCOMPARE(run.lines.size(), 1);
        QCOMPARE(run.lines[0][QStringLiteral("value")].toBool(), false); // output_state: open
        run = runCli(QStringList{QStringLiteral("dlms"), QStringLiteral("set"),
                                 QStringLiteral("0.0.96.3.10.255:4"),
                                 QStringLiteral("{\"type\":\"enum\",\"value\":4}")}
                     + common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
        run = runCli(QStringList{QStringLiteral("dlms"), QStringLiteral("get"),
                                 QStringLiteral("0.0.96.3.10.255:4")}
                     + common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
        QCOMPARE(run.lines[0][QStringLiteral("value")].toInt(), 4);
    }

    void badUsageExitsWithTwo()
    {
        const CliRun run
            = runCli({QStringLiteral("dlms"), QStringLiteral("get"),
                      QStringLiteral("0.0.1.0.0.255"), QStringLiteral("--tcp"), m_hdlc});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.stderrText.contains(QStringLiteral("OBIS:INDEX")));
    }
};

QTEST_GUILESS_MAIN(CliDlmsTest)
#include "tst_cli_dlms.moc"
