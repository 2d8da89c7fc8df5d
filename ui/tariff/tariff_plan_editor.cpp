#include "ui/tariff/tariff_plan_editor.h"

#include "models/control/tariff_plan_templates.h"
#include "protocol/control/tariff_plan_json.h"
#include "ui/tariff/day_profiles_editor.h"
#include "ui/tariff/energy_zones_editor.h"
#include "ui/tariff/seasons_editor.h"
#include "ui/tariff/special_days_editor.h"
#include "ui/tariff/tariff_list_editor.h"
#include "ui/tariff/tariff_write_panel.h"
#include "ui/tariff/week_profiles_editor.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ims::ui {

TariffPlanEditor::TariffPlanEditor(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_tariffs(new TariffListEditor)
    , m_days(new DayProfilesEditor)
    , m_weeks(new WeekProfilesEditor)
    , m_seasons(new SeasonsEditor)
    , m_special(new SpecialDaysEditor)
    , m_zones(new EnergyZonesEditor)
    , m_messages(new QLabel(this))
    , m_fileMessage(new QLabel(this))
    , m_write(new TariffWritePanel(this))
{
    setObjectName(QStringLiteral("tariffPlanEditor"));
    setWindowTitle(tr("Tariff plan"));
    m_name->setObjectName(QStringLiteral("planName"));
    m_name->setPlaceholderText(tr("e.g. Day/night 2026"));
    m_messages->setObjectName(QStringLiteral("planMessages"));
    m_messages->setWordWrap(true);
    m_messages->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileMessage->setObjectName(QStringLiteral("planFileMessage"));
    m_fileMessage->setWordWrap(true);

    auto *twoZone = new QPushButton(tr("Two-zone day/night (07:00 / 23:00)"), this);
    twoZone->setObjectName(QStringLiteral("twoZoneButton"));
    auto *threeZone = new QPushButton(tr("Three-zone (peak / half-peak / night)"), this);
    threeZone->setObjectName(QStringLiteral("threeZoneButton"));
    auto *templates = new QHBoxLayout;
    templates->addWidget(new QLabel(tr("Start from:"), this));
    templates->addWidget(twoZone);
    templates->addWidget(threeZone);
    templates->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("Plan name"), m_name);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("planTabs"));
    tabs->addTab(scrolled(m_tariffs, tr("The tariffs the meter counts in, at most 6.")),
                 tr("Tariffs"));
    tabs->addTab(scrolled(m_days, tr("From each time on, the meter counts in the tariff named,"
                                     " until the next time.")),
                 tr("Day profiles"));
    tabs->addTab(scrolled(m_weeks, tr("Which day profile each day of the week runs.")),
                 tr("Weeks"));
    tabs->addTab(scrolled(m_seasons, tr("From which day each week applies.")), tr("Seasons"));
    tabs->addTab(scrolled(m_special, tr("Days that run another day profile than their week's,"
                                        " e.g. public holidays.")),
                 tr("Holidays"));
    tabs->addTab(scrolled(m_zones, tr("From each amount of energy consumed in the billing period"
                                      " on, the meter counts in the zone's tariff instead of the"
                                      " calendar's (at most 8 zones, thresholds rising). The"
                                      " penalty tariff applies after tampering until the period"
                                      " ends. Leave empty if the meter has neither.")),
                 tr("Zones"));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *open = buttons->addButton(tr("Open…"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openPlanButton"));
    QPushButton *save = buttons->addButton(tr("Save as…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("savePlanButton"));
    buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(templates);
    layout->addLayout(form);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_messages);
    layout->addWidget(m_fileMessage);
    layout->addWidget(m_write);
    layout->addWidget(buttons);
    resize(900, 560);

    for (RowList *section :
         std::initializer_list<RowList *>{m_tariffs, m_days, m_weeks, m_seasons, m_special})
        connect(section, &RowList::changed, this, &TariffPlanEditor::onChanged);
    connect(m_zones, &EnergyZonesEditor::changed, this, &TariffPlanEditor::onChanged);
    connect(m_name, &QLineEdit::textChanged, this, &TariffPlanEditor::onChanged);
    connect(m_weeks, &WeekProfilesEditor::weekRenamed, this,
            [this](const QString &from, const QString &to) {
                m_seasons->setWeekChoices(m_weeks->choices());
                m_seasons->renameWeek(from, to);
            });
    connect(twoZone, &QPushButton::clicked, this,
            [this] { setPlan(control::TariffPlanTemplates::twoZone()); });
    connect(threeZone, &QPushButton::clicked, this,
            [this] { setPlan(control::TariffPlanTemplates::threeZone()); });
    connect(open, &QPushButton::clicked, this, &TariffPlanEditor::askOpen);
    connect(save, &QPushButton::clicked, this, &TariffPlanEditor::askSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    onChanged();
}

QWidget *TariffPlanEditor::scrolled(QWidget *content, const QString &hint)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(hint, page);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(content);
    layout->addStretch(1);
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setWidget(page);
    return area;
}

control::TariffPlan TariffPlanEditor::plan() const
{
    control::TariffPlan plan;
    plan.name = m_name->text().trimmed();
    plan.tariffs = m_tariffs->tariffs();
    plan.calendar.name = plan.name.toUtf8();
    plan.calendar.days = m_days->profiles();
    plan.calendar.weeks = m_weeks->weeks();
    plan.calendar.seasons = m_seasons->seasons();
    plan.specialDays = m_special->days();
    plan.zones = m_zones->zones();
    return plan;
}

void TariffPlanEditor::setPlan(const control::TariffPlan &plan)
{
    // The sections one after the other, each referring to the one before.
    m_loading = true;
    m_name->setText(plan.name);
    m_tariffs->setTariffs(plan.tariffs);
    m_days->setTariffChoices(m_tariffs->choices());
    m_days->setProfiles(plan.calendar.days);
    m_weeks->setDayChoices(m_days->choices());
    m_special->setDayChoices(m_days->choices());
    m_weeks->setWeeks(plan.calendar.weeks);
    m_seasons->setWeekChoices(m_weeks->choices());
    m_seasons->setSeasons(plan.calendar.seasons);
    m_special->setDays(plan.specialDays);
    m_zones->setTariffChoices(m_tariffs->choices());
    m_zones->setZones(plan.zones);
    m_loading = false;
    onChanged();
}

void TariffPlanEditor::setTarget(qint64 meterId, const QString &serial,
                                 control::TariffCommands *commands)
{
    setWindowTitle(meterId != 0 ? tr("Tariff plan of meter %1").arg(serial) : tr("Tariff plan"));
    m_write->setTarget(meterId, serial, commands);
    onChanged();
}

void TariffPlanEditor::refreshChoices()
{
    const QList<Choice> tariffs = m_tariffs->choices();
    m_days->setTariffChoices(tariffs);
    m_zones->setTariffChoices(tariffs);
    const QList<Choice> days = m_days->choices();
    m_weeks->setDayChoices(days);
    m_special->setDayChoices(days);
    m_seasons->setWeekChoices(m_weeks->choices());
}

void TariffPlanEditor::onChanged()
{
    if (m_loading)
        return;
    refreshChoices();
    const control::TariffPlan current = plan();
    m_problems = control::TariffPlanValidator::validate(current);
    // Thresholds that are not numbers are missing from `current`: the
    // validator cannot see them, so they are problems of their own.
    for (const QString &input : m_zones->inputProblems())
        m_problems.append({false, input});
    m_messages->setText(m_problems.isEmpty()
                            ? tr("The plan is valid.")
                            : QStringLiteral("<span style='color:#b00020'>%1</span>")
                                  .arg(problemsText().toHtmlEscaped().replace(
                                      QLatin1Char('\n'), QStringLiteral("<br>"))));
    m_write->setPlan(current, m_problems.isEmpty());
    emit planChanged();
}

QString TariffPlanEditor::problemsText() const
{
    QStringList lines;
    for (const control::PlanProblem &p : m_problems)
        lines << p.message;
    return lines.join(QLatin1Char('\n'));
}

Status TariffPlanEditor::saveTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorKind::Io, tr("cannot write %1: %2").arg(path, file.errorString()));
    file.write(
        QJsonDocument(control::TariffPlanJson::toJson(plan())).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error(ErrorKind::Io, tr("cannot write %1: %2").arg(path, file.errorString()));
    m_fileMessage->setText(tr("Saved to %1.").arg(path));
    return {};
}

Status TariffPlanEditor::openFrom(const QString &path)
{
    Result<control::TariffPlan> loaded = control::TariffPlanJson::load(path);
    if (!loaded) {
        m_fileMessage->setText(tr("Could not open %1: %2").arg(path, loaded.error().message));
        return loaded.error();
    }
    setPlan(*loaded);
    m_fileMessage->setText(tr("Opened %1.").arg(path));
    return {};
}

void TariffPlanEditor::askOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a tariff plan"), {},
                                                      tr("Tariff plans (*.json)"));
    if (!path.isEmpty())
        (void)openFrom(path);
}

void TariffPlanEditor::askSave()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the tariff plan"),
                                                m_name->text().trimmed() + QStringLiteral(".json"),
                                                tr("Tariff plans (*.json)"));
    if (path.isEmpty())
        return;
    if (const Status s = saveTo(path); !s)
        m_fileMessage->setText(s.error().message);
}

} // namespace ims::ui
