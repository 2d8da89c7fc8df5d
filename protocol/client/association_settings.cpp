#include "protocol/client/association_settings.h"

namespace ims::client {

QString authenticationName(Authentication a)
{
    switch (a) {
    case Authentication::None:
        return QStringLiteral("none");
    case Authentication::Low:
        return QStringLiteral("low");
    case Authentication::HighGmac:
        return QStringLiteral("hls-gmac");
    }
    return {};
}

QString protectionName(Protection p)
{
    switch (p) {
    case Protection::None:
        return QStringLiteral("none");
    case Protection::Authenticated:
        return QStringLiteral("auth");
    case Protection::Encrypted:
        return QStringLiteral("enc");
    case Protection::AuthenticatedEncrypted:
        return QStringLiteral("auth-enc");
    }
    return {};
}

std::optional<Authentication> parseAuthentication(QStringView text)
{
    for (Authentication a : {Authentication::None, Authentication::Low, Authentication::HighGmac}) {
        if (text == authenticationName(a))
            return a;
    }
    return std::nullopt;
}

std::optional<Protection> parseProtection(QStringView text)
{
    for (Protection p : {Protection::None, Protection::Authenticated, Protection::Encrypted,
                         Protection::AuthenticatedEncrypted}) {
        if (text == protectionName(p))
            return p;
    }
    return std::nullopt;
}

dlms::Conformance defaultClientConformance()
{
    using B = dlms::ConformanceBit;
    return dlms::Conformance::of({B::BlockTransferWithGetOrRead, B::BlockTransferWithSetOrWrite,
                                  B::BlockTransferWithAction, B::MultipleReferences, B::Get, B::Set,
                                  B::SelectiveAccess, B::Action, B::EventNotification,
                                  B::DataNotification});
}

} // namespace ims::client
