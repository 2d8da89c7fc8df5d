#pragma once
// Holidays and other special days: a date (every year or in one year) and
// the day profile it runs instead of its week's.
#include "protocol/cosem/special_days.h"
#include "ui/tariff/choice_combo.h"
#include "ui/tariff/row_list.h"

class QComboBox;

namespace ims::ui {

class AnnualDateEdit;

class SpecialDaysEditor : public RowList
{
    Q_OBJECT
public:
    explicit SpecialDaysEditor(QWidget *parent = nullptr);

    // In the order of the rows, indexes 1…n (as the file format numbers them).
    QList<cosem::SpecialDay> days() const;
    void setDays(const QList<cosem::SpecialDay> &days);
    int addDay(int dayId = -1); // -1: the first day profile
    AnnualDateEdit *dateEdit(int row) const { return m_rows.at(row).date; }
    QComboBox *dayCombo(int row) const { return m_rows.at(row).day; }
    void setDayChoices(const QList<Choice> &choices);

protected:
    void addRowRequested() override { addDay(); }
    void rowRemoved(int index) override { m_rows.removeAt(index); }

private:
    struct Row
    {
        AnnualDateEdit *date = nullptr;
        QComboBox *day = nullptr;
    };
    QList<Choice> m_dayChoices;
    QList<Row> m_rows;
};

} // namespace ims::ui
