#pragma once
// The two ways a server refuses a request outright (Blue Book 9.5):
//   exception-response (0xD8): state-error, service-error
//     [, invocation counter when service-error = invocation-counter-error]
//   confirmed-service-error (0x0E): which service, ServiceError group, value;
//     e.g. 0E 01 06 01 = initiateError / initiate / dlms-version-too-low,
//     the user-information of an AARE rejecting the InitiateRequest.
#include "protocol/core/error.h"
#include "protocol/dlms/pdu_reader.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ims::dlms {

enum class ExceptionStateError : quint8 {
    ServiceNotAllowed = 1,
    ServiceUnknown = 2,
};

enum class ExceptionServiceError : quint8 {
    OperationNotPossible = 1,
    ServiceNotSupported = 2,
    OtherReason = 3,
    PduTooLong = 4,
    DecipheringError = 5,
    InvocationCounterError = 6, // followed by the expected invocation counter
};

struct ExceptionResponse
{
    static constexpr quint8 Tag = 0xD8;
    ExceptionStateError stateError = ExceptionStateError::ServiceNotAllowed;
    ExceptionServiceError serviceError = ExceptionServiceError::OperationNotPossible;
    // Sent with invocation-counter-error (encoded whenever present).
    std::optional<quint32> invocationCounter;

    // Error{Exception, "exception: service-not-allowed, operation-not-possible", state << 8 |
    // service}.
    Error toError() const;
    bool operator==(const ExceptionResponse &) const = default;
};

QString exceptionStateErrorName(ExceptionStateError e);
QString exceptionServiceErrorName(ExceptionServiceError e);

// ConfirmedServiceError CHOICE: the service that failed.
enum class ConfirmedService : quint8 {
    InitiateError = 1,
    GetStatus = 2,
    GetNameList = 3,
    GetVariableAttribute = 4,
    Read = 5,
    Write = 6,
    GetDataSetAttribute = 7,
    GetTiAttribute = 8,
    ChangeScope = 9,
    Start = 10,
    Stop = 11,
    Resume = 12,
    MakeUsable = 13,
    InitiateLoad = 14,
    LoadSegment = 15,
    TerminateLoad = 16,
    InitiateUploadSegment = 17,
    UploadSegment = 18,
    TerminateUpload = 19,
};

// ServiceError CHOICE: the group the error value belongs to.
enum class ServiceErrorGroup : quint8 {
    ApplicationReference = 0,
    HardwareResource = 1,
    VdeStateError = 2,
    Service = 3,
    Definition = 4,
    Access = 5,
    Initiate = 6,
    LoadDataSet = 7,
    ChangeScope = 8,
    Task = 9,
    Other = 10,
};

struct ConfirmedServiceError
{
    static constexpr quint8 Tag = 0x0E;
    ConfirmedService service = ConfirmedService::InitiateError;
    ServiceErrorGroup group = ServiceErrorGroup::Initiate;
    quint8 value = 0;

    // "initiateError: initiate: dlms-version-too-low"
    QString describe() const;
    // Error{ServiceError, describe(), group << 8 | value}.
    Error toError() const;
    bool operator==(const ConfirmedServiceError &) const = default;
};

void encode(const ExceptionResponse &pdu, QByteArray &out);
void encode(const ConfirmedServiceError &pdu, QByteArray &out);
ExceptionResponse readExceptionResponse(PduReader &r);
ConfirmedServiceError readConfirmedServiceError(PduReader &r);

} // namespace ims::dlms
