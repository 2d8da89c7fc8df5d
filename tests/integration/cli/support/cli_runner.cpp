#include "cli_runner.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

namespace ims::test {

CliRun runCli(const QStringList &args, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IMSDESK_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    p.start(QStringLiteral(IMSDESK_BINARY_DIR "/bin/imsdesk-cli"), args);
    p.closeWriteChannel();
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    CliRun run;
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        run.err = QStringLiteral("imsdesk-cli did not finish");
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
        if (doc.isObject())
            run.json << doc.object();
    }
    return run;
}

} // namespace ims::test
