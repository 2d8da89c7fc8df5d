#pragma once
// A load profile series as CSV: one line per bucket with data, exact decimal
// kWh / kvarh (never through floating point), ISO 8601 UTC times.
#include "models/analytics/profile_series.h"

#include <QByteArray>

namespace ims::ui {

QByteArray profileCsv(const analytics::ProfileSeries &series);

} // namespace ims::ui
