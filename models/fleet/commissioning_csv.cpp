#include "models/fleet/commissioning_csv.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

#include <variant>

namespace ims::fleet {

namespace {

constexpr int kMaxErrors = 1000; // enough to fix a file by; bounds a garbage file's report

struct RawRecord
{
    int line = 0;
    QList<QByteArray> fields;
};

bool isBlank(const RawRecord &record)
{
    for (const QByteArray &f : record.fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

// Splits bytes into records, RFC 4180 style, at byte level: the separator,
// quotes and line ends are ASCII, so UTF-8 text passes through untouched.
class Tokenizer
{
public:
    Tokenizer(const QByteArray &bytes, qsizetype start, char separator)
        : m_bytes(bytes)
        , m_pos(start)
        , m_separator(separator)
    {}

    bool atEnd() const { return m_pos >= m_bytes.size(); }

    // The next record, or an error for a record that cannot be split
    // (the tokenizer then resumes at the next line, or stops at the end).
    std::variant<RawRecord, CsvLineError> next()
    {
        RawRecord record;
        record.line = m_line;
        for (;;) {
            skipSpaces();
            if (peek() == '"') {
                ++m_pos;
                QByteArray field;
                bool closed = false;
                while (!atEnd()) {
                    const char c = m_bytes.at(m_pos++);
                    if (c == '"') {
                        if (peek() == '"') {
                            field += '"';
                            ++m_pos;
                            continue;
                        }
                        closed = true;
                        break;
                    }
                    if (c == '\n' || (c == '\r' && peek() != '\n'))
                        ++m_line;
                    field += c;
                }
                if (!closed)
                    return CsvLineError{record.line, CsvProblem::UnterminatedQuote,
                                        CommissioningCsvParser::tr(
                                            "a quoted value opened on this line is never closed")};
                skipSpaces();
                record.fields << field;
                if (!atEnd() && peek() != m_separator && peek() != '\n' && peek() != '\r') {
                    skipLine();
                    return CsvLineError{record.line, CsvProblem::TextAfterQuote,
                                        CommissioningCsvParser::tr(
                                            "text follows a closing quote; quotes inside a quoted"
                                            " value are written twice (\"\")")};
                }
            } else {
                const qsizetype from = m_pos;
                while (!atEnd() && peek() != m_separator && peek() != '\n' && peek() != '\r')
                    ++m_pos;
                record.fields << m_bytes.mid(from, m_pos - from);
            }
            if (atEnd())
                return record;
            if (peek() == m_separator) {
                ++m_pos;
                continue;
            }
            endLine();
            return record;
        }
    }

private:
    char peek() const { return m_pos < m_bytes.size() ? m_bytes.at(m_pos) : '\0'; }
    void skipSpaces()
    {
        while (peek() == ' ' || peek() == '\t')
            ++m_pos;
    }
    void endLine()
    {
        if (peek() == '\r')
            ++m_pos;
        if (peek() == '\n')
            ++m_pos;
        ++m_line;
    }
    void skipLine()
    {
        while (!atEnd() && peek() != '\n' && peek() != '\r')
            ++m_pos;
        if (!atEnd())
            endLine();
    }

    const QByteArray &m_bytes;
    qsizetype m_pos;
    char m_separator;
    int m_line = 1;
};

// The header's separator: the more frequent of ';' and ',' on the first
// non-blank line, outside quotes; ';' when it has neither (one column).
char detectSeparator(const QByteArray &bytes, qsizetype start)
{
    int semicolons = 0;
    int commas = 0;
    bool quoted = false;
    bool seenText = false;
    for (qsizetype i = start; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '"')
            quoted = !quoted;
        if (quoted)
            continue;
        if (c == '\n' || c == '\r') {
            if (seenText)
                break;
            continue;
        }
        if (c != ' ' && c != '\t')
            seenText = true;
        semicolons += c == ';';
        commas += c == ',';
    }
    return commas > semicolons ? ',' : ';';
}

const QList<QLatin1String> &columnNames()
{
    static const QList<QLatin1String> names{
        QLatin1String("serial"), QLatin1String("subscriber"), QLatin1String("account"),
        QLatin1String("plot"),   QLatin1String("ct"),         QLatin1String("vt"),
        QLatin1String("group"),
    };
    return names;
}

int columnIndex(const QString &lowerCaseName)
{
    for (qsizetype i = 0; i < columnNames().size(); ++i)
        if (lowerCaseName == columnNames().at(i))
            return int(i);
    return -1;
}

enum Column { Serial, Subscriber, Account, Plot, Ct, Vt, Group, ColumnCount };

} // namespace

QString csvProblemToken(CsvProblem problem)
{
    switch (problem) {
    case CsvProblem::FileTooLarge:
        return QStringLiteral("file-too-large");
    case CsvProblem::Unreadable:
        return QStringLiteral("unreadable");
    case CsvProblem::MissingHeader:
        return QStringLiteral("missing-header");
    case CsvProblem::UnknownColumn:
        return QStringLiteral("unknown-column");
    case CsvProblem::DuplicateColumn:
        return QStringLiteral("duplicate-column");
    case CsvProblem::UnnamedColumn:
        return QStringLiteral("unnamed-column");
    case CsvProblem::MissingSerialColumn:
        return QStringLiteral("missing-serial-column");
    case CsvProblem::NotUtf8:
        return QStringLiteral("not-utf8");
    case CsvProblem::UnterminatedQuote:
        return QStringLiteral("unterminated-quote");
    case CsvProblem::TextAfterQuote:
        return QStringLiteral("text-after-quote");
    case CsvProblem::TooManyColumns:
        return QStringLiteral("too-many-columns");
    case CsvProblem::EmptySerial:
        return QStringLiteral("empty-serial");
    case CsvProblem::DuplicateSerial:
        return QStringLiteral("duplicate-serial");
    case CsvProblem::MalformedRatio:
        return QStringLiteral("malformed-ratio");
    case CsvProblem::SubscriberWithoutAccount:
        return QStringLiteral("subscriber-without-account");
    case CsvProblem::ConflictingSubscriber:
        return QStringLiteral("conflicting-subscriber");
    case CsvProblem::NotCommissioned:
        return QStringLiteral("not-commissioned");
    case CsvProblem::AccountHeldByOther:
        return QStringLiteral("account-held-by-other");
    case CsvProblem::RatioHasReadings:
        return QStringLiteral("ratio-has-readings");
    case CsvProblem::AmbiguousGroup:
        return QStringLiteral("ambiguous-group");
    }
    return QString();
}

QStringList CommissioningCsvParser::knownColumns()
{
    QStringList out;
    for (QLatin1String name : columnNames())
        out << name;
    return out;
}

std::optional<domain::Ratio> CommissioningCsvParser::parseRatio(const QString &text)
{
    const auto term = [](QStringView part) -> std::optional<qint64> {
        part = part.trimmed();
        if (part.isEmpty())
            return std::nullopt;
        for (QChar c : part)
            if (c < u'0' || c > u'9')
                return std::nullopt; // no sign, no decimals, no exponent
        bool ok = false;
        const qint64 value = part.toLongLong(&ok);
        if (!ok || value <= 0 || value > kMaxRatioTerm)
            return std::nullopt;
        return value;
    };
    const qsizetype slash = text.indexOf(u'/');
    const auto numerator = term(slash < 0 ? QStringView(text) : QStringView(text).left(slash));
    if (!numerator)
        return std::nullopt;
    if (slash < 0)
        return domain::Ratio{*numerator, 1};
    const auto denominator = term(QStringView(text).mid(slash + 1));
    if (!denominator)
        return std::nullopt;
    return domain::Ratio{*numerator, *denominator};
}

QString CommissioningCsvParser::ratioText(const domain::Ratio &ratio)
{
    if (ratio.denominator == 1)
        return QString::number(ratio.numerator);
    return QStringLiteral("%1/%2").arg(ratio.numerator).arg(ratio.denominator);
}

CommissioningCsv CommissioningCsvParser::parseFile(const QString &path)
{
    CommissioningCsv out;
    QFile file(path);
    const QFileInfo info(path);
    if (info.exists() && info.size() > kMaxFileBytes) {
        out.errors << CsvLineError{0, CsvProblem::FileTooLarge,
                                   tr("%1 is %2 bytes; the limit is %3 bytes (10 MB)")
                                       .arg(info.fileName())
                                       .arg(info.size())
                                       .arg(kMaxFileBytes)};
        return out;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        out.errors << CsvLineError{0, CsvProblem::Unreadable,
                                   tr("cannot read %1: %2").arg(path, file.errorString())};
        return out;
    }
    // A pipe or a file that grows meanwhile: never read past the limit.
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes) {
        out.errors << CsvLineError{0, CsvProblem::FileTooLarge,
                                   tr("%1 is larger than the limit of %2 bytes (10 MB)")
                                       .arg(info.fileName())
                                       .arg(kMaxFileBytes)};
        return out;
    }
    return parse(bytes);
}

CommissioningCsv CommissioningCsvParser::parse(const QByteArray &bytes)
{
    CommissioningCsv out;
    if (bytes.size() > kMaxFileBytes) {
        out.errors << CsvLineError{0, CsvProblem::FileTooLarge,
                                   tr("the file is %1 bytes; the limit is %2 bytes (10 MB)")
                                       .arg(bytes.size())
                                       .arg(kMaxFileBytes)};
        return out;
    }
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const char separator = detectSeparator(bytes, start);
    out.separator = QLatin1Char(separator);
    Tokenizer tokenizer(bytes, start, separator);

    const auto fail = [&out](int line, CsvProblem problem, const QString &message) {
        out.errors << CsvLineError{line, problem, message};
    };
    // Decodes one record's fields, or reports the line as not UTF-8.
    const auto decode = [&](const RawRecord &record, QStringList &fields) {
        fields.clear();
        for (const QByteArray &raw : record.fields) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            QString text = decoder(raw);
            if (decoder.hasError()) {
                fail(record.line, CsvProblem::NotUtf8,
                     tr("the line is not UTF-8 text; save the file as \"CSV UTF-8\""));
                return false;
            }
            fields << text.trimmed();
        }
        return true;
    };

