#pragma once
// The meter a control command (relay, tariff, limit, clock) acts on, and
// everything around the act: `--db FILE --meter SERIAL` (resolved through
// the fleet store, invocation counters persisted, the command recorded with
// who/when/what/result) or the direct connection options; the confirmation
// that names what will switch (`--yes` for scripts; without a terminal and
// without --yes the command is refused); one association for the command.
#include "app/cli/cli_connection_options.h"
#include "protocol/client/dlms_client.h"
#include "protocol/control/control_outcome.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace ims::storage {
class Database;
}

namespace ims::cli {

class ControlTarget
{
    Q_DECLARE_TR_FUNCTIONS(ControlTarget)

public:
    // Adds its options (and the connection options) to `parser`.
    explicit ControlTarget(QCommandLineParser &parser);
    ~ControlTarget();

    // After parsing: the database endpoint or the direct profile.
    Status resolve();
    // "meter 0012345678 (router R1)", or "the device at tcp:127.0.0.1:4059".
    QString describe() const;
    QString serial() const; // "" for a direct connection
    bool json() const;
    QString operatorName() const;

    // Asks "<what>. Continue? [y/N]" on the terminal; true with --yes.
    // Without a terminal and without --yes it prints why it refuses.
    bool confirm(const QString &what) const;

    Status connect();
    client::DlmsClient &client() { return *m_client; }
    void release();

    // --db: the command into `commands` (who, when, what, result).
    Status record(const control::ControlReport &report);
    bool hasDatabase() const { return bool(m_db); }
    QSqlDatabase database() const { return m_sql; }
    qint64 meterId() const { return m_meterId; }

private:
    QCommandLineParser &m_parser;
    ConnectionOptions m_connection;
    QCommandLineOption m_dbOption, m_meterOption, m_operatorOption, m_yesOption, m_jsonOption,
        m_traceOption;

    client::ConnectionProfile m_profile;
    QString m_description;
    QString m_serial;
    qint64 m_meterId = 0;
    QString m_counterScope;
    std::unique_ptr<storage::Database> m_db;
    QSqlDatabase m_sql;
    link::LinkFactory m_factory;
    std::unique_ptr<client::ApduChannel> m_channel;
    std::unique_ptr<client::DlmsClient> m_client;
};

// Exit codes of the control commands: 0 applied (or read), 1 not applied
// (the meter refused or lacks the feature), 2 bad usage or input, 3 the link
// failed before anything was written, 4 unknown: verify or retry.
int controlExitCode(const control::ControlReport &report);

} // namespace ims::cli
