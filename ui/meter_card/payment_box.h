#pragma once
// The meter card's prepayment box: the account as last read (mode, balance,
// warning and disconnect thresholds, the warning the subscriber sees) and
// the operator's actions on it: read the balance now, credit a payment, set
// the thresholds, switch the mode. Each action is checked here first (an
// amount that is not one, a warning below the disconnection), confirmed
// naming what will change, and then handed to control::PaymentCommands,
// which talks to the meter off the GUI thread; the box reloads what the
// database knows when it reports back.
#include "models/control/payment_commands.h"
#include "models/control/payment_store.h"

#include <QGroupBox>
#include <QPointer>

#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace ims::ui {

class QueryRunner;

class PaymentBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit PaymentBox(QueryRunner *runner, QWidget *parent = nullptr);

    // Without commands the box only shows what is stored.
    void setCommands(control::PaymentCommands *commands);
    void showMeter(qint64 meterId);

    const std::optional<control::MeterPaymentStatus> &status() const { return m_status; }
    bool isBusy() const { return m_busy; }
    QString messageText() const;
    QString warningText() const;

    // The actions after the operator confirmed them: false (with the reason
    // in the message line) when refused before anything is sent.
    bool readAccount();
    bool topUp(const QString &amountText);
    bool setThresholds(const QString &lowText, const QString &disconnectText);
    bool setMode(cosem::PaymentMode mode);

signals:
    void loaded();
    void commandFinished(bool ok, const QString &message);

private:
    void reload();
    void present();
    void setBusy(bool busy, const QString &message = {});
    void refuse(const QString &message);
    bool confirm(const QString &what);
    void askTopUp();
    void askThresholds();
    void askMode();
    void onFinished(qint64 meterId, const QString &command, bool ok, const QString &message);

    QueryRunner *m_runner;
    QPointer<control::PaymentCommands> m_commands; // may go before the card
    qint64 m_meterId = 0;
    quint64 m_generation = 0;
    bool m_busy = false;
    std::optional<control::MeterPaymentStatus> m_status;
    QFormLayout *m_form;
    QLabel *m_warning;
    QLabel *m_message;
    QPushButton *m_read;
    QPushButton *m_pay;
    QPushButton *m_thresholds;
    QPushButton *m_mode;
};

} // namespace ims::ui
