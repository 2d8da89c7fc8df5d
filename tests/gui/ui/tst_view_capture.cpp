// `--capture`: one PNG per main view, each showing its view with data. The
// pictures are checked for size and content (not one flat colour), and the
// labels that prove data arrived are checked through the widget tree.
#include "models/itemmodels/alarm_list_model.h"
#include "models/itemmodels/record_table_model.h"
#include "support/workstation_fixture.h"
#include "ui/alarms/alarms_view.h"
#include "ui/balance/balance_view.h"
#include "ui/load_profile/load_profile_view.h"
#include "ui/main_window.h"
#include "ui/meter_card/meter_card_view.h"
#include "ui/network_map/network_map_panel.h"
#include "ui/polling/polling_panel.h"
#include "ui/topology/topology_panel.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ims;
using namespace ims::ui;

namespace {

// Share of sampled pixels that differ from the most common colour.
double busyShare(const QImage &image)
{
    QHash<QRgb, int> counts;
    int samples = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) {
            ++counts[image.pixel(x, y)];
            ++samples;
        }
    int top = 0;
    for (int c : std::as_const(counts))
        top = std::max(top, c);
    return samples == 0 ? 0.0 : 1.0 - double(top) / samples;
}

QString labelText(QWidget *root, const QString &name)
{
    auto *label = root->findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

const QStringList kViews{QStringLiteral("topology"),   QStringLiteral("network-map"),
                         QStringLiteral("meter-card"), QStringLiteral("load-profile"),
                         QStringLiteral("balance"),    QStringLiteral("alarms"),
                         QStringLiteral("polling")};

} // namespace

class ViewCaptureTest : public QObject
{
    Q_OBJECT

    test::WorkstationFixture m_fixture;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ImsDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_view_capture"));
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(m_fixture.setUp(), qPrintable(m_fixture.error));
    }

    void cleanupTestCase() { m_fixture.database.reset(); }

    void capturesEveryViewWithData()
    {
        // IMSDESK_CAPTURE_DIR keeps the pictures for a person to look at.
        QTemporaryDir temporary;
        QDir dir(qEnvironmentVariable("IMSDESK_CAPTURE_DIR", temporary.path()));
        MainWindow window(m_fixture.database.get());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Status captured = window.captureViews(dir.path());
        QVERIFY2(captured.ok(), qPrintable(captured.error().message));

        QHash<QString, QSize> expected;
        for (const QString &view : kViews)
            expected.insert(view, window.size());
        expected.insert(QStringLiteral("topology"),
                        window.findChild<QDockWidget *>(QStringLiteral("topologyDock"))->size());
        expected.insert(QStringLiteral("polling"),
                        window.findChild<QDockWidget *>(QStringLiteral("pollingDock"))->size());
        for (const QString &view : kViews) {
            const QString path = dir.filePath(view + QStringLiteral(".png"));
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), expected.value(view));
            QVERIFY2(
                busyShare(image) > 0.05,
                qPrintable(QStringLiteral("%1 looks blank (%2)").arg(view).arg(busyShare(image))));
        }

        // What each picture shows, through the widget tree at capture time.
        const qint64 meter = window.meterCard()->meterId();
        QVERIFY(meter != 0);
        QVERIFY(labelText(&window, QStringLiteral("meterCardTitle"))
                    .contains(window.meterCard()->card().meter.serial));
        QVERIFY(window.meterCard()->registersModel()->rowCount() > 0);
        QCOMPARE(window.loadProfile()->series().buckets.isEmpty(), false);
        QVERIFY(labelText(&window, QStringLiteral("profileTotals")).contains(QStringLiteral("A+")));
        QVERIFY(window.networkMap()->nodeCount() >= test::WorkstationFixture::kMetersPerRouter);
        QVERIFY(
            labelText(&window, QStringLiteral("mapSummary")).contains(QStringLiteral("meters")));
        QCOMPARE(window.balanceView()->groupId(), m_fixture.site.groupId);
        QVERIFY(labelText(&window, QStringLiteral("balanceSummary"))
                    .contains(QStringLiteral("losses")));
        QVERIFY(window.alarmsView()->alarmModel()->rowCount() > 0);
        QVERIFY(labelText(&window, QStringLiteral("pollingSummary"))
                    .contains(QStringLiteral("meters read")));
        QVERIFY(window.topologyPanel()->view()->currentIndex().isValid());
    }

    // The executable's option: `imsdesk --db FILE --capture DIR`.
    void executableCapturesToo()
    {
        const QString program = QStringLiteral(IMSDESK_BINARY_DIR "/bin/imsdesk");
        if (!QFileInfo::exists(program))
            QSKIP("imsdesk is not built in this tree");
        QTemporaryDir dir;
        const QString db = m_fixture.database->config().path;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(program,
                      {QStringLiteral("--db"), db, QStringLiteral("--capture"), dir.path()});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        for (const QString &view : kViews) {
            const QImage image(dir.filePath(view + QStringLiteral(".png")));
            QVERIFY2(!image.isNull(), qPrintable(view));
            QVERIFY(busyShare(image) > 0.05);
        }
    }
};

QTEST_MAIN(ViewCaptureTest)
#include "tst_view_capture.moc"
