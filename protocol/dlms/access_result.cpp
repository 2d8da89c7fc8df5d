#include "protocol/dlms/access_result.h"

#include <QCoreApplication>

namespace ims::dlms {
namespace {

struct AccessResultText
{
    Q_DECLARE_TR_FUNCTIONS(AccessResult)
};

// Both enumerations share names up to 14; 15 and 16 differ by service.
QString sharedName(quint8 v)
{
    switch (v) {
    case 0:
        return QStringLiteral("success");
    case 1:
        return QStringLiteral("hardware-fault");
    case 2:
        return QStringLiteral("temporary-failure");
    case 3:
        return QStringLiteral("read-write-denied");
    case 4:
        return QStringLiteral("object-undefined");
    case 9:
        return QStringLiteral("object-class-inconsistent");
    case 11:
        return QStringLiteral("object-unavailable");
    case 12:
        return QStringLiteral("type-unmatched");
    case 13:
        return QStringLiteral("scope-of-access-violated");
    case 14:
        return QStringLiteral("data-block-unavailable");
    case 250:
        return QStringLiteral("other-reason");
    default:
        return {};
    }
}

} // namespace

QString dataAccessResultName(DataAccessResult result)
{
    switch (result) {
    case DataAccessResult::LongGetAborted:
        return QStringLiteral("long-get-aborted");
    case DataAccessResult::NoLongGetInProgress:
        return QStringLiteral("no-long-get-in-progress");
    case DataAccessResult::LongSetAborted:
        return QStringLiteral("long-set-aborted");
    case DataAccessResult::NoLongSetInProgress:
        return QStringLiteral("no-long-set-in-progress");
    case DataAccessResult::DataBlockNumberInvalid:
        return QStringLiteral("data-block-number-invalid");
    default:
        break;
    }
    const QString name = sharedName(quint8(result));
    return name.isEmpty() ? QStringLiteral("result-%1").arg(quint8(result)) : name;
}

QString actionResultName(ActionResult result)
{
    switch (result) {
    case ActionResult::LongActionAborted:
        return QStringLiteral("long-action-aborted");
    case ActionResult::NoLongActionInProgress:
        return QStringLiteral("no-long-action-in-progress");
    default:
        break;
    }
    const QString name = sharedName(quint8(result));
    return name.isEmpty() ? QStringLiteral("result-%1").arg(quint8(result)) : name;
}

Error dataAccessError(DataAccessResult result)
{
    return Error(ErrorKind::DataAccess,
                 AccessResultText::tr("data access: %1").arg(dataAccessResultName(result)),
                 int(result));
}

Error actionError(ActionResult result)
{
    return Error(ErrorKind::DataAccess,
                 AccessResultText::tr("action: %1").arg(actionResultName(result)), int(result));
}

} // namespace ims::dlms
