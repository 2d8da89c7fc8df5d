// The project's DlmsClient against one simulated SPODES meter over an
// in-memory HDLC line: associations of the three SPODES clients, reads,
// writes, actions, block transfer both ways and selective access.
#include "protocol/axdr/axdr_codec.h"
#include "protocol/client/dlms_client.h"
#include "protocol/client/hdlc_channel.h"
#include "protocol/cosem/activity_calendar.h"
#include "protocol/cosem/object_list.h"
#include "protocol/cosem/scaler_unit.h"
#include "protocol/cosem/spodes_objects.h"
#include "protocol/dlms/get_apdu.h"
#include "protocol/link/memory_link.h"
#include "protocol/sim/meter/meter_profiles.h"
#include "protocol/sim/meter/sim_meter.h"
#include "protocol/sim/transport/server_session.h"
#include "support/sim_client_helpers.h"

#include <QSignalSpy>
#include <QTest>

using namespace ims;
using namespace ims::sim;
namespace spodes = ims::cosem::spodes;

class TstSimMeterMemory : public QObject
{
    Q_OBJECT

    const QDateTime kStart = QDateTime(QDate(2026, 3, 16), QTime(12, 0), Qt::UTC);
    std::unique_ptr<VirtualClock> m_clock;
    SimCredentials m_credentials;
    std::unique_ptr<SimMeter> m_meter;
    std::unique_ptr<SingleDeviceDirectory> m_directory;
    std::unique_ptr<ServerSession> m_session;
    std::unique_ptr<client::HdlcChannel> m_channel;
    std::unique_ptr<client::DlmsClient> m_client;

    qint64 startMs() const { return kStart.toMSecsSinceEpoch(); }

    void connectClient(const client::AssociationSettings &settings, quint8 sap)
    {
        link::MemoryLinkPair pair(QStringLiteral("meter"));
        m_session = std::make_unique<ServerSession>(pair.takeB(), Framing::Hdlc, *m_directory);
        m_session->start();
        m_channel = std::make_unique<client::HdlcChannel>(pair.takeA(), simtest::hdlcSettings(sap));
        m_client = std::make_unique<client::DlmsClient>(*m_channel, settings);
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<VirtualClock>(kStart, 0.0);
        MeterSpec spec = makeMeterSpec(42, 1, 0, startMs());
        spec.clockOffsetMs = 0;
        spec.clockDriftPpm = 0;
        const qint64 origin
            = (ConsumptionModel::dayOf(startMs()) - 400) * kDayMs - kLocalUtcOffsetSeconds * 1000LL;
        m_meter = std::make_unique<SimMeter>(spec, *m_clock, origin, m_credentials);
        m_directory = std::make_unique<SingleDeviceDirectory>(m_meter->device());
    }

    void cleanup()
    {
        m_client.reset();
        m_channel.reset();
        m_session.reset();
        m_directory.reset();
        m_meter.reset();
    }

    void publicClientReadsClockAndSerial()
    {
        connectClient(simtest::publicClient(), 16);
        QVERIFY(simtest::associate(*m_client).ok());
        Result<axdr::Value> time = simtest::get(*m_client, 8, spodes::Clock, 2);
        QVERIFY2(time.ok(), qPrintable(time.ok() ? QString() : time.error().message));
        const std::optional<axdr::CosemDateTime> dt = time->asDateTime();
        QVERIFY(dt);
        QCOMPARE(dt->toQDateTime().toMSecsSinceEpoch(), startMs());
        QCOMPARE(dt->deviation, qint16(-180)); // Moscow time, Blue Book sign
        Result<axdr::Value> serial = simtest::get(*m_client, 1, spodes::SerialNumber, 2);
        QVERIFY(serial.ok());
        QCOMPARE(serial->bytes(), m_meter->spec().serial);
        QVERIFY(simtest::release(*m_client).ok());
    }

