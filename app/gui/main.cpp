// imsdesk: the operator's workstation.
#include "app/common/demo_session.h"
#include "app/common/engine_host.h"
#include "app/common/localization.h"
#include "app/common/payment_service.h"
#include "app/common/tariff_service.h"
#include "app/gui/engine_wiring.h"
#include "models/storage/database.h"
#include "ui/main_window.h"
#include "ui/meter_card/meter_card_view.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace {

// Everything the window works on, destroyed in the right order: the window
// first (its views hold database connections), then the engine (it commits
// what it read) and the card's payment and tariff commands, the database, and last the
// demo network.
struct Workstation
{
    std::unique_ptr<ims::app::DemoSession> demo;
    std::unique_ptr<ims::storage::Database> database;
    std::unique_ptr<ims::app::EngineHost> engine;
    std::unique_ptr<ims::app::PaymentService> payments;
    std::unique_ptr<ims::app::TariffService> tariffs;
    std::unique_ptr<ims::ui::MainWindow> window;
};

int fail(const QString &message)
{
    QTextStream(stderr) << message << '\n';
    return 1;
}

ims::Status openDatabase(Workstation &w, const QString &path, bool schedules)
{
    w.database = std::make_unique<ims::storage::Database>(ims::storage::DatabaseConfig{path});
    if (const ims::Status s = w.database->openAndMigrate(); !s)
        return s;
    w.window->openDatabase(*w.database);
    w.engine = std::make_unique<ims::app::EngineHost>(*w.database);
    ims::app::connectEngine(*w.window, *w.engine);
    w.engine->start(schedules);
    w.payments = std::make_unique<ims::app::PaymentService>(*w.database);
    w.window->meterCard()->setPaymentCommands(w.payments.get());
    w.tariffs = std::make_unique<ims::app::TariffService>(*w.database);
    w.window->meterCard()->setTariffCommands(w.tariffs.get());
    return {};
}

// `--capture DIR`: a PNG of each view once the content is there.
void captureAndQuit(ims::ui::MainWindow &window, const QString &dir)
{
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
}

} // namespace

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
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("imsdesk",
                                "Start the built-in demo substation (a simulated network in this"
                                " process) and poll it; with --db, keep its data in FILE."));
    parser.addOptions({captureOption, dbOption, demoOption});
    parser.process(app);

    Workstation w;
    w.window = std::make_unique<ims::ui::MainWindow>();
    const QString captureDir = parser.value(captureOption);

    auto startDemo = [&w, &parser, &dbOption, captureDir]() -> ims::Status {
        const QString path = parser.isSet(dbOption) ? parser.value(dbOption)
                                                    : ims::app::DemoSession::defaultDatabasePath();
        if (const ims::Status s = openDatabase(w, path, false); !s)
            return s;
        w.demo = std::make_unique<ims::app::DemoSession>(*w.engine);
        ims::ui::MainWindow *window = w.window.get();
        QObject::connect(w.demo.get(), &ims::app::DemoSession::ready, window,
                         [window](const QString &message) {
                             window->reloadInstallation();
                             window->statusBar()->showMessage(message, 10000);
                         });
        QObject::connect(w.demo.get(), &ims::app::DemoSession::failed, window,
                         [window, captureDir](const QString &message) {
                             window->statusBar()->showMessage(message);
                             if (!captureDir.isEmpty()) {
                                 QTextStream(stderr) << message << '\n';
                                 QApplication::exit(1);
                             }
                         });
        if (!captureDir.isEmpty()) {
            // The first round of the demo's schedules, stored, then the views.
            ims::app::EngineHost *engine = w.engine.get();
            QObject::connect(
                engine, &ims::app::EngineHost::roundFinished, window,
                [window, engine, captureDir] {
                    if (const ims::Status s = engine->flushReadings(); !s)
                        QTextStream(stderr) << s.error().message << '\n';
                    window->refreshData();
                    captureAndQuit(*window, captureDir);
                },
                Qt::SingleShotConnection);
        }
        return w.demo->start();
    };

    if (parser.isSet(demoOption)) {
        if (const ims::Status s = startDemo(); !s)
            return fail(s.error().message);
    } else if (parser.isSet(dbOption)) {
        const QString path = parser.value(dbOption);
        if (!QFileInfo::exists(path))
            return fail(QApplication::translate("imsdesk", "no database at %1").arg(path));
        if (const ims::Status s = openDatabase(w, path, true); !s)
            return fail(s.error().message);
    }
    QObject::connect(w.window.get(), &ims::ui::MainWindow::demoRequested, w.window.get(),
                     [&w, &startDemo] {
                         if (w.database)
                             return;
                         if (const ims::Status s = startDemo(); !s)
                             w.window->statusBar()->showMessage(s.error().message);
                     });
    w.window->show();
    if (!captureDir.isEmpty() && !parser.isSet(demoOption)) {
        ims::ui::MainWindow *window = w.window.get();
        QTimer::singleShot(0, window,
                           [window, captureDir] { captureAndQuit(*window, captureDir); });
    }
    return app.exec();
}
