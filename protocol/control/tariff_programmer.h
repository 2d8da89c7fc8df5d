#pragma once
// Writes a tariff plan to a meter's activity calendar (class 20,
// 0.0.13.0.0.255) and special days table (class 11, 0.0.11.0.0.255), reads
// a meter's calendar back, and checks a meter against a plan.
//
// A write never leaves a silent half:
//   1. probe (reads only): the calendar exists, how many tariffs the meter
//      has, whether it has a special days table, its clock's deviation; the
//      plan is validated against that and refused before anything is sent;
//   2. activate_passive_calendar_time is cleared, so a passive calendar
//      being rewritten can never be switched to halfway;
//   3. the passive calendar: name, seasons, weeks, day profiles;
//   4. activation: activate_passive_calendar (method 1) now, or the
//      activation time written;
//   5. special days (COSEM has no passive special days table, so they are
//      written only once the calendar they belong to is armed);
//   6. everything read back and compared.
// Failing in 1-3, or a refused step 4: not applied (the meter runs its old
// plan). A step 4 without an answer, a failure in 5 or 6, or a read-back
// that differs: unknown, to be verified or retried.
#include "protocol/client/dlms_client.h"
#include "protocol/control/clock_control.h"
#include "protocol/control/tariff_results.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <optional>

namespace ims::control {

class TariffProgrammer
{
    Q_DECLARE_TR_FUNCTIONS(TariffProgrammer)

public:
    using CalendarDone = std::function<void(Result<MeterCalendar>)>;
    using VerifyDone = std::function<void(Result<TariffVerification>)>;
    using WriteDone = std::function<void(TariffWriteReport)>;

    static void read(client::DlmsClient &client, CalendarDone done);
    static void verify(client::DlmsClient &client, TariffPlan plan, VerifyDone done);
    static void write(client::DlmsClient &client, TariffPlan plan, TariffWriteOptions options,
                      WriteDone done);

    // Judges a meter's calendar against a plan (no I/O).
    static TariffVerification compare(const TariffPlan &plan, const MeterCalendar &meter);
};

} // namespace ims::control
