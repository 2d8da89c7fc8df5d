#pragma once
// Data (class 1) and Register (class 3) objects whose value is computed
// when read: identity strings, energy totals from the consumption model,
// instantaneous values. A setter makes the value attribute writable.
#include "protocol/cosem/scaler_unit.h"
#include "protocol/sim/server/cosem_object.h"

#include <functional>

namespace ims::sim {

using ValueGetter = std::function<axdr::Value()>;
// Returns the result of the write (type-unmatched, other-reason, ...).
using ValueSetter = std::function<dlms::DataAccessResult(const axdr::Value &)>;

class DataObject : public CosemObject
{
public:
    DataObject(const cosem::Obis &logicalName, ValueGetter getter, AccessPolicy access,
               ValueSetter setter = {});
    // A constant value.
    DataObject(const cosem::Obis &logicalName, axdr::Value value, AccessPolicy access);

    int attributeCount() const override { return 2; }

protected:
    dlms::GetDataResult readAttribute(qint8 attribute,
                                      const std::optional<dlms::SelectiveAccess> &access,
                                      ServiceContext &context) override;
    dlms::DataAccessResult writeAttribute(qint8 attribute, const axdr::Value &value,
                                          ServiceContext &context) override;

private:
    ValueGetter m_getter;
    ValueSetter m_setter;
};

class RegisterObject : public CosemObject
{
public:
    RegisterObject(const cosem::Obis &logicalName, cosem::ScalerUnit scalerUnit, ValueGetter getter,
                   AccessPolicy access);

    int attributeCount() const override { return 3; }
    int methodCount() const override { return 1; } // reset: refused, energy is never reset

protected:
    dlms::GetDataResult readAttribute(qint8 attribute,
                                      const std::optional<dlms::SelectiveAccess> &access,
                                      ServiceContext &context) override;

private:
    cosem::ScalerUnit m_scalerUnit;
    ValueGetter m_getter;
};

} // namespace ims::sim
