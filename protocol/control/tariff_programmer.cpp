#include "protocol/control/tariff_programmer.h"

#include "protocol/control/attribute_io.h"
#include "protocol/control/tariff_zone_io.h"
#include "protocol/cosem/class_id.h"
#include "protocol/cosem/field_reader.h"
#include "protocol/cosem/script_table.h"
#include "protocol/cosem/spodes_objects.h"

#include <memory>

namespace ims::control {

namespace {

namespace spodes = cosem::spodes;
constexpr quint16 kCalendarClass = 20;
constexpr quint16 kSpecialDaysClass = 11;
constexpr quint16 kScriptTableClass = 9;

Attribute calendarAttribute(qint8 index)
{
    return {kCalendarClass, spodes::ActivityCalendar, index};
}

Attribute specialDaysAttribute()
{
    return {kSpecialDaysClass, spodes::SpecialDaysTable, 2};
}

QList<Attribute> calendarAttributes(qint8 first, qint8 last)
{
    QList<Attribute> list;
    for (qint8 a = first; a <= last; ++a)
        list.append(calendarAttribute(a));
    return list;
}

// Reads the special days table; nullopt when the meter has none.
void readSpecialDays(client::DlmsClient &client,
                     std::function<void(Result<std::optional<QList<cosem::SpecialDay>>>)> done)
{
    client.get(specialDaysAttribute(), [done](Result<axdr::Value> v) {
        if (!v) {
            if (isObjectMissing(v.error()))
                done(std::optional<QList<cosem::SpecialDay>>());
            else
                done(v.error());
            return;
        }
        Result<QList<cosem::SpecialDay>> entries = cosem::SpecialDaysTable::entriesFromValue(*v);
        if (!entries) {
            done(entries.error());
            return;
        }
        done(std::optional<QList<cosem::SpecialDay>>(*entries));
    });
}

// The number of tariffs a meter has: scripts in its tariff script table; 0
// when it has no such table (nothing is assumed then).
void readTariffCount(client::DlmsClient &client, std::function<void(Result<int>)> done)
{
    client.get({kScriptTableClass, spodes::TariffScriptTable, 2}, [done](Result<axdr::Value> v) {
        if (!v) {
            if (isObjectMissing(v.error()))
                done(0);
            else
                done(v.error());
            return;
        }
        Result<QList<cosem::Script>> scripts = cosem::ScriptTable::scriptsFromValue(*v);
        if (!scripts) {
            done(scripts.error());
            return;
        }
        done(int(scripts->size()));
    });
}

Error missingCalendar()
{
    return Error(ErrorKind::Unsupported,
                 TariffProgrammer::tr("the meter has no activity calendar (%1): it cannot be"
                                      " given a tariff plan")
                     .arg(spodes::ActivityCalendar.toString()));
}

axdr::Value unspecifiedDateTime()
{
    return axdr::Value::octetString(axdr::CosemDateTime{}.toOctets());
}

// One write of a plan, from probe to read-back.
class WriteRun : public std::enable_shared_from_this<WriteRun>
{
    Q_DECLARE_TR_FUNCTIONS(TariffProgrammer)

public:
    WriteRun(client::DlmsClient &client, TariffPlan plan, TariffWriteOptions options,
             TariffProgrammer::WriteDone done)
        : m_client(client)
        , m_plan(std::move(plan))
        , m_options(std::move(options))
        , m_done(std::move(done))
    {
        m_report.report.command = QStringLiteral("tariff-write");
        m_report.report.startedAtMs = QDateTime::currentMSecsSinceEpoch();
        m_report.planDigest = m_plan.digest();
        m_report.activation = m_options.activateAt;
        m_report.report.parameters
            = QStringLiteral("%1 (%2) %3")
                  .arg(m_plan.name, m_report.planDigest.left(12),
                       m_options.activateAt ? m_options.activateAt->toString(Qt::ISODate)
                                            : QStringLiteral("now"));
    }

    void start()
    {
        // Nothing the meter could refuse is sent before the plan is known to be sound.
        if (const Status s = TariffPlanValidator::check(m_plan, m_options.rules); !s) {
            refuse(s.error());
            return;
        }
        auto self = shared_from_this();
        m_client.get(calendarAttribute(10), [self](Result<axdr::Value> v) {
            if (!v) {
                if (isObjectMissing(v.error()))
                    self->refuse(missingCalendar());
                else
                    self->notApplied(
                        v.error(),
                        tr("could not read the activity calendar: %1").arg(v.error().message));
                return;
            }
            self->probeTariffs();
        });
    }

private:
    void probeTariffs()
    {
        auto self = shared_from_this();
        readTariffCount(m_client, [self](Result<int> count) {
            if (!count) {
                self->notApplied(
                    count.error(),
                    tr("could not read the tariff script table: %1").arg(count.error().message));
                return;
            }
            self->m_options.rules.meterTariffs = *count;
            self->probeSpecialDays();
        });
    }

