#include "models/storage/sealed_table.h"

#include "models/storage/civil_days.h"

namespace ims::storage {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SealedTable)
};
} // namespace

qint64 SealedTable::dayOf(qint64 time) const
{
    return floorDiv(time - timeBias, kSecondsPerDay);
}

QString SealedTable::displayName() const
{
    switch (kind) {
    case SealKind::Intervals:
        return Tr::tr("interval values");
    case SealKind::Registers:
        return Tr::tr("register snapshots");
    }
    return table;
}

const SealedTable &intervalTable()
{
    // An interval ending at 00:00 belongs to the day before (bias 1 s).
    static const SealedTable table{SealKind::Intervals,
                                   QStringLiteral("interval_values"),
                                   QStringLiteral("channel"),
                                   {QStringLiteral("interval_end")},
                                   {QStringLiteral("raw"), QStringLiteral("scaler"),
                                    QStringLiteral("status"), QStringLiteral("primary_mwh")},
                                   3,
                                   1};
    return table;
}

const SealedTable &registerTable()
{
    static const SealedTable table{SealKind::Registers,
                                   QStringLiteral("register_snapshots"),
                                   QString(),
                                   {QStringLiteral("taken_at"), QStringLiteral("kind"),
                                    QStringLiteral("obis"), QStringLiteral("tariff")},
                                   {QStringLiteral("raw"), QStringLiteral("scaler"),
                                    QStringLiteral("unit"), QStringLiteral("primary_mwh")},
                                   3,
                                   0};
    return table;
}

QList<const SealedTable *> sealedTables()
{
    return {&intervalTable(), &registerTable()};
}

} // namespace ims::storage
