#pragma once
// The operator's "Disconnect all meters…" / "Reconnect all meters…": asks
// the database (off the GUI thread) which meters the router, feeder or
// balance group switches, names them in a confirmation, then follows the
// engine's work in a window-modal progress dialog whose Cancel stops the
// meters not switched yet, and ends with the summary ("3 applied,
// 1 unknown"). The window never waits: every step is a callback.
#include "models/control/group_switch_commands.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <functional>

namespace ims::ui {

class QueryRunner;

class GroupSwitchFlow : public QObject
{
    Q_OBJECT
public:
    // Asks the operator; true goes ahead. Replaceable for tests.
    using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    // `window` parents the dialogs.
    GroupSwitchFlow(QueryRunner *runner, QWidget *window);

    // Whoever runs the engine; without one, requests say so and stop.
    void setCommands(control::GroupSwitchCommands *commands);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    void request(const control::SwitchTarget &target, control::SwitchAction action);
    bool isBusy() const { return m_phase != Phase::Idle; }
    QProgressDialog *progressDialog() const { return m_progress; }
    QString lastSummary() const { return m_lastSummary; }

signals:
    // The operator declined, or nothing could switch: no summary follows.
    void abandoned(const QString &why);
    // The group ran (ok) or the engine refused it (ok false).
    void finished(const QString &summary, bool ok);

private:
    enum class Phase { Idle, Asking, Switching };
    struct Preview;
    void confirmAndStart(const Preview &preview, control::SwitchAction action);
    void showProgress(const QString &description, int total, control::SwitchAction action);
    void onMeterFinished(const QString &serial, const QString &outcome, int done, int total);
    void onFinished(const QString &summary, bool ok);
    void abandon(const QString &why);

    QueryRunner *m_runner;
    QPointer<QWidget> m_window;
    QPointer<control::GroupSwitchCommands> m_commands;
    QPointer<QProgressDialog> m_progress;
    Confirm m_confirm;
    Phase m_phase = Phase::Idle;
    QString m_lastSummary;
};

} // namespace ims::ui