    void probeSpecialDays()
    {
        auto self = shared_from_this();
        readSpecialDays(m_client, [self](Result<std::optional<QList<cosem::SpecialDay>>> days) {
            if (!days) {
                self->notApplied(
                    days.error(),
                    tr("could not read the special days table: %1").arg(days.error().message));
                return;
            }
            self->m_hasSpecialDays = days->has_value();
            self->m_options.rules.meterHasSpecialDays = self->m_hasSpecialDays;
            self->probeZones();
        });
    }

    void probeZones()
    {
        auto self = shared_from_this();
        TariffZoneIo::read(m_client, [self](Result<ZonesHeld> held) {
            if (!held) {
                self->notApplied(
                    held.error(),
                    tr("could not read the meter's energy zones: %1").arg(held.error().message));
                return;
            }
            self->m_held = *held;
            TariffRules &rules = self->m_options.rules;
            rules.meterHasZones = rules.meterHasZones && held->zones.has_value();
            rules.meterHasPenaltyTariff = rules.meterHasPenaltyTariff && held->penaltyTariff;
            if (const Status s = TariffPlanValidator::check(self->m_plan, self->m_options.rules);
                !s) {
                self->refuse(s.error());
                return;
            }
            if (self->m_options.activateAt)
                self->probeClock();
            else
                self->writePassive();
        });
    }

    void probeClock()
    {
        auto self = shared_from_this();
        ClockControl::read(m_client, [self](Result<ClockReading> clock) {
            if (!clock) {
                self->notApplied(
                    clock.error(),
                    tr("could not read the meter's clock: %1").arg(clock.error().message));
                return;
            }
            if (*self->m_options.activateAt <= clock->time) {
                self->refuse(Error(ErrorKind::InvalidArgument,
                                   tr("the activation time %1 is not after the meter's clock (%2);"
                                      " activate now instead")
                                       .arg(self->m_options.activateAt->toString(Qt::ISODate),
                                            clock->time.toString(Qt::ISODate))));
                return;
            }
            // The meter's local time: UTC = local + deviation.
            self->m_activationValue = axdr::CosemDateTime::fromQDateTime(
                self->m_options.activateAt->toUTC(), -int(clock->deviation) * 60, 0xFF);
            self->writePassive();
        });
    }

    void writePassive()
    {
        cosem::ActivityCalendar c;
        c.passive = m_plan.calendar;
        QList<AttributeWrite> writes{{calendarAttribute(10), unspecifiedDateTime()}};
        for (qint8 a = 6; a <= 9; ++a)
            writes.append({calendarAttribute(a), *c.attribute(a)});
        auto self = shared_from_this();
        writeAttributes(m_client, writes, [self](WriteProgress progress) {
            // The disarm is write 0: after it, the passive calendar is being touched.
            self->m_report.passiveTouched = progress.confirmed > 1
                                            || (progress.confirmed == 1 && progress.failure
                                                && fateOf(*progress.failure) == WriteFate::Unknown);
            if (progress.failure) {
                const Error &e = *progress.failure;
                self->notApplied(
                    e, progress.confirmed == 0
                           ? tr("writing the calendar failed before it began: %1; the meter runs"
                                " its old plan")
                                 .arg(e.message)
                           : tr("writing the passive calendar failed at step %1 of 5: %2; it is"
                                " not armed, the meter runs its old plan (write again)")
                                 .arg(progress.confirmed + 1)
                                 .arg(e.message));
                return;
            }
            self->activate();
        });
    }

    void activate()
    {
        auto self = shared_from_this();
        auto after = [self](const std::optional<Error> &failure) {
            if (failure) {
                if (fateOf(*failure) == WriteFate::Refused)
                    self->notApplied(*failure,
                                     tr("the meter refused to activate the plan: %1; it runs its"
                                        " old plan")
                                         .arg(failure->message));
                else
                    self->unknown(*failure, tr("the activation was sent but not confirmed (%1):"
                                               " the meter may run either plan; verify or write"
                                               " again")
                                                .arg(failure->message));
                return;
            }
            self->writeSpecialDays();
        };
        if (!m_options.activateAt) {
            m_client.action({kCalendarClass, spodes::ActivityCalendar, 1},
                            cosem::ActivityCalendar::activatePassiveCalendarParameter(),
                            [after](Result<axdr::Value> r) {
                                after(r ? std::nullopt : std::optional<Error>(r.error()));
                            });
            return;
        }
        m_client.set(
            calendarAttribute(10), axdr::Value::octetString(m_activationValue.toOctets()),
            [after](Status s) { after(s ? std::nullopt : std::optional<Error>(s.error())); });
    }

