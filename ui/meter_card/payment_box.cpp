#include "ui/meter_card/payment_box.h"

#include "models/itemmodels/display_format.h"
#include "ui/core/query_runner.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ims::ui {

using control::MeterPaymentStatus;
using itemmodels::DisplayFormat;

namespace {

Result<std::optional<control::Money>> optionalAmount(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::optional<control::Money>();
    Result<control::Money> m = control::Money::parse(text);
    if (!m)
        return m.error();
    return std::optional<control::Money>(*m);
}

} // namespace

PaymentBox::PaymentBox(QueryRunner *runner, QWidget *parent)
    : QGroupBox(tr("Prepayment"), parent)
    , m_runner(runner)
    , m_form(new QFormLayout)
    , m_warning(new QLabel(this))
    , m_message(new QLabel(this))
    , m_read(new QPushButton(tr("Read balance"), this))
    , m_pay(new QPushButton(tr("Top up…"), this))
    , m_thresholds(new QPushButton(tr("Thresholds…"), this))
    , m_mode(new QPushButton(tr("Mode…"), this))
{
    setObjectName(QStringLiteral("paymentBox"));
    m_warning->setObjectName(QStringLiteral("paymentWarning"));
    m_message->setObjectName(QStringLiteral("paymentMessage"));
    m_read->setObjectName(QStringLiteral("paymentReadButton"));
    m_pay->setObjectName(QStringLiteral("paymentTopUpButton"));
    m_thresholds->setObjectName(QStringLiteral("paymentThresholdsButton"));
    m_mode->setObjectName(QStringLiteral("paymentModeButton"));
    m_warning->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->setLabelAlignment(Qt::AlignLeft);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_read, m_pay, m_thresholds, m_mode})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_warning);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_read, &QPushButton::clicked, this, [this] { readAccount(); });
    connect(m_pay, &QPushButton::clicked, this, &PaymentBox::askTopUp);
    connect(m_thresholds, &QPushButton::clicked, this, &PaymentBox::askThresholds);
    connect(m_mode, &QPushButton::clicked, this, &PaymentBox::askMode);
    present();
}

void PaymentBox::setCommands(control::PaymentCommands *commands)
{
    if (m_commands)
        disconnect(m_commands, nullptr, this, nullptr);
    m_commands = commands;
    if (m_commands)
        connect(m_commands, &control::PaymentCommands::finished, this, &PaymentBox::onFinished);
    present();
}

void PaymentBox::showMeter(qint64 meterId)
{
    if (meterId != m_meterId) {
        m_busy = false;
        m_message->clear();
    }
    m_meterId = meterId;
    m_status.reset();
    reload();
}

QString PaymentBox::messageText() const
{
    return m_message->text();
}

QString PaymentBox::warningText() const
{
    return m_warning->text();
}

void PaymentBox::reload()
{
    const quint64 generation = ++m_generation;
    const qint64 meterId = m_meterId;
    present();
    if (meterId == 0)
        return;
    m_runner->run<std::optional<MeterPaymentStatus>>(
        this, [meterId](QSqlDatabase &db) { return control::PaymentStore(db).status(meterId); },
        [this, generation](Result<std::optional<MeterPaymentStatus>> status) {
            if (generation != m_generation)
                return;
            if (!status)
                m_message->setText(status.error().message);
            else
                m_status = *status;
            present();
            emit loaded();
        });
}

