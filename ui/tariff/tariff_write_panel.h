#pragma once
// The bottom of the tariff plan editor: "Write to the meter", what is being
// done while control::TariffCommands talks to the meter off the GUI thread,
// and the result in words. Write is possible only with a valid plan, a
// meter and someone to carry it out, and one write at a time.
#include "models/control/tariff_commands.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

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
    QString resultText() const;
    const std::optional<control::Outcome> &lastOutcome() const { return m_outcome; }

    // "Written: …", "Not written: …", "Not known whether …", for people.
    static QString describe(control::Outcome outcome, const QString &planName,
                            const QString &message);

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
    bool m_valid = false;
    bool m_busy = false;
    std::optional<control::Outcome> m_outcome;
    QPushButton *m_write;
    QProgressBar *m_progress;
    QLabel *m_step;
    QLabel *m_result;
};

} // namespace ims::ui
