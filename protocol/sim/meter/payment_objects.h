#pragma once
// The payment metering objects of a simulated consumer's meter: Account
// 0.0.19.0.0.255 (class 111), its one token Credit 0.0.19.10.0.255 (112)
// and its consumption Charge 0.0.19.20.0.255 (113), views of the meter's
// PaymentState through PaymentModel. Attributes the product does not use
// answer with the neutral values a meter without those features would.
#include "protocol/sim/meter/sim_meter.h"
#include "protocol/sim/server/cosem_object.h"

namespace ims::sim {

class AccountObject : public CosemObject
{
public:
    AccountObject(SimMeter &meter, AccessPolicy access);
    int attributeCount() const override { return 19; }
    int methodCount() const override { return 3; }

    // Who may do what: everybody sees the balance (as on the meter's
    // display), the reader reads it all, the configurator also sets the
    // mode and the low-credit threshold and activates the account.
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
    SimMeter &m_meter;
};

class CreditObject : public CosemObject
{
public:
    CreditObject(SimMeter &meter, AccessPolicy access);
    int attributeCount() const override { return 11; }
    int methodCount() const override { return 3; }

    // The reader reads; the configurator also sets the limit and credits
    // the account (update_amount).
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
    SimMeter &m_meter;
};

class ChargeObject : public CosemObject
{
public:
    ChargeObject(SimMeter &meter, AccessPolicy access);
    int attributeCount() const override { return 13; }
    int methodCount() const override { return 5; }

    // Read-only: the prices are the utility's, set at the factory here.
    static AccessPolicy defaultAccess();

protected:
    dlms::GetDataResult readAttribute(qint8 attribute,
                                      const std::optional<dlms::SelectiveAccess> &access,
                                      ServiceContext &context) override;

private:
    SimMeter &m_meter;
};

} // namespace ims::sim
