#include "protocol/sim/server/association_object.h"

#include "protocol/core/logging.h"
#include "protocol/cosem/object_list.h"
#include "protocol/security/hls_gmac.h"
#include "protocol/sim/server/association_state.h"

namespace ims::sim {

namespace {

axdr::Value conformanceBits(dlms::Conformance c)
{
    axdr::BitString bits;
    bits.bytes = c.toOctets();
    bits.bitCount = 24;
    return axdr::Value::bitString(bits);
}

} // namespace

AssociationObject::AssociationObject(const cosem::Obis &logicalName, quint16 clientSap,
                                     AccessPolicy access)
    : CosemObject(15, Version, logicalName, access)
    , m_clientSap(clientSap)
{}

AccessPolicy AssociationObject::defaultAccess()
{
    AccessPolicy p;
    p.read(roles::All, bits({1, 2, 3, 4, 5, 6, 8}));
    p.write(roles::Configurator, bits({7}));
    p.execute(roles::All, bits({1}));
    p.execute(roles::Configurator, bits({2}));
    return p;
}

bool AssociationObject::isCurrent(const ServiceContext &context) const
{
    if (m_clientSap == 0)
        return true;
    return context.association && context.association->client
           && context.association->client->clientSap == m_clientSap;
}

const ClientAssociationConfig *AssociationObject::config(const ServiceContext &context) const
{
    if (m_clientSap == 0)
        return context.association ? context.association->client : nullptr;
    return context.device ? context.device->client(m_clientSap) : nullptr;
}

axdr::Value AssociationObject::objectList(const ServiceContext &context, ClientRole role) const
{
    QList<cosem::ObjectListElement> list;
    if (!context.device)
        return cosem::ObjectListElement::listToValue(list, Version);
    for (const auto &object : context.device->objects()) {
        const AccessPolicy &rights = object->access();
        if (!rights.visibleTo(role))
            continue;
        cosem::ObjectListElement e;
        e.classId = object->classId();
        e.version = object->version();
        e.logicalName = object->logicalName();
        for (int a = 1; a <= object->attributeCount(); ++a) {
            cosem::AttributeAccess aa;
            aa.attributeId = qint8(a);
            aa.accessMode = quint8(rights.attributeMode(role, a));
            const QList<qint8> selectors = object->accessSelectors(qint8(a));
            if (!selectors.isEmpty())
                aa.accessSelectors = selectors;
            e.attributeAccess.append(aa);
        }
        for (int m = 1; m <= object->methodCount(); ++m)
            e.methodAccess.append({qint8(m), quint8(rights.methodMode(role, m))});
        list.append(std::move(e));
    }
    return cosem::ObjectListElement::listToValue(list, Version);
}

dlms::GetDataResult AssociationObject::readAttribute(
    qint8 attribute, const std::optional<dlms::SelectiveAccess> &access, ServiceContext &context)
{
    if (access)
        return dlms::DataAccessResult::ScopeOfAccessViolated;
    const ClientAssociationConfig *client = config(context);
    const AssociationState *state = isCurrent(context) ? context.association : nullptr;
    switch (attribute) {
    case 2:
        return objectList(context, client ? client->role : ClientRole::Public);
    case 3:
        return axdr::Value::structure(
            {axdr::Value::integer(qint8(client ? client->clientSap : 0)),
             axdr::Value::longUnsigned(context.device ? context.device->logicalAddress() : 1)});
    case 4: {
        const auto ctx = state ? state->context
                               : (client && client->cipheringAllowed
                                      ? dlms::ApplicationContext::LogicalNameCiphered
                                      : dlms::ApplicationContext::LogicalName);
        return axdr::Value::octetString(dlms::applicationContextOid(ctx));
    }
    case 5: {
        const XdlmsSettings &x = context.device->xdlms();
        return axdr::Value::structure(
            {conformanceBits(state ? state->conformance : x.conformance),
             axdr::Value::longUnsigned(x.maxReceivePduSize),
             axdr::Value::longUnsigned(state ? state->clientMaxReceivePduSize
                                             : x.maxReceivePduSize),
             axdr::Value::unsigned8(x.dlmsVersion), axdr::Value::integer(0),
             axdr::Value::octetString({})});
    }
    case 6: {
        auto m = state ? state->mechanism : dlms::AuthenticationMechanism::Lowest;
        if (!state && client && !client->mechanisms.isEmpty())
            m = client->mechanisms.last();
        return axdr::Value::octetString(dlms::mechanismOid(m));
    }
    case 7:
        return dlms::DataAccessResult::ReadWriteDenied; // secrets are never read back
    case 8:
        return axdr::Value::enumValue(
            quint8(state ? state->status : AssociationStatus::NonAssociated));
    case 9:
        return axdr::Value::octetString(cosem::Obis(0, 0, 43, 0, 0, 255).toBytes());
    default:
        break;
    }
    return dlms::DataAccessResult::ObjectUndefined;
}

dlms::DataAccessResult AssociationObject::writeAttribute(qint8 attribute, const axdr::Value &value,
                                                         ServiceContext &context)
{
    if (attribute != 7)
        return dlms::DataAccessResult::ReadWriteDenied;
    if (value.type() != axdr::DataType::OctetString)
        return dlms::DataAccessResult::TypeUnmatched;
    const quint16 sap = m_clientSap ? m_clientSap
                                    : (context.association && context.association->client
                                           ? context.association->client->clientSap
                                           : 0);
    ClientAssociationConfig *client = context.device ? context.device->client(sap) : nullptr;
    if (!client)
        return dlms::DataAccessResult::ObjectUnavailable;
    client->password = value.bytes();
    qCInfo(lcSim) << "LLS secret of client SAP" << sap << "changed";
    return dlms::DataAccessResult::Success;
}

ActionReply AssociationObject::invoke(qint8 method, const std::optional<axdr::Value> &parameters,
                                      ServiceContext &context)
{
    AssociationState *state = isCurrent(context) ? context.association : nullptr;
    if (method == 2)
        return ActionReply::fail(
            dlms::ActionResult::ReadWriteDenied); // change_HLS_secret: not offered
    // reply_to_HLS_authentication: only while the association is pending.
    if (!state || state->status != AssociationStatus::Pending || !state->security)
        return ActionReply::fail(dlms::ActionResult::ReadWriteDenied);
    if (!parameters || parameters->type() != axdr::DataType::OctetString)
        return ActionReply::fail(dlms::ActionResult::TypeUnmatched);
    const Status verified = security::verifyChallengeResponse(
        *state->security, state->serverChallenge, parameters->bytes());
    if (!verified) {
        qCInfo(lcSim) << "HLS proof of client" << state->client->clientSap
                      << "rejected:" << verified.error().message;
        context.device->reportAuthenticationFailure(state->client->clientSap);
        return ActionReply::fail(dlms::ActionResult::ReadWriteDenied);
    }
    Result<QByteArray> proof
        = security::respondToChallenge(*state->security, state->clientChallenge);
    if (!proof)
        return ActionReply::fail(dlms::ActionResult::OtherReason);
    state->status = AssociationStatus::Associated;
    return ActionReply::ok(axdr::Value::octetString(*proof));
}

} // namespace ims::sim