    void writeSpecialDays()
    {
        if (!m_hasSpecialDays) {
            writeZones();
            return;
        }
        auto self = shared_from_this();
        m_client.set(specialDaysAttribute(),
                     cosem::SpecialDaysTable::entriesToValue(
                         TariffPlanCompare::normalized(m_plan.specialDays)),
                     [self](Status s) {
                         if (!s) {
                             self->unknown(s.error(),
                                           tr("the calendar is armed but the special days were"
                                              " not written (%1); write the plan again")
                                               .arg(s.error().message));
                             return;
                         }
                         self->writeZones();
                     });
    }

    // Like special days, zones and the penalty tariff have no passive copy:
    // they apply as soon as written, so they follow the armed calendar.
    void writeZones()
    {
        const QList<AttributeWrite> writes = TariffZoneIo::writes(m_plan.zones, m_held);
        if (writes.isEmpty()) {
            readBack();
            return;
        }
        auto self = shared_from_this();
        writeAttributes(m_client, writes, [self](WriteProgress progress) {
            if (progress.failure) {
                self->unknown(*progress.failure,
                              tr("the calendar is armed but the energy zones were not written"
                                 " (%1); write the plan again")
                                  .arg(progress.failure->message));
                return;
            }
            self->readBack();
        });
    }

    void readBack()
    {
        auto self = shared_from_this();
        const bool now = !m_options.activateAt;
        QList<Attribute> attributes = now ? calendarAttributes(2, 5) : calendarAttributes(6, 10);
        readAttributes(m_client, attributes, [self, now](Result<QList<axdr::Value>> values) {
            if (!values) {
                self->unknown(values.error(), tr("the plan was written but could not be read"
                                                 " back (%1); verify it")
                                                  .arg(values.error().message));
                return;
            }
            cosem::ActivityCalendar c;
            const qint8 first = now ? 2 : 6;
            for (qsizetype i = 0; i < values->size(); ++i) {
                if (const Status s = c.setAttribute(qint8(first + i), (*values)[i]); !s) {
                    self->unknown(
                        s.error(),
                        tr("the meter's calendar could not be decoded: %1").arg(s.error().message));
                    return;
                }
            }
            const cosem::CalendarPlan &held = now ? c.active : c.passive;
            QStringList differences = TariffPlanCompare::differences(self->m_plan, held, nullptr);
            if (!now) {
                const QDateTime armed = c.activatePassiveCalendarTime.toQDateTime();
                if (!armed.isValid()
                    || armed.toSecsSinceEpoch() != self->m_options.activateAt->toSecsSinceEpoch())
                    differences.append(tr("activation time: asked %1, meter %2")
                                           .arg(self->m_options.activateAt->toString(Qt::ISODate),
                                                c.activatePassiveCalendarTime.toIsoString()));
            }
            self->readBackSpecialDays(differences);
        });
    }

    void readBackSpecialDays(QStringList differences)
    {
        if (!m_hasSpecialDays) {
            readBackZones(differences);
            return;
        }
        auto self = shared_from_this();
        readSpecialDays(m_client, [self, differences](auto days) mutable {
            if (!days || !days->has_value()) {
                self->unknown(days ? Error(ErrorKind::NotFound, tr("no special days table"))
                                   : days.error(),
                              tr("the special days could not be read back; verify the plan"));
                return;
            }
            if (const QString d
                = TariffPlanCompare::specialDaysDifference(self->m_plan.specialDays, **days);
                !d.isEmpty())
                differences.append(d);
            self->readBackZones(differences);
        });
    }

    void readBackZones(QStringList differences)
    {
        if (!m_held.zones && !m_held.penaltyTariff) {
            finish(differences);
            return;
        }
        auto self = shared_from_this();
        TariffZoneIo::read(m_client, [self, differences](Result<ZonesHeld> held) mutable {
            if (!held) {
                self->unknown(held.error(), tr("the energy zones could not be read back (%1);"
                                               " verify the plan")
                                                .arg(held.error().message));
                return;
            }
            const TariffZones meter{held->zones.value_or(QList<EnergyZone>()),
                                    held->penaltyTariff.value_or(0)};
            if (const QString d = TariffPlanCompare::zonesDifference(self->m_plan.zones, meter);
                !d.isEmpty())
                differences.append(d);
            self->finish(differences);
        });
    }

