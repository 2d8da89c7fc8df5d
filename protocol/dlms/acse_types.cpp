#include "protocol/dlms/acse_types.h"

namespace ims::dlms {
namespace {

// 2.16.756.5.8 = joint-iso-itu-t(2) country(16) ch(756) identified-organization(5) DLMS-UA(8).
constexpr char DlmsUaPrefix[] = {char(0x60), char(0x85), char(0x74), char(0x05), char(0x08)};
constexpr quint8 ContextArc = 1;
constexpr quint8 MechanismArc = 2;

QByteArray dlmsOid(quint8 kind, quint8 last)
{
    QByteArray out(DlmsUaPrefix, sizeof DlmsUaPrefix);
    out.append(char(kind));
    out.append(char(last & 0x7F));
    return out;
}

// The last arc of 2.16.756.5.8.<kind>.x, or -1.
int dlmsArc(QByteArrayView content, quint8 kind)
{
    const qsizetype prefix = sizeof DlmsUaPrefix;
    if (content.size() != prefix + 2
        || content.first(prefix) != QByteArrayView(DlmsUaPrefix, prefix)
        || quint8(content[prefix]) != kind || (quint8(content[prefix + 1]) & 0x80))
        return -1;
    return quint8(content[prefix + 1]);
}

} // namespace

QString applicationContextName(ApplicationContext context)
{
    switch (context) {
    case ApplicationContext::LogicalName:
        return QStringLiteral("logical-name");
    case ApplicationContext::ShortName:
        return QStringLiteral("short-name");
    case ApplicationContext::LogicalNameCiphered:
        return QStringLiteral("logical-name-with-ciphering");
    case ApplicationContext::ShortNameCiphered:
        return QStringLiteral("short-name-with-ciphering");
    case ApplicationContext::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString mechanismName(AuthenticationMechanism mechanism)
{
    switch (mechanism) {
    case AuthenticationMechanism::Lowest:
        return QStringLiteral("lowest");
    case AuthenticationMechanism::Low:
        return QStringLiteral("low");
    case AuthenticationMechanism::High:
        return QStringLiteral("high");
    case AuthenticationMechanism::HighMd5:
        return QStringLiteral("high-md5");
    case AuthenticationMechanism::HighSha1:
        return QStringLiteral("high-sha1");
    case AuthenticationMechanism::HighGmac:
        return QStringLiteral("high-gmac");
    case AuthenticationMechanism::HighSha256:
        return QStringLiteral("high-sha256");
    case AuthenticationMechanism::HighEcdsa:
        return QStringLiteral("high-ecdsa");
    case AuthenticationMechanism::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool isCiphered(ApplicationContext context)
{
    return context == ApplicationContext::LogicalNameCiphered
           || context == ApplicationContext::ShortNameCiphered;
}

QByteArray applicationContextOid(ApplicationContext context)
{
    return dlmsOid(ContextArc, quint8(context));
}

QByteArray mechanismOid(AuthenticationMechanism mechanism)
{
    return dlmsOid(MechanismArc, quint8(mechanism));
}

ApplicationContext applicationContextFromOid(QByteArrayView content)
{
    const int arc = dlmsArc(content, ContextArc);
    return arc >= 1 && arc <= 4 ? ApplicationContext(arc) : ApplicationContext::Unknown;
}

AuthenticationMechanism mechanismFromOid(QByteArrayView content)
{
    const int arc = dlmsArc(content, MechanismArc);
    return arc >= 0 && arc <= 7 ? AuthenticationMechanism(arc) : AuthenticationMechanism::Unknown;
}

QString associationResultName(AssociationResult result)
{
    switch (result) {
    case AssociationResult::Accepted:
        return QStringLiteral("accepted");
    case AssociationResult::RejectedPermanent:
        return QStringLiteral("rejected-permanent");
    case AssociationResult::RejectedTransient:
        return QStringLiteral("rejected-transient");
    }
    return QStringLiteral("result-%1").arg(quint8(result));
}

QString SourceDiagnostic::name() const
{
    if (source == DiagnosticSource::ServiceProvider) {
        switch (ServiceProviderDiagnostic(value)) {
        case ServiceProviderDiagnostic::Null:
            return QStringLiteral("null");
        case ServiceProviderDiagnostic::NoReasonGiven:
            return QStringLiteral("no-reason-given");
        case ServiceProviderDiagnostic::NoCommonAcseVersion:
            return QStringLiteral("no-common-acse-version");
        }
        return QStringLiteral("diagnostic-%1").arg(value);
    }
    switch (ServiceUserDiagnostic(value)) {
    case ServiceUserDiagnostic::Null:
        return QStringLiteral("null");
    case ServiceUserDiagnostic::NoReasonGiven:
        return QStringLiteral("no-reason-given");
    case ServiceUserDiagnostic::ApplicationContextNameNotSupported:
        return QStringLiteral("application-context-name-not-supported");
    case ServiceUserDiagnostic::CallingApTitleNotRecognized:
        return QStringLiteral("calling-AP-title-not-recognized");
    case ServiceUserDiagnostic::CallingApInvocationIdentifierNotRecognized:
        return QStringLiteral("calling-AP-invocation-identifier-not-recognized");
    case ServiceUserDiagnostic::CallingAeQualifierNotRecognized:
        return QStringLiteral("calling-AE-qualifier-not-recognized");
    case ServiceUserDiagnostic::CallingAeInvocationIdentifierNotRecognized:
        return QStringLiteral("calling-AE-invocation-identifier-not-recognized");
    case ServiceUserDiagnostic::CalledApTitleNotRecognized:
        return QStringLiteral("called-AP-title-not-recognized");
    case ServiceUserDiagnostic::CalledApInvocationIdentifierNotRecognized:
        return QStringLiteral("called-AP-invocation-identifier-not-recognized");
    case ServiceUserDiagnostic::CalledAeQualifierNotRecognized:
        return QStringLiteral("called-AE-qualifier-not-recognized");
    case ServiceUserDiagnostic::CalledAeInvocationIdentifierNotRecognized:
        return QStringLiteral("called-AE-invocation-identifier-not-recognized");
    case ServiceUserDiagnostic::AuthenticationMechanismNameNotRecognised:
        return QStringLiteral("authentication-mechanism-name-not-recognised");
    case ServiceUserDiagnostic::AuthenticationMechanismNameRequired:
        return QStringLiteral("authentication-mechanism-name-required");
    case ServiceUserDiagnostic::AuthenticationFailure:
        return QStringLiteral("authentication-failure");
    case ServiceUserDiagnostic::AuthenticationRequired:
        return QStringLiteral("authentication-required");
    }
    return QStringLiteral("diagnostic-%1").arg(value);
}

QString releaseRequestReasonName(ReleaseRequestReason reason)
{
    switch (reason) {
    case ReleaseRequestReason::Normal:
        return QStringLiteral("normal");
    case ReleaseRequestReason::Urgent:
        return QStringLiteral("urgent");
    case ReleaseRequestReason::UserDefined:
        return QStringLiteral("user-defined");
    }
    return QStringLiteral("reason-%1").arg(quint8(reason));
}

QString releaseResponseReasonName(ReleaseResponseReason reason)
{
    switch (reason) {
    case ReleaseResponseReason::Normal:
        return QStringLiteral("normal");
    case ReleaseResponseReason::NotFinished:
        return QStringLiteral("not-finished");
    case ReleaseResponseReason::UserDefined:
        return QStringLiteral("user-defined");
    }
    return QStringLiteral("reason-%1").arg(quint8(reason));
}

} // namespace ims::dlms
