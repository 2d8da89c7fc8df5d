#pragma once
// The meter card: who the meter is, how it is reached, its registers per
// tariff, instantaneous values, relay, clock, recent readings, events,
// manual readings and how polling it has gone, with a "Read now" button.
#include "models/analytics/meter_card_query.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ims::itemmodels {
class RecordTableModel;
}
namespace ims::control {
class PaymentCommands;
class TariffCommands;
} // namespace ims::control

namespace ims::ui {

class BusyBar;
class PaymentBox;
class QueryRunner;
class TariffPlanEditor;

class MeterCardView : public QWidget
{
    Q_OBJECT
public:
    explicit MeterCardView(QueryRunner *runner, QWidget *parent = nullptr);

    void showMeter(qint64 meterId);
    void reload()
    {
        if (m_meterId != 0)
            showMeter(m_meterId);
    }
    qint64 meterId() const { return m_meterId; }
    const analytics::MeterCard &card() const { return m_card; }
    itemmodels::RecordTableModel *registersModel() const { return m_registers; }
    // Prepayment: balance, thresholds and the operator's actions on them,
    // which `commands` carries out (off the GUI thread).
    void setPaymentCommands(control::PaymentCommands *commands);
    PaymentBox *paymentBox() const { return m_payment; }
    // Tariff plans: "Tariff plan…" opens the editor on the plan the
    // database keeps for the meter (the two-zone template when none), and
    // `commands` writes it (off the GUI thread). Without commands the editor
    // only edits and saves files.
    void setTariffCommands(control::TariffCommands *commands);
    // Loads the stored plan, then opens the editor (tariffEditorOpened()).
    void openTariffEditor();
    // The editor opened last, while it is open.
    TariffPlanEditor *tariffEditor() const;

signals:
    void readNowRequested(qint64 meterId);
    void loaded();
    void tariffEditorOpened();

private:
    void present(const analytics::MeterCard &card);
    void fillIdentity(const analytics::MeterCard &card);
    void fillConnection(const analytics::MeterCard &card);
    void fillState(const analytics::MeterCard &card);
    void fillRegisters(const analytics::MeterCard &card);
    void fillTables(const analytics::MeterCard &card);
    QTableView *addTable(const QString &title, itemmodels::RecordTableModel *model,
                         const QString &name);
    static void setRows(QFormLayout *form, const QList<std::pair<QString, QString>> &rows);

    QueryRunner *m_runner;
    qint64 m_meterId = 0;
    quint64 m_generation = 0;
    analytics::MeterCard m_card;
    QLabel *m_title;
    QLabel *m_status;
    QPushButton *m_readNow;
    QPushButton *m_tariffPlan;
    QPointer<control::TariffCommands> m_tariffCommands; // may go before the card
    QPointer<TariffPlanEditor> m_tariffEditor;
    BusyBar *m_busy;
    QFormLayout *m_identity;
    QFormLayout *m_connection;
    QFormLayout *m_state;
    PaymentBox *m_payment;
    QTabWidget *m_tabs;
    itemmodels::RecordTableModel *m_registers;
    itemmodels::RecordTableModel *m_instants;
    itemmodels::RecordTableModel *m_intervals;
    itemmodels::RecordTableModel *m_events;
    itemmodels::RecordTableModel *m_manual;
    itemmodels::RecordTableModel *m_sessions;
};

} // namespace ims::ui
