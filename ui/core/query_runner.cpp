#include "ui/core/query_runner.h"

#include "ui/core/logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace ims::ui {

namespace {
const QString kRole = QStringLiteral("ui-query");
}

QueryRunner::QueryRunner(storage::Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    // Two workers: one long query (a year of profile) does not block the rest.
    m_pool.setMaxThreadCount(2);
    m_pool.setExpiryTimeout(30000);
}

QueryRunner::~QueryRunner()
{
    m_pool.waitForDone();
}

void QueryRunner::start(QObject *receiver, std::function<void(Result<QSqlDatabase> &)> work,
                        std::function<void()> deliver)
{
    if (++m_pending == 1)
        emit busyChanged(true);
    QPointer<QObject> guard(receiver);
    m_pool.start([this, guard, work = std::move(work), deliver = std::move(deliver)]() mutable {
        {
            auto db = m_database.connection(kRole);
            if (!db)
                qCWarning(lcUi) << "no database connection for a query:" << db.error().message;
            work(db);
        }
        m_database.releaseConnection(kRole);
        QMetaObject::invokeMethod(
            this,
            [this, guard, deliver = std::move(deliver)] {
                if (guard)
                    deliver();
                if (--m_pending == 0)
                    emit busyChanged(false);
            },
            Qt::QueuedConnection);
    });
}

bool QueryRunner::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_pending > 0 && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (m_pending > 0)
            QThread::msleep(5);
    }
    return m_pending == 0;
}

} // namespace ims::ui
