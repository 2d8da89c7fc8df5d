#include "protocol/iec62056_21/data_set.h"

#include <QCoreApplication>
#include <QHash>

namespace ims::iec21 {

namespace {

class DataSets
{
    Q_DECLARE_TR_FUNCTIONS(Iec21DataSets)
};

struct EnergomeraRegister
{
    const char16_t *base;     // canonical code of value 0 (or of the single value)
    const char16_t *phase[3]; // per-phase codes when the meter sends three values
    bool tariffs;             // value k is tariff k ("1.8.k")
    const char16_t *unit;
};

// Energomera CE102M/CE301/CE303 register names (programming-mode R1 answers).
const QHash<QString, EnergomeraRegister> &energomeraRegisters()
{
    static const QHash<QString, EnergomeraRegister> table = {
        {QStringLiteral("ET0PE"), {u"1.8", {}, true, u"kWh"}},
        {QStringLiteral("ET0PI"), {u"2.8", {}, true, u"kWh"}},
        {QStringLiteral("ET0QE"), {u"3.8", {}, true, u"kvarh"}},
        {QStringLiteral("ET0QI"), {u"4.8", {}, true, u"kvarh"}},
        {QStringLiteral("VOLTA"), {u"32.7.0", {u"32.7.0", u"52.7.0", u"72.7.0"}, false, u"V"}},
        {QStringLiteral("CURRE"), {u"31.7.0", {u"31.7.0", u"51.7.0", u"71.7.0"}, false, u"A"}},
        {QStringLiteral("POWPP"), {u"21.7.0", {u"21.7.0", u"41.7.0", u"61.7.0"}, false, u"kW"}},
        {QStringLiteral("FREQU"), {u"14.7.0", {}, false, u"Hz"}},
        {QStringLiteral("POWEP"), {u"1.7.0", {}, false, u"kW"}},
        {QStringLiteral("DATE_"), {u"0.9.2", {}, false, u""}},
        {QStringLiteral("TIME_"), {u"0.9.1", {}, false, u""}},
        {QStringLiteral("SNUMB"), {u"96.1.0", {}, false, u""}},
        // Billing-period energies keep their own names (no single OBIS code):
        // current month, end of month mm.yy, month mm.yy, current day.
        {QStringLiteral("ECMPE"), {nullptr, {}, false, u"kWh"}},
        {QStringLiteral("ENMPE"), {nullptr, {}, false, u"kWh"}},
        {QStringLiteral("EAMPE"), {nullptr, {}, false, u"kWh"}},
        {QStringLiteral("ECDPE"), {nullptr, {}, false, u"kWh"}},
    };
    return table;
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    return -1;
}

// "1-0:1.8.0*255" and "1-0:1.8.0" -> "1.8.0"; other channels and F values
// carry meaning and stay as sent.
QString normalizeIecAddress(QStringView address)
{
    QStringView rest = address;
    if (rest.startsWith(u"1-0:") || rest.startsWith(u"0-0:"))
        rest = rest.sliced(4);
    else
        return address.toString();
    if (rest.endsWith(u"*255"))
        rest.chop(4);
    if (rest.contains(u'*') || rest.contains(u':') || rest.isEmpty())
        return address.toString();
    return rest.toString();
}

bool isAddressChar(char c)
{
    return c > 0x20 && c < 0x7F && c != '(' && c != ')' && c != '!';
}

struct Run
{
    QString address;
    QList<QString> groups; // content between the brackets
};

} // namespace

Result<ExactDecimal> parseExactDecimal(QStringView text)
{
    ExactDecimal out;
    qsizetype at = 0;
    bool negative = false;
    if (at < text.size() && (text[at] == u'-' || text[at] == u'+')) {
        negative = text[at] == u'-';
        ++at;
    }
    bool seenPoint = false;
    bool seenDigit = false;
    qint64 mantissa = 0;
    int exponent = 0;
    for (; at < text.size(); ++at) {
        const QChar c = text[at];
        if (c == u'.') {
            if (seenPoint)
                return Error(ErrorKind::Malformed,
                             DataSets::tr("\"%1\" has two decimal points.").arg(text.toString()));
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return Error(ErrorKind::Malformed,
                         DataSets::tr("\"%1\" is not a decimal number.").arg(text.toString()));
        seenDigit = true;
        if (__builtin_mul_overflow(mantissa, qint64(10), &mantissa)
            || __builtin_add_overflow(mantissa, qint64(c.unicode() - u'0'), &mantissa))
            return Error(ErrorKind::TooLarge,
                         DataSets::tr("\"%1\" has too many digits.").arg(text.toString()));
        if (seenPoint)
            --exponent;
    }
    if (!seenDigit)
        return Error(ErrorKind::Malformed,
                     DataSets::tr("\"%1\" is not a decimal number.").arg(text.toString()));
    out.mantissa = negative ? -mantissa : mantissa;
    out.exponent = exponent;
    return out;
}

QString nevaObis(QStringView address, int index)
{
    if (address.size() != 8)
        return QString();
    int group[4];
    for (int i = 0; i < 4; ++i) {
        const int hi = hexDigit(address[2 * i]);
        const int lo = hexDigit(address[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return QString();
        group[i] = hi * 16 + lo;
    }
    const int e = group[2] == 0x80 ? index : group[2];
    QString code = QStringLiteral("%1.%2.%3").arg(group[0]).arg(group[1]).arg(e);
    if (group[3] != 0xFF)
        code += QStringLiteral("*%1").arg(group[3]);
    return code;
}

QByteArray nevaAddress(int c, int d, int e, int f)
{
    QByteArray out;
    for (const int group : {c, d, e, f})
        out.append(QByteArray::number(group & 0xFF, 16).rightJustified(2, '0').toUpper());
    return out;
}

QString canonicalCode(Dialect dialect, QStringView originalCode, int index, int count)
{
    switch (dialect) {
    case Dialect::Iec:
        return normalizeIecAddress(originalCode);
    case Dialect::Neva: {
        const QString code = nevaObis(originalCode, index);
        return code.isEmpty() ? originalCode.toString() : code;
    }
    case Dialect::Energomera: {
        const auto &table = energomeraRegisters();
        const auto it = table.constFind(originalCode.toString());
        if (it == table.cend() || it->base == nullptr)
            return originalCode.toString();
        if (it->tariffs)
            return QStringLiteral("%1.%2").arg(QStringView(it->base)).arg(index);
        if (count == 3 && it->phase[0] != nullptr && index < 3)
            return QString::fromUtf16(it->phase[index]);
        if (index == 0)
            return QString::fromUtf16(it->base);
        return originalCode.toString();
    }
    }
    return originalCode.toString();
}

QString impliedUnit(Dialect dialect, QStringView originalCode)
{
    if (dialect == Dialect::Energomera) {
        const auto &table = energomeraRegisters();
        const auto it = table.constFind(originalCode.toString());
        return it == table.cend() ? QString() : QString::fromUtf16(it->unit);
    }
    if (dialect == Dialect::Neva && originalCode.size() == 8) {
        // D = 8 is an energy register (C = 0x01..0x04, 0x0F): the meter counts kWh.
        if (originalCode.sliced(2, 2) == u"08" && !nevaObis(originalCode, 0).isEmpty())
            return QStringLiteral("kWh");
    }
    return QString();
}

Result<QList<DataSetValue>> parseDataSets(QByteArrayView data, Dialect dialect,
                                          const DataSetLimits &limits)
{
    QList<Run> runs;
    qsizetype groups = 0;
    bool haveAddress = false;
    qsizetype at = 0;
    while (at < data.size()) {
        const char c = data[at];
        if (c == '\r' || c == '\n') {
            ++at;
            continue;
        }
        if (c == '!')
            break; // end of the data message; nothing after it is data
        if (c == '(') {
            const qsizetype close = data.indexOf(')', at + 1);
            if (close < 0)
                return Error(ErrorKind::Malformed, DataSets::tr("A value bracket is not closed."));
            const QByteArrayView inner = data.sliced(at + 1, close - at - 1);
            if (inner.size() > limits.maxValueLength)
                return Error(ErrorKind::TooLarge, DataSets::tr("A value is longer than %1 "
                                                               "characters.")
                                                      .arg(limits.maxValueLength));
            for (const char v : inner) {
                if (v == '(' || v < 0x20 || v >= 0x7F)
                    return Error(ErrorKind::Malformed,
                                 DataSets::tr("A value holds a forbidden character."));
            }
            if (++groups > limits.maxValues)
                return Error(
                    ErrorKind::TooLarge,
                    DataSets::tr("More than %1 values in one message.").arg(limits.maxValues));
            if (!haveAddress) {
                runs.append(Run{});
                haveAddress = true;
            }
            runs.last().groups.append(QString::fromLatin1(inner));
            at = close + 1;
            continue;
        }
        // An address runs up to its first bracket.
        const qsizetype begin = at;
        while (at < data.size() && isAddressChar(data[at]))
            ++at;
        if (at == begin || at >= data.size() || data[at] != '(')
            return Error(ErrorKind::Malformed,
                         DataSets::tr("A data set address is not followed by a value."));
        if (at - begin > limits.maxAddressLength)
            return Error(ErrorKind::TooLarge,
                         DataSets::tr("A data set address is longer than %1 characters.")
                             .arg(limits.maxAddressLength));
        const QString address = QString::fromLatin1(data.sliced(begin, at - begin));
        // Energomera CE301 repeats the name on each tariff line: same data set.
        if (!haveAddress || runs.last().address != address)
            runs.append(Run{address, {}});
        haveAddress = true;
    }

    QList<DataSetValue> out;
    for (const Run &run : std::as_const(runs)) {
        QList<QString> values;
        for (const QString &group : run.groups) {
            if (dialect == Dialect::Neva && group.contains(u','))
                values.append(group.split(u','));
            else
                values.append(group);
        }
        if (out.size() + values.size() > limits.maxValues)
            return Error(ErrorKind::TooLarge,
                         DataSets::tr("More than %1 values in one message.").arg(limits.maxValues));
        const QString implied = impliedUnit(dialect, run.address);
        for (int i = 0; i < values.size(); ++i) {
            DataSetValue v;
            const qsizetype star = values[i].indexOf(u'*');
            v.value = star < 0 ? values[i] : values[i].left(star);
            v.unit = star < 0 ? implied : values[i].mid(star + 1);
            v.originalCode = run.address;
            v.index = i;
            v.code = run.address.isEmpty()
                         ? QString()
                         : canonicalCode(dialect, run.address, i, int(values.size()));
            out.append(std::move(v));
        }
    }
    return out;
}

} // namespace ims::iec21
