#pragma once
// One day profile: the times the tariff switches and the tariff from each
// time on. Rows may be in any order; the profile is sorted by time (equal
// times stay, for the validator to name).
#include "protocol/cosem/activity_calendar.h"
#include "ui/tariff/choice_combo.h"
#include "ui/tariff/row_list.h"

#include <QTime>

class QComboBox;
class QTimeEdit;

namespace ims::ui {

class DayProfileEditor : public RowList
{
    Q_OBJECT
public:
    explicit DayProfileEditor(quint8 dayId, QWidget *parent = nullptr);

    quint8 dayId() const { return m_dayId; }
    cosem::DayProfile profile() const;
    void setProfile(const cosem::DayProfile &profile);
    void setTariffChoices(const QList<Choice> &choices);
    // Adds a switch at `at` to `tariff` (0: the first tariff); returns its row.
    int addSwitch(const QTime &at, quint16 tariff = 0);
    QTimeEdit *timeEdit(int row) const { return m_rows.at(row).time; }
    QComboBox *tariffCombo(int row) const { return m_rows.at(row).tariff; }

protected:
    void addRowRequested() override;
    void rowRemoved(int index) override { m_rows.removeAt(index); }

private:
    struct Row
    {
        QTimeEdit *time = nullptr;
        QComboBox *tariff = nullptr;
    };
    quint8 m_dayId;
    QList<Choice> m_choices;
    QList<Row> m_rows;
};

} // namespace ims::ui
