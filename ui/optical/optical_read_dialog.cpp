#include "ui/optical/optical_read_dialog.h"

#include "models/optical/async_reading_recorder.h"
#include "protocol/iec62056_21/probe_ports.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ims::ui {

namespace {

enum Column { CodeColumn, ValueColumn, UnitColumn, RegisterColumn, ColumnCount };

} // namespace

OpticalReadDialog::OpticalReadDialog(storage::Database &database, QWidget *parent)
    : QDialog(parent)
    , m_reader(new client::OpticalMeterReader(this))
    , m_recorder(new optical::AsyncReadingRecorder(database, this))
    , m_operatorName(qEnvironmentVariable("USER"))
    , m_port(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_dialect(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_storeReading(new QCheckBox(tr("Store the reading in the database"), this))
    , m_read(new QPushButton(tr("Read meter"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_values(new QTableWidget(0, ColumnCount, this))
    , m_unknownMeter(new QWidget(this))
    , m_unknownMeterText(new QLabel(m_unknownMeter))
    , m_createMeter(new QPushButton(tr("Create the meter and store"), m_unknownMeter))
{
    setWindowTitle(tr("Read meter through the optical port"));
    m_port->setObjectName(QStringLiteral("portCombo"));
    m_port->setEditable(true);
    m_port->setMinimumContentsLength(24);
    m_port->setToolTip(tr("The serial port of the optical probe, as the system names it "
                          "(USB probes: /dev/ttyUSB0, COM3)."));
    m_refresh->setObjectName(QStringLiteral("refreshPortsButton"));
    m_dialect->setObjectName(QStringLiteral("dialectCombo"));
    m_dialect->addItem(tr("Automatic (from the meter's identification)"), QStringLiteral("auto"));
    m_dialect->addItem(tr("IEC 62056-21 standard"), QStringLiteral("iec"));
    m_dialect->addItem(tr("Energomera CE"), QStringLiteral("energomera"));
    m_dialect->addItem(tr("Neva MT / Taipit"), QStringLiteral("neva"));
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(tr("optional: the meter's serial number"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("optional: factory default"));
    m_password->setToolTip(tr("The meter's password: for programming mode (P1), or for DLMS "
                              "meters read through mode E the meter reader's password (LLS)."));
    m_storeReading->setObjectName(QStringLiteral("storeCheck"));
    m_storeReading->setChecked(true);
    m_read->setObjectName(QStringLiteral("readButton"));
    m_read->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_values->setObjectName(QStringLiteral("valuesTable"));
    m_values->setHorizontalHeaderLabels({tr("Code"), tr("Value"), tr("Unit"), tr("Register")});
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_values->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_values->verticalHeader()->setVisible(false);
    m_values->horizontalHeader()->setStretchLastSection(true);
    m_unknownMeter->setObjectName(QStringLiteral("unknownMeterBar"));
    m_unknownMeterText->setWordWrap(true);
    m_createMeter->setObjectName(QStringLiteral("createMeterButton"));
    m_unknownMeter->setVisible(false);

    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_port, 1);
    portRow->addWidget(m_refresh);
    auto *form = new QFormLayout;
    form->addRow(tr("Probe port:"), portRow);
    form->addRow(tr("Meter type:"), m_dialect);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_storeReading);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_read);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);

    auto *unknownRow = new QHBoxLayout(m_unknownMeter);
    unknownRow->setContentsMargins(0, 0, 0, 0);
    unknownRow->addWidget(m_unknownMeterText, 1);
    unknownRow->addWidget(m_createMeter);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &OpticalReadDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_values, 1);
    layout->addWidget(m_unknownMeter);
    layout->addWidget(close);
    resize(640, 520);

    connect(m_refresh, &QPushButton::clicked, this, &OpticalReadDialog::refreshPorts);
    connect(m_read, &QPushButton::clicked, this, &OpticalReadDialog::startReading);
    connect(m_cancel, &QPushButton::clicked, this, &OpticalReadDialog::cancelReading);
    connect(m_createMeter, &QPushButton::clicked, this, [this] { store(true); });
    connect(m_reader, &client::OpticalMeterReader::progress, this, &OpticalReadDialog::onProgress);
    connect(m_reader, &client::OpticalMeterReader::valuesRead, this, &OpticalReadDialog::onValues);
    connect(m_reader, &client::OpticalMeterReader::finished, this, &OpticalReadDialog::onFinished);
    connect(m_reader, &client::OpticalMeterReader::failed, this, &OpticalReadDialog::onFailed);
    connect(m_recorder, &optical::AsyncReadingRecorder::recorded, this,
            &OpticalReadDialog::onRecorded);
    connect(m_recorder, &optical::AsyncReadingRecorder::failed, this,
            &OpticalReadDialog::onRecordFailed);

    refreshPorts();
    setReading(false);
    setStatus(tr("Put the probe on the meter's optical port and press \"Read meter\"."));
}

OpticalReadDialog::~OpticalReadDialog() = default;

void OpticalReadDialog::setPort(const QString &systemLocation)
{
    const int index = m_port->findData(systemLocation);
    if (index >= 0)
        m_port->setCurrentIndex(index);
    else
        m_port->setEditText(systemLocation);
}

QString OpticalReadDialog::port() const
{
    // A listed port carries its system location; a typed one is the text itself.
    const int index = m_port->currentIndex();
    if (index >= 0 && m_port->itemText(index) == m_port->currentText())
        return m_port->itemData(index).toString();
    return m_port->currentText().trimmed();
}

void OpticalReadDialog::setRetryPolicy(int responseTimeoutMs, int retries)
{
    m_responseTimeoutMs = responseTimeoutMs;
    m_retries = retries;
}

bool OpticalReadDialog::isReading() const
{
    return m_reader->isRunning();
}

QString OpticalReadDialog::statusText() const
{
    return m_status->text();
}

void OpticalReadDialog::refreshPorts()
{
    const QString current = port();
    m_port->clear();
    for (const iec21::ProbePort &p : iec21::availableProbePorts())
        m_port->addItem(p.label(), p.systemLocation);
    if (!current.isEmpty())
        setPort(current);
}

void OpticalReadDialog::startReading()
{
    if (m_reader->isRunning())
        return;
    client::OpticalMeterReadOptions meterOptions;
    iec21::OpticalReadOptions &options = meterOptions.readout;
    options.device = port();
    if (options.device.isEmpty()) {
        setStatus(tr("Choose the port of the optical probe first."), true);
        return;
    }
    options.dialect = iec21::DialectChoice::parse(m_dialect->currentData().toString())
                          .value_or(iec21::DialectChoice{})
                          .dialect;
    options.address = m_address->text().trimmed().toLatin1();
    if (!m_password->text().isEmpty()) {
        options.password = m_password->text().toLatin1();
        meterOptions.dlms.password = m_password->text().toUtf8();
    }
    options.responseTimeoutMs = m_responseTimeoutMs;
    options.interCharacterTimeoutMs = std::min(1500, m_responseTimeoutMs);
    options.retries = m_retries;
    // A SPODES meter tells by the mode E marker in its identification: DLMS
    // then reads what its readout may not show (every tariff, the clock).
    options.preferModeE = true;
    m_values->setRowCount(0);
    m_unknownMeter->setVisible(false);
    m_lastReadout.reset();
    if (!m_reader->start(meterOptions))
        return;
    setReading(true);
    setStatus(tr("Reading the meter through %1…").arg(options.device));
}

void OpticalReadDialog::cancelReading()
{
    m_reader->cancel();
    m_cancel->setEnabled(false);
}

void OpticalReadDialog::reject()
{
    m_reader->cancel();
    QDialog::reject();
}

void OpticalReadDialog::setReading(bool reading)
{
    m_read->setEnabled(!reading);
    m_cancel->setEnabled(reading);
    m_port->setEnabled(!reading);
    m_refresh->setEnabled(!reading);
    m_dialect->setEnabled(!reading);
    m_address->setEnabled(!reading);
    m_password->setEnabled(!reading);
    m_progress->setVisible(reading);
    m_progress->setRange(0, 0); // busy until the meter says how much there is
}

void OpticalReadDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void OpticalReadDialog::onProgress(const QString &step, int done, int total)
{
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    }
    QString text = step;
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    setStatus(text + QStringLiteral("…"));
}

