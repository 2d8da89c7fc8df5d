#pragma once
// The tariff plan editor, for people who are not engineers: the plan's
// name, its tariffs, day profiles (switch times), weeks, seasons,
// holidays and energy-threshold zones with the penalty tariff, with two ready-made grids (two-zone
// day/night, three-zone). The plan is checked by control::TariffPlanValidator on every change and
// its messages shown; plans open from and save to the file format of
// docs/tariff-plans.md. Given a meter and control::TariffCommands, it also
// writes the plan to the meter (TariffWritePanel), only while valid.
#include "protocol/control/tariff_plan_validator.h"
#include "protocol/core/result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ims::control {
class TariffCommands;
}

namespace ims::ui {

class DayProfilesEditor;
class EnergyZonesEditor;
class SeasonsEditor;
class SpecialDaysEditor;
class TariffListEditor;
class TariffWritePanel;
class WeekProfilesEditor;

class TariffPlanEditor : public QDialog
{
    Q_OBJECT
public:
    explicit TariffPlanEditor(QWidget *parent = nullptr);

    control::TariffPlan plan() const;
    void setPlan(const control::TariffPlan &plan);
    // Writing to a meter; without it the dialog edits and saves files only.
    void setTarget(qint64 meterId, const QString &serial, control::TariffCommands *commands);

    const QList<control::PlanProblem> &problems() const { return m_problems; }
    QString problemsText() const;

    Status saveTo(const QString &path);
    Status openFrom(const QString &path);

    QLineEdit *nameEdit() const { return m_name; }
    TariffListEditor *tariffsEditor() const { return m_tariffs; }
    DayProfilesEditor *dayProfilesEditor() const { return m_days; }
    WeekProfilesEditor *weeksEditor() const { return m_weeks; }
    SeasonsEditor *seasonsEditor() const { return m_seasons; }
    SpecialDaysEditor *specialDaysEditor() const { return m_special; }
    EnergyZonesEditor *zonesEditor() const { return m_zones; }
    TariffWritePanel *writePanel() const { return m_write; }

signals:
    void planChanged();

private:
    QWidget *scrolled(QWidget *content, const QString &hint);
    void onChanged();
    void refreshChoices();
    void askOpen();
    void askSave();

    QLineEdit *m_name;
    TariffListEditor *m_tariffs;
    DayProfilesEditor *m_days;
    WeekProfilesEditor *m_weeks;
    SeasonsEditor *m_seasons;
    SpecialDaysEditor *m_special;
    EnergyZonesEditor *m_zones;
    QLabel *m_messages;
    QLabel *m_fileMessage;
    TariffWritePanel *m_write;
    QList<control::PlanProblem> m_problems;
    bool m_loading = false;
};

} // namespace ims::ui
