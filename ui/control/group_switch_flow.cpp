#include "ui/control/group_switch_flow.h"

#include "models/control/switch_targets.h"
#include "ui/core/query_runner.h"

#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

namespace ims::ui {

namespace {
// Serials named in the confirmation: enough to recognise the group.
constexpr qsizetype kSerialsShown = 5;
} // namespace

struct GroupSwitchFlow::Preview
{
    control::SwitchTarget target;
    QString description;
    QStringList serials;
};

GroupSwitchFlow::GroupSwitchFlow(QueryRunner *runner, QWidget *window)
    : QObject(window)
    , m_runner(runner)
    , m_window(window)
    , m_confirm([](QWidget *parent, const QString &title, const QString &text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No)
               == QMessageBox::Yes;
    })
{}

void GroupSwitchFlow::setCommands(control::GroupSwitchCommands *commands)
{
    if (m_commands)
        disconnect(m_commands, nullptr, this, nullptr);
    m_commands = commands;
    if (!commands)
        return;
    connect(commands, &control::GroupSwitchCommands::groupSwitchMeterFinished, this,
            &GroupSwitchFlow::onMeterFinished);
    connect(commands, &control::GroupSwitchCommands::groupSwitchFinished, this,
            &GroupSwitchFlow::onFinished);
}

void GroupSwitchFlow::request(const control::SwitchTarget &target, control::SwitchAction action)
{
    if (isBusy()) {
        QMessageBox::information(m_window, tr("Group switching"),
                                 tr("A group switch is already in progress."));
        return;
    }
    if (!m_commands) {
        abandon(tr("Relays cannot be switched: the polling engine is not running."));
        return;
    }
    m_phase = Phase::Asking;
    // Listing a feeder's meters may scan many rows: off the GUI thread.
    m_runner->run<Preview>(
        this,
        [target](QSqlDatabase &db) -> Result<Preview> {
            control::SwitchTargets targets(db);
            Result<QString> description = targets.describe(target);
            if (!description)
                return description.error();
            Result<QList<control::SwitchMeter>> meters = targets.meters(target);
            if (!meters)
                return meters.error();
            Preview preview{target, *description, {}};
            for (const control::SwitchMeter &m : std::as_const(*meters))
                preview.serials << m.serial;
            return preview;
        },
        [this, action](Result<Preview> preview) {
            if (!preview) {
                abandon(preview.error().message);
                return;
            }
            confirmAndStart(*preview, action);
        });
}

void GroupSwitchFlow::confirmAndStart(const Preview &preview, control::SwitchAction action)
{
    const bool disconnecting = action == control::SwitchAction::Disconnect;
    const int count = int(preview.serials.size());
    const QString title = disconnecting ? tr("Disconnect all meters") : tr("Reconnect all meters");
    if (count == 0) {
        QMessageBox::information(
            m_window, title,
            tr("No meter of %1 can be switched through a router.").arg(preview.description));
        abandon(tr("No meter to switch in %1.").arg(preview.description));
        return;
    }
    QString serials = QLocale().createSeparatedList(preview.serials.mid(0, kSerialsShown));
    if (count > kSerialsShown)
        serials = tr("%1 and %n more", nullptr, count - int(kSerialsShown)).arg(serials);
    QString text = disconnecting
                       ? tr("Disconnect the load relay of %n meter(s) of %1?", nullptr, count)
                             .arg(preview.description)
                       : tr("Reconnect the load relay of %n meter(s) of %1?", nullptr, count)
                             .arg(preview.description);
    text += QStringLiteral("\n\n") + tr("Meters: %1").arg(serials);
    text += QStringLiteral("\n\n")
            + (disconnecting ? tr("The subscribers lose power until their meters are reconnected.")
                             : tr("Meters set for manual reconnection wait for the subscriber's"
                                  " button."));
    if (!m_confirm(m_window, title, text)) {
        abandon(tr("Group switching of %1 was not confirmed.").arg(preview.description));
        return;
    }
    if (!m_commands) {
        abandon(tr("Relays cannot be switched: the polling engine is not running."));
        return;
    }
    m_phase = Phase::Switching;
    showProgress(preview.description, count, action);
    m_commands->switchGroup(preview.target, action);
}

void GroupSwitchFlow::showProgress(const QString &description, int total,
                                   control::SwitchAction action)
{
    if (m_progress)
        m_progress->deleteLater();
    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(QStringLiteral("groupSwitchProgress"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose, false);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setWindowTitle(action == control::SwitchAction::Disconnect
                                   ? tr("Disconnecting %1").arg(description)
                                   : tr("Reconnecting %1").arg(description));
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    m_progress->setRange(0, total);
    m_progress->setValue(0);
    m_progress->setLabelText(tr("Waiting for the first meter (%n in all)…", nullptr, total));
    m_progress->setCancelButtonText(tr("Cancel"));
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        if (m_phase != Phase::Switching || !m_commands)
            return;
        // The dialog hid itself; it comes back with the summary.
        m_commands->cancelGroupSwitch();
    });
    m_progress->show();
}

void GroupSwitchFlow::onMeterFinished(const QString &serial, const QString &outcome, int done,
                                      int total)
{
    if (m_phase != Phase::Switching || !m_progress)
        return;
    m_progress->setLabelText(
        tr("%1 of %2 — meter %3: %4").arg(done).arg(total).arg(serial, outcome));
    m_progress->setMaximum(total);
    // Last: a window-modal dialog processes events in setValue(), and the
    // summary arriving there must not be overwritten by this meter's line.
    m_progress->setValue(done);
}

void GroupSwitchFlow::onFinished(const QString &summary, bool ok)
{
    if (m_phase != Phase::Switching)
        return;
    m_phase = Phase::Idle;
    m_lastSummary = summary;
    if (m_progress) {
        disconnect(m_progress, &QProgressDialog::canceled, this, nullptr);
        m_progress->setLabelText(ok ? tr("Finished: %1").arg(summary)
                                    : tr("Not switched: %1").arg(summary));
        m_progress->setCancelButtonText(tr("Close"));
        m_progress->setValue(m_progress->maximum());
        m_progress->show();
    }
    emit finished(summary, ok);
}

void GroupSwitchFlow::abandon(const QString &why)
{
    m_phase = Phase::Idle;
    emit abandoned(why);
}

} // namespace ims::ui
