#pragma once
// Secondary reading -> primary energy in Wh x 10^-3 (mWh), exactly:
//   primary = raw x 10^scaler x CT x VT  [Wh]
// with 128-bit integer arithmetic. A ratio that does not divide evenly is
// rounded half away from zero and reported, never silently.
#include "models/domain/ratio.h"

#include <optional>

namespace ims::domain {

struct PrimaryValue
{
    qint64 milliWattHours = 0;
    bool rounded = false;
};

// std::nullopt when the result does not fit in 64 bits or the scaler is
// outside -18..18.
std::optional<PrimaryValue> primaryMilliWattHours(qint64 raw, int scaler, const Ratio &ct,
                                                  const Ratio &vt);

// "1234.567" from 1234567 mWh as kWh-with-six-decimals and the like: exact
// decimal text of value x 10^-decimals, for display without floats.
QString formatFixed(qint64 value, int decimals);

} // namespace ims::domain
