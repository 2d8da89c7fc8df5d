#include "cli_runner.h"

#include <QJsonDocument>
#include <QProcess>

namespace ims::test {

CliRun runCli(const QStringList &args, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IMSDESK_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IMSDESK_BINARY_DIR "/bin/imsdesk-cli"), args);
    p.closeWriteChannel();
    CliRun run;
    if (!p.waitForFinished(timeoutMs)) {
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
