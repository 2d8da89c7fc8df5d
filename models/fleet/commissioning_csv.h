#pragma once
// The bulk-commissioning file: which subscriber, plot, transformer ratios and
// balance group each meter (by serial) belongs to. One header line naming the
// columns, then one meter per line:
//
//   serial;subscriber;account;plot;ct;vt;group
//   01234567;Petrov I.I.;ACC-1;12;;;Feeder 1
//   01234568;;;;150/5;;Substation input
//
// Any subset of the columns in any order, `serial` required; `;` or `,`
// (whichever the header uses); UTF-8 with or without a BOM; RFC 4180 quotes.
// An empty cell leaves that property as the database has it, except in a
// ct or vt column that is present: there an empty cell means 1 (a direct
// connection). Every problem is reported with its line; a file with any
// problem is never imported in part (see CommissioningCsvImport). The format
// is documented for operators in docs/commissioning.md.
#include "models/domain/ratio.h"
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ims::fleet {

enum class CsvProblem : quint8 {
    // The file as a whole.
    FileTooLarge,
    Unreadable,
    MissingHeader,
    // The header line.
    UnknownColumn,
    DuplicateColumn,
    UnnamedColumn,
    MissingSerialColumn,
    // A data line.
    NotUtf8,
    UnterminatedQuote,
    TextAfterQuote,
    TooManyColumns,
    EmptySerial,
    DuplicateSerial,
    MalformedRatio,
    SubscriberWithoutAccount,
    ConflictingSubscriber,
    // Found when the rows are checked against the database.
    NotCommissioned,
    AccountHeldByOther,
    RatioHasReadings,
    AmbiguousGroup,
};

// A short stable English token ("duplicate-serial") for JSON and logs.
QString csvProblemToken(CsvProblem problem);

struct CsvLineError
{
    int line = 0; // 1 = the header; 0 = the file as a whole
    CsvProblem problem = CsvProblem::Unreadable;
    QString message; // translated, names the offending value
};

struct CommissioningRow
{
    int line = 0; // where the record starts in the file
    QString serial;
    QString subscriberName;          // empty = leave as is
    QString account;                 // the subscriber's account; empty = leave as is
    QString plot;                    // plot or apartment; empty = leave as is
    std::optional<domain::Ratio> ct; // nullopt = no ct column: leave as is
    std::optional<domain::Ratio> vt;
    QString group; // balance group name; empty = no new membership
};

struct CommissioningCsv
{
    QStringList columns; // as named in the header, in the canonical spelling
    QChar separator = u';';
    QList<CommissioningRow> rows;
    QList<CsvLineError> errors; // every problem found, in line order

    bool ok() const { return errors.isEmpty(); }
    bool hasColumn(QLatin1String name) const { return columns.contains(name); }
};

class CommissioningCsvParser
{
    Q_DECLARE_TR_FUNCTIONS(CommissioningCsvParser)
public:
    static constexpr qint64 kMaxFileBytes = 10 * 1024 * 1024;
    // Ratios larger than this are typing mistakes, and keep the primary
    // energy arithmetic (raw x CT x VT) far from overflow.
    static constexpr qint64 kMaxRatioTerm = 100'000'000;

    static CommissioningCsv parse(const QByteArray &bytes);
    // Checks the size before reading anything.
    static CommissioningCsv parseFile(const QString &path);

    // "150/5" or "30"; nullopt when it is neither (or not positive, or too large).
    static std::optional<domain::Ratio> parseRatio(const QString &text);
    static QString ratioText(const domain::Ratio &ratio);
    static QStringList knownColumns();
};

} // namespace ims::fleet
