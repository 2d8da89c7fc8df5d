#pragma once
// The plan's week profiles: a name and, for Monday to Sunday, the day
// profile each day runs.
#include "protocol/cosem/activity_calendar.h"
#include "ui/tariff/choice_combo.h"
#include "ui/tariff/row_list.h"

#include <array>

class QComboBox;
class QLineEdit;

namespace ims::ui {

class WeekProfilesEditor : public RowList
{
    Q_OBJECT
public:
    explicit WeekProfilesEditor(QWidget *parent = nullptr);

    QList<cosem::WeekProfile> weeks() const;
    void setWeeks(const QList<cosem::WeekProfile> &weeks);
    // Adds a week running `dayId` (-1: the first day profile) every day.
    int addWeek(const QString &name = {}, int dayId = -1);
    QLineEdit *nameEdit(int row) const { return m_rows.at(row).name; }
    // `weekday` 0 = Monday.
    QComboBox *dayCombo(int row, int weekday) const
    {
        return m_rows.at(row).days.at(size_t(weekday));
    }
    void setDayChoices(const QList<Choice> &choices);
    // For the seasons: the week names.
    QList<Choice> choices() const;

signals:
    // A week's name was edited: the seasons that ran it follow the new name.
    void weekRenamed(const QString &from, const QString &to);

protected:
    void addRowRequested() override { addWeek(); }
    void rowRemoved(int index) override { m_rows.removeAt(index); }

private:
    struct Row
    {
        QLineEdit *name = nullptr;
        std::array<QComboBox *, 7> days{};
    };
    QList<Choice> m_dayChoices;
    QList<Row> m_rows;
};

} // namespace ims::ui
