#pragma once
// Clock (class 8) over three functions: read the device's time, set it,
// shift it. The router uses it; meters have their own with journals.
#include "protocol/sim/server/cosem_object.h"

#include <functional>

namespace ims::sim {

class ClockObject : public CosemObject
{
public:
    struct Access
    {
        std::function<qint64()> now;       // UTC ms
        std::function<void(qint64)> set;   // UTC ms
        std::function<void(qint64)> shift; // delta ms
    };
    ClockObject(Access access, int utcOffsetSeconds, AccessPolicy rights);

    int attributeCount() const override { return 9; }
    int methodCount() const override { return 6; }

protected:
    dlms::GetDataResult readAttribute(qint8 attribute,
                                      const std::optional<dlms::SelectiveAccess> &access,
                                      ServiceContext &context) override;
    dlms::DataAccessResult writeAttribute(qint8 attribute, const axdr::Value &value,
                                          ServiceContext &context) override;
    ActionReply invoke(qint8 method, const std::optional<axdr::Value> &parameters,
                       ServiceContext &context) override;

private:
    Access m_access;
    int m_utcOffset;
};

} // namespace ims::sim
