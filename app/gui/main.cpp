// imsdesk: the operator's workstation.
#include "app/common/localization.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

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
    parser.process(app);

    ims::ui::MainWindow window;
    window.show();
    return app.exec();
}