    void publicClientIsReadOnlyAndSeesFewObjects()
    {
        connectClient(simtest::publicClient(), 16);
        QVERIFY(simtest::associate(*m_client).ok());
        // A- is not in the public client's object list at all.
        Result<axdr::Value> hidden = simtest::get(
            *m_client, 3, *spodes::energyRegister(spodes::EnergyChannel::ActiveExport), 2);
        QVERIFY(!hidden.ok());
        QCOMPARE(hidden.error().kind, ErrorKind::DataAccess);
        QCOMPARE(hidden.error().code, int(dlms::DataAccessResult::ObjectUndefined));
        // The clock is visible but not writable.
        const Status denied = simtest::set(*m_client, 8, spodes::Clock, 2,
                                           axdr::Value::octetString(QByteArray(12, '\xFF')));
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().code, int(dlms::DataAccessResult::ReadWriteDenied));
        // Wrong class id for an existing object.
        Result<axdr::Value> wrongClass = simtest::get(*m_client, 1, spodes::Clock, 2);
        QVERIFY(!wrongClass.ok());
        QCOMPARE(wrongClass.error().code, int(dlms::DataAccessResult::ObjectClassInconsistent));
    }

    void readerWithWrongPasswordIsRejected()
    {
        connectClient(simtest::readerClient(QByteArrayLiteral("wrong")), 32);
        const Status s = simtest::associate(*m_client);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::AssociationRejected);
        QCOMPARE(s.error().code, int(dlms::ServiceUserDiagnostic::AuthenticationFailure));
        // The meter noted the attempt in its unauthorized-access journal.
        const QList<MeterEvent> journal
            = m_meter->journal(quint8(spodes::Journal::UnauthorizedAccess), 10);
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal.first().code, eventcode::UnauthorizedAccess);
    }

    void readerReadsRegisterWithScalerUnit()
    {
        connectClient(simtest::readerClient(), 32);
        QVERIFY(simtest::associate(*m_client).ok());
        const cosem::Obis aPlus = *spodes::energyRegister(spodes::EnergyChannel::ActiveImport);
        Result<axdr::Value> su = simtest::get(*m_client, 3, aPlus, 3);
        QVERIFY(su.ok());
        Result<cosem::ScalerUnit> decoded = cosem::ScalerUnit::fromValue(*su);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->scaler, qint8(0));
        QCOMPARE(decoded->unit, quint8(cosem::Unit::WattHour));
        Result<axdr::Value> value = simtest::get(*m_client, 3, aPlus, 2);
        QVERIFY(value.ok());
        QCOMPARE(value->type(), axdr::DataType::DoubleLongUnsigned);
        const EnergyTotals totals = m_meter->totalsAt(m_clock->nowMs());
        QCOMPARE(*value->toUInt64(), quint64(totals.value[0][0]));
        QVERIFY(totals.value[0][0] > 1'000'000); // a meter with history, in Wh
        QCOMPARE(totals.value[0][0],
                 totals.value[0][1] + totals.value[0][2] + totals.value[0][3] + totals.value[0][4]);
    }

    void readerReadsObjectListInBlocks()
    {
        client::AssociationSettings small = simtest::readerClient();
        small.maxReceivePduSize = 512; // makes the meter send the list in blocks
        connectClient(small, 32);
        QVERIFY(simtest::associate(*m_client).ok());
        QSignalSpy blocks(m_client.get(), &client::DlmsClient::blockProgress);
        Result<axdr::Value> list = simtest::get(*m_client, 15, spodes::CurrentAssociation, 2);
        QVERIFY(list.ok());
        Result<QList<cosem::ObjectListElement>> elements
            = cosem::ObjectListElement::listFromValue(*list);
        QVERIFY(elements.ok());
        QVERIFY(elements->size() > 50);
        const auto profile = std::find_if(elements->cbegin(), elements->cend(), [](const auto &e) {
            return e.logicalName == spodes::LoadProfile;
        });
        QVERIFY(profile != elements->cend());
        QCOMPARE(profile->classId, quint16(7));
        QVERIFY(profile->canRead(2, 1));
        QVERIFY(!profile->canWrite(2, 1));
        QCOMPARE(profile->findAttribute(2)->accessSelectors.value_or(QList<qint8>{}),
                 (QList<qint8>{1, 2}));
        const auto relay = std::find_if(elements->cbegin(), elements->cend(), [](const auto &e) {
            return e.logicalName == spodes::DisconnectControl;
        });
        QVERIFY(relay != elements->cend());
        QVERIFY(!relay->canExecute(1)); // the reader may not switch the relay
        QVERIFY2(blocks.count() > 3, qPrintable(QString::number(blocks.count())));
        QVERIFY(axdr::encode(*list).size() > 4 * 512);
    }

    void loadProfileByRangeTenThousandRows()
    {
        connectClient(simtest::readerClient(), 32);
        QVERIFY(simtest::associate(*m_client).ok());
        QSignalSpy blocks(m_client.get(), &client::DlmsClient::blockProgress);
        const qint64 lastEnd = (startMs() / kIntervalMs) * kIntervalMs;
        const qint64 firstEnd = lastEnd - 9'999 * kIntervalMs;
        const auto from = axdr::CosemDateTime::fromQDateTime(
            QDateTime::fromMSecsSinceEpoch(firstEnd, Qt::UTC), 10800);
        const auto to = axdr::CosemDateTime::fromQDateTime(
            QDateTime::fromMSecsSinceEpoch(lastEnd, Qt::UTC), 10800);
        const dlms::CaptureObjectDefinition clock{8, spodes::Clock, 2, 0};
        Result<axdr::Value> buffer
            = simtest::get(*m_client, 7, spodes::LoadProfile, 2,
                           dlms::accessByRange(clock, axdr::Value::octetString(from.toOctets()),
                                               axdr::Value::octetString(to.toOctets())));
        QVERIFY2(buffer.ok(), qPrintable(buffer.ok() ? QString() : buffer.error().message));
        QCOMPARE(buffer->items().size(), 10'000);
        // About 270 kB (clock and A+, A- of a single-phase meter per row).
        QVERIFY2(blocks.count() > 3, qPrintable(QString::number(blocks.count())));
        const axdr::Value &first = buffer->items().first();
        QCOMPARE(m_meter->traits().phases, 1);
        QCOMPARE(first.items().size(), 3); // no reactive columns: the meter has no such registers
        QCOMPARE(first.items()[0].asDateTime()->toQDateTime().toMSecsSinceEpoch(), firstEnd);
        const Energy e = m_meter->registeredInterval(firstEnd / kIntervalMs - 1);
        QCOMPARE(*first.items()[1].toUInt64(), quint64(e.activeImport));
        QCOMPARE(buffer->items().last().items()[0].asDateTime()->toQDateTime().toMSecsSinceEpoch(),
                 lastEnd);

        // Column selection: the clock and A+ only.
        Result<axdr::Value> picked = simtest::get(
            *m_client, 7, spodes::LoadProfile, 2,
            dlms::accessByRange(clock, axdr::Value::octetString(to.toOctets()),
                                axdr::Value::octetString(to.toOctets()),
                                {clock, {3, cosem::Obis(1, 0, 1, 29, 0, 255), 2, 0}}));
        QVERIFY(picked.ok());
        QCOMPARE(picked->items().size(), 1);
        QCOMPARE(picked->items().first().items().size(), 2);
    }

    void loadProfileByEntry()
    {
        connectClient(simtest::readerClient(), 32);
        QVERIFY(simtest::associate(*m_client).ok());
        Result<axdr::Value> inUse = simtest::get(*m_client, 7, spodes::LoadProfile, 7);
        QVERIFY(inUse.ok());
        QCOMPARE(*inUse->toUInt64(), quint64(kLoadProfileEntries));
        Result<axdr::Value> rows
            = simtest::get(*m_client, 7, spodes::LoadProfile, 2,
                           dlms::accessByEntry(kLoadProfileEntries - 9, 0, 2, 3));
        QVERIFY(rows.ok());
        QCOMPARE(rows->items().size(), 10);
        QCOMPARE(rows->items().first().items().size(), 2); // A+ and A-
        const qint64 lastInterval = startMs() / kIntervalMs - 1;
        QCOMPARE(*rows->items().last().items()[0].toUInt64(),
                 quint64(m_meter->registeredInterval(lastInterval).activeImport));
    }

    // The nine SPODES event journals, layout and buffer by range each: the
    // request the engine sends for a visit's journals.
    QList<dlms::AttributeWithSelection> journalReads() const
    {
        const auto from = axdr::CosemDateTime::fromQDateTime(
            QDateTime::fromMSecsSinceEpoch(startMs() - 30 * kDayMs, Qt::UTC), 10800);
        const auto to = axdr::CosemDateTime::fromQDateTime(
            QDateTime::fromMSecsSinceEpoch(startMs(), Qt::UTC), 10800);
        const dlms::CaptureObjectDefinition clock{8, spodes::Clock, 2, 0};
        QList<dlms::AttributeWithSelection> list;
        for (const quint8 journal : {0, 1, 2, 3, 4, 5, 6, 7, 13}) {
            const cosem::Obis profile(0, 0, 99, 98, journal, 255);
            list << dlms::AttributeWithSelection{{7, profile, 3}, {}};
            list << dlms::AttributeWithSelection{
                {7, profile, 2},
                dlms::accessByRange(clock, axdr::Value::octetString(from.toOctets()),
                                    axdr::Value::octetString(to.toOctets()))};
        }
        return list;
    }

    // What each attribute reads alone, to compare a list's answers with.
    QList<QByteArray> readOneByOne(const QList<dlms::AttributeWithSelection> &list)
    {
        QList<QByteArray> encoded;
        for (const dlms::AttributeWithSelection &a : list) {
            Result<axdr::Value> v
                = simtest::get(*m_client, a.attribute.classId, a.attribute.instance,
                               a.attribute.attributeId, a.access);
            encoded << (v ? axdr::encode(*v) : QByteArray());
        }
        return encoded;
    }

    void listLongerThanTheMetersReceiveSizeIsSplit()
    {
        // A small meter: 128-byte APDUs in. The journal list alone is several
        // times that, and the meter answers PDU-too-long to a longer request.
        m_meter->device()->xdlms().maxReceivePduSize = 128;
        connectClient(simtest::readerClient(), 32);
        QVERIFY(simtest::associate(*m_client).ok());
        QCOMPARE(m_client->negotiated().serverMaxReceivePduSize, quint16(128));
        QVERIFY(m_client->negotiated().negotiatedConformance.has(
            dlms::ConformanceBit::MultipleReferences));
        QList<dlms::AttributeWithSelection> list = journalReads();
        list << dlms::AttributeWithSelection{{3, cosem::Obis(1, 0, 99, 8, 0, 255), 2}, {}};
        QByteArray request;
        dlms::encode(dlms::GetRequestWithList{dlms::InvokeIdAndPriority::make(1), list}, request);
        QVERIFY(request.size() > 3 * 128);

        Result<simtest::ListResults> answer = simtest::getList(*m_client, list);
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().message));
        QCOMPARE(answer->size(), size_t(list.size()));
        // An object the meter does not have is that attribute's refusal only.
        QCOMPARE(answer->back().error().kind, ErrorKind::DataAccess);
        const QList<QByteArray> alone = readOneByOne(list.mid(0, list.size() - 1));
        int events = 0;
        for (qsizetype i = 0; i < alone.size(); ++i) {
            QVERIFY2((*answer)[size_t(i)].ok(), qPrintable(QString::number(i)));
            QCOMPARE(axdr::encode(*(*answer)[size_t(i)]), alone[i]);
            if (i % 2 == 1)
                events += int((*answer)[size_t(i)]->items().size());
        }
        QVERIFY(events > 0); // the answers carry journal rows, not just empty arrays
    }

    void meterWithoutMultipleReferencesIsAskedOneByOne()
    {
        dlms::Conformance conformance = m_meter->device()->xdlms().conformance;
        conformance.set(dlms::ConformanceBit::MultipleReferences, false);
        m_meter->device()->xdlms().conformance = conformance;
        connectClient(simtest::readerClient(), 32);
        QVERIFY(simtest::associate(*m_client).ok());
        QVERIFY(!m_client->negotiated().negotiatedConformance.has(
            dlms::ConformanceBit::MultipleReferences));
        const QList<dlms::AttributeWithSelection> list = journalReads();
        Result<simtest::ListResults> answer = simtest::getList(*m_client, list);
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().message));
        const QList<QByteArray> alone = readOneByOne(list);
        QCOMPARE(answer->size(), size_t(alone.size()));
        for (qsizetype i = 0; i < alone.size(); ++i)
            QCOMPARE(axdr::encode(*(*answer)[size_t(i)]), alone[i]);
    }

    void configuratorHlsSwitchesTheRelay()
    {
        connectClient(simtest::configuratorHls(), 48);
        const Status associated = simtest::associate(*m_client);
        QVERIFY2(associated.ok(),
                 qPrintable(associated.ok() ? QString() : associated.error().message));
        QCOMPARE(m_client->serverSystemTitle(), m_meter->security()->systemTitle);
        Result<axdr::Value> before = simtest::get(*m_client, 70, spodes::DisconnectControl, 2);
        QVERIFY(before.ok());
        QVERIFY(before->toBool());
        Result<axdr::Value> done = simtest::action(*m_client, 70, spodes::DisconnectControl, 1);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        Result<axdr::Value> after = simtest::get(*m_client, 70, spodes::DisconnectControl, 2);
        QVERIFY(after.ok());
        QVERIFY(!after->toBool());
        // No energy is counted with the relay open.
        m_clock->advance(kIntervalMs * 2);
        QCOMPARE(m_meter->registeredInterval(m_clock->nowMs() / kIntervalMs - 1).activeImport,
                 qint64(0));
        QVERIFY(simtest::release(*m_client).ok());
    }

    void configuratorSetsClockAndShiftsIt()
    {
        connectClient(simtest::configuratorLow(), 48);
        QVERIFY(simtest::associate(*m_client).ok());
        const QDateTime wanted = kStart.addSecs(3600);
        const auto octets = axdr::CosemDateTime::fromQDateTime(wanted, 10800).toOctets();
        QVERIFY(
            simtest::set(*m_client, 8, spodes::Clock, 2, axdr::Value::octetString(octets)).ok());
        QCOMPARE(m_meter->meterTimeMs(), wanted.toMSecsSinceEpoch());
        QVERIFY(simtest::action(*m_client, 8, spodes::Clock, 6, axdr::Value::long16(-30)).ok());
        QCOMPARE(m_meter->meterTimeMs(), wanted.toMSecsSinceEpoch() - 30'000);
        // Beyond the ±900 s of shift_time: refused.
        QVERIFY(!simtest::action(*m_client, 8, spodes::Clock, 6, axdr::Value::long16(1000)).ok());
    }

    void largeSetUsesBlockTransferAndActivationSwitchesTariff()
    {
        connectClient(simtest::configuratorLow(), 48);
        QVERIFY(simtest::associate(*m_client).ok());
        // A passive day profile with 60 switches is larger than the meter's 1024-byte PDU.
        cosem::DayProfile day;
        day.dayId = 1;
        for (int i = 0; i < 60; ++i)
            day.schedule.append({axdr::CosemTime{quint8(i * 24 / 60), quint8((i * 24) % 60), 0, 0},
                                 spodes::TariffScriptTable, quint16(i % 2 ? 3 : 4)});
        const axdr::Value days = axdr::Value::array({day.toValue()});
        QVERIFY(axdr::encode(days).size() > 1024);
        const Status written = simtest::set(*m_client, 20, spodes::ActivityCalendar, 9, days);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        Result<axdr::Value> back = simtest::get(*m_client, 20, spodes::ActivityCalendar, 9);
        QVERIFY(back.ok());
        QCOMPARE(*back, days);
        // Activate: the tariff now comes from the new plan (tariffs 3 and 4 only).
        QVERIFY(simtest::action(*m_client, 20, spodes::ActivityCalendar, 1).ok());
        const int tariff = m_meter->tariffAt(m_clock->nowMs() + 1);
        QVERIFY2(tariff == 3 || tariff == 4, qPrintable(QString::number(tariff)));
        const EnergyTotals before = m_meter->totalsAt(m_clock->nowMs());
        m_clock->advance(3 * 3'600'000);
        const EnergyTotals after = m_meter->totalsAt(m_clock->nowMs());
        QCOMPARE(after.value[0][1], before.value[0][1]); // T1 stands still
        QCOMPARE(after.value[0][2], before.value[0][2]);
        QVERIFY(after.value[0][3] + after.value[0][4] > before.value[0][3] + before.value[0][4]);
    }
};

QTEST_GUILESS_MAIN(TstSimMeterMemory)
#include "tst_sim_meter_memory.moc"
