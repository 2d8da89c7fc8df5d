#pragma once
// Alarms and meter events: filters (severity, open only, period, journal),
// the lists themselves (paged from the database), and acknowledging alarms
// with the operator's name and the time.
#include <QWidget>

class QCheckBox;
class QSqlDatabase;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ims::itemmodels {
class AlarmListModel;
class EventListModel;
} // namespace ims::itemmodels

namespace ims::ui {

class AlarmsView : public QWidget
{
    Q_OBJECT
public:
    // `db` is the GUI thread's connection: the lists page through it.
    explicit AlarmsView(const QSqlDatabase &db, QWidget *parent = nullptr);

    void setOperatorName(const QString &name) { m_operator = name; }
    QString operatorName() const { return m_operator; }
    void reload();
    // Acknowledges the selected alarms; returns how many were acknowledged.
    int acknowledgeSelected();
    void showMeterEvents(qint64 meterId);

    itemmodels::AlarmListModel *alarmModel() const { return m_alarms; }
    itemmodels::EventListModel *eventModel() const { return m_events; }
    QTableView *alarmTable() const { return m_alarmView; }

signals:
    void meterActivated(qint64 meterId);
    void alarmsAcknowledged();

private:
    void applyAlarmFilter();
    void applyEventFilter();

    QString m_operator;
    std::optional<qint64> m_eventMeter;
    QTabWidget *m_tabs;
    QComboBox *m_severity;
    QComboBox *m_period;
    QCheckBox *m_openOnly;
    QPushButton *m_acknowledge;
    QComboBox *m_journal;
    QLabel *m_eventScope;
    itemmodels::AlarmListModel *m_alarms;
    itemmodels::EventListModel *m_events;
    QTableView *m_alarmView;
    QTableView *m_eventView;
};

} // namespace ims::ui
