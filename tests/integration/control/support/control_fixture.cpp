#include "control_fixture.h"

#include "protocol/link/memory_link.h"
#include "protocol/sim/meter/consumption_model.h"

namespace ims::controltest {

ControlFixture::ControlFixture(sim::MeterModel model,
                               const std::function<void(sim::MeterSpec &)> &adjust)
{
    m_clock = std::make_unique<sim::VirtualClock>(start(), 0.0);
    const qint64 startMs = start().toMSecsSinceEpoch();
    sim::MeterSpec spec = sim::makeMeterSpec(42, 1, 0, startMs);
    spec.model = model;
    spec.clockOffsetMs = 0;
    spec.clockDriftPpm = 0;
    spec.theftFraction = 1.0;
    if (adjust)
        adjust(spec);
    const qint64 origin = (sim::ConsumptionModel::dayOf(startMs) - 400) * sim::kDayMs
                          - sim::kLocalUtcOffsetSeconds * 1000LL;
    m_meter = std::make_unique<sim::SimMeter>(spec, *m_clock, origin, m_credentials);
    m_directory = std::make_unique<sim::SingleDeviceDirectory>(m_meter->device());
    connectLine();
}

ControlFixture::~ControlFixture()
{
    m_client.reset();
    m_faulty.reset();
    m_hdlc.reset();
    m_session.reset();
}

void ControlFixture::connectLine()
{
    m_client.reset();
    m_faulty.reset();
    m_hdlc.reset();
    m_session.reset();
    link::MemoryLinkPair pair(QStringLiteral("meter"));
    m_session
        = std::make_unique<sim::ServerSession>(pair.takeB(), sim::Framing::Hdlc, *m_directory);
    m_session->start();
    client::HdlcChannelSettings hdlc;
    hdlc.clientSap = 48;
    hdlc.responseTimeoutMs = 1000;
    hdlc.maxRetries = 3;
    m_hdlc = std::make_unique<client::HdlcChannel>(pair.takeA(), hdlc);
    m_faulty = std::make_unique<FaultyChannel>(*m_hdlc);
    client::AssociationSettings settings;
    settings.authentication = client::Authentication::Low;
    settings.password = m_credentials.configuratorPassword;
    settings.responseTimeoutMs = 5000;
    m_client = std::make_unique<client::DlmsClient>(*m_faulty, settings);
}

Status ControlFixture::associate()
{
    return await<Status>([this](auto done) { m_client->associate(done); });
}

Status ControlFixture::reconnect()
{
    connectLine();
    return associate();
}

Status ControlFixture::set(quint16 classId, const cosem::Obis &obis, qint8 attribute,
                           const axdr::Value &v)
{
    return await<Status>([&](auto done) { m_client->set({classId, obis, attribute}, v, done); });
}

} // namespace ims::controltest
