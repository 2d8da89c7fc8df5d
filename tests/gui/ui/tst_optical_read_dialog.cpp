// The "Read meter through the optical port" dialog under the offscreen
// platform, against simulated optical ports on ptys: read, offer to create
// the unknown meter, store without blocking, fail clearly, cancel.
#include "models/analytics/manual_reading_query.h"
#include "models/storage/database.h"
#include "models/storage/domain_store.h"
#include "protocol/sim/optical/sim_optical_port.h"
#include "ui/optical/optical_read_dialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;

namespace {

std::unique_ptr<sim::SimOpticalPort> makePort(iec21::Dialect dialect,
                                              sim::OpticalFault fault = sim::OpticalFault::None)
{
    sim::OpticalPortConfig c;
    c.dialect = dialect;
    c.fault = fault;
    c.reactionMs = 20;
    auto port = sim::SimOpticalPort::create(c);
    return port ? std::move(port).value() : nullptr;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

int rowOf(const QTableWidget *table, const QString &code)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (cell(table, r, 0) == code)
            return r;
    }
    return -1;
}

} // namespace

class TstOpticalReadDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;

private slots:
    void init()
    {
        m_db = std::make_unique<storage::Database>(
            storage::DatabaseConfig{m_dir.filePath(QStringLiteral("optical.sqlite"))});
        QVERIFY(m_db->openAndMigrate().ok());
    }
    void cleanup()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("optical.sqlite")));
    }

    void readsOffersTheMeterAndStoresIt()
    {
        auto port = makePort(iec21::Dialect::Energomera);
        QVERIFY(port);
        ui::OpticalReadDialog dialog(*m_db);
        dialog.setOperatorName(QStringLiteral("Sidorov"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *read = dialog.findChild<QPushButton *>(QStringLiteral("readButton"));
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("valuesTable"));
        auto *unknown = dialog.findChild<QWidget *>(QStringLiteral("unknownMeterBar"));
        auto *create = dialog.findChild<QPushButton *>(QStringLiteral("createMeterButton"));
        auto *dialect = dialog.findChild<QComboBox *>(QStringLiteral("dialectCombo"));
        QVERIFY(read && cancel && table && unknown && create && dialect);
        QCOMPARE(dialect->currentData().toString(), QStringLiteral("auto"));
        QVERIFY(!cancel->isEnabled());

        dialog.setPort(port->slavePath());
        QCOMPARE(dialog.port(), port->slavePath());
        QSignalSpy finished(&dialog, &ui::OpticalReadDialog::readoutFinished);
        QSignalSpy stored(&dialog, &ui::OpticalReadDialog::readingStored);
        QTest::mouseClick(read, Qt::LeftButton);
        QVERIFY(dialog.isReading());
        QVERIFY(!read->isEnabled());
        QVERIFY(cancel->isEnabled());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!dialog.isReading());

        // The values are on screen.
        const int energy = rowOf(table, QStringLiteral("1.8.0"));
        QVERIFY(energy >= 0);
        QCOMPARE(cell(table, energy, 2), QStringLiteral("kWh"));
        QCOMPARE(cell(table, energy, 3), QStringLiteral("ET0PE"));
        QVERIFY(rowOf(table, QStringLiteral("96.1.0")) >= 0);

        // The meter is unknown: the dialog offers to create it, stores nothing yet.
        QTRY_VERIFY_WITH_TIMEOUT(unknown->isVisible(), 10000);
        QVERIFY(dialog.statusText().contains(QStringLiteral("141628345")));
        QCOMPARE(stored.size(), 0);
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(stored.wait(10000));
        QVERIFY(!unknown->isVisible());
        QCOMPARE(stored.first().at(1).toString(), QStringLiteral("141628345"));
        QCOMPARE(stored.first().at(2).toBool(), true);
        QVERIFY(read->isEnabled());

        // In the database as manual optical readings of that meter.
        QSqlDatabase c = *m_db->connection();
        auto meter = storage::DomainStore(c).meterBySerial(QStringLiteral("141628345"));
        QVERIFY(meter.ok());
        QCOMPARE(meter->id, stored.first().at(0).toLongLong());
        QVERIFY(meter->opticalOnly);
        analytics::ManualReadingFilter filter;
        filter.meterId = meter->id;
        auto rows = analytics::ManualReadingQuery(c).readings(filter);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), table->rowCount());
        bool energyStored = false;
        for (const analytics::ManualReadingRecord &r : *rows) {
            QVERIFY(r.optical);
            QCOMPARE(r.operatorName, QStringLiteral("Sidorov"));
            if (r.code == u"1.8.0")
                energyStored = r.textValue == cell(table, energy, 1) + QStringLiteral("*kWh");
        }
        QVERIFY(energyStored);

        // A second readout of the now known meter is stored straight away.
        stored.clear();
        QTest::mouseClick(read, Qt::LeftButton);
        QVERIFY(stored.wait(30000));
        QCOMPARE(stored.first().at(2).toBool(), false);
        QVERIFY(!unknown->isVisible());
    }

    void readsASpodesMeterThroughDlmsAndStoresIt()
    {
        // A SPODES meter offers mode E: the dialog reads it through DLMS.
        sim::OpticalPortConfig c;
        c.spodes = true;
        c.reactionMs = 20;
        auto created = sim::SimOpticalPort::create(c);
        QVERIFY(created.ok());
        std::unique_ptr<sim::SimOpticalPort> port = std::move(created).value();
        const QString serial = QString::fromLatin1(port->serialNumber());

        // Known to the database, next to another meter: stored straight away, to it.
        QSqlDatabase c0 = *m_db->connection();
        storage::DomainStore store(c0);
        domain::Meter other;
        other.serial = QStringLiteral("5100100099");
        QVERIFY(store.add(other).ok());
        domain::Meter known;
        known.serial = serial;
        known.model = QStringLiteral("NP515");
        auto knownId = store.add(known);
        QVERIFY(knownId.ok());

        ui::OpticalReadDialog dialog(*m_db);
        dialog.setOperatorName(QStringLiteral("Kuznetsov"));
        dialog.setPort(port->slavePath());
        auto *read = dialog.findChild<QPushButton *>(QStringLiteral("readButton"));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("valuesTable"));
        QVERIFY(read && table);
        QString statusAtFinish;
        connect(&dialog, &ui::OpticalReadDialog::readoutFinished, this,
                [&] { statusAtFinish = dialog.statusText(); });
        QSignalSpy finished(&dialog, &ui::OpticalReadDialog::readoutFinished);
        QSignalSpy stored(&dialog, &ui::OpticalReadDialog::readingStored);
        QTest::mouseClick(read, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.statusText()));
        QVERIFY2(statusAtFinish.contains(QStringLiteral("DLMS (mode E at 9600 baud)")),
                 qPrintable(statusAtFinish));

        // Serial, clock and A+ per tariff, from the meter's COSEM objects.
        const int serialRow = rowOf(table, QStringLiteral("96.1.0"));
        QVERIFY(serialRow >= 0);
        QCOMPARE(cell(table, serialRow, 1), serial);
        QCOMPARE(cell(table, serialRow, 3), QStringLiteral("0.0.96.1.0.255"));
        QVERIFY(rowOf(table, QStringLiteral("0.9.1")) >= 0);
        for (int t = 0; t <= 4; ++t) {
            const int row = rowOf(table, QStringLiteral("1.8.%1").arg(t));
            QVERIFY(row >= 0);
            QCOMPARE(cell(table, row, 2), QStringLiteral("kWh"));
            QCOMPARE(cell(table, row, 3), QStringLiteral("1.0.1.8.%1.255").arg(t));
        }

        QVERIFY(stored.wait(10000));
        QCOMPARE(stored.first().at(0).toLongLong(), *knownId);
        QCOMPARE(stored.first().at(1).toString(), serial);
        QCOMPARE(stored.first().at(2).toBool(), false);

        analytics::ManualReadingFilter filter;
        filter.meterId = *knownId;
        auto rows = analytics::ManualReadingQuery(c0).readings(filter);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), table->rowCount());
        const int energy = rowOf(table, QStringLiteral("1.8.0"));
        bool energyStored = false;
        for (const analytics::ManualReadingRecord &r : *rows) {
            QVERIFY(r.optical);
            QCOMPARE(r.meterSerial, serial);
            QCOMPARE(r.operatorName, QStringLiteral("Kuznetsov"));
            if (r.code == u"1.8.0")
                energyStored = r.textValue == cell(table, energy, 1) + QStringLiteral("*kWh");
        }
        QVERIFY(energyStored);
    }

    void aFaultGivesAMessageAndReadCanBePressedAgain()
    {
        auto port = makePort(iec21::Dialect::Iec, sim::OpticalFault::Garbage);
        QVERIFY(port);
        ui::OpticalReadDialog dialog(*m_db);
        dialog.setRetryPolicy(500, 0);
        dialog.setPort(port->slavePath());
        auto *read = dialog.findChild<QPushButton *>(QStringLiteral("readButton"));
        QSignalSpy finished(&dialog, &ui::OpticalReadDialog::readoutFinished);
        QTest::mouseClick(read, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("garbage")),
                 qPrintable(dialog.statusText()));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("try again")),
                 qPrintable(dialog.statusText()));
        QVERIFY(read->isEnabled());
        QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("valuesTable"))->rowCount(), 0);
    }

    void cancelStopsTheReadout()
    {
        auto port = makePort(iec21::Dialect::Neva, sim::OpticalFault::Silent);
        QVERIFY(port);
        ui::OpticalReadDialog dialog(*m_db);
        dialog.setRetryPolicy(20000, 3);
        dialog.setPort(port->slavePath());
        QSignalSpy finished(&dialog, &ui::OpticalReadDialog::readoutFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("readButton")),
                          Qt::LeftButton);
        QTest::qWait(300);
        QVERIFY(dialog.isReading());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("cancelButton")),
                          Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!dialog.isReading());
        QVERIFY2(dialog.statusText().contains(QStringLiteral("cancelled")),
                 qPrintable(dialog.statusText()));
    }

    void refusesToReadWithoutAPort()
    {
        ui::OpticalReadDialog dialog(*m_db);
        dialog.setPort(QString());
        QSignalSpy finished(&dialog, &ui::OpticalReadDialog::readoutFinished);
        dialog.startReading();
        QVERIFY(!dialog.isReading());
        if (dialog.port().isEmpty()) // no serial ports on this machine
            QVERIFY(dialog.statusText().contains(QStringLiteral("port")));
    }
};

QTEST_MAIN(TstOpticalReadDialog)
#include "tst_optical_read_dialog.moc"
