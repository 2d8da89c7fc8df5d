#include "app/common/meter_connection.h"

#include "models/storage/ingestor.h"
#include "protocol/client/connection_profile.h"

#include <QDateTime>

namespace ims::app {

MeterConnection::~MeterConnection()
{
    close();
}

Status MeterConnection::open(QSqlDatabase db, qint64 meterId)
{
    close();
    m_sql = std::move(db);
    Result<fleet::MeterEndpoint> endpoint = fleet::FleetStore(m_sql).meter(meterId);
    if (!endpoint)
        return endpoint.error();
    m_endpoint = *endpoint;
    m_channel = client::makeChannel(m_factory, m_endpoint.profile);
    m_client = std::make_unique<client::DlmsClient>(*m_channel, m_endpoint.profile.association);
    if (m_endpoint.profile.association.needsSecurityContext()) {
        QObject::connect(m_client.get(), &client::DlmsClient::invocationCounterChanged,
                         m_client.get(), [this](quint64 next) {
                             fleet::FleetStore store(m_sql);
                             (void)store.storeInvocationCounter(m_endpoint.counterScope, next);
                         });
    }
    return {};
}

void MeterConnection::close()
{
    m_client.reset();
    m_channel.reset();
}

void MeterConnection::recordCommand(const control::ControlReport &report,
                                    const QString &operatorName)
{
    engine::ReadingBatch batch;
    batch.commands.append(
        report.toCommandRecord({m_endpoint.meter.id, m_endpoint.meter.serial}, operatorName));
    storage::Ingestor ingestor(m_sql);
    if (ingestor.prepare())
        (void)ingestor.ingest(batch, QDateTime::currentMSecsSinceEpoch());
}

} // namespace ims::app