    void finish(const QStringList &differences)
    {
        m_report.differences = differences;
        if (!differences.isEmpty()) {
            unknown(Error(ErrorKind::DataAccess, tr("the meter's calendar differs from the plan")),
                    tr("the meter accepted the plan but reads back differently: %1")
                        .arg(differences.join(QStringLiteral("; "))));
            return;
        }
        m_report.report.applied(
            m_options.activateAt
                ? tr("plan \"%1\" written and verified; it takes effect at %2")
                      .arg(m_plan.name, m_options.activateAt->toString(Qt::ISODate))
                : tr("plan \"%1\" written, activated and verified").arg(m_plan.name));
        m_done(m_report);
    }

    void refuse(const Error &e)
    {
        m_report.report.refuse(e);
        m_done(m_report);
    }
    void notApplied(const Error &e, const QString &text)
    {
        m_report.report.notApplied(e, text);
        m_done(m_report);
    }
    void unknown(const Error &e, const QString &text)
    {
        m_report.report.unknown(e, text);
        m_done(m_report);
    }

    client::DlmsClient &m_client;
    TariffPlan m_plan;
    TariffWriteOptions m_options;
    TariffProgrammer::WriteDone m_done;
    TariffWriteReport m_report;
    bool m_hasSpecialDays = false;
    ZonesHeld m_held;
    axdr::CosemDateTime m_activationValue;
};

} // namespace

QString tariffSyncToken(TariffSync sync)
{
    switch (sync) {
    case TariffSync::InSync:
        return QStringLiteral("in-sync");
    case TariffSync::Pending:
        return QStringLiteral("pending");
    case TariffSync::Differs:
        return QStringLiteral("differs");
    }
    return QStringLiteral("differs");
}

void TariffProgrammer::read(client::DlmsClient &client, CalendarDone done)
{
    client::DlmsClient *c = &client;
    readAttributes(client, calendarAttributes(2, 10), [c, done](Result<QList<axdr::Value>> values) {
        if (!values) {
            done(isObjectMissing(values.error()) ? missingCalendar() : values.error());
            return;
        }
        auto meter = std::make_shared<MeterCalendar>();
        for (qsizetype i = 0; i < values->size(); ++i) {
            if (const Status s = meter->calendar.setAttribute(qint8(2 + i), (*values)[i]); !s) {
                done(s.error());
                return;
            }
        }
        readSpecialDays(*c, [c, meter, done](Result<std::optional<QList<cosem::SpecialDay>>> days) {
            if (!days) {
                done(days.error());
                return;
            }
            meter->specialDays = *days;
            readTariffCount(*c, [c, meter, done](Result<int> count) {
                if (!count) {
                    done(count.error());
                    return;
                }
                meter->tariffRegisters = *count;
                TariffZoneIo::read(*c, [meter, done](Result<ZonesHeld> held) {
                    if (!held) {
                        done(held.error());
                        return;
                    }
                    meter->zones = held->zones;
                    meter->penaltyTariff = held->penaltyTariff;
                    done(*meter);
                });
            });
        });
    });
}

TariffVerification TariffProgrammer::compare(const TariffPlan &plan, const MeterCalendar &meter)
{
    TariffVerification v;
    v.meter = meter;
    const QList<cosem::SpecialDay> noDays;
    const TariffZones zones = meter.heldZones();
    v.meterDigest = TariffPlanCompare::digest(
        meter.calendar.active, meter.specialDays ? *meter.specialDays : noDays, zones);
    v.differences = TariffPlanCompare::differences(
        plan, meter.calendar.active, meter.specialDays ? &*meter.specialDays : nullptr);
    if (const QString d = TariffPlanCompare::zonesDifference(plan.zones, zones); !d.isEmpty())
        v.differences.append(d);
    if (v.differences.isEmpty()) {
        v.state = TariffSync::InSync;
        return v;
    }
    const QDateTime armed = meter.calendar.activatePassiveCalendarTime.toQDateTime();
    if (armed.isValid()
        && TariffPlanCompare::differences(plan, meter.calendar.passive, nullptr).isEmpty()) {
        v.state = TariffSync::Pending;
        v.activation = armed;
        return v;
    }
    v.state = TariffSync::Differs;
    return v;
}

void TariffProgrammer::verify(client::DlmsClient &client, TariffPlan plan, VerifyDone done)
{
    read(client, [plan = std::move(plan), done](Result<MeterCalendar> meter) {
        if (!meter) {
            done(meter.error());
            return;
        }
        done(compare(plan, *meter));
    });
}

void TariffProgrammer::write(client::DlmsClient &client, TariffPlan plan,
                             TariffWriteOptions options, WriteDone done)
{
    std::make_shared<WriteRun>(client, std::move(plan), std::move(options), std::move(done))
        ->start();
}

} // namespace ims::control
