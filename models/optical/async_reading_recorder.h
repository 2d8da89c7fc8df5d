#pragma once
// OpticalReadingRecorder on a thread of its own, so that storing a readout
// (and creating its meter) never blocks the GUI thread. One job at a time;
// the answer arrives as a signal in the thread that owns this object.
#include "models/optical/optical_reading_recorder.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace ims::storage {
class Database;
}

namespace ims::optical {

class AsyncReadingRecorder : public QObject
{
    Q_OBJECT
public:
    explicit AsyncReadingRecorder(storage::Database &database, QObject *parent = nullptr);
    ~AsyncReadingRecorder() override; // waits for a job still running

    // false (nothing started) while a job runs.
    bool record(const OpticalReadout &readout, const RecordOptions &options);
    bool isBusy() const { return m_thread != nullptr; }

signals:
    void recorded(const ims::optical::RecordOutcome &outcome);
    void failed(const ims::Error &error);

private:
    storage::Database &m_database;
    QThread *m_thread = nullptr;
};

} // namespace ims::optical
