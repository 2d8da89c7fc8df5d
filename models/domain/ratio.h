#pragma once
// An exact ratio of two positive integers: a CT of 150/5 A or a VT of
// 10000/100 V. Never a float: primary energy is computed from these exactly.
#include <QtGlobal>

namespace ims::domain {

struct Ratio
{
    qint64 numerator = 1;
    qint64 denominator = 1;

    bool isValid() const { return numerator > 0 && denominator > 0; }
    bool operator==(const Ratio &) const = default;
};

} // namespace ims::domain
