#include "app/common/payment_service.h"

#include "models/control/payment_store.h"
#include "models/fleet/fleet_store.h"
#include "models/storage/database.h"
#include "models/storage/ingestor.h"
#include "protocol/client/connection_profile.h"
#include "protocol/link/link_factory.h"

#include <QDateTime>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <deque>

namespace ims::app {

namespace {

const QString kConnectionRole = QStringLiteral("payment");

QString loginName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

} // namespace

// One conversation at a time on the service's thread; every step is a
// callback from this thread's event loop.
class PaymentWorker : public QObject
{
public:
    using Write
        = std::function<void(client::DlmsClient &, std::function<void(control::PaymentReport)>)>;
    struct Job
    {
        qint64 meterId = 0;
        QString command;    // "credit-get", "credit-pay", ...
        QString parameters; // for the record when the meter cannot be reached
        Write write;        // empty: read the account
    };

    PaymentWorker(storage::Database &database, PaymentService *service)
        : m_database(database)
        , m_service(service)
        , m_operator(loginName())
    {}

    ~PaymentWorker() override
    {
        m_client.reset();
        m_channel.reset();
        m_sql = QSqlDatabase(); // nothing may hold the connection when it is closed
        m_database.releaseConnection(kConnectionRole);
    }

    void setOperatorName(const QString &name) { m_operator = name; }

    void enqueue(Job job)
    {
        m_queue.push_back(std::move(job));
        if (!m_busy)
            next();
    }

private:
    void next()
    {
        if (m_queue.empty()) {
            m_busy = false;
            return;
        }
        m_busy = true;
        m_job = std::move(m_queue.front());
        m_queue.pop_front();
        Result<QSqlDatabase> db = m_database.connection(kConnectionRole);
        if (!db) {
            finish(false, db.error().message);
            return;
        }
        m_sql = *db;
        fleet::FleetStore fleetStore(m_sql);
        Result<fleet::MeterEndpoint> endpoint = fleetStore.meter(m_job.meterId);
        if (!endpoint) {
            finish(false, endpoint.error().message);
            return;
        }
        m_endpoint = *endpoint;
        m_channel = client::makeChannel(m_factory, m_endpoint.profile);
        m_client = std::make_unique<client::DlmsClient>(*m_channel, m_endpoint.profile.association);
        if (m_endpoint.profile.association.needsSecurityContext()) {
            // A counter is never used twice: every step is stored as it happens.
            QObject::connect(m_client.get(), &client::DlmsClient::invocationCounterChanged,
                             m_client.get(), [this](quint64 next) {
                                 fleet::FleetStore store(m_sql);
                                 (void)store.storeInvocationCounter(m_endpoint.counterScope, next);
                             });
        }
        m_client->associate([this](Status s) {
            if (!s) {
                if (m_job.write) {
                    control::ControlReport report;
                    report.command = m_job.command;
                    report.parameters = m_job.parameters;
                    report.startedAtMs = QDateTime::currentMSecsSinceEpoch();
                    report.notApplied(s.error(),
                                      control::PaymentControl::tr("could not connect: %1")
                                          .arg(s.error().message));
                    record(report);
                }
                // Not from inside the client's own callback: finish() destroys it.
                QTimer::singleShot(0, this,
                                   [this, message = s.error().message] { finish(false, message); });
                return;
            }
            if (m_job.write)
                m_job.write(*m_client, [this](control::PaymentReport r) { written(r); });
            else
                control::PaymentControl::read(
                    *m_client, [this](Result<control::AccountState> state) { read(state); });
        });
    }

    void read(const Result<control::AccountState> &state)
    {
        control::PaymentStore store(m_sql);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (!state) {
            if (state.error().kind == ErrorKind::Unsupported)
                (void)store.recordUnsupported(m_job.meterId, now);
            release(false, state.error().message);
            return;
        }
        const Status stored = store.recordState(m_job.meterId, *state, now);
        release(stored.ok(), stored ? state->describe() : stored.error().message);
    }

