#include "ui/tariff/seasons_editor.h"

#include "ui/tariff/annual_date_edit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace ims::ui {

SeasonsEditor::SeasonsEditor(QWidget *parent)
    : RowList(tr("Add season"), parent)
{
    setObjectName(QStringLiteral("seasonsEditor"));
}

QList<cosem::SeasonProfile> SeasonsEditor::seasons() const
{
    QList<cosem::SeasonProfile> out;
    for (const Row &row : m_rows) {
        cosem::SeasonProfile season;
        season.name = row.name->text().trimmed().toUtf8();
        season.start.date = row.start->value();
        season.start.time = axdr::CosemTime{0, 0, 0, 0};
        season.weekName = ChoiceCombo::value(row.week).toString().toUtf8();
        out.append(season);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const cosem::SeasonProfile &a, const cosem::SeasonProfile &b) {
                         return std::make_pair(a.start.date.month, a.start.date.day)
                                < std::make_pair(b.start.date.month, b.start.date.day);
                     });
    return out;
}

void SeasonsEditor::setSeasons(const QList<cosem::SeasonProfile> &seasons)
{
    clearRows();
    for (const cosem::SeasonProfile &s : seasons) {
        const int row = addSeason(QString::fromUtf8(s.name), QString::fromUtf8(s.weekName));
        m_rows[row].start->setValue(s.start.date);
    }
    emit changed();
}

int SeasonsEditor::addSeason(const QString &name, const QString &week)
{
    QHBoxLayout *layout = appendRow();
    Row row;
    row.name = new QLineEdit(name);
    row.name->setObjectName(QStringLiteral("seasonName"));
    row.name->setPlaceholderText(tr("season name"));
    row.start = new AnnualDateEdit;
    row.start->setObjectName(QStringLiteral("seasonStart"));
    row.week = new QComboBox;
    row.week->setObjectName(QStringLiteral("seasonWeek"));
    ChoiceCombo::setChoices(row.week, m_weekChoices);
    if (!week.isEmpty())
        ChoiceCombo::select(row.week, week);
    addField(layout, row.name, 1);
    addField(layout, new QLabel(tr("from")));
    addField(layout, row.start);
    addField(layout, new QLabel(tr("runs week")));
    addField(layout, row.week, 1);
    connect(row.name, &QLineEdit::textChanged, this, &RowList::changed);
    connect(row.start, &AnnualDateEdit::changed, this, &RowList::changed);
    connect(row.week, &QComboBox::currentIndexChanged, this, &RowList::changed);
    m_rows.append(row);
    emit changed();
    return rowCount() - 1;
}

void SeasonsEditor::setWeekChoices(const QList<Choice> &choices)
{
    m_weekChoices = choices;
    for (const Row &row : m_rows)
        ChoiceCombo::setChoices(row.week, choices);
}

} // namespace ims::ui

namespace ims::ui {

void SeasonsEditor::renameWeek(const QString &from, const QString &to)
{
    for (const Row &row : m_rows) {
        if (ChoiceCombo::value(row.week).toString() == from)
            ChoiceCombo::select(row.week, to);
    }
}

} // namespace ims::ui
