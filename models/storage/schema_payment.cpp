#include "models/storage/schema.h"

namespace ims::storage {

// Prepayment and credit: per meter, its account as last read or written
// (models/control/payment_store.h). Amounts are integers in the meter's
// currency units (currency_scale -2 = kopecks). The payments themselves are
// commands (`commands`, step 2) like every write to a meter.
QStringList schemaPayment()
{
    return {
        // supported 0: the meter answered that it has no account.
        // payment_mode: 1 credit, 2 prepayment (cosem::PaymentMode), 0 unknown.
        // warning: 'ok', 'low-credit', 'out-of-credit' (AccountState::warningToken).
        // last_outcome: control::outcomeToken of the last payment command; retry = 1
        // while it is 'unknown'.
        QStringLiteral("CREATE TABLE meter_payment_state("
                       " meter_id BIGINT PRIMARY KEY REFERENCES meters(id) ON DELETE CASCADE,"
                       " supported SMALLINT NOT NULL DEFAULT 1,"
                       " payment_mode SMALLINT NOT NULL DEFAULT 0,"
                       " available_credit BIGINT NOT NULL DEFAULT 0,"
                       " low_threshold BIGINT NOT NULL DEFAULT 0,"
                       " disconnect_threshold BIGINT NOT NULL DEFAULT 0,"
                       " total_paid BIGINT,"
                       " currency TEXT NOT NULL DEFAULT '',"
                       " currency_scale SMALLINT NOT NULL DEFAULT -2,"
                       " credit_status SMALLINT NOT NULL DEFAULT 0,"
                       " warning TEXT NOT NULL DEFAULT '',"
                       " read_ms BIGINT NOT NULL DEFAULT 0,"
                       " last_command TEXT NOT NULL DEFAULT '',"
                       " last_outcome TEXT NOT NULL DEFAULT '',"
                       " last_message TEXT NOT NULL DEFAULT '',"
                       " command_ms BIGINT NOT NULL DEFAULT 0,"
                       " retry SMALLINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX meter_payment_state_warning ON meter_payment_state(warning)"),
    };
}

} // namespace ims::storage