    void written(const control::PaymentReport &report)
    {
        record(report.report);
        control::PaymentStore store(m_sql);
        (void)store.recordCommand(m_job.meterId, report, QDateTime::currentMSecsSinceEpoch());
        release(report.report.outcome == control::Outcome::Applied,
                report.report.outcome == control::Outcome::Applied
                    ? report.report.message
                    : control::outcomeToken(report.report.outcome) + QStringLiteral(": ")
                          + report.report.message);
    }

    void record(const control::ControlReport &report)
    {
        engine::ReadingBatch batch;
        batch.commands.append(
            report.toCommandRecord({m_endpoint.meter.id, m_endpoint.meter.serial}, m_operator));
        storage::Ingestor ingestor(m_sql);
        if (ingestor.prepare())
            (void)ingestor.ingest(batch, QDateTime::currentMSecsSinceEpoch());
    }

    void release(bool ok, const QString &message)
    {
        m_client->release([this, ok, message](Status) {
            // Not from inside the client's own callback.
            QTimer::singleShot(0, this, [this, ok, message] { finish(ok, message); });
        });
    }

    void finish(bool ok, const QString &message)
    {
        m_client.reset();
        m_channel.reset();
        const qint64 meterId = m_job.meterId;
        const QString command = m_job.command;
        QPointer<PaymentService> service = m_service;
        QMetaObject::invokeMethod(
            m_service,
            [service, meterId, command, ok, message] {
                if (service)
                    emit service->finished(meterId, command, ok, message);
            },
            Qt::QueuedConnection);
        next();
    }

    storage::Database &m_database;
    PaymentService *m_service;
    QString m_operator;
    std::deque<Job> m_queue;
    bool m_busy = false;
    Job m_job;
    QSqlDatabase m_sql;
    fleet::MeterEndpoint m_endpoint;
    link::LinkFactory m_factory;
    std::unique_ptr<client::ApduChannel> m_channel;
    std::unique_ptr<client::DlmsClient> m_client;
};

PaymentService::PaymentService(storage::Database &database, QObject *parent)
    : control::PaymentCommands(parent)
    , m_thread(new QThread(this))
    , m_worker(new PaymentWorker(database, this))
{
    m_thread->setObjectName(QStringLiteral("payment"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

PaymentService::~PaymentService()
{
    m_thread->quit();
    m_thread->wait();
}

void PaymentService::setOperatorName(const QString &name)
{
    PaymentWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, name] { worker->setOperatorName(name); });
}

void PaymentService::readAccount(qint64 meterId)
{
    PaymentWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, meterId] {
        worker->enqueue({meterId, QStringLiteral("credit-get"), {}, {}});
    });
}

void PaymentService::topUp(qint64 meterId, const control::Money &amount)
{
    PaymentWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, meterId, amount] {
        worker->enqueue({meterId, QStringLiteral("credit-pay"), amount.toString(),
                         [amount](client::DlmsClient &c, auto done) {
                             control::PaymentControl::topUp(c, amount, done);
                         }});
    });
}

void PaymentService::setThresholds(qint64 meterId, const control::ThresholdRequest &request)
{
    PaymentWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, meterId, request] {
        worker->enqueue({meterId, QStringLiteral("credit-thresholds"), request.describe(),
                         [request](client::DlmsClient &c, auto done) {
                             control::PaymentControl::setThresholds(c, request, done);
                         }});
    });
}

void PaymentService::setMode(qint64 meterId, cosem::PaymentMode mode)
{
    PaymentWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, meterId, mode] {
        worker->enqueue({meterId, QStringLiteral("credit-mode"),
                         cosem::PaymentNames::paymentModeToken(quint8(mode)),
                         [mode](client::DlmsClient &c, auto done) {
                             control::PaymentControl::setMode(c, mode, done);
                         }});
    });
}

} // namespace ims::app
