#include "ui/tariff/choice_combo.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace ims::ui {

void ChoiceCombo::setChoices(QComboBox *combo, const QList<Choice> &choices)
{
    // Quietly: the editor refreshes choices while it reacts to a change.
    const QSignalBlocker blocker(combo);
    const QVariant current = value(combo);
    combo->clear();
    for (const Choice &c : choices)
        combo->addItem(c.text, c.value);
    if (current.isValid())
        select(combo, current);
}

void ChoiceCombo::select(QComboBox *combo, const QVariant &value)
{
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(tr("%1 (not defined)").arg(value.toString()), value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QVariant ChoiceCombo::value(const QComboBox *combo)
{
    return combo->currentData();
}

} // namespace ims::ui
