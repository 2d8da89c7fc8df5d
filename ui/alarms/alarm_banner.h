#pragma once
// A non-modal strip across the top of the window for new critical alarms.
// Bursts accumulate into one banner ("5 new critical alarms") instead of a
// storm of dialogs; it stays until the operator looks or dismisses it.
#include <QFrame>

class QLabel;

namespace ims::ui {

class AlarmBanner : public QFrame
{
    Q_OBJECT
public:
    explicit AlarmBanner(QWidget *parent = nullptr);

    void notify(int count, const QString &latest);
    int pendingCount() const { return m_count; }
    QString text() const;

signals:
    void showAlarmsRequested();

private:
    void dismiss();

    QLabel *m_text;
    int m_count = 0;
};

} // namespace ims::ui
