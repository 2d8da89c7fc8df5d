// The main window under the offscreen platform: it opens, offers the
// language choice the settings promise, and draws something on screen.
#include "ui/main_window.h"

#include <QAction>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class MainWindowTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ImsDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
        QSettings().clear();
    }

    void offersRussianAndEnglishAndRemembersTheChoice()
    {
        ims::ui::MainWindow window;
        auto *russian = window.findChild<QAction *>(QStringLiteral("language_ru"));
        auto *english = window.findChild<QAction *>(QStringLiteral("language_en"));
        auto *system = window.findChild<QAction *>(QStringLiteral("language_system"));
        QVERIFY(russian && english && system);
        QVERIFY(system->isChecked());
        english->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        QVERIFY(english->isChecked());
        QVERIFY(!russian->isChecked());
        russian->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ru"));
    }

    void drawsAWindowWithContent()
    {
        ims::ui::MainWindow window;
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage shot = window.grab().toImage();
        QCOMPARE(shot.size(), QSize(800, 600));
        // Not blank: the menu bar and the welcome text differ from the background.
        const QRgb background = shot.pixel(shot.width() / 2, shot.height() - 5);
        int differing = 0;
        for (int y = 0; y < shot.height(); y += 4)
            for (int x = 0; x < shot.width(); x += 4)
                differing += shot.pixel(x, y) != background;
        QVERIFY2(differing > 100,
                 qPrintable(QStringLiteral("only %1 sampled pixels differ").arg(differing)));
        QVERIFY(window.menuBar()->actions().size() >= 3);
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_main_window.moc"
