#include "models/control/payment_store.h"

#include "models/storage/sql_util.h"

#include <QSqlQuery>
#include <QVariant>

namespace ims::control {

using storage::Sql;

namespace {

QVariant optional(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

QString MeterPaymentStatus::warningText() const
{
    if (warning == QLatin1String("out-of-credit"))
        return paymentMode == quint8(cosem::PaymentMode::Prepayment)
                   ? tr("out of credit: the meter disconnects the subscriber")
                   : tr("out of credit: the subscriber is in debt");
    if (warning == QLatin1String("low-credit"))
        return tr("low credit: the subscriber is being warned to pay");
    return {};
}

Status PaymentStore::ensureRow(qint64 meterId)
{
    QSqlQuery q(m_db);
    if (const Status s = Sql::prepare(q, QStringLiteral("INSERT INTO meter_payment_state(meter_id)"
                                                        " VALUES (?) ON CONFLICT(meter_id) DO"
                                                        " NOTHING"));
        !s)
        return s;
    Sql::bindAll(q, {meterId});
    return Sql::exec(q);
}

Status PaymentStore::recordState(qint64 meterId, const AccountState &state, qint64 readMs)
{
    if (const Status s = ensureRow(meterId); !s)
        return s;
    QSqlQuery q(m_db);
    if (const Status s = Sql::prepare(
            q, QStringLiteral("UPDATE meter_payment_state SET supported = 1, payment_mode = ?,"
                              " available_credit = ?, low_threshold = ?, disconnect_threshold = ?,"
                              " total_paid = ?, currency = ?, currency_scale = ?,"
                              " credit_status = ?, warning = ?, read_ms = ? WHERE meter_id = ?"));
        !s)
        return s;
    Sql::bindAll(q, {int(state.modeAndStatus.paymentMode), state.availableCredit,
                     state.lowCreditThreshold, state.disconnectThreshold, optional(state.totalPaid),
                     QString::fromUtf8(state.currency.name), int(state.currency.scale),
                     int(state.creditStatus.octet), state.warningToken(), readMs, meterId});
    return Sql::exec(q);
}

Status PaymentStore::recordUnsupported(qint64 meterId, qint64 nowMs)
{
    if (const Status s = ensureRow(meterId); !s)
        return s;
    QSqlQuery q(m_db);
    if (const Status s = Sql::prepare(q, QStringLiteral("UPDATE meter_payment_state SET"
                                                        " supported = 0, warning = '', read_ms = ?"
                                                        " WHERE meter_id = ?"));
        !s)
        return s;
    Sql::bindAll(q, {nowMs, meterId});
    return Sql::exec(q);
}

Status PaymentStore::recordCommand(qint64 meterId, const PaymentReport &report, qint64 nowMs)
{
    if (report.report.refused && report.report.error.kind == ErrorKind::Unsupported)
        return recordUnsupported(meterId, nowMs);
    if (report.after) {
        if (const Status s = recordState(meterId, *report.after, nowMs); !s)
            return s;
    } else if (report.before) {
        if (const Status s = recordState(meterId, *report.before, nowMs); !s)
            return s;
    } else if (const Status s = ensureRow(meterId); !s) {
        return s;
    }
    QSqlQuery q(m_db);
    if (const Status s = Sql::prepare(
            q, QStringLiteral("UPDATE meter_payment_state SET last_command = ?, last_outcome = ?,"
                              " last_message = ?, command_ms = ?, retry = ? WHERE meter_id = ?"));
        !s)
        return s;
    Sql::bindAll(q, {report.report.command, outcomeToken(report.report.outcome),
                     report.report.message, nowMs, report.report.needsRetry() ? 1 : 0, meterId});
    return Sql::exec(q);
}

Result<QList<MeterPaymentStatus>>
PaymentStore::query(const QString &where, const QVariantList &binds, const QString &order)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (const Status s = Sql::prepare(
            q, QStringLiteral("SELECT p.meter_id, m.serial, p.supported, p.payment_mode,"
                              " p.available_credit, p.low_threshold, p.disconnect_threshold,"
                              " p.total_paid, p.currency, p.currency_scale, p.credit_status,"
                              " p.warning, p.read_ms, p.last_command, p.last_outcome,"
                              " p.last_message, p.command_ms, p.retry"
                              " FROM meter_payment_state p JOIN meters m ON m.id = p.meter_id"
                              " WHERE %1 ORDER BY %2")
                   .arg(where, order));
        !s)
        return s.error();
    Sql::bindAll(q, binds);
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    QList<MeterPaymentStatus> out;
    while (q.next()) {
        MeterPaymentStatus p;
        p.meterId = q.value(0).toLongLong();
        p.serial = q.value(1).toString();
        p.supported = q.value(2).toInt() != 0;
        p.paymentMode = quint8(q.value(3).toInt());
        p.availableCredit = q.value(4).toLongLong();
        p.lowThreshold = q.value(5).toLongLong();
        p.disconnectThreshold = q.value(6).toLongLong();
        if (!q.value(7).isNull())
            p.totalPaid = q.value(7).toLongLong();
        p.currency.name = q.value(8).toString().toUtf8();
        p.currency.scale = qint8(q.value(9).toInt());
        p.creditStatus = quint8(q.value(10).toInt());
        p.warning = q.value(11).toString();
        p.readMs = q.value(12).toLongLong();
        p.lastCommand = q.value(13).toString();
        p.lastOutcome = parseOutcome(q.value(14).toString());
        p.lastMessage = q.value(15).toString();
        p.commandMs = q.value(16).toLongLong();
        p.retry = q.value(17).toInt() != 0;
        out.append(p);
    }
    return out;
}

Result<std::optional<MeterPaymentStatus>> PaymentStore::status(qint64 meterId)
{
    Result<QList<MeterPaymentStatus>> rows
        = query(QStringLiteral("p.meter_id = ?"), {meterId}, QStringLiteral("p.meter_id"));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<MeterPaymentStatus>();
    return std::optional<MeterPaymentStatus>(rows->first());
}

Result<QList<MeterPaymentStatus>> PaymentStore::warnings()
{
    return query(QStringLiteral("p.supported = 1 AND p.warning IN ('low-credit', 'out-of-credit')"),
                 {}, QStringLiteral("p.available_credit, m.serial"));
}

Result<QList<MeterPaymentStatus>> PaymentStore::toSettle()
{
    return query(QStringLiteral("p.retry = 1"), {}, QStringLiteral("m.serial"));
}

} // namespace ims::control
