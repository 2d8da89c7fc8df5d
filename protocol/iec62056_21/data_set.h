#pragma once
// Data sets of IEC 62056-21 answers: "address(value*unit)", several groups per
// address, several data sets per line, in the three dialects:
//   IEC         1.8.0(061561.289*kWh)  1-0:1.8.1*255(001234.5*kWh)  0.9.1(23:38:27)
//   Energomera  ET0PE(68.42)\r\n(45.54)\r\n...   or   VOLTA(233.751)\r\nVOLTA(235.418)
//   Neva        0F0880FF(000046.24,000031.14,000015.10)
// Values stay text exactly as the meter sent them: readings are money, and a
// detour through floating point would change them. parseExactDecimal() turns
// the text into an integer mantissa and a power of ten for storage.
#include "protocol/core/result.h"
#include "protocol/iec62056_21/dialect.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace ims::iec21 {

struct DataSetValue
{
    QString code;         // canonical OBIS-like code where known ("1.8.0"), else as sent
    QString value;        // exactly as sent ("061561.289", "23:38:27")
    QString unit;         // as sent, or the dialect's known unit ("kWh" for ET0PE)
    QString originalCode; // the address the meter sent ("ET0PE", "0F0880FF")
    int index = 0;        // position among the values of one data set (0 = first / total)

    bool operator==(const DataSetValue &) const = default;
};

// value = mantissa * 10^exponent, exactly.
struct ExactDecimal
{
    qint64 mantissa = 0;
    int exponent = 0;
    bool operator==(const ExactDecimal &) const = default;
};

// "-0012.340" -> {-12340, -3}. Plain decimal only (sign, digits, one '.');
// TooLarge when the digits do not fit 64 bits.
Result<ExactDecimal> parseExactDecimal(QStringView text);

struct DataSetLimits
{
    qsizetype maxValues = 4096;
    qsizetype maxAddressLength = 32;
    qsizetype maxValueLength = 256;
};

// Parses the data of an STX block (lines, optional "!" end line). A group
// with no address before it continues the previous data set (Energomera's
// tariff lines); a lone "(value)" with no address at all gets an empty code.
Result<QList<DataSetValue>> parseDataSets(QByteArrayView data, Dialect dialect,
                                          const DataSetLimits &limits = {});

// The canonical code of value `index` of a data set with `count` values, or
// the original address when there is no known mapping.
QString canonicalCode(Dialect dialect, QStringView originalCode, int index, int count);
// The unit a dialect implies for an address that carries none ("" if unknown).
QString impliedUnit(Dialect dialect, QStringView originalCode);

// A Neva 8-hex-digit address "0F0880FF" as C.D.E (*F when F != 255), with E =
// 0x80 replaced by `index`; empty when the address is not 8 hex digits.
QString nevaObis(QStringView address, int index);
// The Neva address of OBIS C.D.E.F: nevaAddress(16, 7, 0) = "100700FF".
QByteArray nevaAddress(int c, int d, int e, int f = 0xFF);

} // namespace ims::iec21
