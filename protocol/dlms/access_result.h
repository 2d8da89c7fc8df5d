#pragma once
// Data-Access-Result and Action-Result (Blue Book 9.5) with their standard
// names, and their conversion to ims::Error (kind DataAccess, code = the
// number the device sent).
#include "protocol/core/error.h"

#include <QString>

namespace ims::dlms {

enum class DataAccessResult : quint8 {
    Success = 0,
    HardwareFault = 1,
    TemporaryFailure = 2,
    ReadWriteDenied = 3,
    ObjectUndefined = 4,
    ObjectClassInconsistent = 9,
    ObjectUnavailable = 11,
    TypeUnmatched = 12,
    ScopeOfAccessViolated = 13,
    DataBlockUnavailable = 14,
    LongGetAborted = 15,
    NoLongGetInProgress = 16,
    LongSetAborted = 17,
    NoLongSetInProgress = 18,
    DataBlockNumberInvalid = 19,
    OtherReason = 250,
};

enum class ActionResult : quint8 {
    Success = 0,
    HardwareFault = 1,
    TemporaryFailure = 2,
    ReadWriteDenied = 3,
    ObjectUndefined = 4,
    ObjectClassInconsistent = 9,
    ObjectUnavailable = 11,
    TypeUnmatched = 12,
    ScopeOfAccessViolated = 13,
    DataBlockUnavailable = 14,
    LongActionAborted = 15,
    NoLongActionInProgress = 16,
    OtherReason = 250,
};

// "read-write-denied"; unassigned numbers as "result-42".
QString dataAccessResultName(DataAccessResult result);
QString actionResultName(ActionResult result);

// Error{DataAccess, "data access: read-write-denied", 3}. Not for Success.
Error dataAccessError(DataAccessResult result);
// Error{DataAccess, "action: temporary-failure", 2}. Not for Success.
Error actionError(ActionResult result);

} // namespace ims::dlms
