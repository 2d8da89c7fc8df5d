#include "protocol/dlms/error_apdu.h"

#include "protocol/core/bytes.h"

#include <QCoreApplication>

namespace ims::dlms {
namespace {

struct ErrorApduText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorApdu)
};

QString confirmedServiceName(ConfirmedService s)
{
    static const char *const names[] = {nullptr,
                                        "initiateError",
                                        "getStatus",
                                        "getNameList",
                                        "getVariableAttribute",
                                        "read",
                                        "write",
                                        "getDataSetAttribute",
                                        "getTIAttribute",
                                        "changeScope",
                                        "start",
                                        "stop",
                                        "resume",
                                        "makeUsable",
                                        "initiateLoad",
                                        "loadSegment",
                                        "terminateLoad",
                                        "initiateUploadSegment",
                                        "uploadSegment",
                                        "terminateUpload"};
    const quint8 n = quint8(s);
    if (n >= 1 && n < std::size(names))
        return QLatin1String(names[n]);
    return QStringLiteral("service-%1").arg(n);
}

QString groupName(ServiceErrorGroup g)
{
    static const char *const names[] = {"application-reference",
                                        "hardware-resource",
                                        "vde-state-error",
                                        "service",
                                        "definition",
                                        "access",
                                        "initiate",
                                        "load-data-set",
                                        "change-scope",
                                        "task",
                                        "other"};
    const quint8 n = quint8(g);
    if (n < std::size(names))
        return QLatin1String(names[n]);
    return QStringLiteral("group-%1").arg(n);
}

QString valueName(ServiceErrorGroup g, quint8 v)
{
    static const QList<QList<const char *>> names = {
        {"other", "time-elapsed", "application-unreachable", "application-reference-invalid",
         "application-context-unsupported", "provider-communication-error", "deciphering-error"},
        {"other", "memory-unavailable", "processor-resource-unavailable",
         "mass-storage-unavailable", "other-resource-unavailable"},
        {"other", "no-dlms-context", "loading-data-set", "status-nochange", "status-inoperable"},
        {"other", "pdu-size", "service-unsupported"},
        {"other", "object-undefined", "object-class-inconsistent", "object-attribute-inconsistent"},
        {"other", "scope-of-access-violated", "object-access-violated", "hardware-fault",
         "object-unavailable"},
        {"other", "dlms-version-too-low", "incompatible-conformance", "pdu-size-too-short",
         "refused-by-the-VDE-Handler"},
        {"other", "primitive-out-of-sequence", "not-loadable", "dataset-size-too-large",
         "not-awaited-segment", "interpretation-failure", "storage-failure", "data-set-not-ready"},
        {"other"},
        {"other", "no-remote-control", "ti-stopped", "ti-running", "ti-unusable"},
        {"other"},
    };
    const quint8 gi = quint8(g);
    if (gi < names.size() && v < names[gi].size())
        return QLatin1String(names[gi][v]);
    return QStringLiteral("value-%1").arg(v);
}

} // namespace

QString exceptionStateErrorName(ExceptionStateError e)
{
    switch (e) {
    case ExceptionStateError::ServiceNotAllowed:
        return QStringLiteral("service-not-allowed");
    case ExceptionStateError::ServiceUnknown:
        return QStringLiteral("service-unknown");
    }
    return QStringLiteral("state-error-%1").arg(quint8(e));
}

QString exceptionServiceErrorName(ExceptionServiceError e)
{
    switch (e) {
    case ExceptionServiceError::OperationNotPossible:
        return QStringLiteral("operation-not-possible");
    case ExceptionServiceError::ServiceNotSupported:
        return QStringLiteral("service-not-supported");
    case ExceptionServiceError::OtherReason:
        return QStringLiteral("other-reason");
    case ExceptionServiceError::PduTooLong:
        return QStringLiteral("pdu-too-long");
    case ExceptionServiceError::DecipheringError:
        return QStringLiteral("deciphering-error");
    case ExceptionServiceError::InvocationCounterError:
        return QStringLiteral("invocation-counter-error");
    }
    return QStringLiteral("service-error-%1").arg(quint8(e));
}

Error ExceptionResponse::toError() const
{
    QString text
        = ErrorApduText::tr("exception: %1, %2")
              .arg(exceptionStateErrorName(stateError), exceptionServiceErrorName(serviceError));
    if (invocationCounter)
        text += ErrorApduText::tr(" (expected invocation counter %1)").arg(*invocationCounter);
    return Error(ErrorKind::Exception, text, (int(stateError) << 8) | int(serviceError));
}

QString ConfirmedServiceError::describe() const
{
    return QStringLiteral("%1: %2: %3")
        .arg(confirmedServiceName(service), groupName(group), valueName(group, value));
}

Error ConfirmedServiceError::toError() const
{
    return Error(ErrorKind::ServiceError,
                 ErrorApduText::tr("confirmed service error: %1").arg(describe()),
                 (int(group) << 8) | value);
}

void encode(const ExceptionResponse &pdu, QByteArray &out)
{
    out.append(char(ExceptionResponse::Tag));
    out.append(char(pdu.stateError));
    out.append(char(pdu.serviceError));
    if (pdu.invocationCounter)
        appendBe32(out, *pdu.invocationCounter);
}

void encode(const ConfirmedServiceError &pdu, QByteArray &out)
{
    out.append(char(ConfirmedServiceError::Tag));
    out.append(char(pdu.service));
    out.append(char(pdu.group));
    out.append(char(pdu.value));
}

ExceptionResponse readExceptionResponse(PduReader &r)
{
    ExceptionResponse pdu;
    pdu.stateError = ExceptionStateError(r.u8());
    pdu.serviceError = ExceptionServiceError(r.u8());
    // Servers before Blue Book edition 8.3 send no counter: accept both.
    if (pdu.serviceError == ExceptionServiceError::InvocationCounterError && !r.atEnd())
        pdu.invocationCounter = r.u32();
    return pdu;
}

ConfirmedServiceError readConfirmedServiceError(PduReader &r)
{
    ConfirmedServiceError pdu;
    pdu.service = ConfirmedService(r.u8());
    pdu.group = ServiceErrorGroup(r.u8());
    pdu.value = r.u8();
    return pdu;
}

} // namespace ims::dlms
