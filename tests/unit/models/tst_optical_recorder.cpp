// Storing optical readouts as manual readings: binding by the serial the
// meter reports, the unknown-meter answer, optical-only meter creation,
// repeats, the manual-readings query, the CSV export and the threaded
// recorder the dialog uses.
#include "models/analytics/manual_reading_query.h"
#include "models/optical/async_reading_recorder.h"
#include "models/optical/manual_reading_csv.h"
#include "models/optical/optical_reading_recorder.h"
#include "models/storage/domain_store.h"
#include "protocol/iec62056_21/readout_session.h"
#include "support/test_database.h"

#include <QSignalSpy>
#include <QTest>

using namespace ims;
using namespace ims::optical;
using ims::test::countRows;

namespace {

constexpr qint64 kTakenAt = 1'773'662'405; // 2026-03-16 12:00:05 UTC

iec21::DataSetValue value(const char *code, const char *text, const char *unit,
                          const char *original)
{
    iec21::DataSetValue v;
    v.code = QString::fromLatin1(code);
    v.value = QString::fromLatin1(text);
    v.unit = QString::fromLatin1(unit);
    v.originalCode = QString::fromLatin1(original);
    return v;
}

OpticalReadout readout(const QString &serial)
{
    OpticalReadout r;
    r.serial = serial;
    r.meterModel = QStringLiteral("MT174-0001");
    r.takenAt = kTakenAt;
    r.operatorName = QStringLiteral("Petrov");
    r.values = {value("C.1.0", "71234567", "", "C.1.0"),
                value("1.8.0", "061561.289", "kWh", "1.8.0"), value("", "42", "", "X.Y")};
    return r;
}

} // namespace

