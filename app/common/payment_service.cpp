#include "app/common/payment_service.h"

#include "app/common/login_name.h"
#include "app/common/meter_connection.h"
#include "models/control/payment_store.h"
#include "models/storage/database.h"

#include <QDateTime>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <deque>

namespace ims::app {

namespace {

const QString kConnectionRole = QStringLiteral("payment");

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
        m_meter.close();
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
        if (const Status opened = m_meter.open(m_sql, m_job.meterId); !opened) {
            finish(false, opened.error().message);
            return;
        }
        m_meter.client().associate([this](Status s) {
            if (!s) {
                if (m_job.write) {
                    control::ControlReport report;
                    report.command = m_job.command;
                    report.parameters = m_job.parameters;
                    report.startedAtMs = QDateTime::currentMSecsSinceEpoch();
                    report.notApplied(s.error(),
                                      control::PaymentControl::tr("could not connect: %1")
                                          .arg(s.error().message));
                    m_meter.recordCommand(report, m_operator);
                }
                // Not from inside the client's own callback: finish() destroys it.
                QTimer::singleShot(0, this,
                                   [this, message = s.error().message] { finish(false, message); });
                return;
            }
            if (m_job.write)
                m_job.write(m_meter.client(), [this](control::PaymentReport r) { written(r); });
            else
                control::PaymentControl::read(
                    m_meter.client(), [this](Result<control::AccountState> state) { read(state); });
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
        m_meter.recordCommand(report.report, m_operator);
        control::PaymentStore store(m_sql);
        (void)store.recordCommand(m_job.meterId, report, QDateTime::currentMSecsSinceEpoch());
        release(report.report.outcome == control::Outcome::Applied,
                report.report.outcome == control::Outcome::Applied
                    ? report.report.message
                    : control::outcomeToken(report.report.outcome) + QStringLiteral(": ")
                          + report.report.message);
    }

    void release(bool ok, const QString &message)
    {
        m_meter.client().release([this, ok, message](Status) {
            // Not from inside the client's own callback.
            QTimer::singleShot(0, this, [this, ok, message] { finish(ok, message); });
        });
    }

    void finish(bool ok, const QString &message)
    {
        m_meter.close();
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
    MeterConnection m_meter;
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
