#pragma once
// Profile generic (class 7, version 1): selective access parameters for
// reading the buffer, and decoding buffer rows against capture_objects.
//
// Access selectors (Blue Book, Profile generic attribute 2):
//   1 range_descriptor ::= structure { restricting_object capture_object_definition,
//       from_value data, to_value data, selected_values array of capture_object_definition }
//   2 entry_descriptor ::= structure { from_entry double-long-unsigned,
//       to_entry double-long-unsigned, from_selected_value long-unsigned,
//       to_selected_value long-unsigned }   (to_* = 0: up to the last one)
#include "protocol/axdr/value.h"
#include "protocol/core/result.h"
#include "protocol/cosem/capture_object.h"
#include "protocol/dlms/cosem_descriptor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace ims::cosem {

enum class SortMethod : quint8 {
    Fifo = 1,
    Lifo = 2,
    Largest = 3,
    Smallest = 4,
    NearestToZero = 5,
    FarthestFromZero = 6,
};

// access-selector and access-parameters of a GET with selective access.
using SelectiveAccess = dlms::SelectiveAccess;

struct ProfileRow
{
    // From the clock column (class 8, attribute 2); invalid when the profile
    // has no clock column or the stamp is not fully specified.
    QDateTime time;
    // True when the row's clock value was null and the time was computed
    // from the previous row plus capture_period (a meter may omit stamps
    // of equidistant entries).
    bool timeInferred = false;
    // One value per column, in capture_objects order, clock column included.
    QList<axdr::Value> values;
};

struct BufferDecodeOptions
{
    // capture_period in seconds; 0 = asynchronous profile, no inference.
    quint32 capturePeriodSeconds = 0;
    // Used for stamps whose deviation is "not specified" (0x8000): the
    // clock's time_zone, in the same sign convention as the deviation.
    std::optional<qint16> fallbackDeviation;
};

class ProfileGeneric
{
    Q_DECLARE_TR_FUNCTIONS(ProfileGeneric)

public:
    // The clock's time attribute, the usual restricting object of by-range reads.
    static CaptureObject clockRestriction();

    // By range over the clock column, from and to inclusive, sent as
    // octet-string(12) date-times. An empty selection means all columns.
    static SelectiveAccess byRange(const axdr::CosemDateTime &from, const axdr::CosemDateTime &to,
                                   const QList<CaptureObject> &selectedColumns = {},
                                   const CaptureObject &restrictingObject = clockRestriction());
    // By entry, 1-based; toEntry 0 = the last entry, toColumn 0 = the last column.
    static SelectiveAccess byEntry(quint32 fromEntry, quint32 toEntry = 0, quint16 fromColumn = 1,
                                   quint16 toColumn = 0);

    // Index of the clock column (class 8, attribute 2), or -1.
    static qsizetype clockColumn(const QList<CaptureObject> &columns);

    // `buffer` is an array (or compact-array) of structures with exactly
    // columns.size() members each. Pass the selected columns when the
    // buffer was read with a column selection.
    static Result<QList<ProfileRow>> decodeBuffer(const axdr::Value &buffer,
                                                  const QList<CaptureObject> &columns,
                                                  const BufferDecodeOptions &options = {});

    static Result<SortMethod> sortMethodFromValue(const axdr::Value &v);
    static axdr::Value sortMethodToValue(SortMethod method)
    {
        return axdr::Value::enumValue(quint8(method));
    }
};

} // namespace ims::cosem