void OpticalReadDialog::showValues(const QList<iec21::DataSetValue> &values)
{
    m_values->setRowCount(0);
    onValues(values);
}

void OpticalReadDialog::onValues(const QList<iec21::DataSetValue> &values)
{
    for (const iec21::DataSetValue &v : values) {
        const int row = m_values->rowCount();
        m_values->insertRow(row);
        const QStringList cells{optical::storedCode(v), v.value, v.unit, v.originalCode};
        for (int c = 0; c < ColumnCount; ++c)
            m_values->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_values->resizeColumnsToContents();
}

void OpticalReadDialog::onFinished(const iec21::OpticalReading &reading)
{
    setReading(false);
    const iec21::ReadoutResult &r = reading.result;
    showValues(r.values);
    m_lastReadout = optical::readoutFrom(r, QDateTime::currentSecsSinceEpoch(), m_operatorName,
                                         m_address->text());
    QString text = tr("Read %n value(s) from meter %1 (%2).", nullptr, int(r.values.size()))
                       .arg(m_lastReadout->serial.isEmpty() ? tr("without a serial number")
                                                            : m_lastReadout->serial,
                            r.identification.manufacturer + u' ' + r.identification.identification);
    if (r.hdlcLine)
        text += u' ' + tr("Read through DLMS (mode E at %1 baud).").arg(r.hdlcLine->baud);
    if (!r.failures.isEmpty()) {
        QStringList missing;
        for (const iec21::ItemFailure &f : r.failures)
            missing << f.address;
        text += u' ' + tr("Not read: %1.").arg(missing.join(QStringLiteral(", ")));
    }
    setStatus(text);
    emit readoutFinished(true);
    if (m_storeReading->isChecked())
        store(false);
}

void OpticalReadDialog::onFailed(const Error &error)
{
    setReading(false);
    if (error.kind == ErrorKind::Cancelled)
        setStatus(tr("The readout was cancelled."));
    else
        setStatus(error.message + u' '
                      + tr("Check the probe and press \"Read meter\" to try again."),
                  true);
    emit readoutFinished(false);
}

void OpticalReadDialog::store(bool createMeter)
{
    if (!m_lastReadout)
        return;
    optical::RecordOptions options;
    options.createMeter = createMeter;
    if (!m_recorder->record(*m_lastReadout, options))
        return;
    m_unknownMeter->setVisible(false);
    m_read->setEnabled(false);
    setStatus(m_status->text() + u' ' + tr("Storing…"));
}

void OpticalReadDialog::onRecorded(const optical::RecordOutcome &outcome)
{
    m_read->setEnabled(!m_reader->isRunning());
    if (outcome.status == optical::RecordOutcome::Status::UnknownMeter) {
        m_unknownMeterText->setText(
            tr("Meter %1 is not in the database. Create it as a meter read through the optical "
               "port only and store this reading?")
                .arg(outcome.serial));
        m_unknownMeter->setVisible(true);
        setStatus(tr("Meter %1 is not in the database; the reading is not stored yet.")
                      .arg(outcome.serial));
        return;
    }
    setStatus(outcome.meterCreated
                  ? tr("Stored %n value(s) as a manual optical reading of the new meter %1.",
                       nullptr, outcome.stored)
                        .arg(outcome.serial)
                  : tr("Stored %n value(s) as a manual optical reading of meter %1.", nullptr,
                       outcome.stored)
                        .arg(outcome.serial));
    emit readingStored(outcome.meterId, outcome.serial, outcome.meterCreated);
}

void OpticalReadDialog::onRecordFailed(const Error &error)
{
    m_read->setEnabled(!m_reader->isRunning());
    setStatus(tr("The reading was not stored: %1").arg(error.message), true);
    emit storingFailed(error.message);
}

} // namespace ims::ui
