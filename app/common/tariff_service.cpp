#include "app/common/tariff_service.h"

#include "app/common/login_name.h"
#include "app/common/meter_connection.h"
#include "models/control/control_store.h"
#include "models/storage/database.h"
#include "protocol/control/tariff_capabilities.h"
#include "protocol/control/tariff_programmer.h"

#include <QDateTime>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <deque>

namespace ims::app {

namespace {

const QString kConnectionRole = QStringLiteral("tariff");

} // namespace

// One conversation at a time on the service's thread; every step is a
// callback from this thread's event loop.
class TariffWorker : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(TariffService)

public:
    struct Job
    {
        qint64 meterId = 0;
        control::TariffPlan plan;
        std::optional<QDateTime> activateAt; // nullopt: at once
    };

    TariffWorker(storage::Database &database, TariffService *service)
        : m_database(database)
        , m_service(service)
        , m_operator(loginName())
    {}

    ~TariffWorker() override
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
        // Refused before anything is sent, as the CLI does.
        if (const Status s = control::TariffPlanValidator::check(m_job.plan); !s) {
            finish(control::Outcome::NotApplied, s.error().message);
            return;
        }
        Result<QSqlDatabase> db = m_database.connection(kConnectionRole);
        if (!db) {
            finish(control::Outcome::NotApplied, db.error().message);
            return;
        }
        m_sql = *db;
        if (const Status opened = m_meter.open(m_sql, m_job.meterId); !opened) {
            finish(control::Outcome::NotApplied, opened.error().message);
            return;
        }
        // What the database knows of the meter's model, as the CLI applies
        // it: a plan the model cannot run is refused without connecting.
        control::TariffRules rules;
        control::tariffCapabilitiesOfModel(m_meter.endpoint().meter.model).applyTo(rules);
        if (const Status refused = control::TariffPlanValidator::check(m_job.plan, rules);
            !refused) {
            control::TariffWriteReport report = newReport();
            report.report.refuse(refused.error());
            written(report, false);
            return;
        }
        progress(tr("Connecting to meter %1…").arg(m_meter.endpoint().meter.serial));
        m_meter.client().associate([this, rules](Status s) {
            if (!s) {
                control::TariffWriteReport report = newReport();
                report.report.notApplied(s.error(),
                                         tr("could not connect: %1").arg(s.error().message));
                // Not from inside the client's own callback: finishing destroys it.
                QTimer::singleShot(0, this, [this, report] { written(report, false); });
                return;
            }
            progress(tr("Writing the plan and reading it back…"));
            control::TariffWriteOptions options;
            options.activateAt = m_job.activateAt;
            options.rules = rules;
            control::TariffProgrammer::write(
                m_meter.client(), m_job.plan, options,
                [this](control::TariffWriteReport report) { written(report, true); });
        });
    }

    // The report of a write that ends before the programmer runs.
    control::TariffWriteReport newReport() const
    {
        control::TariffWriteReport report;
        report.report.command = QStringLiteral("tariff-write");
        report.report.parameters = m_job.plan.name;
        report.report.startedAtMs = QDateTime::currentMSecsSinceEpoch();
        report.planDigest = m_job.plan.digest();
        report.activation = m_job.activateAt;
        return report;
    }

    void written(const control::TariffWriteReport &report, bool connected)
    {
        progress(tr("Recording the result…"));
        record(report);
        const control::Outcome outcome = report.report.outcome;
        QString message = report.report.message;
        if (!report.differences.isEmpty())
            message += QStringLiteral("\n") + report.differences.join(QLatin1Char('\n'));
        if (!connected) {
            finish(outcome, message);
            return;
        }
        m_meter.client().release([this, outcome, message](Status) {
            // Not from inside the client's own callback.
            QTimer::singleShot(0, this, [this, outcome, message] { finish(outcome, message); });
        });
    }

    // As `imsdesk-cli tariff write --db` records it.
    void record(const control::TariffWriteReport &report)
    {
        m_meter.recordCommand(report.report, m_operator);
        control::ControlStore store(m_sql);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Result<qint64> planId = store.savePlan(m_job.plan, now);
        if (planId && store.assignPlan(m_job.meterId, *planId))
            (void)store.recordWrite(m_job.meterId, *planId, report, now);
    }

    void progress(const QString &step)
    {
        const qint64 meterId = m_job.meterId;
        QPointer<TariffService> service = m_service;
        QMetaObject::invokeMethod(
            m_service,
            [service, meterId, step] {
                if (service)
                    emit service->progress(meterId, step);
            },
            Qt::QueuedConnection);
    }

    void finish(control::Outcome outcome, const QString &message)
    {
        m_meter.close();
        const qint64 meterId = m_job.meterId;
        QPointer<TariffService> service = m_service;
        QMetaObject::invokeMethod(
            m_service,
            [service, meterId, outcome, message] {
                if (service)
                    emit service->finished(meterId, outcome, message);
            },
            Qt::QueuedConnection);
        next();
    }

    storage::Database &m_database;
    TariffService *m_service;
    QString m_operator;
    std::deque<Job> m_queue;
    bool m_busy = false;
    Job m_job;
    QSqlDatabase m_sql;
    MeterConnection m_meter;
};

TariffService::TariffService(storage::Database &database, QObject *parent)
    : control::TariffCommands(parent)
    , m_thread(new QThread(this))
    , m_worker(new TariffWorker(database, this))
{
    m_thread->setObjectName(QStringLiteral("tariff"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

TariffService::~TariffService()
{
    m_thread->quit();
    m_thread->wait();
}

void TariffService::setOperatorName(const QString &name)
{
    TariffWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, name] { worker->setOperatorName(name); });
}

void TariffService::writePlan(qint64 meterId, const control::TariffPlan &plan,
                              const std::optional<QDateTime> &activateAt)
{
    TariffWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, meterId, plan, activateAt] {
        worker->enqueue({meterId, plan, activateAt});
    });
}

} // namespace ims::app
