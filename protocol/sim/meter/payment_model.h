#pragma once
// How a simulated meter's prepayment account behaves in simulated time.
//
// The credit falls as energy is registered: what the A+ energy counted on
// each tariff register since the reference moment costs at that tariff's
// price (kopecks per kWh, the Charge object's unit_charge), summed exactly
// in integers and floored to whole kopecks. Checking is lazy (whenever the
// meter is asked about anything that depends on it), but the moments are
// not: the low-credit warning is logged at the second the credit first
// reached the threshold, and in prepayment mode the relay opens at the
// second it reached the limit, even if nobody looked until hours later.
//
// A top-up (Credit.update_amount) moves the reference to now. When the
// relay was opened for lack of credit and the credit is above the limit
// again, the meter reconnects as its disconnect control mode says a remote
// reconnection would: it closes the relay (modes 2, 4) or permits the
// subscriber to close it with the button (modes 1, 3, 5, 6).
#include "protocol/cosem/payment.h"

#include <QtGlobal>

namespace ims::sim {

class SimMeter;

class PaymentModel
{
public:
    // A consumer's default account: credit mode, a deterministic balance.
    static void init(SimMeter &meter);

    // Logs warnings and opens the relay for every threshold crossed since
    // the last check. `force` checks "now" again after a change.
    static void evaluate(SimMeter &meter, bool force = false);

    // Credit and money collected at `ms` (not before the reference moment).
    static qint64 available(SimMeter &meter, qint64 ms);
    static qint64 totalPaid(SimMeter &meter, qint64 ms);
    static cosem::AccountCreditStatus creditStatus(SimMeter &meter);
    static quint8 creditObjectStatus(SimMeter &meter); // cosem::CreditStatus

    // Credit.update_amount: adds `amount` (may be negative) to the credit.
    static void updateAmount(SimMeter &meter, qint32 amount);
    static void setMode(SimMeter &meter, quint8 mode);
    static void setLowCreditThreshold(SimMeter &meter, qint32 threshold);
    static void setLimit(SimMeter &meter, qint32 limit);

    // Remote reconnection is refused while the relay is open for lack of credit.
    static bool blocksReconnection(const SimMeter &meter);

    static cosem::UnitCharge unitCharge(const SimMeter &meter);
    static cosem::Currency currency() { return {}; }

private:
    static void ensureReference(SimMeter &meter);
    static void moveReference(SimMeter &meter, qint64 creditNow);
    static qint64 firstCrossing(SimMeter &meter, qint64 lo, qint64 hi, qint64 threshold);
    static void restoreIfCredited(SimMeter &meter);
};

} // namespace ims::sim
