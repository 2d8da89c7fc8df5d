#include "protocol/sim/meter/payment_objects.h"

#include "protocol/cosem/class_id.h"
#include "protocol/cosem/field_reader.h"
#include "protocol/cosem/payment.h"
#include "protocol/sim/meter/meter_objects.h"
#include "protocol/sim/meter/payment_model.h"

#include <algorithm>
#include <limits>

namespace ims::sim {

namespace {

using R = dlms::DataAccessResult;
using A = dlms::ActionResult;
using axdr::Value;
using Account = cosem::ic::Account;
using Credit = cosem::ic::Credit;
using Charge = cosem::ic::Charge;

// Amounts are double-long on the wire; a debt beyond it is shown at the bound.
Value money(qint64 kopecks)
{
    return Value::doubleLong(qint32(std::clamp<qint64>(kopecks, std::numeric_limits<qint32>::min(),
                                                       std::numeric_limits<qint32>::max())));
}

Value unspecifiedDateTime()
{
    return cosem::dateTimeValue(axdr::CosemDateTime{});
}

std::optional<qint32> doubleLongOf(const Value &v)
{
    if (v.type() != axdr::DataType::DoubleLong)
        return std::nullopt;
    return qint32(*v.toInt64());
}

PaymentState &paymentOf(SimMeter &m)
{
    return m.state().payment;
}

} // namespace

// ---- account -----------------------------------------------------------------

AccountObject::AccountObject(SimMeter &meter, AccessPolicy access)
    : CosemObject(111, 0, cosem::payment::Account, access)
    , m_meter(meter)
{}

AccessPolicy AccountObject::defaultAccess()
{
    AccessPolicy p = AccessPolicy::readable(roles::Reader, 19, bits({2, 16}), bits({1}));
    p.read(roles::Public, bits({1, 2, 4, 5, 15}));
    return p;
}

dlms::GetDataResult AccountObject::readAttribute(qint8 attribute,
                                                 const std::optional<dlms::SelectiveAccess> &access,
                                                 ServiceContext &)
{
    if (access)
        return R::ScopeOfAccessViolated;
    m_meter.evaluatePayment();
    PaymentState &p = paymentOf(m_meter);
    const qint64 now = m_meter.nowMs();
    switch (attribute) {
    case Account::Attr::AccountModeAndStatus:
        return cosem::AccountModeAndStatus{p.mode, p.accountStatus}.toValue();
    case Account::Attr::CurrentCreditInUse:
        return Value::unsigned8(1); // the token credit, the only one
    case Account::Attr::CurrentCreditStatus:
        return PaymentModel::creditStatus(m_meter).toValue();
    case Account::Attr::AvailableCredit:
        return money(PaymentModel::available(m_meter, now));
    case Account::Attr::AmountToClear:
    case Account::Attr::ClearanceThreshold:
    case Account::Attr::MaxProvisionPeriod:
    case Account::Attr::NextCreditAvailableThreshold:
        return Value::doubleLong(0);
    case Account::Attr::AggregatedDebt:
        return money(std::max<qint64>(0, -PaymentModel::available(m_meter, now)));
    case Account::Attr::CreditReferenceList:
        return Value::array({cosem::logicalNameValue(cosem::payment::credit(0))});
    case Account::Attr::ChargeReferenceList:
        return Value::array({cosem::logicalNameValue(cosem::payment::charge(0))});
    case Account::Attr::CreditChargeConfiguration:
        // collection_configuration bit-string(3): collect in none of the
        // special periods (supply disconnected, load limiting, friendly credit).
        return Value::array({Value::structure({cosem::logicalNameValue(cosem::payment::credit(0)),
                                               cosem::logicalNameValue(cosem::payment::charge(0)),
                                               Value::bitString({QByteArray(1, '\0'), 3})})});
    case Account::Attr::TokenGatewayConfiguration:
        return Value::array({});
    case Account::Attr::AccountActivationTime:
        return meterDateTime(m_meter.originMs());
    case Account::Attr::AccountClosureTime:
        return unspecifiedDateTime();
    case Account::Attr::Currency:
        return PaymentModel::currency().toValue();
    case Account::Attr::LowCreditThreshold:
        return Value::doubleLong(p.lowCreditThreshold);
    case Account::Attr::MaxProvision:
        return Value::longUnsigned(0);
    default:
        return R::ObjectUndefined;
    }
}

dlms::DataAccessResult AccountObject::writeAttribute(qint8 attribute, const Value &value,
                                                     ServiceContext &)
{
    PaymentState &p = paymentOf(m_meter);
    if (attribute == Account::Attr::AccountModeAndStatus) {
        Result<cosem::AccountModeAndStatus> v = cosem::readWhole<cosem::AccountModeAndStatus>(
            value, QStringLiteral("account_mode_and_status"));
        if (!v)
            return R::TypeUnmatched;
        // The status changes through the methods, not by writing it.
        if (v->accountStatus != p.accountStatus)
            return R::OtherReason;
        PaymentModel::setMode(m_meter, v->paymentMode);
        return R::Success;
    }
    if (attribute == Account::Attr::LowCreditThreshold) {
        const std::optional<qint32> v = doubleLongOf(value);
        if (!v)
            return R::TypeUnmatched;
        PaymentModel::setLowCreditThreshold(m_meter, *v);
        return R::Success;
    }
    return R::ReadWriteDenied;
}

ActionReply AccountObject::invoke(qint8 method, const std::optional<Value> &parameters,
                                  ServiceContext &)
{
    if (method != Account::Method::ActivateAccount)
        return ActionReply::fail(A::ReadWriteDenied);
    if (parameters && parameters->type() != axdr::DataType::Integer)
        return ActionReply::fail(A::TypeUnmatched);
    paymentOf(m_meter).accountStatus = quint8(cosem::AccountStatus::Active);
    return ActionReply::ok();
}

// ---- credit ------------------------------------------------------------------

CreditObject::CreditObject(SimMeter &meter, AccessPolicy access)
    : CosemObject(112, 0, cosem::payment::credit(0), access)
    , m_meter(meter)
{}

AccessPolicy CreditObject::defaultAccess()
{
    return AccessPolicy::readable(roles::Reader, 11, bits({6}), bits({1}));
}

dlms::GetDataResult CreditObject::readAttribute(qint8 attribute,
                                                const std::optional<dlms::SelectiveAccess> &access,
                                                ServiceContext &)
{
    if (access)
        return R::ScopeOfAccessViolated;
    m_meter.evaluatePayment();
    PaymentState &p = paymentOf(m_meter);
    switch (attribute) {
    case Credit::Attr::CurrentCreditAmount:
        return money(PaymentModel::available(m_meter, m_meter.nowMs()));
    case Credit::Attr::Type:
        return Value::enumValue(quint8(cosem::CreditType::Token));
    case Credit::Attr::Priority:
        return Value::unsigned8(1);
    case Credit::Attr::WarningThreshold:
        return Value::doubleLong(p.lowCreditThreshold);
    case Credit::Attr::Limit:
        return Value::doubleLong(p.limit);
    case Credit::Attr::CreditConfiguration:
        // bit-string(5), bit 4: receives credit amounts from payments.
        return Value::bitString({QByteArray(1, char(0x08)), 5});
    case Credit::Attr::Status:
        return Value::enumValue(PaymentModel::creditObjectStatus(m_meter));
    case Credit::Attr::PresetCreditAmount:
    case Credit::Attr::CreditAvailableThreshold:
        return Value::doubleLong(0);
    case Credit::Attr::Period:
        return unspecifiedDateTime();
    default:
        return R::ObjectUndefined;
    }
}

dlms::DataAccessResult CreditObject::writeAttribute(qint8 attribute, const Value &value,
                                                    ServiceContext &)
{
    if (attribute != Credit::Attr::Limit)
        return R::ReadWriteDenied;
    const std::optional<qint32> v = doubleLongOf(value);
    if (!v)
        return R::TypeUnmatched;
    PaymentModel::setLimit(m_meter, *v);
    return R::Success;
}

ActionReply CreditObject::invoke(qint8 method, const std::optional<Value> &parameters,
                                 ServiceContext &)
{
    if (method != Credit::Method::UpdateAmount)
        return ActionReply::fail(A::ReadWriteDenied);
    const std::optional<qint32> amount = parameters ? doubleLongOf(*parameters) : std::nullopt;
    if (!amount)
        return ActionReply::fail(A::TypeUnmatched);
    const qint64 after = PaymentModel::available(m_meter, m_meter.nowMs()) + *amount;
    if (after > std::numeric_limits<qint32>::max() || after < std::numeric_limits<qint32>::min())
        return ActionReply::fail(A::OtherReason); // the credit would not fit double-long
    PaymentModel::updateAmount(m_meter, *amount);
    return ActionReply::ok();
}

// ---- charge ------------------------------------------------------------------

ChargeObject::ChargeObject(SimMeter &meter, AccessPolicy access)
    : CosemObject(113, 0, cosem::payment::charge(0), access)
    , m_meter(meter)
{}

AccessPolicy ChargeObject::defaultAccess()
{
    return AccessPolicy::readable(roles::Reader, 13);
}

dlms::GetDataResult ChargeObject::readAttribute(qint8 attribute,
                                                const std::optional<dlms::SelectiveAccess> &access,
                                                ServiceContext &)
{
    if (access)
        return R::ScopeOfAccessViolated;
    m_meter.evaluatePayment();
    const qint64 now = m_meter.nowMs();
    switch (attribute) {
    case Charge::Attr::TotalAmountPaid:
        return money(PaymentModel::totalPaid(m_meter, now));
    case Charge::Attr::ChargeType:
        return Value::enumValue(0); // consumption-based collection
    case Charge::Attr::Priority:
        return Value::unsigned8(1);
    case Charge::Attr::UnitChargeActive:
    case Charge::Attr::UnitChargePassive:
        return PaymentModel::unitCharge(m_meter).toValue();
    case Charge::Attr::UnitChargeActivationTime:
        return unspecifiedDateTime();
    case Charge::Attr::Period:
        return Value::doubleLongUnsigned(0);
    case Charge::Attr::ChargeConfiguration:
        return Value::bitString({QByteArray(1, '\0'), 2});
    case Charge::Attr::LastCollectionTime:
        return meterDateTime(m_meter.meterTimeMs());
    case Charge::Attr::LastCollectionAmount:
    case Charge::Attr::TotalAmountRemaining:
        return Value::doubleLong(0);
    case Charge::Attr::Proportion:
        return Value::longUnsigned(0);
    default:
        return R::ObjectUndefined;
    }
}

} // namespace ims::sim
