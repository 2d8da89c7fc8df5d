#include "protocol/core/error.h"

namespace ims {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::Truncated:
        return QStringLiteral("truncated");
    case ErrorKind::Malformed:
        return QStringLiteral("malformed");
    case ErrorKind::BadChecksum:
        return QStringLiteral("bad-checksum");
    case ErrorKind::TooLarge:
        return QStringLiteral("too-large");
    case ErrorKind::TooDeep:
        return QStringLiteral("too-deep");
    case ErrorKind::Unsupported:
        return QStringLiteral("unsupported");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::LinkClosed:
        return QStringLiteral("link-closed");
    case ErrorKind::LinkError:
        return QStringLiteral("link-error");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::HdlcRejected:
        return QStringLiteral("hdlc-rejected");
    case ErrorKind::AssociationRejected:
        return QStringLiteral("association-rejected");
    case ErrorKind::DataAccess:
        return QStringLiteral("data-access");
    case ErrorKind::ServiceError:
        return QStringLiteral("service-error");
    case ErrorKind::Exception:
        return QStringLiteral("exception");
    case ErrorKind::SecurityFailure:
        return QStringLiteral("security-failure");
    case ErrorKind::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case ErrorKind::NotFound:
        return QStringLiteral("not-found");
    case ErrorKind::Storage:
        return QStringLiteral("storage");
    case ErrorKind::Io:
        return QStringLiteral("io");
    }
    return QStringLiteral("unknown");
}

} // namespace ims
