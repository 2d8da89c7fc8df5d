// The "Commissioning…" dialog offscreen against a real database: the meters
// by router, a CSV previewed line by line, a refused file explained in words
// with nothing written, and an applied file that changes the database.
#include "models/storage/database.h"
#include "models/storage/domain_store.h"
#include "models/storage/synthetic_installation.h"
#include "ui/commissioning/commissioning_dialog.h"
#include "ui/core/query_runner.h"
#include "ui/main_window.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ims;
using namespace ims::ui;

namespace {

constexpr int kTimeout = 30000;

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

class TstCommissioningDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<QueryRunner> m_runner;
    int m_files = 0;

    QString csvFile(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("d%1.csv").arg(++m_files));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

    // Read on the test's own connection role, never the runner's.
    QString query(const QString &sql)
    {
        auto c = m_database->connection(QStringLiteral("test"));
        if (!c)
            return QString();
        QSqlQuery q(*c);
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

    static QTreeWidgetItem *findMeter(QTreeWidget *tree, const QString &serial)
    {
        const auto found = tree->findItems(serial, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return found.isEmpty() ? nullptr : found.first();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ImsDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_commissioning_dialog"));
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<storage::Database>(
            storage::DatabaseConfig{m_dir.filePath(QStringLiteral("dialog.sqlite"))});
        QVERIFY(m_database->openAndMigrate().ok());
        {
            QSqlDatabase c = *m_database->connection(QStringLiteral("test"));
            QVERIFY(
                storage::createSyntheticInstallation(c, {1, 3, QStringLiteral("DLG"), false}).ok());
            domain::Meter optical;
            optical.serial = QStringLiteral("OPT001");
            optical.model = QStringLiteral("CE 102");
            optical.opticalOnly = true;
            QVERIFY(storage::DomainStore(c).add(optical).ok());
        }
        m_runner = std::make_unique<QueryRunner>(*m_database);
    }

    void cleanupTestCase()
    {
        m_runner.reset();
        m_database.reset();
    }

    void listsTheMetersByRouter()
    {
        CommissioningDialog dialog(*m_runner);
        QSignalSpy loaded(&dialog, &CommissioningDialog::metersLoaded);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(loaded.count() > 0 || loaded.wait(kTimeout));
        QCOMPARE(loaded.first().first().toInt(), 4);
        QTreeWidget *tree = dialog.meterTree();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Without a router"));
        QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
        QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("USPD-1"));
        QCOMPARE(tree->topLevelItem(1)->childCount(), 3);
        QTreeWidgetItem *head = findMeter(tree, QStringLiteral("DLG00000000"));
        QVERIFY(head);
        QCOMPARE(head->text(4), QStringLiteral("1000/5")); // CT
        QCOMPARE(head->text(6), QStringLiteral("TP-1 balance"));
        QVERIFY(!dialog.canApply());
    }

    void refusedFileIsExplainedAndNothingIsWritten()
    {
        CommissioningDialog dialog(*m_runner);
        dialog.show();
        QSignalSpy ready(&dialog, &CommissioningDialog::previewReady);
        dialog.loadCsv(csvFile("serial;subscriber;account;plot\n"
                               "OPT001;Petrov;ACC-1;12\n"
                               "GHOST-7;;;14\n"
                               "DLG00000001;Sidorov;;\n"));
        QVERIFY(ready.wait(kTimeout));
        QCOMPARE(ready.first().first().toBool(), false);
        QTableWidget *table = dialog.previewTable();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(cell(table, 0, 0), QStringLiteral("2"));
        QCOMPARE(cell(table, 0, 2), QStringLiteral("will bind"));
        QCOMPARE(cell(table, 1, 1), QStringLiteral("GHOST-7"));
        QCOMPARE(cell(table, 1, 2), QStringLiteral("error"));
        QVERIFY(cell(table, 1, 3).contains(QStringLiteral("not commissioned yet")));
        QCOMPARE(cell(table, 2, 0), QStringLiteral("4"));
        QCOMPARE(cell(table, 2, 2), QStringLiteral("error"));
        QVERIFY(cell(table, 2, 3).contains(QStringLiteral("has no account")));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("line 3")),
                 qPrintable(dialog.statusText()));
        QVERIFY(dialog.statusText().contains(QStringLiteral("Nothing will be changed")));
        QVERIFY(!dialog.canApply());
        auto *applyButton = dialog.findChild<QPushButton *>(QStringLiteral("commissioningApply"));
        QVERIFY(applyButton);
        QVERIFY(!applyButton->isEnabled());
        dialog.apply(); // refused without a sound plan
        QTest::qWait(50);
        QCOMPARE(query(QStringLiteral("SELECT COUNT(*) FROM subscribers")), QStringLiteral("0"));
    }

    void previewsAppliesAndShowsTheResult()
    {
        CommissioningDialog dialog(*m_runner);
        QSignalSpy loaded(&dialog, &CommissioningDialog::metersLoaded);
        dialog.show();
        QVERIFY(loaded.wait(kTimeout));
        QSignalSpy ready(&dialog, &CommissioningDialog::previewReady);
        dialog.loadCsv(csvFile("serial,subscriber,account,plot,ct,group\n"
                               "OPT001,\"Petrov, I.I.\",ACC-1,12,150/5,Feeder A\n"
                               "GHOST-7,,,14,,\n"));
        QVERIFY(ready.wait(kTimeout));
        QCOMPARE(ready.last().first().toBool(), false); // the unknown meter

        // Skipping unknown meters checks the same file again.
        auto *allow = dialog.findChild<QCheckBox *>(QStringLiteral("commissioningAllowUnknown"));
        QVERIFY(allow);
        allow->setChecked(true);
        QVERIFY(ready.wait(kTimeout));
        QCOMPARE(ready.last().first().toBool(), true);
        QTableWidget *table = dialog.previewTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(cell(table, 0, 2), QStringLiteral("will bind"));
        QVERIFY(cell(table, 0, 3).contains(QStringLiteral("ACC-1")));
        QVERIFY(cell(table, 0, 3).contains(QStringLiteral("150/5")));
        QCOMPARE(cell(table, 1, 2), QStringLiteral("skipped"));
        QVERIFY(dialog.canApply());
        QCOMPARE(query(QStringLiteral("SELECT COUNT(*) FROM subscribers")), QStringLiteral("0"));

        QSignalSpy applied(&dialog, &CommissioningDialog::applied);
        loaded.clear();
        auto *applyButton = dialog.findChild<QPushButton *>(QStringLiteral("commissioningApply"));
        QTest::mouseClick(applyButton, Qt::LeftButton);
        QVERIFY(applied.wait(kTimeout));
        QCOMPARE(applied.first().first().toInt(), 1);
        QCOMPARE(cell(table, 0, 2), QStringLiteral("bound"));
        QVERIFY(!dialog.canApply());
        QCOMPARE(query(QStringLiteral("SELECT s.account || '|' || s.name || '|' || m.plot || '|'"
                                      " || m.ct_num || '/' || m.ct_den FROM meters m JOIN"
                                      " subscribers s ON s.id = m.subscriber_id WHERE"
                                      " m.serial = 'OPT001'")),
                 QStringLiteral("ACC-1|Petrov, I.I.|12|150/5"));
        QCOMPARE(query(QStringLiteral("SELECT COUNT(*) FROM balance_groups WHERE"
                                      " name = 'Feeder A'")),
                 QStringLiteral("1"));

        // The list shows the meter as it is now.
        QVERIFY(loaded.count() > 0 || loaded.wait(kTimeout));
        QTreeWidgetItem *meter = findMeter(dialog.meterTree(), QStringLiteral("OPT001"));
        QVERIFY(meter);
        QCOMPARE(meter->text(2), QStringLiteral("Petrov, I.I. (ACC-1)"));
        QCOMPARE(meter->text(3), QStringLiteral("12"));
        QCOMPARE(meter->text(4), QStringLiteral("150/5"));
        QCOMPARE(meter->text(6), QStringLiteral("Feeder A"));
    }

    void mainWindowMenuOpensTheDialog()
    {
        MainWindow window(m_database.get());
        QAction *action = window.findChild<QAction *>(QStringLiteral("commissioningAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("Commissioning…"));
        action->trigger();
        auto *dialog = window.findChild<CommissioningDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QSignalSpy loaded(dialog, &CommissioningDialog::metersLoaded);
        QVERIFY(loaded.wait(kTimeout));
        dialog->close();
        QVERIFY(window.waitForViews(kTimeout));
    }
};

QTEST_MAIN(TstCommissioningDialog)
#include "tst_commissioning_dialog.moc"
