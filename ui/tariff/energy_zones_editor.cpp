#include "ui/tariff/energy_zones_editor.h"

#include "ui/tariff/kwh_text.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace ims::ui {

namespace {

constexpr quint32 kNewZoneStepWh = 100'000; // a new row starts 100 kWh above the last

} // namespace

EnergyZoneRows::EnergyZoneRows(QWidget *parent)
    : RowList(tr("Add zone"), parent)
{
    setObjectName(QStringLiteral("energyZoneRows"));
}

QList<control::EnergyZone> EnergyZoneRows::zones() const
{
    QList<control::EnergyZone> out;
    for (const Row &row : m_rows) {
        const Result<quint32> wh = KwhText::toWh(row.threshold->text());
        if (wh)
            out.append({*wh, quint16(ChoiceCombo::value(row.tariff).toUInt())});
    }
    return out;
}

void EnergyZoneRows::setZones(const QList<control::EnergyZone> &zones)
{
    clearRows();
    for (const control::EnergyZone &z : zones)
        addZone(KwhText::fromWh(z.fromWh), z.tariff);
    updateAddButton();
    emit changed();
}

void EnergyZoneRows::setTariffChoices(const QList<Choice> &choices)
{
    m_choices = choices;
    for (const Row &row : m_rows)
        ChoiceCombo::setChoices(row.tariff, choices);
}

int EnergyZoneRows::addZone(const QString &kwhText, quint16 tariff)
{
    QHBoxLayout *layout = appendRow();
    auto *threshold = new QLineEdit(kwhText);
    threshold->setObjectName(QStringLiteral("zoneThreshold"));
    threshold->setPlaceholderText(tr("e.g. 150 or 150.5"));
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("zoneTariff"));
    ChoiceCombo::setChoices(combo, m_choices);
    if (tariff != 0)
        ChoiceCombo::select(combo, int(tariff));
    addField(layout, new QLabel(tr("from")));
    addField(layout, threshold);
    addField(layout, new QLabel(tr("kWh in the billing period, tariff")));
    addField(layout, combo, 1);
    connect(threshold, &QLineEdit::textChanged, this, [this, threshold] {
        const Result<quint32> wh = KwhText::toWh(threshold->text());
        threshold->setStyleSheet(wh ? QString() : QStringLiteral("color:#b00020"));
        threshold->setToolTip(wh ? QString() : wh.error().message);
        emit changed();
    });
    connect(combo, &QComboBox::currentIndexChanged, this, &RowList::changed);
    m_rows.append({threshold, combo});
    updateAddButton();
    return rowCount() - 1;
}

QStringList EnergyZoneRows::inputProblems() const
{
    QStringList out;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const Result<quint32> wh = KwhText::toWh(m_rows.at(i).threshold->text());
        if (!wh)
            out << tr("energy zone %1: %2").arg(i + 1).arg(wh.error().message);
    }
    return out;
}

void EnergyZoneRows::addRowRequested()
{
    quint64 from = kNewZoneStepWh;
    for (const control::EnergyZone &z : zones())
        from = std::max<quint64>(from, quint64(z.fromWh) + kNewZoneStepWh);
    addZone(KwhText::fromWh(quint32(std::min<quint64>(from, std::numeric_limits<quint32>::max()))));
}

void EnergyZoneRows::rowRemoved(int index)
{
    m_rows.removeAt(index);
    updateAddButton();
}

void EnergyZoneRows::updateAddButton()
{
    const bool full = rowCount() >= control::TariffZones::kMaxZones;
    addButton()->setEnabled(!full);
    addButton()->setToolTip(
        full ? tr("A meter has at most %1 energy zones.").arg(control::TariffZones::kMaxZones)
             : QString());
}

EnergyZonesEditor::EnergyZonesEditor(QWidget *parent)
    : QWidget(parent)
    , m_rows(new EnergyZoneRows(this))
    , m_penalty(new QComboBox(this))
{
    setObjectName(QStringLiteral("energyZonesEditor"));
    m_penalty->setObjectName(QStringLiteral("penaltyTariff"));
    setTariffChoices({});
    auto *penalty = new QFormLayout;
    penalty->addRow(tr("Penalty tariff after tampering"), m_penalty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rows);
    layout->addLayout(penalty);
    connect(m_rows, &RowList::changed, this, &EnergyZonesEditor::changed);
    connect(m_penalty, &QComboBox::currentIndexChanged, this, &EnergyZonesEditor::changed);
}

control::TariffZones EnergyZonesEditor::zones() const
{
    control::TariffZones out;
    out.zones = m_rows->zones();
    out.penaltyTariff = quint16(ChoiceCombo::value(m_penalty).toUInt());
    return out;
}

void EnergyZonesEditor::setZones(const control::TariffZones &zones)
{
    m_rows->setZones(zones.zones);
    ChoiceCombo::select(m_penalty, int(zones.penaltyTariff));
    emit changed();
}

void EnergyZonesEditor::setTariffChoices(const QList<Choice> &choices)
{
    m_rows->setTariffChoices(choices);
    QList<Choice> penalty{{QVariant(0), tr("none")}};
    penalty += choices;
    ChoiceCombo::setChoices(m_penalty, penalty);
}

} // namespace ims::ui
