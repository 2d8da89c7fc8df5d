#pragma once
// OBIS codes ("1.0.1.8.0.255") packed into 48 bits of an integer column:
// A<<40 | B<<32 | C<<24 | D<<16 | E<<8 | F. Order-preserving, compact.
#include <QString>

#include <optional>

namespace ims::domain {

std::optional<qint64> packObis(const QString &text); // accepts "A.B.C.D.E.F" and "A-B:C.D.E*F"
QString unpackObis(qint64 packed);

} // namespace ims::domain
