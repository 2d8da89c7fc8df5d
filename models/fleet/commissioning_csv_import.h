#pragma once
// Binds meters already in the database to what a commissioning CSV says:
// subscriber (created by account when new), plot, CT/VT ratios, balance
// group membership (the group created by name when new). preview() says what
// would change, line by line, and writes nothing; apply() does it all in one
// transaction, or nothing when any line has a problem.
//
// Ratios have no history in the schema: readings store their primary
// energy computed with the ratio of the day. A ratio change on a meter that
// already has readings would make its past and its future disagree, so it
// is refused (RatioHasReadings); the same ratio written differently (30 for
// 150/5) is not a change.
#include "models/domain/entities.h"
#include "models/fleet/commissioning_csv.h"

#include <QSqlDatabase>

namespace ims::fleet {

struct CommissioningCsvOptions
{
    // Lines naming a serial the database does not have are skipped with a
    // warning instead of refusing the whole file.
    bool allowUnknown = false;
};

enum class RowAction : quint8 {
    Bind,      // something changes for this meter
    Unchanged, // the database already says what the line says
    Skip,      // unknown serial, allowUnknown
    Refuse,    // the line has a problem (see message)
};

struct RowPlan
{
    int line = 0;
    QString serial;
    qint64 meterId = 0;
    RowAction action = RowAction::Refuse;
    QStringList changes; // translated, one per property ("plot: 12 → 14")
    QString message;     // why skipped or refused

    // What Bind writes; empty / nullopt = left as is.
    QString account;
    QString plot;
    std::optional<domain::Ratio> ct;
    std::optional<domain::Ratio> vt;
    QString group; // joined as a member (sign +1)
};

struct NewBalanceGroup
{
    QString name;
    qint64 siteId = 0;       // of the first meter that joins it
    qint64 substationId = 0; // of that meter's router
};

struct CommissioningPlan
{
    QList<RowPlan> rows;        // one per data line, in file order
    QList<CsvLineError> errors; // parse and database problems, by line
    QStringList warnings;       // skipped lines (allowUnknown)
    QList<domain::Subscriber> newSubscribers;
    QList<std::pair<qint64, QString>> renamedSubscribers; // id, name (was empty)
    QList<NewBalanceGroup> newGroups;

    bool canApply() const { return errors.isEmpty(); }
    int count(RowAction action) const;
};

class CommissioningCsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CommissioningCsvImport)
public:
    explicit CommissioningCsvImport(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // What apply() would do; reads only.
    Result<CommissioningPlan> preview(const CommissioningCsv &csv,
                                      const CommissioningCsvOptions &options = {});
    // All or nothing. A plan with any error is refused (InvalidArgument,
    // naming the first problems by line) before anything is written; the
    // plan is made again inside the transaction, so what is checked is what
    // is written.
    Result<CommissioningPlan> apply(const CommissioningCsv &csv,
                                    const CommissioningCsvOptions &options = {});

    // "line 3: meter 0123 is already on line 2; line 7: ..." (the first few).
    static QString summarize(const QList<CsvLineError> &errors, int atMost = 5);

private:
    Status execute(const CommissioningPlan &plan);

    QSqlDatabase m_db;
};

} // namespace ims::fleet