    // The header: the first non-blank record.
    QList<int> columnOf; // file column -> Column
    int width = 0;
    int headerLine = 0;
    QStringList fields;
    while (!tokenizer.atEnd() && headerLine == 0) {
        auto next = tokenizer.next();
        if (auto *error = std::get_if<CsvLineError>(&next)) {
            out.errors << *error;
            return out;
        }
        const RawRecord &record = std::get<RawRecord>(next);
        if (isBlank(record))
            continue;
        headerLine = record.line;
        if (!decode(record, fields))
            return out;
    }
    if (headerLine == 0) {
        fail(0, CsvProblem::MissingHeader,
             tr("the file is empty; the first line must name the columns: %1")
                 .arg(knownColumns().join(QLatin1Char(separator))));
        return out;
    }
    while (!fields.isEmpty() && fields.last().isEmpty())
        fields.removeLast(); // a trailing separator
    width = int(fields.size());
    for (int i = 0; i < width; ++i) {
        const QString name = fields.at(i).toLower();
        const int known = columnIndex(name);
        if (name.isEmpty()) {
            fail(headerLine, CsvProblem::UnnamedColumn, tr("column %1 has no name").arg(i + 1));
        } else if (known < 0) {
            fail(headerLine, CsvProblem::UnknownColumn,
                 tr("unknown column \"%1\"; the columns are %2")
                     .arg(fields.at(i), knownColumns().join(QStringLiteral(", "))));
        } else if (columnOf.contains(known)) {
            fail(headerLine, CsvProblem::DuplicateColumn,
                 tr("column \"%1\" appears twice").arg(fields.at(i)));
        } else {
            out.columns << columnNames().at(known);
        }
        columnOf << known;
    }
    if (!columnOf.contains(Serial))
        fail(headerLine, CsvProblem::MissingSerialColumn,
             tr("the first line must name the columns, \"serial\" among them: %1")
                 .arg(knownColumns().join(QLatin1Char(separator))));
    if (!out.errors.isEmpty())
        return out; // without a usable header the lines cannot be read

