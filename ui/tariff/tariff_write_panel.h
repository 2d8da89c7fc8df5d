#pragma once
// The bottom of the tariff plan editor: "Write to the meter", what is being
// done while control::TariffCommands talks to the meter off the GUI thread,
// and the result in words. Write is possible only with a valid plan, a
// meter and someone to carry it out, and one write at a time. The plan takes
// effect at once or at a local date and time the operator chooses (the
// meter's passive calendar, armed); until then the result says it is
// waiting for activation.
#include "models/control/tariff_commands.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QDateTimeEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace ims::ui {

class TariffWritePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TariffWritePanel(QWidget *parent = nullptr);

    void setTarget(qint64 meterId, const QString &serial, control::TariffCommands *commands);
    void setPlan(const control::TariffPlan &plan, bool valid);

    // The write after the operator confirmed it: false (with the reason in
    // the result line) when refused before anything is sent.
    bool write();

    bool canWrite() const;
    bool isBusy() const { return m_busy; }
    QPushButton *writeButton() const { return m_write; }
    QRadioButton *activateNowButton() const { return m_activateNow; }
    QRadioButton *activateAtButton() const { return m_activateAt; }
    QDateTimeEdit *activationEdit() const { return m_activation; }
    // The chosen activation time (local), nullopt = at once.
    std::optional<QDateTime> activation() const;
    QString resultText() const;
    const std::optional<control::Outcome> &lastOutcome() const { return m_outcome; }

    // "Written: …", "Not written: …", "Not known whether …", for people.
    // `activation`: the write's activation time; one still ahead of `now`
    // means the plan is written and waiting for it.
    static QString describe(control::Outcome outcome, const QString &planName,
                            const QString &message,
                            const std::optional<QDateTime> &activation = std::nullopt,
                            const QDateTime &now = {});

signals:
    void finished(ims::control::Outcome outcome, const QString &message);

private:
    void askAndWrite();
    void onProgress(qint64 meterId, const QString &step);
    void onFinished(qint64 meterId, control::Outcome outcome, const QString &message);
    void update();

    QPointer<control::TariffCommands> m_commands;
    qint64 m_meterId = 0;
    QString m_serial;
    control::TariffPlan m_plan;
    QString m_writingPlan;
    std::optional<QDateTime> m_writingActivation;
    bool m_valid = false;
    bool m_busy = false;
    std::optional<control::Outcome> m_outcome;
    QPushButton *m_write;
    QRadioButton *m_activateNow;
    QRadioButton *m_activateAt;
    QDateTimeEdit *m_activation;
    QProgressBar *m_progress;
    QLabel *m_step;
    QLabel *m_result;
};

} // namespace ims::ui
