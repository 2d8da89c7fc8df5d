#pragma once
// The server side of one COSEM object: what a simulated meter or router
// registers with its logical device. Attribute 1 (logical_name) is answered
// here; a subclass answers the rest from its own state, typically computed
// on the spot from the consumption model rather than stored.
//
// Access rights are checked by the server before these are called, so an
// implementation only decides what the value is, or why a well-formed
// request cannot be carried out (type-unmatched, other-reason, ...).
#include "protocol/axdr/value.h"
#include "protocol/cosem/obis.h"
#include "protocol/dlms/access_result.h"
#include "protocol/dlms/cosem_descriptor.h"
#include "protocol/dlms/xdlms_fields.h"
#include "protocol/sim/server/access_policy.h"

#include <QList>

#include <optional>

namespace ims::sim {

class AssociationState;
class LogicalDevice;

// What the server knows about the request being served.
struct ServiceContext
{
    ClientRole role = ClientRole::Public;
    quint16 clientSap = 0;
    AssociationState *association = nullptr; // the association serving the request
    LogicalDevice *device = nullptr;
};

struct ActionReply
{
    dlms::ActionResult result = dlms::ActionResult::Success;
    std::optional<axdr::Value> data; // return parameters, if any

    static ActionReply ok(std::optional<axdr::Value> data = std::nullopt)
    {
        return {dlms::ActionResult::Success, std::move(data)};
    }
    static ActionReply fail(dlms::ActionResult result) { return {result, std::nullopt}; }
};

class CosemObject
{
public:
    CosemObject(quint16 classId, quint8 version, const cosem::Obis &logicalName,
                AccessPolicy access);
    virtual ~CosemObject();
    CosemObject(const CosemObject &) = delete;
    CosemObject &operator=(const CosemObject &) = delete;

    quint16 classId() const { return m_classId; }
    quint8 version() const { return m_version; }
    const cosem::Obis &logicalName() const { return m_logicalName; }
    const AccessPolicy &access() const { return m_access; }
    void setAccess(AccessPolicy access) { m_access = access; }

    // Number of attributes / methods of the interface class.
    virtual int attributeCount() const = 0;
    virtual int methodCount() const { return 0; }
    // access_selectors object_list shows for an attribute (profile buffer: 1, 2).
    virtual QList<qint8> accessSelectors(qint8 attribute) const;

    // Attribute 1 is handled here; the others go to readAttribute().
    dlms::GetDataResult get(qint8 attribute, const std::optional<dlms::SelectiveAccess> &access,
                            ServiceContext &context);
    dlms::DataAccessResult set(qint8 attribute, const axdr::Value &value,
                               const std::optional<dlms::SelectiveAccess> &access,
                               ServiceContext &context);
    ActionReply action(qint8 method, const std::optional<axdr::Value> &parameters,
                       ServiceContext &context);

protected:
    // Selective access on an attribute that has none is refused by default.
    virtual dlms::GetDataResult readAttribute(qint8 attribute,
                                              const std::optional<dlms::SelectiveAccess> &access,
                                              ServiceContext &context)
        = 0;
    virtual dlms::DataAccessResult writeAttribute(qint8 attribute, const axdr::Value &value,
                                                  ServiceContext &context);
    virtual ActionReply invoke(qint8 method, const std::optional<axdr::Value> &parameters,
                               ServiceContext &context);

private:
    cosem::Obis m_logicalName;
    quint16 m_classId;
    quint8 m_version;
    AccessPolicy m_access;
};

} // namespace ims::sim
