#include "models/optical/async_reading_recorder.h"

#include "models/storage/database.h"

#include <QThread>

namespace ims::optical {

namespace {
const QString kRole = QStringLiteral("optical-recorder");
}

AsyncReadingRecorder::AsyncReadingRecorder(storage::Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

AsyncReadingRecorder::~AsyncReadingRecorder()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool AsyncReadingRecorder::record(const OpticalReadout &readout, const RecordOptions &options)
{
    if (m_thread)
        return false;
    storage::Database &database = m_database;
    auto outcome = std::make_shared<Result<RecordOutcome>>(Error());
    m_thread = QThread::create([&database, readout, options, outcome] {
        {
            auto connection = database.connection(kRole);
            if (!connection) {
                *outcome = connection.error();
            } else {
                OpticalReadingRecorder recorder(*connection);
                *outcome = recorder.record(readout, options);
            }
        }
        // The thread's connection must not outlive it.
        database.releaseConnection(kRole);
    });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (outcome->ok())
            emit recorded(outcome->value());
        else
            emit failed(outcome->error());
    });
    m_thread->start();
    return true;
}

} // namespace ims::optical
