#include "ui/tariff/day_profile_editor.h"

#include "protocol/cosem/spodes_objects.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeEdit>

#include <algorithm>

namespace ims::ui {

DayProfileEditor::DayProfileEditor(quint8 dayId, QWidget *parent)
    : RowList(tr("Add switch time"), parent)
    , m_dayId(dayId)
{
    setObjectName(QStringLiteral("dayProfileEditor%1").arg(dayId));
}

cosem::DayProfile DayProfileEditor::profile() const
{
    cosem::DayProfile day;
    day.dayId = m_dayId;
    for (const Row &row : m_rows) {
        const QTime t = row.time->time();
        cosem::DayAction action;
        action.startTime = axdr::CosemTime{quint8(t.hour()), quint8(t.minute()), 0, 0};
        action.scriptLogicalName = cosem::spodes::TariffScriptTable;
        action.scriptSelector = quint16(ChoiceCombo::value(row.tariff).toInt());
        day.schedule.append(action);
    }
    std::stable_sort(day.schedule.begin(), day.schedule.end(),
                     [](const cosem::DayAction &a, const cosem::DayAction &b) {
                         return std::make_pair(a.startTime.hour, a.startTime.minute)
                                < std::make_pair(b.startTime.hour, b.startTime.minute);
                     });
    return day;
}

void DayProfileEditor::setProfile(const cosem::DayProfile &profile)
{
    m_dayId = profile.dayId;
    clearRows();
    for (const cosem::DayAction &a : profile.schedule)
        addSwitch(QTime(a.startTime.hour, a.startTime.minute), a.scriptSelector);
    emit changed();
}

void DayProfileEditor::setTariffChoices(const QList<Choice> &choices)
{
    m_choices = choices;
    for (const Row &row : m_rows)
        ChoiceCombo::setChoices(row.tariff, choices);
}

int DayProfileEditor::addSwitch(const QTime &at, quint16 tariff)
{
    QHBoxLayout *layout = appendRow();
    auto *time = new QTimeEdit(at);
    time->setObjectName(QStringLiteral("switchTime"));
    time->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("switchTariff"));
    ChoiceCombo::setChoices(combo, m_choices);
    if (tariff != 0)
        ChoiceCombo::select(combo, int(tariff));
    addField(layout, new QLabel(tr("from")));
    addField(layout, time);
    addField(layout, new QLabel(tr("tariff")));
    addField(layout, combo, 1);
    connect(time, &QTimeEdit::timeChanged, this, &RowList::changed);
    connect(combo, &QComboBox::currentIndexChanged, this, &RowList::changed);
    m_rows.append({time, combo});
    emit changed();
    return rowCount() - 1;
}

void DayProfileEditor::addRowRequested()
{
    // After the last switch, an hour later: a new row never repeats a time.
    QTime at(0, 0);
    for (const Row &row : m_rows)
        at = std::max(at, row.time->time().addSecs(3600));
    addSwitch(at);
}

} // namespace ims::ui
