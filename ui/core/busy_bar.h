#pragma once
// A thin "working…" bar a view shows while its data loads, with a label
// saying what is being loaded; hidden when idle.
#include <QWidget>

class QLabel;
class QProgressBar;

namespace ims::ui {

class BusyBar : public QWidget
{
    Q_OBJECT
public:
    explicit BusyBar(QWidget *parent = nullptr);

    void start(const QString &what);
    void stop();
    // An error replaces the bar until the next start().
    void fail(const QString &message);
    bool isBusy() const { return m_busy; }

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    bool m_busy = false;
};

} // namespace ims::ui
