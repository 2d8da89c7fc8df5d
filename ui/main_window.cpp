#include "ui/main_window.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace ims::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ImsDesk — metering workstation"));
    auto *welcome = new QLabel(tr("No network yet. Until the operator views arrive, use "
                                  "imsdesk-cli and imsdesk-sim (see README)."),
                               this);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    setCentralWidget(welcome);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    restoreLayout();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("settingsMenu"));
    QMenu *language = settings->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    const std::pair<QString, QString> choices[] = {{QString(), tr("System default")},
                                                   {QStringLiteral("ru"), tr("Russian")},
                                                   {QStringLiteral("en"), tr("English")}};
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        action->setObjectName(QStringLiteral("language_")
                              + (code.isEmpty() ? QStringLiteral("system") : code));
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ImsDesk"), this, [this] {
        QMessageBox::about(this, tr("About ImsDesk"),
                           tr("ImsDesk %1\nOperator workstation for automated electricity "
                              "metering (DLMS/COSEM, SPODES).")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::chooseLanguage(const QString &code)
{
    QSettings settings;
    if (settings.value(QStringLiteral("ui/language")).toString() == code)
        return;
    settings.setValue(QStringLiteral("ui/language"), code);
    statusBar()->showMessage(tr("The language changes when ImsDesk is started again."));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("ui/state")).toByteArray());
    if (!settings.contains(QStringLiteral("ui/geometry")))
        resize(1280, 800);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/state"), saveState());
    event->accept();
}

} // namespace ims::ui
