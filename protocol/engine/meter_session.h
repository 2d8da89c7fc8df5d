#pragma once
// One visit to one device (a meter behind a router, or the router itself):
// associate, check identity and clock, read what the job asks for, release.
// Composed asynchronous steps over a DlmsClient; no thread, no blocking
// wait. Whatever is read goes to the sink chunk by chunk, so an interrupted
// visit keeps what it got and the next one resumes after it.
#include "protocol/client/dlms_client.h"
#include "protocol/cosem/capture_object.h"
#include "protocol/engine/poll_job.h"
#include "protocol/engine/poll_progress.h"
#include "protocol/engine/poll_settings.h"
#include "protocol/engine/reading_sink.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

namespace ims::engine {

enum class SessionTarget { Meter, Router };

struct SessionReport
{
    Status status;       // the first fatal error, or success
    QStringList skipped; // items the device does not have or refused (partial result)
    int intervalsRead = 0;
    bool clockCorrected = false;
};

class MeterSession : public QObject
{
    Q_OBJECT
public:
    // The channel must outlive the session.
    MeterSession(client::ApduChannel &channel, client::AssociationSettings association,
                 MeterJob job, SessionTarget target, qint64 routerId, const PollSettings &settings,
                 ReadingSink *sink, QObject *parent = nullptr);
    ~MeterSession() override;

    void start();
    // Stops at once: finished(Cancelled) follows from the event loop.
    void cancel();

    const MeterJob &job() const { return m_job; } // cursor updated as data is stored
    const SessionReport &report() const { return m_report; }
    PollStep step() const { return m_step; }

    // Errors after which the device is worth another try later.
    static bool isTransient(const Error &error);
    static QString stepText(PollStep step);

signals:
    void stepChanged(ims::engine::PollStep step);
    void intervalsStored(int count);
    void invocationCounterChanged(quint64 next);
    void finished();

private:
    using Step = std::function<void()>;
    void addStep(PollStep step, Step run);
    void next();
    void fail(const Error &error);
    // A refusal of one item (object undefined, access denied): note and go on.
    bool skipOnDataError(const Error &error, const QString &item);
    void finish();
    qint64 nowMs() const;

    void readIdentityAndClock();
    void correctClock(qint64 deltaMs, qint64 rttMs, ClockCheck check);
    void readProfile();
    void readProfileChunk();
    // Billing profiles and event journals (meter_session_records.cpp).
    void readRecords(quint32 items);
    Status storeBilling(const QList<cosem::CaptureObject> &columns, const axdr::Value &buffer,
                        RegisterKind kind);
    Status storeEvents(quint8 journal, const QList<cosem::CaptureObject> &columns,
                       const axdr::Value &buffer);
    void readRegisterList(const QList<cosem::Obis> &registers, RegisterKind kind, bool instant);
    void storeAccount(const std::vector<Result<axdr::Value>> &results, ReadingBatch &batch);
    void release();

    // capture_objects of a profile, with the scalers of the registers its
    // columns are likely to be, in one exchange; then readScalers() for any
    // register column whose scaler is still unknown.
    using ColumnsReady = std::function<void(const QList<cosem::CaptureObject> &)>;
    void readColumns(const cosem::Obis &profile, const QString &item,
                     const QList<cosem::Obis> &likelyRegisters, ColumnsReady ready);
    void readScalers(const QList<cosem::CaptureObject> &columns, std::function<void()> ready);
    QList<cosem::Obis> unknownScalers(const QList<cosem::Obis> &registers) const;
    void keepScalers(const QList<cosem::Obis> &registers,
                     const std::vector<Result<axdr::Value>> &answer, size_t first);
    axdr::CosemDateTime deviceTime(qint64 utcSeconds) const;
    void submit(ReadingBatch batch);

    client::ApduChannel &m_channel;
    std::unique_ptr<client::DlmsClient> m_client;
    MeterJob m_job;
    SessionTarget m_target;
    qint64 m_routerId;
    const PollSettings &m_settings;
    ReadingSink *m_sink;
    SessionReport m_report;
    PollStep m_step = PollStep::Waiting;
    std::deque<std::pair<PollStep, Step>> m_steps;
    QTimer m_deadline;
    bool m_finished = false;
    bool m_associated = false;
    struct Scaler
    {
        qint8 scaler = 0;
        quint8 unit = 0;
    };
    QHash<cosem::Obis, Scaler> m_scalers;
    QList<cosem::CaptureObject> m_profileColumns;
    qint64 m_chunkFrom = 0;
    qint64 m_lastInterval = 0;
};

} // namespace ims::engine
