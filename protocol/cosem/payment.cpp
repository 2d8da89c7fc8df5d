#include "protocol/cosem/payment.h"

namespace ims::cosem {

using axdr::DataType;
using axdr::Value;

AccountModeAndStatus AccountModeAndStatus::read(FieldReader &r, const Value &v,
                                                const QString &field)
{
    const QList<Value> m = r.structure(v, 2, field);
    AccountModeAndStatus out;
    out.paymentMode = r.enumeration(m[0], FieldReader::member(field, "payment_mode"));
    out.accountStatus = r.enumeration(m[1], FieldReader::member(field, "account_status"));
    if (r.ok() && out.paymentMode != quint8(PaymentMode::Credit)
        && out.paymentMode != quint8(PaymentMode::Prepayment))
        r.fail(
            FieldReader::member(field, "payment_mode"),
            PaymentNames::tr("%1 is neither credit (1) nor prepayment (2)").arg(out.paymentMode));
    if (r.ok() && (out.accountStatus < 1 || out.accountStatus > 3))
        r.fail(FieldReader::member(field, "account_status"),
               PaymentNames::tr("%1 is not an account status (1..3)").arg(out.accountStatus));
    return out;
}

Value AccountModeAndStatus::toValue() const
{
    return Value::structure({Value::enumValue(paymentMode), Value::enumValue(accountStatus)});
}

AccountCreditStatus AccountCreditStatus::read(FieldReader &r, const Value &v, const QString &field)
{
    AccountCreditStatus out;
    if (!r.ok())
        return out;
    const auto *bits = std::get_if<axdr::BitString>(&v.storage());
    if (v.type() != DataType::BitString || !bits) {
        r.fail(field,
               PaymentNames::tr("expected %1, got %2")
                   .arg(axdr::dataTypeName(DataType::BitString), axdr::dataTypeName(v.type())));
        return out;
    }
    if (bits->bitCount != 8 || bits->bytes.size() != 1) {
        r.fail(field, PaymentNames::tr("expected 8 bits, got %1").arg(bits->bitCount));
        return out;
    }
    out.octet = quint8(bits->bytes[0]);
    return out;
}

Value AccountCreditStatus::toValue() const
{
    return Value::bitString({QByteArray(1, char(octet)), 8});
}

Currency Currency::read(FieldReader &r, const Value &v, const QString &field)
{
    const QList<Value> m = r.structure(v, 3, field);
    Currency out;
    const QString nameField = FieldReader::member(field, "name");
    if (r.ok() && m[0].type() != DataType::Utf8String && m[0].type() != DataType::VisibleString)
        r.fail(nameField,
               PaymentNames::tr("expected %1, got %2")
                   .arg(axdr::dataTypeName(DataType::Utf8String), axdr::dataTypeName(m[0].type())));
    out.name = m[0].bytes();
    out.scale = r.integer(m[1], FieldReader::member(field, "scale"));
    out.unit = r.enumeration(m[2], FieldReader::member(field, "unit"));
    return out;
}

Value Currency::toValue() const
{
    return Value::structure(
        {Value::utf8String(name), Value::integer(scale), Value::enumValue(unit)});
}

UnitCharge UnitCharge::read(FieldReader &r, const Value &v, const QString &field)
{
    UnitCharge out;
    const QList<Value> m = r.structure(v, 3, field);
    const QString scalingField = FieldReader::member(field, "charge_per_unit_scaling");
    const QList<Value> scaling = r.structure(m[0], 2, scalingField);
    out.commodityScale
        = r.integer(scaling[0], FieldReader::member(scalingField, "commodity_scale"));
    out.priceScale = r.integer(scaling[1], FieldReader::member(scalingField, "price_scale"));
    const QString commodityField = FieldReader::member(field, "commodity");
    const QList<Value> commodity = r.structure(m[1], 3, commodityField);
    out.commodityClassId
        = r.longUnsigned(commodity[0], FieldReader::member(commodityField, "class_id"));
    out.commodityLogicalName
        = r.logicalName(commodity[1], FieldReader::member(commodityField, "logical_name"));
    out.commodityIndex = r.integer(commodity[2], FieldReader::member(commodityField, "index"));
    const QString tableField = FieldReader::member(field, "charge_table");
    const QList<Value> table = r.array(m[2], tableField, 256);
    for (qsizetype i = 0; i < table.size() && r.ok(); ++i) {
        const QString entryField = FieldReader::element(tableField, i);
        const QList<Value> e = r.structure(table[i], 2, entryField);
        ChargeTableEntry entry;
        entry.index = r.octetString(e[0], FieldReader::member(entryField, "index"));
        entry.chargePerUnit = r.long16(e[1], FieldReader::member(entryField, "charge_per_unit"));
        out.chargeTable.append(entry);
    }
    return out;
}

Value UnitCharge::toValue() const
{
    QList<Value> table;
    for (const ChargeTableEntry &e : chargeTable)
        table.append(
            Value::structure({Value::octetString(e.index), Value::long16(e.chargePerUnit)}));
    return Value::structure(
        {Value::structure({Value::integer(commodityScale), Value::integer(priceScale)}),
         Value::structure({Value::longUnsigned(commodityClassId),
                           logicalNameValue(commodityLogicalName), Value::integer(commodityIndex)}),
         Value::array(std::move(table))});
}

QString PaymentNames::paymentModeToken(quint8 mode)
{
    switch (PaymentMode(mode)) {
    case PaymentMode::Credit:
        return QStringLiteral("credit");
    case PaymentMode::Prepayment:
        return QStringLiteral("prepayment");
    }
    return QStringLiteral("mode-%1").arg(mode);
}

QString PaymentNames::paymentModeName(quint8 mode)
{
    switch (PaymentMode(mode)) {
    case PaymentMode::Credit:
        return tr("credit (pay after use)");
    case PaymentMode::Prepayment:
        return tr("prepayment");
    }
    return tr("payment mode %1").arg(mode);
}

QString PaymentNames::accountStatusName(quint8 status)
{
    switch (AccountStatus(status)) {
    case AccountStatus::NewInactive:
        return tr("new, not active");
    case AccountStatus::Active:
        return tr("active");
    case AccountStatus::Closed:
        return tr("closed");
    }
    return tr("account status %1").arg(status);
}

QString PaymentNames::creditStatusName(quint8 status)
{
    switch (CreditStatus(status)) {
    case CreditStatus::Enabled:
        return tr("enabled");
    case CreditStatus::Selectable:
        return tr("selectable");
    case CreditStatus::Invoked:
        return tr("invoked");
    case CreditStatus::InUse:
        return tr("in use");
    case CreditStatus::Exhausted:
        return tr("exhausted");
    }
    return tr("credit status %1").arg(status);
}

} // namespace ims::cosem
