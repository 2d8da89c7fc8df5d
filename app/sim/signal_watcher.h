#pragma once
// Turns SIGINT and SIGTERM into a Qt signal through a socket pair (the only
// thing a signal handler may safely do is write(2)), so the simulator can
// close its ports and remove its pty links before it exits.
#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace ims::app {

class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

signals:
    void terminationRequested(int signalNumber);

private:
    void onReadable();
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace ims::app
