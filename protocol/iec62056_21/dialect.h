#pragma once
// The three families of optical-port meters met in Russian SNT/TSZh practice:
// standard IEC 62056-21 meters, Energomera CE (7-bit SUM BCC, own register
// names such as ET0PE), and Neva MT / Taipit (OBIS written as 8 hex digits).
#include "protocol/iec62056_21/bcc.h"
#include "protocol/iec62056_21/iec21_messages.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ims::iec21 {

enum class Dialect { Iec, Energomera, Neva };

// From the identification message: manufacturer EKT/EGM or a "CE..." model is
// Energomera ("/EKT5CE102Mv01"); TPC/TPT/NEV or a "NEVA..." model is Neva
// ("/TPC5NEVAMT324.2307"); anything else is a standard IEC meter.
Dialect detectDialect(const Identification &id);

QString dialectName(Dialect dialect); // "iec", "energomera", "neva"
BccRule bccRule(Dialect dialect);
// Energomera and Neva repeat the register address in every R1 answer, so a
// lone "(...)" from them is an error code; standard meters answer "(value)".
bool repeatsAddressInAnswers(Dialect dialect);
// Factory default password sent with P1 (Energomera "777777", Neva "00000000").
QByteArray defaultPassword(Dialect dialect);

// One programming-mode read: R1 with data "address(argument)".
struct ReadCommand
{
    QByteArray address;
    QByteArray argument;
    bool operator==(const ReadCommand &) const = default;
};

// What a standard programming-mode readout asks for. For Iec a short list
// (serial, A+ total, time, date): their standard readout is the data readout.
QList<ReadCommand> standardReadCommands(Dialect dialect);

} // namespace ims::iec21
