#include "ui/tariff/week_profiles_editor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

#include <memory>
#include <utility>

namespace ims::ui {

WeekProfilesEditor::WeekProfilesEditor(QWidget *parent)
    : RowList(tr("Add week"), parent)
{
    setObjectName(QStringLiteral("weekProfilesEditor"));
}

QList<cosem::WeekProfile> WeekProfilesEditor::weeks() const
{
    QList<cosem::WeekProfile> out;
    for (const Row &row : m_rows) {
        cosem::WeekProfile week;
        week.name = row.name->text().trimmed().toUtf8();
        for (size_t d = 0; d < 7; ++d)
            week.dayIds[d] = quint8(ChoiceCombo::value(row.days[d]).toInt());
        out.append(week);
    }
    return out;
}

void WeekProfilesEditor::setWeeks(const QList<cosem::WeekProfile> &weeks)
{
    clearRows();
    for (const cosem::WeekProfile &w : weeks) {
        const int row = addWeek(QString::fromUtf8(w.name));
        for (size_t d = 0; d < 7; ++d)
            ChoiceCombo::select(m_rows[row].days[d], int(w.dayIds[d]));
    }
    emit changed();
}

int WeekProfilesEditor::addWeek(const QString &name, int dayId)
{
    QHBoxLayout *layout = appendRow();
    // Name above, the seven days below: a row of eight fields is too wide.
    auto *fields = new QWidget;
    auto *grid = new QGridLayout(fields);
    grid->setContentsMargins(0, 0, 0, 0);
    Row row;
    row.name = new QLineEdit(name);
    row.name->setObjectName(QStringLiteral("weekName"));
    row.name->setPlaceholderText(tr("week name"));
    grid->addWidget(new QLabel(tr("Week")), 0, 0);
    grid->addWidget(row.name, 0, 1, 1, 6);
    auto lastName = std::make_shared<QString>(name.trimmed());
    connect(row.name, &QLineEdit::textChanged, this, [this, lastName](const QString &text) {
        const QString renamed = text.trimmed();
        if (renamed != *lastName)
            emit weekRenamed(std::exchange(*lastName, renamed), renamed);
        emit changed();
    });
    for (size_t d = 0; d < 7; ++d) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("weekDay%1").arg(d + 1));
        ChoiceCombo::setChoices(combo, m_dayChoices);
        if (dayId >= 0)
            ChoiceCombo::select(combo, dayId);
        // Monday is day 1 in Qt as in COSEM.
        grid->addWidget(new QLabel(QLocale().dayName(int(d) + 1, QLocale::ShortFormat)), 1, int(d));
        grid->addWidget(combo, 2, int(d));
        connect(combo, &QComboBox::currentIndexChanged, this, &RowList::changed);
        row.days[d] = combo;
    }
    addField(layout, fields, 1);
    m_rows.append(row);
    emit changed();
    return rowCount() - 1;
}

void WeekProfilesEditor::setDayChoices(const QList<Choice> &choices)
{
    m_dayChoices = choices;
    for (const Row &row : m_rows)
        for (QComboBox *combo : row.days)
            ChoiceCombo::setChoices(combo, choices);
}

QList<Choice> WeekProfilesEditor::choices() const
{
    QList<Choice> out;
    for (const Row &row : m_rows) {
        const QString name = row.name->text().trimmed();
        out.append({QVariant(name), name});
    }
    return out;
}

} // namespace ims::ui
