#include "ui/tariff/tariff_write_panel.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ims::ui {

TariffWritePanel::TariffWritePanel(QWidget *parent)
    : QWidget(parent)
    , m_write(new QPushButton(tr("Write to the meter"), this))
    , m_activateNow(new QRadioButton(tr("Activate at once"), this))
    , m_activateAt(new QRadioButton(tr("Activate at"), this))
    , m_activation(new QDateTimeEdit(this))
    , m_progress(new QProgressBar(this))
    , m_step(new QLabel(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("tariffWritePanel"));
    m_write->setObjectName(QStringLiteral("tariffWriteButton"));
    m_progress->setObjectName(QStringLiteral("tariffWriteProgress"));
    m_step->setObjectName(QStringLiteral("tariffWriteStep"));
    m_result->setObjectName(QStringLiteral("tariffWriteResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 0); // the steps' lengths are not known: a busy bar
    m_progress->setVisible(false);
    m_activateNow->setObjectName(QStringLiteral("activateNowButton"));
    m_activateAt->setObjectName(QStringLiteral("activateAtButton"));
    m_activation->setObjectName(QStringLiteral("activationEdit"));
    m_activateNow->setChecked(true);
    auto *when = new QButtonGroup(this);
    when->addButton(m_activateNow);
    when->addButton(m_activateAt);
    // Local time, whole minutes (a calendar switches on minutes); tomorrow
    // 00:00 is the usual choice.
    m_activation->setTimeSpec(Qt::LocalTime);
    m_activation->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_activation->setCalendarPopup(true);
    m_activation->setDateTime(QDateTime(QDate::currentDate().addDays(1), QTime(0, 0)));
    m_activation->setToolTip(tr("Local time of this computer. The meter keeps counting in its"
                                " current plan until then."));
    auto *activation = new QHBoxLayout;
    activation->addWidget(m_activateNow);
    activation->addWidget(m_activateAt);
    activation->addWidget(m_activation);
    activation->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_write);
    row->addWidget(m_progress, 1);
    row->addWidget(m_step, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(activation);
    layout->addLayout(row);
    layout->addWidget(m_result);
    connect(m_write, &QPushButton::clicked, this, &TariffWritePanel::askAndWrite);
    connect(m_activateAt, &QRadioButton::toggled, this, &TariffWritePanel::update);
    update();
}

void TariffWritePanel::setTarget(qint64 meterId, const QString &serial,
                                 control::TariffCommands *commands)
{
    if (m_commands)
        disconnect(m_commands, nullptr, this, nullptr);
    m_meterId = meterId;
    m_serial = serial;
    m_commands = commands;
    if (commands) {
        connect(commands, &control::TariffCommands::progress, this, &TariffWritePanel::onProgress);
        connect(commands, &control::TariffCommands::finished, this, &TariffWritePanel::onFinished);
    }
    update();
}

void TariffWritePanel::setPlan(const control::TariffPlan &plan, bool valid)
{
    m_plan = plan;
    m_valid = valid;
    update();
}

bool TariffWritePanel::canWrite() const
{
    return m_valid && !m_busy && m_commands && m_meterId != 0;
}

void TariffWritePanel::update()
{
    setVisible(m_meterId != 0);
    m_write->setEnabled(canWrite());
    m_activateNow->setEnabled(!m_busy);
    m_activateAt->setEnabled(!m_busy);
    m_activation->setEnabled(!m_busy && m_activateAt->isChecked());
    m_write->setToolTip(m_valid ? QString()
                                : tr("Correct the plan first: see the messages above."));
}

void TariffWritePanel::askAndWrite()
{
    if (!canWrite())
        return;
    const std::optional<QDateTime> at = activation();
    const QString question
        = at ? tr("Write plan \"%1\" (%n tariff(s)) to meter %2? The meter switches to it at %3"
                  " and keeps its current plan until then.",
                  nullptr, int(m_plan.tariffs.size()))
                   .arg(m_plan.name, m_serial, at->toString(QStringLiteral("yyyy-MM-dd HH:mm")))
             : tr("Write plan \"%1\" (%n tariff(s)) to meter %2? The meter switches to it at once.",
                  nullptr, int(m_plan.tariffs.size()))
                   .arg(m_plan.name, m_serial);
    const auto answer = QMessageBox::question(this, tr("Write the tariff plan"), question);
    if (answer == QMessageBox::Yes)
        write();
}

bool TariffWritePanel::write()
{
    if (!canWrite()) {
        m_result->setText(m_busy ? tr("A write is already running.")
                                 : tr("Nothing was sent: the plan is not valid."));
        return false;
    }
    const std::optional<QDateTime> at = activation();
    if (at && *at <= QDateTime::currentDateTime()) {
        m_result->setText(tr("Nothing was sent: the activation time %1 has passed. Choose a later"
                             " time or \"Activate at once\".")
                              .arg(at->toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        return false;
    }
    m_busy = true;
    m_outcome.reset();
    m_writingPlan = m_plan.name;
    m_writingActivation = at;
    m_result->clear();
    m_step->setText(tr("Starting…"));
    m_progress->setVisible(true);
    update();
    m_commands->writePlan(m_meterId, m_plan, at);
    return true;
}

void TariffWritePanel::onProgress(qint64 meterId, const QString &step)
{
    if (meterId == m_meterId && m_busy)
        m_step->setText(step);
}

void TariffWritePanel::onFinished(qint64 meterId, control::Outcome outcome, const QString &message)
{
    if (meterId != m_meterId || !m_busy)
        return;
    m_busy = false;
    m_outcome = outcome;
    m_progress->setVisible(false);
    m_step->clear();
    m_result->setText(describe(outcome, m_writingPlan, message, m_writingActivation,
                               QDateTime::currentDateTime()));
    update();
    emit finished(outcome, message);
}

QString TariffWritePanel::resultText() const
{
    return m_result->text();
}

std::optional<QDateTime> TariffWritePanel::activation() const
{
    if (!m_activateAt->isChecked())
        return std::nullopt;
    QDateTime at = m_activation->dateTime().toLocalTime();
    at.setTime(QTime(at.time().hour(), at.time().minute())); // whole minutes
    return at;
}

QString TariffWritePanel::describe(control::Outcome outcome, const QString &planName,
                                   const QString &message,
                                   const std::optional<QDateTime> &activation, const QDateTime &now)
{
    switch (outcome) {
    case control::Outcome::Applied:
        if (activation && (!now.isValid() || *activation > now))
            return tr("Written, waiting for activation: the meter switches to plan \"%1\" at %2"
                      " (read back and checked) and runs its previous plan until then.")
                .arg(planName, activation->toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        return tr("Applied: the meter runs plan \"%1\" now (read back and checked).").arg(planName);
    case control::Outcome::NotApplied:
        return tr("Not applied: the meter keeps its previous plan. Reason: %1").arg(message);
    case control::Outcome::Unknown:
        return tr("Unknown: it is not certain that the meter took plan \"%1\" (%2). The meter is"
                  " marked for a retry; write the plan again.")
            .arg(planName, message);
    }
    return message;
}

} // namespace ims::ui
