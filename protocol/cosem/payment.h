#pragma once
// Payment metering (IEC 62056-6-2, Blue Book 4.6): Account (class 111),
// Credit (class 112) and Charge (class 113), the attributes the product
// uses, typed as the Blue Book gives them:
//
//   Account 0.0.19.0.0.255
//     2  account_mode_and_status  structure { payment_mode enum (1 credit, 2 prepayment),
//                                             account_status enum (1 new/inactive,
//                                             2 active, 3 closed) }
//     4  current_credit_status    bit-string(8): bit 0 in_credit, 1 low_credit,
//                                 2 next_credit_enabled, 3 next_credit_selectable,
//                                 4 credit_reference_list, 5 selectable_credit_in_use,
//                                 6 out_of_credit, 7 reserved (bit 0 = most significant
//                                 bit of the octet, as every COSEM bit-string)
//     5  available_credit         double-long, in currency units
//     15 currency                 structure { name utf8-string, scale integer,
//                                             unit enum (0 time, 1 consumption, 2 monetary) }
//     16 low_credit_threshold     double-long
//   Credit 0.0.19.10.e.255
//     2  current_credit_amount    double-long
//     3  type                     enum (0 token, 1 reserved, 2 emergency, 3 time-based,
//                                 4 consumption-based)
//     6  limit                    double-long: below it the credit is exhausted
//     8  status                   enum (0 enabled, 1 selectable, 2 invoked, 3 in use,
//                                 4 exhausted)
//     method 1 update_amount (double-long): adds the amount to current_credit_amount
//   Charge 0.0.19.20.e.255
//     2  total_amount_paid        double-long: what the charge has collected
//     5  unit_charge_active       structure { charge_per_unit_scaling structure {
//                                 commodity_scale integer, price_scale integer },
//                                 commodity structure { class_id long-unsigned,
//                                 logical_name octet-string, index integer },
//                                 charge_table array of structure { index octet-string,
//                                 charge_per_unit long } }
//
// Sources: the Blue Book's class descriptions as implemented in Gurux
// (GXDLMSAccount, GXDLMSCredit, GXDLMSCharge and their enums); the logical
// names are the Blue Book defaults Gurux also uses.
#include "protocol/axdr/value.h"
#include "protocol/core/result.h"
#include "protocol/cosem/field_reader.h"
#include "protocol/cosem/obis.h"

#include <QCoreApplication>
#include <QList>

namespace ims::cosem {

namespace payment {
inline constexpr Obis Account{0, 0, 19, 0, 0, 255};
constexpr Obis credit(quint8 instance)
{
    return Obis(0, 0, 19, 10, instance, 255);
}
constexpr Obis charge(quint8 instance)
{
    return Obis(0, 0, 19, 20, instance, 255);
}
} // namespace payment

enum class PaymentMode : quint8 { Credit = 1, Prepayment = 2 };
enum class AccountStatus : quint8 { NewInactive = 1, Active = 2, Closed = 3 };
enum class CreditType : quint8 {
    Token = 0,
    Reserved = 1,
    Emergency = 2,
    TimeBased = 3,
    ConsumptionBased = 4
};
enum class CreditStatus : quint8 {
    Enabled = 0,
    Selectable = 1,
    Invoked = 2,
    InUse = 3,
    Exhausted = 4
};
enum class CurrencyUnit : quint8 { Time = 0, Consumption = 1, Monetary = 2 };

// Bit numbers of Account.current_credit_status.
enum class CreditStatusBit : quint8 {
    InCredit = 0,
    LowCredit = 1,
    NextCreditEnabled = 2,
    NextCreditSelectable = 3,
    CreditReferenceList = 4,
    SelectableCreditInUse = 5,
    OutOfCredit = 6,
};

struct AccountModeAndStatus
{
    quint8 paymentMode = quint8(PaymentMode::Credit);
    quint8 accountStatus = quint8(AccountStatus::Active);

    static AccountModeAndStatus read(FieldReader &r, const axdr::Value &v, const QString &field);
    axdr::Value toValue() const;
    bool operator==(const AccountModeAndStatus &) const = default;
};

// current_credit_status as the 8 bits of its one octet (bit 0 = 0x80).
struct AccountCreditStatus
{
    quint8 octet = 0;

    bool has(CreditStatusBit bit) const { return octet & (0x80u >> quint8(bit)); }
    void set(CreditStatusBit bit, bool on)
    {
        const quint8 mask = quint8(0x80u >> quint8(bit));
        octet = on ? quint8(octet | mask) : quint8(octet & ~mask);
    }

    static AccountCreditStatus read(FieldReader &r, const axdr::Value &v, const QString &field);
    axdr::Value toValue() const;
    bool operator==(const AccountCreditStatus &) const = default;
};

struct Currency
{
    QByteArray name = QByteArrayLiteral("RUB");
    qint8 scale = -2; // amounts are in 10^scale of the currency: kopecks
    quint8 unit = quint8(CurrencyUnit::Monetary);

    static Currency read(FieldReader &r, const axdr::Value &v, const QString &field);
    axdr::Value toValue() const;
    bool operator==(const Currency &) const = default;
};

struct ChargeTableEntry
{
    QByteArray index; // which commodity value the price applies to (here: the tariff)
    qint16 chargePerUnit = 0;
    bool operator==(const ChargeTableEntry &) const = default;
};

struct UnitCharge
{
    qint8 commodityScale = 0;
    qint8 priceScale = 0;
    quint16 commodityClassId = 0;
    Obis commodityLogicalName;
    qint8 commodityIndex = 0; // attribute index
    QList<ChargeTableEntry> chargeTable;

    static UnitCharge read(FieldReader &r, const axdr::Value &v, const QString &field);
    axdr::Value toValue() const;
    bool operator==(const UnitCharge &) const = default;
};

class PaymentNames
{
    Q_DECLARE_TR_FUNCTIONS(PaymentNames)

public:
    static QString paymentModeToken(quint8 mode); // "credit", "prepayment", "mode-N"
    static QString paymentModeName(quint8 mode);  // translated
    static QString accountStatusName(quint8 status);
    static QString creditStatusName(quint8 status);
};

} // namespace ims::cosem
