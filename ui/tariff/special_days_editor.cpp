#include "ui/tariff/special_days_editor.h"

#include "ui/tariff/annual_date_edit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace ims::ui {

SpecialDaysEditor::SpecialDaysEditor(QWidget *parent)
    : RowList(tr("Add holiday"), parent)
{
    setObjectName(QStringLiteral("specialDaysEditor"));
}

QList<cosem::SpecialDay> SpecialDaysEditor::days() const
{
    QList<cosem::SpecialDay> out;
    for (const Row &row : m_rows) {
        cosem::SpecialDay day;
        day.index = quint16(out.size() + 1);
        day.date = row.date->value();
        day.dayId = quint8(ChoiceCombo::value(row.day).toInt());
        out.append(day);
    }
    return out;
}

void SpecialDaysEditor::setDays(const QList<cosem::SpecialDay> &days)
{
    clearRows();
    for (const cosem::SpecialDay &d : days) {
        const int row = addDay(d.dayId);
        m_rows[row].date->setValue(d.date);
    }
    emit changed();
}

int SpecialDaysEditor::addDay(int dayId)
{
    QHBoxLayout *layout = appendRow();
    Row row;
    row.date = new AnnualDateEdit;
    row.date->setObjectName(QStringLiteral("specialDate"));
    row.day = new QComboBox;
    row.day->setObjectName(QStringLiteral("specialDayProfile"));
    ChoiceCombo::setChoices(row.day, m_dayChoices);
    if (dayId >= 0)
        ChoiceCombo::select(row.day, dayId);
    addField(layout, row.date);
    addField(layout, new QLabel(tr("runs")));
    addField(layout, row.day, 1);
    connect(row.date, &AnnualDateEdit::changed, this, &RowList::changed);
    connect(row.day, &QComboBox::currentIndexChanged, this, &RowList::changed);
    m_rows.append(row);
    emit changed();
    return rowCount() - 1;
}

void SpecialDaysEditor::setDayChoices(const QList<Choice> &choices)
{
    m_dayChoices = choices;
    for (const Row &row : m_rows)
        ChoiceCombo::setChoices(row.day, choices);
}

} // namespace ims::ui
