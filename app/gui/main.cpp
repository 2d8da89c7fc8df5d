// imsdesk: the operator's workstation.
#include "app/common/localization.h"
#include "models/storage/database.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <memory>

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
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("imsdesk", "Open the workstation database FILE."),
        QStringLiteral("FILE"));
    parser.addOption(captureOption);
    parser.addOption(dbOption);
    parser.process(app);

    // Declared before the window: it must outlive every view's connection.
    std::unique_ptr<ims::storage::Database> database;
    if (parser.isSet(dbOption)) {
        const QString path = parser.value(dbOption);
        if (!QFileInfo::exists(path)) {
            QTextStream(stderr) << QApplication::translate("imsdesk", "no database at %1").arg(path)
                                << '\n';
            return 1;
        }
        database = std::make_unique<ims::storage::Database>(ims::storage::DatabaseConfig{path});
        if (const ims::Status s = database->openAndMigrate(); !s) {
            QTextStream(stderr) << s.error().message << '\n';
            return 1;
        }
    }

    ims::ui::MainWindow window(database.get());
    window.show();
    if (parser.isSet(captureOption)) {
        const QString dir = parser.value(captureOption);
        QTimer::singleShot(0, &window, [&window, dir] {
            QDir().mkpath(dir);
            if (!window.hasDatabase()) {
                const bool saved
                    = window.grab().save(QDir(dir).filePath(QStringLiteral("main-window.png")));
                QApplication::exit(saved ? 0 : 1);
                return;
            }
            const ims::Status captured = window.captureViews(dir);
            if (!captured)
                QTextStream(stderr) << captured.error().message << '\n';
            QApplication::exit(captured ? 0 : 1);
        });
    }
    return app.exec();
}
