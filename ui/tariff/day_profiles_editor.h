#pragma once
// The plan's day profiles, each a DayProfileEditor in a box named by its
// number ("Day profile 1"), which the weeks and special days refer to.
#include "protocol/cosem/activity_calendar.h"
#include "ui/tariff/choice_combo.h"
#include "ui/tariff/row_list.h"

namespace ims::ui {

class DayProfileEditor;

class DayProfilesEditor : public RowList
{
    Q_OBJECT
public:
    explicit DayProfilesEditor(QWidget *parent = nullptr);

    QList<cosem::DayProfile> profiles() const;
    void setProfiles(const QList<cosem::DayProfile> &profiles);
    // A new, empty profile with the lowest free number; returns its row.
    int addProfile();
    DayProfileEditor *profile(int row) const { return m_editors.at(row); }
    void setTariffChoices(const QList<Choice> &choices);
    // For the weeks and special days: "Day profile 1".
    QList<Choice> choices() const;
    static QString profileName(int dayId);

protected:
    void addRowRequested() override { addProfile(); }
    void rowRemoved(int index) override { m_editors.removeAt(index); }

private:
    DayProfileEditor *addEditor(quint8 dayId);

    QList<Choice> m_tariffChoices;
    QList<DayProfileEditor *> m_editors;
};

} // namespace ims::ui
