#pragma once
// Names and numbers of the ACSE fields DLMS uses (IEC 62056-5-3 / Blue Book
// 9.4, ISO/IEC 8650): application context and mechanism names (object
// identifiers under the DLMS UA arc 2.16.756.5.8), association result, and
// the result-source-diagnostic with its two CHOICE branches.
#include "protocol/core/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ims::dlms {

// Last arc of 2.16.756.5.8.1.x. Unknown stands for any other identifier
// received (a server answers it with application-context-name-not-supported).
enum class ApplicationContext : quint8 {
    Unknown = 0,
    LogicalName = 1,
    ShortName = 2,
    LogicalNameCiphered = 3,
    ShortNameCiphered = 4,
};

// Last arc of 2.16.756.5.8.2.x; Unknown for a foreign identifier.
enum class AuthenticationMechanism : quint8 {
    Lowest = 0,
    Low = 1,  // LLS: password
    High = 2, // HLS, manufacturer specific
    HighMd5 = 3,
    HighSha1 = 4,
    HighGmac = 5, // HLS mechanism 5, security suite 0
    HighSha256 = 6,
    HighEcdsa = 7,
    Unknown = 0xFF,
};

QString applicationContextName(ApplicationContext context); // "logical-name", ...
QString mechanismName(AuthenticationMechanism mechanism);   // "low", "high-gmac", ...
bool isCiphered(ApplicationContext context);

// BER content octets of the identifiers (what follows 06 07).
QByteArray applicationContextOid(ApplicationContext context);
QByteArray mechanismOid(AuthenticationMechanism mechanism);
ApplicationContext applicationContextFromOid(QByteArrayView content);
AuthenticationMechanism mechanismFromOid(QByteArrayView content);

enum class AssociationResult : quint8 {
    Accepted = 0,
    RejectedPermanent = 1,
    RejectedTransient = 2,
};
QString associationResultName(AssociationResult result);

enum class DiagnosticSource : quint8 {
    ServiceUser = 1,     // acse-service-user [1]
    ServiceProvider = 2, // acse-service-provider [2]
};

enum class ServiceUserDiagnostic : quint8 {
    Null = 0,
    NoReasonGiven = 1,
    ApplicationContextNameNotSupported = 2,
    CallingApTitleNotRecognized = 3,
    CallingApInvocationIdentifierNotRecognized = 4,
    CallingAeQualifierNotRecognized = 5,
    CallingAeInvocationIdentifierNotRecognized = 6,
    CalledApTitleNotRecognized = 7,
    CalledApInvocationIdentifierNotRecognized = 8,
    CalledAeQualifierNotRecognized = 9,
    CalledAeInvocationIdentifierNotRecognized = 10,
    AuthenticationMechanismNameNotRecognised = 11,
    AuthenticationMechanismNameRequired = 12,
    AuthenticationFailure = 13,
    AuthenticationRequired = 14,
};

enum class ServiceProviderDiagnostic : quint8 {
    Null = 0,
    NoReasonGiven = 1,
    NoCommonAcseVersion = 2,
};

struct SourceDiagnostic
{
    DiagnosticSource source = DiagnosticSource::ServiceUser;
    quint8 value = 0;

    static SourceDiagnostic user(ServiceUserDiagnostic d)
    {
        return {DiagnosticSource::ServiceUser, quint8(d)};
    }
    static SourceDiagnostic provider(ServiceProviderDiagnostic d)
    {
        return {DiagnosticSource::ServiceProvider, quint8(d)};
    }
    bool is(ServiceUserDiagnostic d) const
    {
        return source == DiagnosticSource::ServiceUser && value == quint8(d);
    }
    // "authentication-failure", "no-common-acse-version", "diagnostic-42".
    QString name() const;
    bool operator==(const SourceDiagnostic &) const = default;
};

enum class ReleaseRequestReason : quint8 { Normal = 0, Urgent = 1, UserDefined = 30 };
enum class ReleaseResponseReason : quint8 { Normal = 0, NotFinished = 1, UserDefined = 30 };
QString releaseRequestReasonName(ReleaseRequestReason reason);
QString releaseResponseReasonName(ReleaseResponseReason reason);

} // namespace ims::dlms
