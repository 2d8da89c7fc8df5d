#pragma once
// The meter card: who the meter is, how it is reached, its registers per
// tariff, instantaneous values, relay, clock, recent readings, events,
// manual readings and how polling it has gone, with a "Read now" button.
#include "models/analytics/meter_card_query.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ims::itemmodels {
class RecordTableModel;
}

namespace ims::ui {

class BusyBar;
class QueryRunner;

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

signals:
    void readNowRequested(qint64 meterId);
    void loaded();

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
    BusyBar *m_busy;
    QFormLayout *m_identity;
    QFormLayout *m_connection;
    QFormLayout *m_state;
    QTabWidget *m_tabs;
    itemmodels::RecordTableModel *m_registers;
    itemmodels::RecordTableModel *m_instants;
    itemmodels::RecordTableModel *m_intervals;
    itemmodels::RecordTableModel *m_events;
    itemmodels::RecordTableModel *m_manual;
    itemmodels::RecordTableModel *m_sessions;
};

} // namespace ims::ui