void PaymentBox::present()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const auto row = [this](const QString &label, const QString &value) {
        auto *field = new QLabel(value.isEmpty() ? QStringLiteral("—") : value);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(label, field);
    };
    m_warning->clear();
    m_warning->setStyleSheet(QString());
    const bool known = m_status && m_status->supported && m_status->paymentMode != 0;
    if (!m_status) {
        row(tr("Balance"), tr("not read yet"));
    } else if (!m_status->supported) {
        row(tr("Balance"), tr("this meter has no prepayment account"));
    } else {
        const MeterPaymentStatus &s = *m_status;
        row(tr("Mode"), cosem::PaymentNames::paymentModeName(s.paymentMode));
        row(tr("Balance"), s.money(s.availableCredit));
        row(tr("Warning at"), s.money(s.lowThreshold));
        row(tr("Disconnection at"),
            s.paymentMode == quint8(cosem::PaymentMode::Prepayment)
                ? s.money(s.disconnectThreshold)
                : tr("%1 (not in credit mode)").arg(s.money(s.disconnectThreshold)));
        if (s.totalPaid)
            row(tr("Charged for energy"), s.money(*s.totalPaid));
        row(tr("Read"), s.readMs > 0 ? DisplayFormat::dateTimeMs(s.readMs) : QString());
        if (!s.lastCommand.isEmpty())
            row(tr("Last command"),
                tr("%1 %2: %3")
                    .arg(DisplayFormat::dateTimeMs(s.commandMs),
                         s.lastOutcome ? control::outcomeToken(*s.lastOutcome) : QString(),
                         s.lastMessage));
        const QString warning = s.warningText();
        if (!warning.isEmpty()) {
            m_warning->setText(warning);
            m_warning->setStyleSheet(s.warning == QLatin1String("out-of-credit")
                                         ? QStringLiteral("color: #c62828; font-weight: bold")
                                         : QStringLiteral("color: #e65100; font-weight: bold"));
        }
        if (s.retry) {
            m_warning->setText(m_warning->text()
                               + (m_warning->text().isEmpty() ? QString() : QStringLiteral("\n"))
                               + tr("The last payment may not have reached the meter: read the"
                                    " balance before paying again."));
        }
    }
    const bool canAct = m_commands && m_meterId != 0 && !m_busy;
    const bool hasAccount = !m_status || m_status->supported;
    m_read->setEnabled(canAct);
    m_pay->setEnabled(canAct && hasAccount);
    m_thresholds->setEnabled(canAct && known);
    m_mode->setEnabled(canAct && known);
}

void PaymentBox::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    if (!message.isEmpty())
        m_message->setText(message);
    present();
}

void PaymentBox::refuse(const QString &message)
{
    m_message->setText(message);
}

bool PaymentBox::confirm(const QString &what)
{
    return QMessageBox::question(this, tr("Confirm"), tr("%1\n\nContinue?").arg(what))
           == QMessageBox::Yes;
}

bool PaymentBox::readAccount()
{
    if (!m_commands || m_meterId == 0 || m_busy)
        return false;
    setBusy(true, tr("Reading the account…"));
    m_commands->readAccount(m_meterId);
    return true;
}

bool PaymentBox::topUp(const QString &amountText)
{
    if (!m_commands || m_meterId == 0 || m_busy)
        return false;
    Result<control::Money> amount = control::Money::parse(amountText);
    if (!amount) {
        refuse(amount.error().message);
        return false;
    }
    if (amount->units <= 0) {
        refuse(tr("A payment must be more than zero."));
        return false;
    }
    setBusy(true, tr("Crediting %1…").arg(amount->toString()));
    m_commands->topUp(m_meterId, *amount);
    return true;
}

bool PaymentBox::setThresholds(const QString &lowText, const QString &disconnectText)
{
    if (!m_commands || m_meterId == 0 || m_busy)
        return false;
    Result<std::optional<control::Money>> low = optionalAmount(lowText);
    Result<std::optional<control::Money>> disconnect = optionalAmount(disconnectText);
    for (const auto *r : {&low, &disconnect}) {
        if (!*r) {
            refuse(r->error().message);
            return false;
        }
    }
    control::ThresholdRequest request{*low, *disconnect};
    if (!request.lowCredit && !request.disconnect) {
        refuse(tr("Give the warning threshold, the disconnect threshold or both."));
        return false;
    }
    // Against what the meter held when last read; the meter's own values are checked again
    // before anything is written.
    if (m_status && m_status->supported) {
        control::AccountState known;
        known.currency = m_status->currency;
        known.lowCreditThreshold = m_status->lowThreshold;
        known.disconnectThreshold = m_status->disconnectThreshold;
        if (const auto checked = control::PaymentControl::checkThresholds(request, known);
            !checked) {
            refuse(checked.error().message);
            return false;
        }
    }
    setBusy(true, tr("Setting the thresholds…"));
    m_commands->setThresholds(m_meterId, request);
    return true;
}

