#pragma once
// Watches the alarm table from a worker thread: how many alarms are still
// unacknowledged, and which critical alarms are new since the last look.
// The first look only sets the baseline, so old alarms never pop up.
#include <QObject>

namespace ims::ui {

class QueryRunner;

class AlarmWatch : public QObject
{
    Q_OBJECT
public:
    explicit AlarmWatch(QueryRunner *runner, QObject *parent = nullptr);

    // Starts looking every `intervalMs` (and once right away).
    void start(int intervalMs = 5000);
    void poll();
    int unacknowledged() const { return m_unacknowledged; }

signals:
    void unacknowledgedChanged(int count);
    // `count` new critical alarms since the last look; `latest` describes the newest.
    void newCritical(int count, const QString &latest);

private:
    QueryRunner *m_runner;
    qint64 m_lastSeenId = -1; // -1: no baseline yet
    int m_unacknowledged = -1;
    bool m_polling = false;
};

} // namespace ims::ui
