// The polling panel's model at the scale of a big round: every report kept
// in compact rows, yet each row says what the report said (serial, state,
// step, attempt, why it failed, traffic) and the counts stay exact. Runs
// under QAbstractItemModelTester, which checks every insertion against the
// row counts before and after.
#include "models/itemmodels/poll_progress_model.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace ims;
using itemmodels::PollProgressModel;
using S = engine::MeterPollState;

namespace {

engine::MeterProgress report(qint64 router, qint64 meter, S state, const QString &message = {},
                             ErrorKind error = ErrorKind::None)
{
    engine::MeterProgress p;
    p.routerId = router;
    p.meter = {meter, QStringLiteral("SN-%1").arg(meter, 8, 10, QLatin1Char('0'))};
    p.state = state;
    p.step = state == S::Running ? engine::PollStep::DailyRegisters : engine::PollStep::Finished;
    p.attempt = 1;
    p.error = error;
    p.message = message;
    return p;
}

// The row of `meter` under router row `routerRow`, found through the model.
QModelIndex rowOf(const PollProgressModel &model, int routerRow, qint64 meter, int column = 0)
{
    const QModelIndex parent = model.index(routerRow, 0);
    for (int row = 0; row < model.rowCount(parent); ++row)
        if (model.index(row, 0, parent).data(PollProgressModel::MeterIdRole).toLongLong() == meter)
            return model.index(row, column, parent);
    return {};
}

} // namespace