bool PaymentBox::setMode(cosem::PaymentMode mode)
{
    if (!m_commands || m_meterId == 0 || m_busy)
        return false;
    setBusy(true, tr("Switching to %1…").arg(cosem::PaymentNames::paymentModeName(quint8(mode))));
    m_commands->setMode(m_meterId, mode);
    return true;
}

void PaymentBox::askTopUp()
{
    bool ok = false;
    const QString currency
        = m_status ? QString::fromUtf8(m_status->currency.name) : QStringLiteral("RUB");
    const QString text
        = QInputDialog::getText(this, tr("Top up"), tr("Payment, %1 (e.g. 500.00):").arg(currency),
                                QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const Result<control::Money> amount = control::Money::parse(text);
    if (!amount) {
        refuse(amount.error().message);
        return;
    }
    if (confirm(tr("Credit %1 %2 to the prepayment account of meter %3. A meter disconnected for"
                   " lack of credit reconnects, or lets the subscriber reconnect, once the"
                   " balance is above the disconnect threshold.")
                    .arg(amount->toString(), currency,
                         m_status ? m_status->serial : QString::number(m_meterId))))
        topUp(text);
}

void PaymentBox::askThresholds()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Prepayment thresholds"));
    auto *form = new QFormLayout(&dialog);
    auto *low = new QLineEdit(&dialog);
    auto *disconnect = new QLineEdit(&dialog);
    if (m_status) {
        low->setText(m_status->money(m_status->lowThreshold).section(QLatin1Char(' '), 0, 0));
        disconnect->setText(
            m_status->money(m_status->disconnectThreshold).section(QLatin1Char(' '), 0, 0));
    }
    form->addRow(tr("Warn the subscriber at"), low);
    form->addRow(tr("Disconnect at (prepayment)"), disconnect);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (confirm(tr("Set the low-credit warning of meter %1 to %2 and its disconnect threshold to"
                   " %3.")
                    .arg(m_status ? m_status->serial : QString::number(m_meterId), low->text(),
                         disconnect->text())))
        setThresholds(low->text(), disconnect->text());
}

void PaymentBox::askMode()
{
    const QStringList modes{cosem::PaymentNames::paymentModeName(1),
                            cosem::PaymentNames::paymentModeName(2)};
    bool ok = false;
    const int current = m_status && m_status->paymentMode == 2 ? 1 : 0;
    const QString chosen
        = QInputDialog::getItem(this, tr("Payment mode"), tr("Mode:"), modes, current, false, &ok);
    if (!ok)
        return;
    const auto mode
        = chosen == modes[1] ? cosem::PaymentMode::Prepayment : cosem::PaymentMode::Credit;
    const QString serial = m_status ? m_status->serial : QString::number(m_meterId);
    const QString what
        = mode == cosem::PaymentMode::Prepayment
              ? tr("Switch meter %1 to prepayment: when its credit runs out the meter opens the"
                   " load relay and the subscriber loses power.")
                    .arg(serial)
              : tr("Switch meter %1 to credit mode: it no longer disconnects for lack of credit.")
                    .arg(serial);
    if (confirm(what))
        setMode(mode);
}

void PaymentBox::onFinished(qint64 meterId, const QString &, bool ok, const QString &message)
{
    if (meterId != m_meterId)
        return;
    m_busy = false;
    m_message->setText(message);
    reload();
    emit commandFinished(ok, message);
}

} // namespace ims::ui
