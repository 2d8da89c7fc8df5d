#include "models/storage/alarm_store.h"

#include "models/storage/domain_store.h"
#include "models/storage/sql_util.h"
#include "protocol/cosem/spodes_events.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace ims::storage {

QString AlarmNames::kindName(const QString &kind)
{
    if (kind == AlarmKind::ReadingConflict)
        return tr("Conflicting reading");
    if (kind == AlarmKind::UnknownMeter)
        return tr("Reading for an unknown meter");
    if (kind == AlarmKind::InvalidReading)
        return tr("Invalid reading rejected");
    if (kind == AlarmKind::Tamper)
        return tr("Tampering: magnetic field or open cover");
    if (kind == AlarmKind::UnauthorizedAccess)
        return tr("Unauthorised access attempt");
    if (kind == AlarmKind::ClockDrift)
        return tr("Clock deviation above the limit");
    return kind;
}

QString AlarmNames::severityName(AlarmSeverity severity)
{
    switch (severity) {
    case AlarmSeverity::Info:
        return tr("Information");
    case AlarmSeverity::Warning:
        return tr("Warning");
    case AlarmSeverity::Critical:
        return tr("Critical");
    }
    return QString();
}

Result<qint64> AlarmStore::raise(const QString &kind, AlarmSeverity severity, qint64 meterId,
                                 const QString &details, qint64 nowMs)
{
    QSqlQuery q(m_db);
    if (const Status s = Sql::prepare(q, QStringLiteral("INSERT INTO alarms(raised_at_ms, severity,"
                                                        " kind, meter_id, details)"
                                                        " VALUES (?, ?, ?, ?, ?)"));
        !s)
        return s.error();
    q.addBindValue(nowMs);
    q.addBindValue(int(severity));
    q.addBindValue(kind);
    q.addBindValue(sqlReference(meterId));
    q.addBindValue(details.isNull() ? QStringLiteral("") : details);
    if (const Status s = Sql::exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status AlarmStore::acknowledge(qint64 alarmId, const QString &operatorName, qint64 nowMs)
{
    QSqlQuery q(m_db);
    if (const Status s = Sql::prepare(q, QStringLiteral("UPDATE alarms SET acknowledged_by = ?,"
                                                        " acknowledged_at_ms = ? WHERE id = ? AND"
                                                        " acknowledged_at_ms IS NULL"));
        !s)
        return s;
    q.addBindValue(operatorName);
    q.addBindValue(nowMs);
    q.addBindValue(alarmId);
    if (const Status s = Sql::exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error(ErrorKind::NotFound, tr("no open alarm %1").arg(alarmId));
    return {};
}

QString AlarmNames::detailsText(const QString &details)
{
    QHash<QString, qint64> field;
    for (const QString &pair : details.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        bool ok = false;
        const qint64 value = pair.mid(eq + 1).toLongLong(&ok);
        if (eq <= 0 || !ok)
            return details;
        field.insert(pair.left(eq), value);
    }
    const QLocale locale;
    if (field.contains(QStringLiteral("journal")) && field.contains(QStringLiteral("code"))) {
        const auto journal = field.value(QStringLiteral("journal"));
        const auto code = quint16(field.value(QStringLiteral("code")));
        const auto category = cosem::EventCategory(journal);
        const QString what = journal >= 0 && journal <= 8
                                 ? cosem::SpodesEvents::description(category, code)
                                 : tr("journal %1, event %2").arg(journal).arg(code);
        if (!field.contains(QStringLiteral("time")))
            return what;
        const QDateTime at
            = QDateTime::fromSecsSinceEpoch(field.value(QStringLiteral("time"))).toLocalTime();
        return tr("%1 at %2").arg(what, locale.toString(at, QLocale::ShortFormat));
    }
    if (field.contains(QStringLiteral("delta_ms"))) {
        const qint64 delta = field.value(QStringLiteral("delta_ms"));
        const QString seconds = locale.toString(double(delta) / 1000.0, 'f', 1);
        return field.value(QStringLiteral("corrected")) != 0
                   ? tr("clock was %1 s off, corrected").arg(seconds)
                   : tr("clock is %1 s off, not corrected").arg(seconds);
    }
    return details;
}

} // namespace ims::storage