    QHash<QString, int> serialLines;
    QHash<QString, std::pair<QString, int>> accountNames; // account -> first name, its line
    while (!tokenizer.atEnd() && out.errors.size() < kMaxErrors) {
        auto next = tokenizer.next();
        if (auto *error = std::get_if<CsvLineError>(&next)) {
            out.errors << *error;
            if (error->problem == CsvProblem::UnterminatedQuote)
                break; // the rest of the file is inside that quote
            continue;
        }
        const RawRecord &record = std::get<RawRecord>(next);
        if (isBlank(record))
            continue;
        if (!decode(record, fields))
            continue;
        const int line = record.line;
        bool extra = false;
        for (qsizetype i = width; i < fields.size(); ++i)
            extra = extra || !fields.at(i).isEmpty();
        if (extra) {
            fail(line, CsvProblem::TooManyColumns,
                 tr("%1 values, but the header names %2 columns").arg(fields.size()).arg(width));
            continue;
        }
        QString value[ColumnCount];
        for (int i = 0; i < width && i < fields.size(); ++i)
            value[columnOf.at(i)] = fields.at(i);

        const qsizetype errorsBefore = out.errors.size();
        CommissioningRow row;
        row.line = line;
        row.serial = value[Serial];
        row.subscriberName = value[Subscriber];
        row.account = value[Account];
        row.plot = value[Plot];
        row.group = value[Group];
        if (row.serial.isEmpty()) {
            fail(line, CsvProblem::EmptySerial, tr("the serial number is empty"));
        } else if (const auto seen = serialLines.constFind(row.serial);
                   seen != serialLines.constEnd()) {
            fail(line, CsvProblem::DuplicateSerial,
                 tr("meter %1 is already on line %2").arg(row.serial).arg(*seen));
        } else {
            serialLines.insert(row.serial, line);
        }
        const auto ratio
            = [&](Column column, const QString &label) -> std::optional<domain::Ratio> {
            if (!columnOf.contains(column))
                return std::nullopt;
            if (value[column].isEmpty())
                return domain::Ratio{};
            const auto parsed = parseRatio(value[column]);
            if (!parsed)
                fail(line, CsvProblem::MalformedRatio,
                     tr("%1 \"%2\" is not a ratio; write whole numbers such as 150/5 or 30")
                         .arg(label, value[column]));
            return parsed;
        };
        row.ct = ratio(Ct, QStringLiteral("ct"));
        row.vt = ratio(Vt, QStringLiteral("vt"));
        if (!row.subscriberName.isEmpty() && row.account.isEmpty()) {
            fail(line, CsvProblem::SubscriberWithoutAccount,
                 tr("subscriber \"%1\" has no account; a subscriber is known by the account")
                     .arg(row.subscriberName));
        } else if (!row.account.isEmpty() && !row.subscriberName.isEmpty()) {
            const auto seen = accountNames.constFind(row.account);
            if (seen == accountNames.constEnd())
                accountNames.insert(row.account, {row.subscriberName, line});
            else if (seen->first != row.subscriberName)
                fail(line, CsvProblem::ConflictingSubscriber,
                     tr("account %1 is \"%2\" here but \"%3\" on line %4")
                         .arg(row.account, row.subscriberName, seen->first)
                         .arg(seen->second));
        }
        if (out.errors.size() == errorsBefore)
            out.rows << row;
    }
    return out;
}

} // namespace ims::fleet