class TstOpticalRecorder : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    test::SmallInstallation m_site;

    QSqlDatabase db() { return m_db->connection(); }
    qint64 manualRows()
    {
        return countRows(db(), QStringLiteral("SELECT COUNT(*) FROM manual_readings"));
    }
    qint64 meterRows() { return countRows(db(), QStringLiteral("SELECT COUNT(*) FROM meters")); }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY(m_db->ok());
        m_site = test::createSmallInstallation(db());
    }
    void cleanup() { m_db.reset(); }

    void unknownMeterIsReportedNotStored()
    {
        const qint64 meters = meterRows();
        auto outcome = OpticalReadingRecorder(db()).record(readout(QStringLiteral("71234567")), {});
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->status, RecordOutcome::Status::UnknownMeter);
        QCOMPARE(outcome->serial, QStringLiteral("71234567"));
        QCOMPARE(outcome->meterId, 0);
        QCOMPARE(manualRows(), 0);
        QCOMPARE(meterRows(), meters);
    }

    void createsAnOpticalOnlyMeterAndStoresTheValues()
    {
        auto outcome
            = OpticalReadingRecorder(db()).record(readout(QStringLiteral("71234567")), {true});
        QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
        QCOMPARE(outcome->status, RecordOutcome::Status::Stored);
        QVERIFY(outcome->meterCreated);
        QCOMPARE(outcome->stored, 3);
        QCOMPARE(outcome->duplicates, 0);
        auto meter = storage::DomainStore(db()).meterBySerial(QStringLiteral("71234567"));
        QVERIFY(meter.ok());
        QCOMPARE(meter->id, outcome->meterId);
        QVERIFY(meter->opticalOnly);
        QCOMPARE(meter->routerId, 0);
        QCOMPARE(meter->model, QStringLiteral("MT174-0001"));

        analytics::ManualReadingFilter filter;
        filter.meterId = outcome->meterId;
        auto rows = analytics::ManualReadingQuery(db()).readings(
            filter, analytics::ManualReadingOrder::ByMeterAndTime);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 3);
        QHash<QString, analytics::ManualReadingRecord> byCode;
        for (const auto &r : *rows)
            byCode.insert(r.code, r);
        const auto energy = byCode.value(QStringLiteral("1.8.0"));
        QCOMPARE(energy.textValue, QStringLiteral("061561.289*kWh"));
        QCOMPARE(energy.value(), QStringLiteral("061561.289"));
        QCOMPARE(energy.unit(), QStringLiteral("kWh"));
        QVERIFY(energy.optical);
        QCOMPARE(energy.takenAt, kTakenAt);
        QCOMPARE(energy.operatorName, QStringLiteral("Petrov"));
        QCOMPARE(energy.meterSerial, QStringLiteral("71234567"));
        QCOMPARE(byCode.value(QStringLiteral("C.1.0")).textValue, QStringLiteral("71234567"));
        QCOMPARE(byCode.value(QStringLiteral("C.1.0")).unit(), QString());
        // No canonical code: the meter's own address is kept.
        QCOMPARE(byCode.value(QStringLiteral("X.Y")).textValue, QStringLiteral("42"));
    }

    void bindsToTheKnownMeterBySerial()
    {
        const qint64 meters = meterRows();
        auto outcome
            = OpticalReadingRecorder(db()).record(readout(QStringLiteral("MEMBER02")), {true});
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->meterId, m_site.memberBId);
        QVERIFY(!outcome->meterCreated);
        QCOMPARE(meterRows(), meters);
        analytics::ManualReadingFilter filter;
        filter.meterId = m_site.memberAId;
        QCOMPARE(*analytics::ManualReadingQuery(db()).count(filter), 0);
        filter.meterId = m_site.memberBId;
        QCOMPARE(*analytics::ManualReadingQuery(db()).count(filter), 3);
    }

    void theSameReadoutTwiceIsStoredOnce()
    {
        OpticalReadingRecorder recorder(db());
        QVERIFY(recorder.record(readout(QStringLiteral("MEMBER01")), {}).ok());
        auto again = recorder.record(readout(QStringLiteral("MEMBER01")), {});
        QVERIFY(again.ok());
        QCOMPARE(again->stored, 0);
        QCOMPARE(again->duplicates, 3);
        QCOMPARE(manualRows(), 3);
    }

    void noSerialNoBinding()
    {
        auto outcome = OpticalReadingRecorder(db()).record(readout(QString()), {true});
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(manualRows(), 0);
    }

    void readoutTakesTheReportedSerialElseTheAddress()
    {
        iec21::ReadoutResult result;
        result.identification.identification = QStringLiteral("CE102Mv01");
        result.values = {value("96.1.0", "141628345", "", "SNUMB")};
        result.serialNumber = QStringLiteral("141628345");
        OpticalReadout r
            = readoutFrom(result, kTakenAt, QStringLiteral("op"), QStringLiteral("000"));
        QCOMPARE(r.serial, QStringLiteral("141628345"));
        QCOMPARE(r.meterModel, QStringLiteral("CE102Mv01"));
        result.serialNumber.clear();
        r = readoutFrom(result, kTakenAt, QStringLiteral("op"), QStringLiteral(" 000201 "));
        QCOMPARE(r.serial, QStringLiteral("000201"));
    }

    void queryFiltersByTimeAndKind()
    {
        OpticalReadingRecorder recorder(db());
        QVERIFY(recorder.record(readout(QStringLiteral("MEMBER01")), {}).ok());
        OpticalReadout later = readout(QStringLiteral("MEMBER01"));
        later.takenAt += 86400;
        QVERIFY(recorder.record(later, {}).ok());
        analytics::ManualReadingQuery query(db());
        analytics::ManualReadingFilter f;
        f.from = kTakenAt + 1;
        QCOMPARE(*query.count(f), 3);
        f.from = kTakenAt;
        f.to = kTakenAt + 1;
        QCOMPARE(*query.count(f), 3);
        f = {};
        f.optical = false;
        QCOMPARE(*query.count(f), 0);
        f.optical = true;
        QCOMPARE(*query.count(f), 6);
        auto newest = query.readings({}, analytics::ManualReadingOrder::NewestFirst, 2);
        QVERIFY(newest.ok());
        QCOMPARE(newest->size(), 2);
        QCOMPARE(newest->first().takenAt, later.takenAt);
    }

    void csvIsRfc4180WithLocalTimes()
    {
        analytics::ManualReadingRecord a;
        a.meterSerial = QStringLiteral("71234567");
        a.takenAt = kTakenAt;
        a.optical = true;
        a.code = QStringLiteral("1.8.0");
        a.textValue = QStringLiteral("061561.289*kWh");
        a.operatorName = QStringLiteral("Иванов, И.\"И\"");
        analytics::ManualReadingRecord b = a;
        b.optical = false;
        b.code = QStringLiteral("0.9.1");
        b.textValue = QStringLiteral("12:00:05");
        b.operatorName = QStringLiteral("op");
        const QByteArray csv = manualReadingsCsv({a, b}, QTimeZone(3 * 3600));
        const QByteArray expected
            = "meter,taken_at,source,code,value,unit,operator\r\n"
              "71234567,2026-03-16T15:00:05+03:00,optical,1.8.0,061561.289,kWh,"
              "\"\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2, \xd0\x98.\"\"\xd0\x98\"\"\"\r\n"
              "71234567,2026-03-16T15:00:05+03:00,manual,0.9.1,12:00:05,,op\r\n";
        QCOMPARE(csv, expected);
    }

    void dayBoundsFollowTheZone()
    {
        const auto [from, to] = dayBounds(QDate(2026, 3, 16), QTimeZone(3 * 3600));
        QCOMPARE(from, qint64(1'773'608'400)); // 2026-03-15 21:00 UTC
        QCOMPARE(to - from, qint64(86400));
        QVERIFY(kTakenAt >= from && kTakenAt < to);
    }

    void asyncRecorderAnswersOnTheCallersThread()
    {
        AsyncReadingRecorder recorder(m_db->database());
        QSignalSpy recorded(&recorder, &AsyncReadingRecorder::recorded);
        QSignalSpy failed(&recorder, &AsyncReadingRecorder::failed);
        QVERIFY(recorder.record(readout(QStringLiteral("55500001")), {}));
        QVERIFY(recorder.isBusy());
        QVERIFY(!recorder.record(readout(QStringLiteral("55500001")), {})); // one at a time
        QVERIFY(recorded.wait(10000));
        auto outcome = recorded.first().first().value<RecordOutcome>();
        QCOMPARE(outcome.status, RecordOutcome::Status::UnknownMeter);
        QVERIFY(!recorder.isBusy());
        QVERIFY(recorder.record(readout(QStringLiteral("55500001")), {true}));
        QVERIFY(recorded.wait(10000));
        outcome = recorded.last().first().value<RecordOutcome>();
        QVERIFY(outcome.meterCreated);
        QCOMPARE(outcome.stored, 3);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(manualRows(), 3);
    }
};

QTEST_GUILESS_MAIN(TstOpticalRecorder)
#include "tst_optical_recorder.moc"