class TstPollProgressModel : public QObject
{
    Q_OBJECT

private slots:
    void unreachableRoutersFailEveryMeterWithItsWords()
    {
        PollProgressModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy totals(&model, &PollProgressModel::totalsChanged);
        constexpr int kRouters = 4;
        constexpr int kMeters = 3000; // per router
        const QString unreachable[kRouters] = {
            QStringLiteral("cannot reach router R1: timed out"),
            QStringLiteral("cannot reach router R2: timed out"),
            QStringLiteral("cannot reach router R3: refused"),
            QStringLiteral("cannot reach router R4: timed out"),
        };
        // What the engine thread gathers: batches of reports, each router's
        // meters failing together, split over several batches.
        QList<QList<engine::MeterProgress>> batches(3);
        for (int r = 0; r < kRouters; ++r)
            for (int m = 0; m < kMeters; ++m)
                batches[(r * kMeters + m) % 3].append(report(
                    r + 1, (r + 1) * 100'000 + m, S::Failed, unreachable[r], ErrorKind::LinkError));
        model.updateMeterBatches(batches);
        QCOMPARE(totals.count(), 1);
        QCOMPARE(model.rowCount(), kRouters);
        QCOMPARE(inserted.count(), 2 * kRouters); // each router, then its meters at once
        PollProgressModel::Totals t = model.totals();
        QCOMPARE(t.total, kRouters * kMeters);
        QCOMPARE(t.failed, kRouters * kMeters);
        QCOMPARE(t.done, 0);
        for (int r = 0; r < kRouters; ++r) {
            const QModelIndex router = model.index(r, 0);
            QCOMPARE(router.data(PollProgressModel::RouterIdRole).toLongLong(), r + 1);
            QCOMPARE(model.rowCount(router), kMeters);
            QCOMPARE(model.index(r, PollProgressModel::Progress).data().toString(),
                     PollProgressModel::tr("%1 of %2")
                         .arg(QLocale().toString(kMeters), QLocale().toString(kMeters)));
            // Every meter keeps its serial and the words it failed with.
            for (const int m : {0, 1, kMeters / 2, kMeters - 1}) {
                const qint64 id = (r + 1) * 100'000 + m;
                const QModelIndex name = rowOf(model, r, id);
                QVERIFY(name.isValid());
                QCOMPARE(name.data().toString(),
                         QStringLiteral("SN-%1").arg(id, 8, 10, QLatin1Char('0')));
                QCOMPARE(name.data(Qt::ToolTipRole).toString(), unreachable[r]);
                QVERIFY(name.data(PollProgressModel::FailedRole).toBool());
                QCOMPARE(name.data(PollProgressModel::RouterIdRole).toLongLong(), r + 1);
                QCOMPARE(rowOf(model, r, id, PollProgressModel::Details).data().toString(),
                         PollProgressModel::tr("%1 (%2)").arg(
                             PollProgressModel::failureText(ErrorKind::LinkError), unreachable[r]));
                QCOMPARE(rowOf(model, r, id, PollProgressModel::Progress).data().toString(),
                         PollProgressModel::stateText(S::Failed));
            }
        }
    }

    void meterRowsChangeInPlaceAndCountsFollow()
    {
        PollProgressModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<engine::MeterProgress> queued;
        for (int m = 0; m < 200; ++m)
            queued.append(report(7, 1000 + m, S::Queued));
        model.updateMeters(queued);
        QCOMPARE(model.totals().total, 200);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        engine::MeterProgress running = report(7, 1010, S::Running);
        running.attempt = 2;
        engine::MeterProgress retry = report(7, 1011, S::Queued,
                                             QStringLiteral("attempt 1 failed: no answer; will"
                                                            " retry"),
                                             ErrorKind::Timeout);
        engine::MeterProgress done = report(7, 1012, S::Done);
        done.intervalsRead = 48;
        done.bytesSent = 1234;
        done.bytesReceived = 56789;
        engine::MeterProgress refused = report(
            7, 1013, S::Failed, QStringLiteral("serial mismatch: SN-X"), ErrorKind::NotFound);
        // Two batches, and a meter reported twice: the latest wins.
        model.updateMeterBatches({{running, retry, report(7, 1012, S::Running)}, {done, refused}});
        QCOMPARE(inserted.count(), 0); // nothing new: changed in place
        QVERIFY(changed.count() >= 1);
        const PollProgressModel::Totals t = model.totals();
        QCOMPARE(t.total, 200);
        QCOMPARE(t.running, 1);
        QCOMPARE(t.done, 1);
        QCOMPARE(t.failed, 1);

        QCOMPARE(rowOf(model, 0, 1010, PollProgressModel::Step).data().toString(),
                 PollProgressModel::stepText(engine::PollStep::DailyRegisters));
        QCOMPARE(rowOf(model, 0, 1010, PollProgressModel::Attempt).data().toString(),
                 PollProgressModel::tr("attempt %1").arg(2));
        QCOMPARE(rowOf(model, 0, 1011).data(Qt::ToolTipRole).toString(), retry.message);
        QCOMPARE(rowOf(model, 0, 1011).data(PollProgressModel::MeterStateRole).toInt(),
                 int(S::Queued));
        QCOMPARE(rowOf(model, 0, 1012, PollProgressModel::Details).data().toString(),
                 PollProgressModel::tr("%n interval(s) read", nullptr, 48));
        QCOMPARE(rowOf(model, 0, 1012, PollProgressModel::Traffic).data().toString(),
                 PollProgressModel::tr("%1 B sent, %2 B received")
                     .arg(QLocale().toString(1234), QLocale().toString(56789)));
        QCOMPARE(rowOf(model, 0, 1013, PollProgressModel::Details).data().toString(),
                 PollProgressModel::tr("%1 (%2)").arg(
                     PollProgressModel::failureText(ErrorKind::NotFound), refused.message));
        // The retried meter succeeds after all: its old words are gone.
        model.updateMeter(report(7, 1011, S::Done));
        QCOMPARE(rowOf(model, 0, 1011).data(Qt::ToolTipRole), QVariant());
        QCOMPARE(model.totals().done, 2);
        // A queued meter not reported yet keeps no step and no details.
        QCOMPARE(rowOf(model, 0, 1100, PollProgressModel::Step).data().toString(), QString());
        QCOMPARE(rowOf(model, 0, 1100, PollProgressModel::Details).data().toString(), QString());
    }

    void metersWithoutIdAreKeptBySerial()
    {
        PollProgressModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        engine::MeterProgress a;
        a.routerId = 1;
        a.meter.serial = QStringLiteral("ONLY-SERIAL");
        a.state = S::Running;
        model.updateMeter(a);
        a.state = S::Done;
        model.updateMeter(a);
        engine::MeterProgress unnamed = report(1, 55, S::Queued);
        unnamed.meter.serial.clear();
        model.updateMeter(unnamed);
        const QModelIndex router = model.index(0, 0);
        QCOMPARE(model.rowCount(router), 2);
        QCOMPARE(model.index(0, 0, router).data().toString(), QStringLiteral("ONLY-SERIAL"));
        QCOMPARE(model.index(0, 0, router).data(PollProgressModel::MeterStateRole).toInt(),
                 int(S::Done));
        QCOMPARE(model.index(1, 0, router).data().toString(),
                 PollProgressModel::tr("Meter %1").arg(55));
        // Its serial learnt later shows from then on.
        model.updateMeter(report(1, 55, S::Running));
        QCOMPARE(model.index(1, 0, router).data().toString(), QStringLiteral("SN-00000055"));
        QCOMPARE(model.totals().total, 2);
        QCOMPARE(model.totals().running, 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstPollProgressModel)
#include "tst_poll_progress_model.moc"
