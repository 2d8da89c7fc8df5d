#include "protocol/sim/optical/optical_meters.h"

namespace ims::sim {

using namespace Qt::Literals::StringLiterals;
using iec21::DataSetValue;
using iec21::Dialect;

namespace {

DataSetValue reg(const QString &code, const QString &value, const QString &unit = {})
{
    DataSetValue v;
    v.code = code;
    v.value = value;
    v.unit = unit;
    return v;
}

// `wh` as kWh with `decimals` digits (1..3), zero-padded to `width` characters.
QString kwh(qint64 wh, int decimals, int width)
{
    qint64 scale = 1;
    for (int i = decimals; i < 3; ++i)
        scale *= 10;
    const qint64 units = wh / scale; // kWh x 10^decimals
    qint64 divisor = 1;
    for (int i = 0; i < decimals; ++i)
        divisor *= 10;
    const QString text = QStringLiteral("%1.%2")
                             .arg(units / divisor)
                             .arg(units % divisor, decimals, 10, QLatin1Char('0'));
    return text.rightJustified(width, QLatin1Char('0'));
}

struct Energy
{
    qint64 total = 0;
    qint64 day = 0;
    qint64 night = 0;
};

Energy energyAt(const QDateTime &t)
{
    Energy e;
    e.total = opticalEnergyWh(t);
    e.day = e.total * 7 / 10;
    e.night = e.total - e.day;
    return e;
}

// Small deterministic ripple so that instantaneous values look alive.
int ripple(const QDateTime &t, int span)
{
    return int(t.toSecsSinceEpoch() % span);
}

iec21::Identification identificationOf(const char *line)
{
    return iec21::parseIdentification(QByteArray(line)).value();
}

struct ClockRegister
{
    iec21::Dialect dialect;
    const char *address;
    bool isTime;
    const char16_t *format;
    int skip; // leading characters that are not part of the format (Energomera's weekday)
};

constexpr ClockRegister kClockRegisters[] = {
    {Dialect::Iec, "0.9.1", true, u"hh:mm:ss", 0},
    {Dialect::Iec, "0.9.2", false, u"yy-MM-dd", 0},
    {Dialect::Energomera, "TIME_", true, u"hh:mm:ss", 0},
    {Dialect::Energomera, "DATE_", false, u"dd.MM.yy", 3},
    {Dialect::Neva, "000901FF", true, u"hhmmss", 0},
    {Dialect::Neva, "000902FF", false, u"yyMMdd", 0},
};

const ClockRegister *clockRegister(Dialect dialect, QByteArrayView address)
{
    for (const ClockRegister &r : kClockRegisters) {
        if (r.dialect == dialect && address == QByteArrayView(r.address))
            return &r;
    }
    return nullptr;
}

} // namespace

bool isOpticalClockRegister(Dialect dialect, QByteArrayView address)
{
    return clockRegister(dialect, address) != nullptr;
}

std::optional<QDateTime> opticalClockWrite(Dialect dialect, QByteArrayView address,
                                           QByteArrayView value, const QDateTime &now)
{
    const ClockRegister *r = clockRegister(dialect, address);
    if (!r || value.size() <= r->skip)
        return std::nullopt;
    const QString text = QString::fromLatin1(value.sliced(r->skip));
    const QString format = QString::fromUtf16(r->format);
    QDateTime after = now;
    if (r->isTime) {
        const QTime t = QTime::fromString(text, format);
        if (!t.isValid())
            return std::nullopt;
        after.setTime(t);
        return after;
    }
    QDate d = QDate::fromString(text, format);
    if (!d.isValid())
        return std::nullopt;
    if (d.year() < 2000) // two-digit years are this century's
        d = d.addYears(100);
    after.setDate(d);
    return after;
}

qint64 opticalEnergyWh(const QDateTime &t)
{
    static const QDateTime commissioned(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    const qint64 seconds = std::max<qint64>(0, commissioned.secsTo(t));
    return 4'215'000 + seconds * 350 / 3600; // 4215 kWh when commissioned
}

QByteArray opticalMeterSerial(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Iec:
        return QByteArrayLiteral("71234567");
    case Dialect::Energomera:
        return QByteArrayLiteral("141628345");
    case Dialect::Neva:
        return QByteArrayLiteral("00000201");
    }
    return {};
}

iec21::MeterConfig opticalMeter(Dialect dialect, OpticalClock clock)
{
    iec21::MeterConfig m;
    m.dialect = dialect;
    m.address = opticalMeterSerial(dialect);
    const QString serial = QString::fromLatin1(m.address);
    switch (dialect) {
    case Dialect::Iec:
        // Lower-case 'k': 20 ms reaction time; '5': up to 9600 baud.
        m.identification = identificationOf("/ISk5MT174-0001\r\n");
        m.password = "00000000";
        m.passwordPromptOperand = m.address;
        m.maxBlockData = 96; // several EOT blocks, as long readouts come
        m.registers = [clock, serial] {
            const QDateTime now = clock();
            const Energy e = energyAt(now);
            return QList<DataSetValue>{
                reg(u"0.0.0"_s, serial),
                reg(u"C.1.0"_s, serial),
                reg(u"1.8.0"_s, kwh(e.total, 3, 10), u"kWh"_s),
                reg(u"1.8.1"_s, kwh(e.day, 3, 10), u"kWh"_s),
                reg(u"1.8.2"_s, kwh(e.night, 3, 10), u"kWh"_s),
                reg(u"2.8.0"_s, kwh(0, 3, 10), u"kWh"_s),
                reg(u"32.7.0"_s,
                    QStringLiteral("%1.%2").arg(228 + ripple(now, 4)).arg(ripple(now, 10)), u"V"_s),
                reg(u"31.7.0"_s,
                    QStringLiteral("01.%1").arg(40 + ripple(now, 50), 2, 10, QLatin1Char('0')),
                    u"A"_s),
                reg(u"14.7.0"_s, u"50.00"_s, u"Hz"_s),
                reg(u"0.9.1"_s, now.time().toString(u"hh:mm:ss")),
                reg(u"0.9.2"_s, now.date().toString(u"yy-MM-dd")),
                reg(u"F.F"_s, u"00000000"_s),
            };
        };
        break;
    case Dialect::Energomera:
        m.identification = identificationOf("/EKT5CE102Mv01\r\n");
        m.password = "777777";
        m.passwordPromptOperand = m.address; // CE102M prompts with its serial
        m.energomeraRepeatName = false;
        m.registers = [clock, serial] {
            const QDateTime now = clock();
            const Energy e = energyAt(now);
            return QList<DataSetValue>{
                reg(u"SNUMB"_s, serial),
                reg(u"ET0PE"_s, kwh(e.total, 2, 1)),
                reg(u"ET0PE"_s, kwh(e.day, 2, 1)),
                reg(u"ET0PE"_s, kwh(e.night, 2, 1)),
                reg(u"ET0PE"_s, u"0.00"_s),
                reg(u"ET0PE"_s, u"0.00"_s),
                reg(u"ET0PE"_s, u"0.00"_s),
                reg(u"VOLTA"_s, QStringLiteral("%1.%2")
                                    .arg(230 + ripple(now, 6))
                                    .arg(ripple(now, 100), 2, 10, QLatin1Char('0'))),
                reg(u"CURRE"_s,
                    QStringLiteral("1.%1").arg(ripple(now, 1000), 3, 10, QLatin1Char('0'))),
                reg(u"FREQU"_s, u"49.98"_s),
                reg(u"POWEP"_s, QStringLiteral("0.%1").arg(300 + ripple(now, 100))),
                // Energomera writes the date as weekday.dd.mm.yy.
                reg(u"DATE_"_s, QStringLiteral("%1.%2")
                                    .arg(now.date().dayOfWeek() % 7, 2, 10, QLatin1Char('0'))
                                    .arg(now.date().toString(u"dd.MM.yy"))),
                reg(u"TIME_"_s, now.time().toString(u"hh:mm:ss")),
            };
        };
        break;
    case Dialect::Neva:
        m.identification = identificationOf("/TPC5NEVAMT324.2307\r\n");
        m.password = "00000000";
        m.passwordPromptOperand = "00000000";
        m.registers = [clock, serial] {
            const QDateTime now = clock();
            const Energy e = energyAt(now);
            return QList<DataSetValue>{
                reg(u"600100FF"_s, serial),
                reg(u"0F0880FF"_s, kwh(e.total, 2, 9)),
                reg(u"0F0880FF"_s, kwh(e.day, 2, 9)),
                reg(u"0F0880FF"_s, kwh(e.night, 2, 9)),
                reg(u"0F0880FF"_s, kwh(0, 2, 9)),
                reg(u"0F0880FF"_s, kwh(0, 2, 9)),
                reg(u"200700FF"_s, QStringLiteral("%1.%2")
                                       .arg(229 + ripple(now, 5))
                                       .arg(ripple(now, 100), 2, 10, QLatin1Char('0'))),
                reg(u"1F0700FF"_s,
                    QStringLiteral("001.%1").arg(ripple(now, 1000), 3, 10, QLatin1Char('0'))),
                reg(u"0E0700FF"_s, u"50.00"_s),
                reg(u"100700FF"_s, QStringLiteral("%1.%2")
                                       .arg(ripple(now, 3), 5, 10, QLatin1Char('0'))
                                       .arg(ripple(now, 10))),
                reg(u"000902FF"_s, now.date().toString(u"yyMMdd")),
                reg(u"000901FF"_s, now.time().toString(u"hhmmss")),
            };
        };
        break;
    }
    return m;
}

} // namespace ims::sim
