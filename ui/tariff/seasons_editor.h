#pragma once
// The plan's seasons: a name, the day it starts (every year or in one
// year) and the week profile it runs until the next season starts.
#include "protocol/cosem/activity_calendar.h"
#include "ui/tariff/choice_combo.h"
#include "ui/tariff/row_list.h"

class QComboBox;
class QLineEdit;

namespace ims::ui {

class AnnualDateEdit;

class SeasonsEditor : public RowList
{
    Q_OBJECT
public:
    explicit SeasonsEditor(QWidget *parent = nullptr);

    // Sorted by start, as the file format sorts them.
    QList<cosem::SeasonProfile> seasons() const;
    void setSeasons(const QList<cosem::SeasonProfile> &seasons);
    int addSeason(const QString &name = {}, const QString &week = {});
    QLineEdit *nameEdit(int row) const { return m_rows.at(row).name; }
    AnnualDateEdit *startEdit(int row) const { return m_rows.at(row).start; }
    QComboBox *weekCombo(int row) const { return m_rows.at(row).week; }
    void setWeekChoices(const QList<Choice> &choices);
    // The seasons running week `from` run `to` (after the week was renamed).
    void renameWeek(const QString &from, const QString &to);

protected:
    void addRowRequested() override { addSeason(); }
    void rowRemoved(int index) override { m_rows.removeAt(index); }

private:
    struct Row
    {
        QLineEdit *name = nullptr;
        AnnualDateEdit *start = nullptr;
        QComboBox *week = nullptr;
    };
    QList<Choice> m_weekChoices;
    QList<Row> m_rows;
};

} // namespace ims::ui
