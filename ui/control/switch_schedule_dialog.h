#pragma once
// "Switch schedules…": the stored relay switching schedules (street
// lighting, peak-hour limiting) in a list, and a form that adds one for the
// router or balance group the dialog was opened from — at a time of day or
// at sunrise/sunset ± minutes, on chosen days. Reads and writes go through
// the QueryRunner; the engine's scheduler picks changes up on its next check.
#include "models/control/switch_schedule.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ims::ui {

class QueryRunner;

class SwitchScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    SwitchScheduleDialog(QueryRunner &runner, const control::SwitchTarget &target,
                         QWidget *parent = nullptr);

    void reload();
    // Adds what the form says; false (with the reason shown) when it does not parse.
    bool addFromForm();
    void removeSelected();

    QTableWidget *table() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *timeEdit() const { return m_time; }
    QLineEdit *daysEdit() const { return m_days; }
    QComboBox *actionBox() const { return m_action; }
    QString statusText() const;

signals:
    // The list shows what the database holds (after a load, an add or a removal).
    void loaded();

private:
    struct Listing;
    void present(const Listing &listing);
    void showProblem(const QString &message);

    QueryRunner &m_runner;
    control::SwitchTarget m_target;
    QLabel *m_targetLabel;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QComboBox *m_action;
    QLineEdit *m_time;
    QLineEdit *m_days;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_status;
};

} // namespace ims::ui
