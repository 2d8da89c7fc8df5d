#pragma once
// Typed errors shared by every layer. The kind says what went wrong in terms
// a caller can act on; `code` keeps the protocol's own number (DLMS
// data-access-result, AARE diagnostic, exception-response state error, ...)
// so that nothing the device said is lost; `message` is for people.
#include <QString>

namespace ims {

enum class ErrorKind {
    None,
    // Bytes that cannot be a valid frame or value.
    Truncated,   // input ended inside a frame or value
    Malformed,   // structure violates the standard
    BadChecksum, // HCS/FCS/BCC mismatch
    TooLarge,    // a declared length exceeds a configured bound
    TooDeep,     // nesting exceeds a configured bound
    Unsupported, // valid per standard, not implemented or not offered by the peer
    // Conversation.
    Timeout,
    LinkClosed,
    LinkError,
    Cancelled,
    HdlcRejected,        // DM or FRMR from the peer
    AssociationRejected, // AARE result != accepted; code = diagnostic
    DataAccess,          // data-access-result != success; code = the result
    ServiceError,        // confirmed-service-error; code = the error
    Exception,           // exception-response; code = state-error << 8 | service-error
    SecurityFailure,     // authentication tag, HLS challenge, or counter misuse
    // Local.
    InvalidArgument,
    NotFound,
    Storage,
    Io,
};

struct Error
{
    ErrorKind kind = ErrorKind::None;
    int code = 0;
    QString message;

    Error() = default;
    Error(ErrorKind k, QString text, int protocolCode = 0)
        : kind(k)
        , code(protocolCode)
        , message(std::move(text))
    {}
};

// A short, stable English token for logs and JSON ("timeout", "data-access", ...).
QString errorKindName(ErrorKind kind);

} // namespace ims
