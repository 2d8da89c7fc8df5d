#pragma once
// Association LN (class 15, version 1) as a server presents it.
//   2 object_list: the objects visible to the calling client, with its rights
//   3 associated_partners_id: structure {client SAP integer, server SAP long-unsigned}
//   4 application_context_name, 6 authentication_mechanism_name: the OID content octets
//   5 xDLMS_context_info, 7 secret (LLS password; write only), 8 association_status
//   method 1 reply_to_HLS_authentication: f(StoC) in, f(CtoS) out
// The instance 0.0.40.0.0.255 is the "current association": it answers for
// whichever client is associated. The per-client instances (SPODES
// 0.0.40.0.1/2/3.255) answer for their own SAP.
#include "protocol/sim/server/logical_device.h"

#include <QCoreApplication>

namespace ims::sim {

class AssociationObject : public CosemObject
{
    Q_DECLARE_TR_FUNCTIONS(AssociationObject)
public:
    static constexpr quint8 Version = 1;

    // `clientSap` 0 = the current association.
    AssociationObject(const cosem::Obis &logicalName, quint16 clientSap, AccessPolicy access);

    int attributeCount() const override { return 9; }
    int methodCount() const override { return 2; }

    // Default rights: every client reads its own association; the
    // configurator may change passwords; everybody runs reply_to_HLS.
    static AccessPolicy defaultAccess();

protected:
    dlms::GetDataResult readAttribute(qint8 attribute,
                                      const std::optional<dlms::SelectiveAccess> &access,
                                      ServiceContext &context) override;
    dlms::DataAccessResult writeAttribute(qint8 attribute, const axdr::Value &value,
                                          ServiceContext &context) override;
    ActionReply invoke(qint8 method, const std::optional<axdr::Value> &parameters,
                       ServiceContext &context) override;

private:
    const ClientAssociationConfig *config(const ServiceContext &context) const;
    bool isCurrent(const ServiceContext &context) const;
    axdr::Value objectList(const ServiceContext &context, ClientRole role) const;

    quint16 m_clientSap;
};

} // namespace ims::sim
