#include "app/cli/credit_command.h"

#include "app/cli/cli_output.h"
#include "app/cli/cli_sync.h"
#include "app/cli/control_target.h"
#include "models/control/payment_store.h"
#include "protocol/control/payment_control.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTextStream>

namespace ims::cli {

namespace {

class CreditCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreditCommand)

public:
    static int run(const QStringList &args);
};

QJsonObject accountJson(const control::AccountState &s)
{
    QJsonObject o{{QStringLiteral("mode"),
                   cosem::PaymentNames::paymentModeToken(s.modeAndStatus.paymentMode)},
                  {QStringLiteral("account_status"), int(s.modeAndStatus.accountStatus)},
                  {QStringLiteral("balance"), s.availableCredit},
                  {QStringLiteral("balance_text"), s.money(s.availableCredit)},
                  {QStringLiteral("currency"), QString::fromUtf8(s.currency.name)},
                  {QStringLiteral("currency_scale"), int(s.currency.scale)},
                  {QStringLiteral("low_credit_threshold"), s.lowCreditThreshold},
                  {QStringLiteral("disconnect_threshold"), s.disconnectThreshold},
                  {QStringLiteral("credit_status"), int(s.creditStatus.octet)},
                  {QStringLiteral("warning"), s.warningToken()}};
    if (s.totalPaid)
        o.insert(QStringLiteral("total_paid"), *s.totalPaid);
    if (s.ledger())
        o.insert(QStringLiteral("ledger"), *s.ledger());
    return o;
}

QJsonObject relayJson(const control::RelayState &s)
{
    return {{QStringLiteral("output"), s.outputToken()},
            {QStringLiteral("control_state"), s.controlStateToken()},
            {QStringLiteral("control_mode"), s.controlMode}};
}

Result<control::Money> amountOption(const QCommandLineParser &p, const QCommandLineOption &o)
{
    Result<control::Money> m = control::Money::parse(p.value(o));
    if (!m)
        return Error(ErrorKind::InvalidArgument,
                     QStringLiteral("--%1: %2").arg(o.names().first(), m.error().message));
    return m;
}

// The account as read or written, kept with the meter (--db only).
void store(ControlTarget &target, const std::function<Status(control::PaymentStore &)> &what)
{
    if (!target.hasDatabase())
        return;
    control::PaymentStore payments(target.database());
    if (const Status s = what(payments); !s)
        printError(s.error());
}

int CreditCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    ControlTarget target(parser);
    const QCommandLineOption modeOption(QStringLiteral("mode"), tr("credit or prepayment."),
                                        QStringLiteral("MODE"));
    const QCommandLineOption lowOption(
        QStringLiteral("low"),
        tr("Low-credit warning threshold, in the meter's currency (e.g. 100.00)."),
        QStringLiteral("AMOUNT"));
    const QCommandLineOption disconnectOption(
        QStringLiteral("disconnect"),
        tr("Disconnect threshold (the credit limit), in the meter's currency; may be negative."),
        QStringLiteral("AMOUNT"));
    const QCommandLineOption amountOpt(QStringLiteral("amount"),
                                       tr("Payment, in the meter's currency (e.g. 500.00)."),
                                       QStringLiteral("AMOUNT"));
    parser.addOptions({modeOption, lowOption, disconnectOption, amountOpt});
    parser.addPositionalArgument(QStringLiteral("verb"), tr("get, mode, thresholds or pay"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli credit")} + args))
        return printError(parser.errorText(), 2);
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QStringList verbs{QStringLiteral("get"), QStringLiteral("mode"),
                            QStringLiteral("thresholds"), QStringLiteral("pay")};
    if (positional.size() != 1 || !verbs.contains(positional.first()))
        return printError(tr("usage: imsdesk-cli credit get | mode --mode credit|prepayment |"
                             " thresholds [--low AMOUNT] [--disconnect AMOUNT] | pay --amount"
                             " AMOUNT (--db FILE --meter SERIAL | connection options) [--yes]"
                             " [--json]"),
                          2);
    const QString verb = positional.first();

    // Everything typed is checked before the meter is contacted.
    std::optional<cosem::PaymentMode> mode;
    control::ThresholdRequest thresholds;
    control::Money amount;
    QString command;
    QString confirmation;
    if (verb == QLatin1String("mode")) {
        const QString m = parser.value(modeOption);
        if (m == QLatin1String("credit"))
            mode = cosem::PaymentMode::Credit;
        else if (m == QLatin1String("prepayment"))
            mode = cosem::PaymentMode::Prepayment;
        else
            return printError(tr("credit mode needs --mode credit or --mode prepayment"), 2);
        command = QStringLiteral("credit-mode");
    } else if (verb == QLatin1String("thresholds")) {
        if (!parser.isSet(lowOption) && !parser.isSet(disconnectOption))
            return printError(tr("credit thresholds needs --low, --disconnect or both"), 2);
        if (parser.isSet(lowOption)) {
            Result<control::Money> m = amountOption(parser, lowOption);
            if (!m)
                return printError(m.error());
            thresholds.lowCredit = *m;
        }
        if (parser.isSet(disconnectOption)) {
            Result<control::Money> m = amountOption(parser, disconnectOption);
            if (!m)
                return printError(m.error());
            thresholds.disconnect = *m;
        }
        if (thresholds.lowCredit && thresholds.disconnect
            && thresholds.lowCredit->in(-6).valueOr(0) <= thresholds.disconnect->in(-6).valueOr(0))
            return printError(
                tr("--low (%1) must be above --disconnect (%2): otherwise the"
                   " subscriber is disconnected without a warning")
                    .arg(thresholds.lowCredit->toString(), thresholds.disconnect->toString()),
                2);
        command = QStringLiteral("credit-thresholds");
    } else if (verb == QLatin1String("pay")) {
        if (!parser.isSet(amountOpt))
            return printError(tr("credit pay needs --amount"), 2);
        Result<control::Money> m = amountOption(parser, amountOpt);
        if (!m)
            return printError(m.error());
        if (m->units <= 0)
            return printError(tr("--amount: a payment must be more than zero"), 2);
        amount = *m;
        command = QStringLiteral("credit-pay");
    }

    if (const Status s = target.resolve(); !s)
        return printError(s.error());
    if (verb == QLatin1String("mode"))
        confirmation = *mode == cosem::PaymentMode::Prepayment
                           ? tr("switch %1 to prepayment: when its credit runs out the meter"
                                " opens the load relay")
                                 .arg(target.describe())
                           : tr("switch %1 to credit mode: it no longer disconnects for lack of"
                                " credit")
                                 .arg(target.describe());
    else if (verb == QLatin1String("thresholds"))
        confirmation = tr("set the prepayment thresholds of %1 (%2)")
                           .arg(target.describe(), thresholds.describe());
    else if (verb == QLatin1String("pay"))
        confirmation = tr("credit %1 (in the meter's currency) to the account of %2")
                           .arg(amount.toString(), target.describe());
    if (!confirmation.isEmpty() && !target.confirm(confirmation))
        return 2;

    if (const Status s = target.connect(); !s) {
        if (!command.isEmpty()) {
            control::ControlReport report;
            report.command = command;
            report.parameters = verb == QLatin1String("pay") ? amount.toString()
                                : verb == QLatin1String("thresholds")
                                    ? thresholds.describe()
                                    : cosem::PaymentNames::paymentModeToken(quint8(*mode));
            report.startedAtMs = QDateTime::currentMSecsSinceEpoch();
            report.notApplied(s.error(), tr("could not connect: %1").arg(s.error().message));
            (void)target.record(report);
        }
        return printError(s.error());
    }

    if (verb == QLatin1String("get")) {
        Result<control::AccountState> state = await<Result<control::AccountState>>(
            [&](auto done) { control::PaymentControl::read(target.client(), done); });
        target.release();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (!state) {
            if (state.error().kind == ErrorKind::Unsupported)
                store(target, [&](control::PaymentStore &p) {
                    return p.recordUnsupported(target.meterId(), now);
                });
            return printError(state.error());
        }
        store(target, [&](control::PaymentStore &p) {
            return p.recordState(target.meterId(), *state, now);
        });
        if (target.json()) {
            QJsonObject line = accountJson(*state);
            line.insert(QStringLiteral("meter"), target.serial());
            printJsonLine(line);
        } else {
            printLine(state->describe());
        }
        return 0;
    }

    const control::PaymentReport report = await<control::PaymentReport>([&](auto done) {
        if (verb == QLatin1String("mode"))
            control::PaymentControl::setMode(target.client(), *mode, done);
        else if (verb == QLatin1String("thresholds"))
            control::PaymentControl::setThresholds(target.client(), thresholds, done);
        else
            control::PaymentControl::topUp(target.client(), amount, done);
    });
    target.release();
    if (const Status s = target.record(report.report); !s)
        printError(s.error());
    store(target, [&](control::PaymentStore &p) {
        return p.recordCommand(target.meterId(), report, QDateTime::currentMSecsSinceEpoch());
    });
    if (target.json()) {
        QJsonObject line{{QStringLiteral("meter"), target.serial()},
                         {QStringLiteral("command"), report.report.command},
                         {QStringLiteral("outcome"), control::outcomeToken(report.report.outcome)},
                         {QStringLiteral("retry"), report.report.needsRetry()},
                         {QStringLiteral("message"), report.report.message}};
        if (report.before)
            line.insert(QStringLiteral("before"), accountJson(*report.before));
        if (report.after)
            line.insert(QStringLiteral("after"), accountJson(*report.after));
        if (verb == QLatin1String("pay")) {
            line.insert(QStringLiteral("awaiting_subscriber"), report.awaitingSubscriber);
            if (report.relayAfter)
                line.insert(QStringLiteral("relay"), relayJson(*report.relayAfter));
        }
        printJsonLine(line);
    } else if (report.report.outcome == control::Outcome::Applied) {
        printLine(report.report.message);
    } else {
        printError(QStringLiteral("%1: %2").arg(control::outcomeToken(report.report.outcome),
                                                report.report.message),
                   0);
    }
    return controlExitCode(report.report);
}

} // namespace

CliCommand creditCommand()
{
    return {QStringLiteral("credit"),
            CreditCommand::tr("read a meter's prepayment account, set its mode and thresholds,"
                              " or credit a payment"),
            CreditCommand::run};
}

} // namespace ims::cli
