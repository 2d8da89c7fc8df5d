#pragma once
// The rows of a simulated profile generic buffer. Rows are not stored:
// a source computes row i (0 = oldest entry in the buffer) on demand from
// the consumption model and the meter's state, so a 10,000-row load profile
// costs nothing until somebody reads it, and only the rows read.
#include "protocol/axdr/value.h"
#include "protocol/cosem/capture_object.h"

#include <QList>

namespace ims::sim {

class ProfileSource
{
public:
    virtual ~ProfileSource();

    virtual QList<cosem::CaptureObject> columns() const = 0;
    virtual quint32 capturePeriodSeconds() const = 0; // 0 = asynchronous (journals)
    virtual quint32 profileEntries() const = 0;       // capacity

    // Entries now in the buffer (at most profileEntries()).
    virtual qint64 entriesInUse() = 0;
    // Time stamp of row `index` (UTC ms), for selective access by range.
    virtual qint64 rowTimeMs(qint64 index) = 0;
    // All columns of row `index`, clock column included.
    virtual QList<axdr::Value> row(qint64 index) = 0;

    // First row at or after `ms` (entriesInUse() if none). Rows are in time
    // order; the default is a binary search over rowTimeMs().
    virtual qint64 lowerBound(qint64 ms);
    // Clears the buffer (profile generic method reset); refused by default.
    virtual bool reset() { return false; }
};

} // namespace ims::sim
