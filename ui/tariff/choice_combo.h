#pragma once
// Combo boxes whose choices come from another part of the plan (tariffs,
// day profiles, weeks). When a choice disappears, the row keeps what it
// named, marked "not defined", so the plan still says it and the validator
// names the problem instead of the row silently switching to another one.
#include <QCoreApplication>
#include <QList>
#include <QVariant>

class QComboBox;

namespace ims::ui {

struct Choice
{
    QVariant value;
    QString text;
};

class ChoiceCombo
{
    Q_DECLARE_TR_FUNCTIONS(ChoiceCombo)

public:
    static void setChoices(QComboBox *combo, const QList<Choice> &choices);
    static void select(QComboBox *combo, const QVariant &value);
    static QVariant value(const QComboBox *combo);
};

} // namespace ims::ui
