#include "ui/control/switch_schedule_dialog.h"

#include "models/control/switch_schedule_store.h"
#include "models/control/switch_targets.h"
#include "ui/core/query_runner.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ims::ui {

namespace {
enum Column { NameColumn, TargetColumn, ActionColumn, TimeColumn, DaysColumn, LastColumn, Columns };
} // namespace

struct SwitchScheduleDialog::Listing
{
    QString targetDescription;
    QList<control::SwitchSchedule> schedules;
    QStringList targets; // per schedule: "router R1"
};

SwitchScheduleDialog::SwitchScheduleDialog(QueryRunner &runner, const control::SwitchTarget &target,
                                           QWidget *parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_target(target)
    , m_targetLabel(new QLabel(this))
    , m_table(new QTableWidget(0, Columns, this))
    , m_name(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_time(new QLineEdit(this))
    , m_days(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("switchScheduleDialog"));
    setWindowTitle(tr("Switch schedules"));
    m_table->setObjectName(QStringLiteral("switchSchedules"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Target"), tr("Action"), tr("Time"), tr("Days"), tr("Last run")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_name->setObjectName(QStringLiteral("scheduleName"));
    m_name->setPlaceholderText(tr("Street lights off"));
    m_action->setObjectName(QStringLiteral("scheduleAction"));
    m_action->addItem(control::SwitchScheduleText::actionText(control::SwitchAction::Disconnect),
                      int(control::SwitchAction::Disconnect));
    m_action->addItem(control::SwitchScheduleText::actionText(control::SwitchAction::Reconnect),
                      int(control::SwitchAction::Reconnect));
    m_time->setObjectName(QStringLiteral("scheduleTime"));
    m_time->setPlaceholderText(tr("18:30, sunset, sunset+15, sunrise-30"));
    m_days->setObjectName(QStringLiteral("scheduleDays"));
    m_days->setText(QStringLiteral("all"));
    m_days->setPlaceholderText(tr("all, mon-fri, sat,sun"));
    m_status->setObjectName(QStringLiteral("scheduleStatus"));
    m_status->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addSchedule"));
    m_remove->setObjectName(QStringLiteral("removeSchedule"));

    auto *form = new QFormLayout;
    form->addRow(tr("For:"), m_targetLabel);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Action:"), m_action);
    form->addRow(tr("Time:"), m_time);
    form->addRow(tr("Days:"), m_days);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] { addFromForm(); });
    connect(m_remove, &QPushButton::clicked, this, &SwitchScheduleDialog::removeSelected);
    resize(720, 420);
    reload();
}

QString SwitchScheduleDialog::statusText() const
{
    return m_status->text();
}

void SwitchScheduleDialog::reload()
{
    m_runner.run<Listing>(
        this,
        [target = m_target](QSqlDatabase &db) -> Result<Listing> {
            control::SwitchTargets targets(db);
            Result<QString> description = targets.describe(target);
            if (!description)
                return description.error();
            Result<QList<control::SwitchSchedule>> schedules
                = control::SwitchScheduleStore(db).schedules();
            if (!schedules)
                return schedules.error();
            Listing listing{*description, *schedules, {}};
            for (const control::SwitchSchedule &s : std::as_const(listing.schedules)) {
                const Result<QString> named = targets.describe(s.target);
                // A schedule whose target was removed still shows, and says so.
                listing.targets << (named ? *named : named.error().message);
            }
            return listing;
        },
        [this](Result<Listing> listing) {
            if (!listing) {
                showProblem(listing.error().message);
                return;
            }
            present(*listing);
        });
}

void SwitchScheduleDialog::present(const Listing &listing)
{
    m_targetLabel->setText(listing.targetDescription);
    m_table->setRowCount(int(listing.schedules.size()));
    for (int row = 0; row < int(listing.schedules.size()); ++row) {
        const control::SwitchSchedule &s = listing.schedules.at(row);
        const auto set = [this, row](int column, const QString &text) {
            m_table->setItem(row, column, new QTableWidgetItem(text));
        };
        set(NameColumn, s.enabled ? s.name : tr("%1 (disabled)").arg(s.name));
        m_table->item(row, NameColumn)->setData(Qt::UserRole, s.id);
        set(TargetColumn, listing.targets.value(row));
        set(ActionColumn, control::SwitchScheduleText::actionText(s.action));
        set(TimeColumn, control::SwitchScheduleText::timeText(s));
        set(DaysColumn, control::SwitchScheduleText::daysText(s.days));
        set(LastColumn,
            s.lastRunMs == 0
                ? tr("never")
                : tr("%1: %2").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.lastRunMs),
                                                      QLocale::ShortFormat),
                                   s.lastResult));
    }
    m_table->resizeColumnsToContents();
    emit loaded();
}

bool SwitchScheduleDialog::addFromForm()
{
    control::SwitchSchedule schedule;
    schedule.name = m_name->text().trimmed();
    schedule.target = m_target;
    schedule.action = control::SwitchAction(m_action->currentData().toInt());
    if (schedule.name.isEmpty()) {
        showProblem(tr("Give the schedule a name."));
        return false;
    }
    if (const Status s = control::SwitchScheduleText::parseTime(m_time->text().trimmed(), schedule);
        !s) {
        showProblem(s.error().message);
        return false;
    }
    const Result<quint8> days = control::SwitchScheduleText::parseDays(m_days->text().trimmed());
    if (!days) {
        showProblem(days.error().message);
        return false;
    }
    schedule.days = *days;
    if (const Status s = control::validateSchedule(schedule); !s) {
        showProblem(s.error().message);
        return false;
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    m_runner.run<qint64>(
        this,
        [schedule, nowMs](QSqlDatabase &db) {
            return control::SwitchScheduleStore(db).add(schedule, nowMs);
        },
        [this, name = schedule.name](Result<qint64> id) {
            if (!id) {
                showProblem(id.error().message);
                return;
            }
            m_status->setText(tr("Schedule \"%1\" added.").arg(name));
            m_name->clear();
            reload();
        });
    return true;
}

void SwitchScheduleDialog::removeSelected()
{
    const int row = m_table->currentRow();
    QTableWidgetItem *item = row >= 0 ? m_table->item(row, NameColumn) : nullptr;
    if (!item) {
        showProblem(tr("Select the schedule to remove."));
        return;
    }
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    m_runner.run<bool>(
        this,
        [id](QSqlDatabase &db) -> Result<bool> {
            if (const Status s = control::SwitchScheduleStore(db).remove(id); !s)
                return s.error();
            return true;
        },
        [this](Result<bool> removed) {
            if (!removed) {
                showProblem(removed.error().message);
                return;
            }
            m_status->setText(tr("Schedule removed."));
            reload();
        });
}

void SwitchScheduleDialog::showProblem(const QString &message)
{
    m_status->setText(message);
}

} // namespace ims::ui
