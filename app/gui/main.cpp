// imsdesk: the operator's workstation.
#include "app/common/localization.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ImsDesk"));
    QApplication::setOrganizationName(QStringLiteral("ImsDesk"));
    QApplication::setApplicationVersion(QStringLiteral(IMSDESK_VERSION));
    const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    ims::app::installTranslations(app, language);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption captureOption(
        QStringLiteral("capture"),
        QApplication::translate("imsdesk", "Write a PNG of each main view into DIR and exit."),
        QStringLiteral("DIR"));
    parser.addOption(captureOption);
    parser.process(app);

    ims::ui::MainWindow window;
    window.show();
    if (parser.isSet(captureOption)) {
        const QString dir = parser.value(captureOption);
        QTimer::singleShot(0, &window, [&window, dir] {
            QDir().mkpath(dir);
            const bool saved
                = window.grab().save(QDir(dir).filePath(QStringLiteral("main-window.png")));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
