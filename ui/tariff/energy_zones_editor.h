#pragma once
// The plan's energy-threshold zones and penalty tariff (tariff_zones.h):
// up to eight rows "from N kWh in the period, tariff T", and the tariff the
// meter counts in after a tamper event. Thresholds are typed in kWh and kept
// in exact Wh (KwhText). A threshold that is not a number is not guessed at:
// its row is left out of the plan and inputProblems() says why, so the plan
// editor refuses to write; the order and the tariffs are the validator's.
#include "protocol/control/tariff_zones.h"
#include "ui/tariff/choice_combo.h"
#include "ui/tariff/row_list.h"

#include <QStringList>

class QComboBox;
class QLineEdit;

namespace ims::ui {

class EnergyZoneRows : public RowList
{
    Q_OBJECT
public:
    explicit EnergyZoneRows(QWidget *parent = nullptr);

    // The rows with a valid threshold, in the rows' order (not sorted: a
    // wrong order is the validator's to name).
    QList<control::EnergyZone> zones() const;
    void setZones(const QList<control::EnergyZone> &zones);
    void setTariffChoices(const QList<Choice> &choices);
    // Adds a row; returns its index.
    int addZone(const QString &kwhText, quint16 tariff = 0);
    QStringList inputProblems() const;

    QLineEdit *thresholdEdit(int row) const { return m_rows.at(row).threshold; }
    QComboBox *tariffCombo(int row) const { return m_rows.at(row).tariff; }

protected:
    void addRowRequested() override;
    void rowRemoved(int index) override;

private:
    void updateAddButton();

    struct Row
    {
        QLineEdit *threshold = nullptr;
        QComboBox *tariff = nullptr;
    };
    QList<Row> m_rows;
    QList<Choice> m_choices;
};

class EnergyZonesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EnergyZonesEditor(QWidget *parent = nullptr);

    control::TariffZones zones() const;
    void setZones(const control::TariffZones &zones);
    // The plan's tariffs ("T1 Day"), for the zones and the penalty tariff.
    void setTariffChoices(const QList<Choice> &choices);
    // Thresholds that could not be read, one line each; empty when none.
    QStringList inputProblems() const { return m_rows->inputProblems(); }

    EnergyZoneRows *rows() const { return m_rows; }
    QComboBox *penaltyCombo() const { return m_penalty; }

signals:
    void changed();

private:
    EnergyZoneRows *m_rows;
    QComboBox *m_penalty;
};

} // namespace ims::ui
