#include "app/cli/optical_command.h"

#include "app/cli/cli_output.h"
#include "app/cli/cli_sync.h"
#include "app/cli/dlms_command.h"
#include "models/analytics/manual_reading_query.h"
#include "models/optical/manual_reading_csv.h"
#include "models/optical/optical_reading_recorder.h"
#include "models/storage/database.h"
#include "protocol/client/optical_meter_reader.h"
#include "protocol/iec62056_21/optical_reader.h"
#include "protocol/iec62056_21/probe_ports.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace ims::cli {

namespace {

class OpticalCommand
{
    Q_DECLARE_TR_FUNCTIONS(OpticalCommand)
public:
    static int run(const QStringList &args);

private:
    static int read(const QCommandLineParser &parser);
    static int write(const QCommandLineParser &parser);
    static int dlms(const QStringList &args);
    static Result<iec21::OpticalReadOptions> readOptions(const QCommandLineParser &parser);
    static int exportDay(const QCommandLineParser &parser);
    static int ports(bool json);
    static int store(const iec21::OpticalReading &reading, const QCommandLineParser &parser,
                     bool json);
    static int usage();
};

// Option names, shared by the declaration and the lookups.
const QString kSerial = QStringLiteral("serial");
const QString kAddress = QStringLiteral("address");
const QString kDialect = QStringLiteral("dialect");
const QString kPassword = QStringLiteral("password");
const QString kMode = QStringLiteral("mode");
const QString kMaxBaud = QStringLiteral("max-baud");
const QString kTimeout = QStringLiteral("timeout");
const QString kRetries = QStringLiteral("retries");
const QString kJson = QStringLiteral("json");
const QString kDb = QStringLiteral("db");
const QString kCreateMeter = QStringLiteral("create-meter");
const QString kOperator = QStringLiteral("operator");
const QString kDate = QStringLiteral("date");
const QString kOut = QStringLiteral("out");
const QString kVerbose = QStringLiteral("verbose");
const QString kRegister = QStringLiteral("register");
const QString kValue = QStringLiteral("value");
const QString kDlmsClient = QStringLiteral("dlms-client");
const QString kDlmsPassword = QStringLiteral("dlms-password");

int OpticalCommand::usage()
{
    QTextStream(stderr) << tr(
        "usage: imsdesk-cli optical read --serial DEV [--address A]"
        " [--dialect auto|iec|energomera|neva] [--password P]"
        " [--mode auto|readout|programming|dlms] [--register CODE ...] [--max-baud B]"
        " [--timeout MS] [--retries N] [--dlms-client SAP] [--dlms-password P]"
        " [--json] [--db FILE [--create-meter] [--operator NAME]]\n"
        "       imsdesk-cli optical write --serial DEV --register CODE --value V [--password P]"
        " [--address A] [--dialect D] [--json]\n"
        "       imsdesk-cli optical dlms --serial DEV [--address A] get|set|action|profile|objects"
        " ... (the options of imsdesk-cli dlms)\n"
        "       imsdesk-cli optical export --db FILE [--date YYYY-MM-DD] [--out FILE.csv]\n"
        "       imsdesk-cli optical ports [--json]")
                        << '\n';
    return 2;
}

int OpticalCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Manual readout through an optical probe."));
    parser.addOptions({
        {kSerial, tr("Serial port of the optical probe (/dev/ttyUSB0, COM3)."), tr("DEV")},
        {kAddress, tr("Device address for the sign-on (usually the serial number)."), tr("A")},
        {kDialect, tr("auto, iec, energomera or neva."), tr("DIALECT"), QStringLiteral("auto")},
        {kPassword, tr("Password for programming mode (P1)."), tr("P")},
        {kMode,
         tr("auto, readout (data readout), programming (P1 + R1) or dlms (mode E). auto reads "
            "a meter that offers mode E through DLMS."),
         tr("MODE"), QStringLiteral("auto")},
        {kRegister,
         tr("Register to read in programming mode (repeatable); write: the register to set."),
         tr("CODE")},
        {kValue, tr("write: the new value, as the meter writes it (TIME_ 12:00:00)."), tr("V")},
        {kDlmsClient, tr("Mode E: DLMS client SAP (default 32, the meter reader)."), tr("SAP"),
         QStringLiteral("32")},
        {kDlmsPassword, tr("Mode E: LLS password of the DLMS client (default 12345678)."), tr("P"),
         QStringLiteral("12345678")},
        {kMaxBaud, tr("Highest baud rate of the probe."), tr("B"), QStringLiteral("9600")},
        {kTimeout, tr("Answer timeout in milliseconds."), tr("MS"), QStringLiteral("2000")},
        {kRetries, tr("Repetitions of a failed readout."), tr("N"), QStringLiteral("2")},
        {kJson, tr("One JSON object per value.")},
        {kDb, tr("Database file to store the reading in (export: to read from)."), tr("FILE")},
        {kCreateMeter, tr("Add a meter the database does not know as an optical-only meter.")},
        {kOperator, tr("Who took the reading."), tr("NAME")},
        {kDate, tr("Day to export (default: today)."), tr("YYYY-MM-DD")},
        {kOut, tr("CSV file to write (default: standard output)."), tr("FILE")},
        {kVerbose, tr("Print each step of the readout on standard error.")},
    });
    parser.addPositionalArgument(QStringLiteral("verb"), tr("read, write, dlms, export or ports"));
    // "optical dlms" is imsdesk-cli dlms through the probe: its own options.
    if (args.value(0) == QLatin1String("dlms"))
        return dlms(args.mid(1));
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli optical")} + args)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return usage();
    }
    const QString verb = parser.positionalArguments().value(0);
    if (verb == QLatin1String("read"))
        return read(parser);
    if (verb == QLatin1String("write"))
        return write(parser);
    if (verb == QLatin1String("export"))
        return exportDay(parser);
    if (verb == QLatin1String("ports"))
        return ports(parser.isSet(kJson));
    return usage();
}

int OpticalCommand::ports(bool json)
{
    const QList<iec21::ProbePort> found = iec21::availableProbePorts();
    for (const iec21::ProbePort &p : found) {
        if (json)
            printJsonLine({{QStringLiteral("port"), p.systemLocation},
                           {QStringLiteral("description"), p.description},
                           {QStringLiteral("manufacturer"), p.manufacturer},
                           {QStringLiteral("usb"), p.usb}});
        else
            printLine(p.label());
    }
    if (found.isEmpty() && !json)
        QTextStream(stderr) << tr("no serial ports found; is the probe plugged in?") << '\n';
    return 0;
}

Result<iec21::OpticalReadOptions> OpticalCommand::readOptions(const QCommandLineParser &parser)
{
    auto usageError = [](const QString &text) {
        return Error(ErrorKind::InvalidArgument, text);
    };
    iec21::OpticalReadOptions options;
    options.device = parser.value(kSerial);
    const auto dialect = iec21::DialectChoice::parse(parser.value(kDialect));
    if (!dialect)
        return usageError(tr("--dialect wants auto, iec, energomera or neva"));
    options.dialect = dialect->dialect;
    options.address = parser.value(kAddress).toLatin1();
    if (parser.isSet(kPassword))
        options.password = parser.value(kPassword).toLatin1();
    bool ok = false;
    options.maxBaud = parser.value(kMaxBaud).toInt(&ok);
    if (!ok || iec21::modeCBaudCharacter(options.maxBaud) == 0)
        return usageError(tr("--max-baud wants 300, 600, 1200, 2400, 4800, 9600 or 19200"));
    options.responseTimeoutMs = parser.value(kTimeout).toInt(&ok);
    if (!ok || options.responseTimeoutMs < 50 || options.responseTimeoutMs > 60000)
        return usageError(tr("--timeout wants milliseconds from 50 to 60000"));
    options.interCharacterTimeoutMs = std::min(1500, options.responseTimeoutMs);
    options.retries = parser.value(kRetries).toInt(&ok);
    if (!ok || options.retries < 0 || options.retries > 10)
        return usageError(tr("--retries wants a number from 0 to 10"));
    for (const QString &code : parser.values(kRegister)) {
        if (code.trimmed().isEmpty() || code.size() > 32)
            return usageError(tr("--register wants the register's code, e.g. 1.8.0 or ET0PE"));
        options.commands.append({code.trimmed().toLatin1(), {}});
    }
    return options;
}

int OpticalCommand::read(const QCommandLineParser &parser)
{
    if (parser.value(kSerial).isEmpty())
        return usage();
    Result<iec21::OpticalReadOptions> readout = readOptions(parser);
    if (!readout)
        return printError(readout.error().message, 2);
    client::OpticalMeterReadOptions options;
    options.readout = *readout;
    const QString mode = parser.value(kMode);
    if (mode == QLatin1String("auto")) {
        options.readout.mode = iec21::ReadoutMode::Automatic;
        options.readout.preferModeE = true;
    } else if (mode == QLatin1String("readout")) {
        options.readout.mode = iec21::ReadoutMode::DataReadout;
    } else if (mode == QLatin1String("programming")) {
        options.readout.mode = iec21::ReadoutMode::Programming;
    } else if (mode == QLatin1String("dlms")) {
        options.readout.mode = iec21::ReadoutMode::ModeEHandOver;
    } else {
        return printError(tr("--mode wants auto, readout, programming or dlms"), 2);
    }
    bool ok = false;
    const uint sap = parser.value(kDlmsClient).toUInt(&ok);
    if (!ok || sap < 1 || sap > 0x7F)
        return printError(tr("--dlms-client wants a client SAP from 1 to 127"), 2);
    options.dlms.clientSap = quint8(sap);
    options.dlms.password = parser.value(kDlmsPassword).toUtf8();
    if (parser.isSet(kCreateMeter) && !parser.isSet(kDb))
        return printError(tr("--create-meter needs --db FILE"), 2);
    const bool json = parser.isSet(kJson);

    client::OpticalMeterReader reader;
    if (parser.isSet(kVerbose)) {
        QObject::connect(
            &reader, &client::OpticalMeterReader::progress, &reader,
            [](const QString &step, int, int) { QTextStream(stderr) << step << '\n'; });
    }
    using Outcome = Result<iec21::OpticalReading>;
    const Outcome outcome = await<Outcome>([&](auto done) {
        QObject::connect(&reader, &client::OpticalMeterReader::finished, &reader,
                         [done](const iec21::OpticalReading &r) { done(r); });
        QObject::connect(&reader, &client::OpticalMeterReader::failed, &reader,
                         [done](const Error &e) { done(e); });
        reader.start(options);
    });
    if (!outcome)
        return printError(outcome.error());

    const iec21::ReadoutResult &result = outcome->result;
    QTextStream out(stdout);
    if (json) {
        for (const iec21::DataSetValue &v : result.values)
            printJsonLine({{QStringLiteral("code"), optical::storedCode(v)},
                           {QStringLiteral("value"), v.value},
                           {QStringLiteral("unit"), v.unit}});
    } else {
        out << tr("meter:    %1 (%2, %3)")
                   .arg(result.serialNumber.isEmpty() ? tr("serial not reported")
                                                      : result.serialNumber,
                        result.identification.manufacturer + u' '
                            + result.identification.identification,
                        result.hdlcLine
                            ? tr("DLMS through mode E at %1 baud").arg(result.hdlcLine->baud)
                            : tr("dialect %1").arg(iec21::dialectName(result.dialect)))
            << '\n';
        if (outcome->attempts > 1)
            out << tr("attempts: %1").arg(outcome->attempts) << '\n';
        out << '\n'
            << tr("code").leftJustified(14) << ' ' << tr("value").leftJustified(18) << ' '
            << tr("unit").leftJustified(6) << ' ' << tr("register") << '\n';
        for (const iec21::DataSetValue &v : result.values)
            out << optical::storedCode(v).leftJustified(14) << ' ' << v.value.leftJustified(18)
                << ' ' << v.unit.leftJustified(6) << ' ' << v.originalCode << '\n';
    }
    for (const iec21::ItemFailure &f : result.failures)
        QTextStream(stderr) << tr("not read: %1: %2").arg(f.address, f.message) << '\n';
    out.flush();
    if (!parser.isSet(kDb))
        return 0;
    return store(*outcome, parser, json);
}

int OpticalCommand::write(const QCommandLineParser &parser)
{
    if (parser.value(kSerial).isEmpty())
        return usage();
    const QStringList registers = parser.values(kRegister);
    if (registers.size() != 1 || !parser.isSet(kValue))
        return printError(tr("write needs one --register CODE and --value V"), 2);
    Result<iec21::OpticalReadOptions> readout = readOptions(parser);
    if (!readout)
        return printError(readout.error().message, 2);
    iec21::OpticalReadOptions options = *readout;
    const QByteArray code = registers.first().trimmed().toLatin1();
    const QByteArray value = parser.value(kValue).toLatin1();
    if (value.contains('(') || value.contains(')') || value.size() > 128)
        return printError(tr("--value may not contain brackets (at most 128 characters)"), 2);
    // W1, then R1 of the same register: what the meter holds now.
    options.mode = iec21::ReadoutMode::Programming;
    options.writes = {{code, value}};
    options.commands = {{code, {}}};
    // A write is not repeated from the sign-on: it either took or it did not.
    options.retries = 0;

    iec21::OpticalReader reader;
    if (parser.isSet(kVerbose)) {
        QObject::connect(
            &reader, &iec21::OpticalReader::progress, &reader,
            [](const QString &step, int, int) { QTextStream(stderr) << step << '\n'; });
    }
    using Outcome = Result<iec21::OpticalReading>;
    const Outcome outcome = await<Outcome>([&](auto done) {
        QObject::connect(&reader, &iec21::OpticalReader::finished, &reader,
                         [done](const iec21::OpticalReading &r) { done(r); });
        QObject::connect(&reader, &iec21::OpticalReader::failed, &reader,
                         [done](const Error &e) { done(e); });
        reader.start(options);
    });
    if (!outcome)
        return printError(outcome.error());
    const iec21::ReadoutResult &result = outcome->result;
    QString readBack;
    QString unit;
    for (const iec21::DataSetValue &v : result.values) {
        if (v.originalCode.toLatin1() == code && v.index == 0) {
            readBack = v.value;
            unit = v.unit;
            break;
        }
    }
    if (parser.isSet(kJson)) {
        printJsonLine({{QStringLiteral("register"), QString::fromLatin1(code)},
                       {QStringLiteral("written"), QString::fromLatin1(value)},
                       {QStringLiteral("value"), readBack},
                       {QStringLiteral("unit"), unit},
                       {QStringLiteral("result"), QStringLiteral("success")}});
    } else {
        printLine(tr("%1 written: %2; the meter now reads %3")
                      .arg(QString::fromLatin1(code), QString::fromLatin1(value),
                           readBack.isEmpty() ? tr("(nothing)") : readBack));
    }
    for (const iec21::ItemFailure &f : result.failures)
        QTextStream(stderr) << tr("not read back: %1: %2").arg(f.address, f.message) << '\n';
    return 0;
}

int OpticalCommand::dlms(const QStringList &args)
{
    // The probe's options in the names of "optical", the rest as imsdesk-cli dlms has them.
    QStringList rewritten;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto renamed = [&](const QString &from, const QString &to) {
            const QString option = QStringLiteral("--") + from;
            if (a == option) {
                rewritten << QStringLiteral("--") + to;
                return true;
            }
            if (a.startsWith(option + u'=')) {
                rewritten << QStringLiteral("--") + to + a.mid(option.size());
                return true;
            }
            return false;
        };
        if (renamed(kSerial, QStringLiteral("optical"))
            || renamed(kAddress, QStringLiteral("optical-address"))
            || renamed(kMaxBaud, QStringLiteral("baud")))
            continue;
        rewritten << a;
    }
    if (!rewritten.contains(QStringLiteral("--optical"))
        && std::none_of(rewritten.begin(), rewritten.end(),
                        [](const QString &a) { return a.startsWith(u"--optical="); }))
        return usage();
    return runDlmsCommand(rewritten);
}

int OpticalCommand::store(const iec21::OpticalReading &reading, const QCommandLineParser &parser,
                          bool json)
{
    storage::Database db({parser.value(kDb)});
    if (const Status s = db.openAndMigrate(); !s)
        return printError(s.error());
    auto connection = db.connection();
    if (!connection)
        return printError(connection.error());
    const QString operatorName
        = parser.isSet(kOperator) ? parser.value(kOperator) : qEnvironmentVariable("USER");
    const optical::OpticalReadout readout
        = optical::readoutFrom(reading.result, QDateTime::currentSecsSinceEpoch(), operatorName,
                               QString::fromLatin1(parser.value(kAddress).toLatin1()));
    optical::RecordOptions options;
    options.createMeter = parser.isSet(kCreateMeter);
    auto outcome = optical::OpticalReadingRecorder(*connection).record(readout, options);
    if (!outcome)
        return printError(outcome.error());
    if (outcome->status == optical::RecordOutcome::Status::UnknownMeter)
        return printError(tr("meter %1 is not in the database %2; the reading was not stored. "
                             "Run again with --create-meter to add it as an optical-only meter.")
                              .arg(outcome->serial, parser.value(kDb)),
                          1);
    // JSON mode keeps standard output for the values alone.
    QTextStream(json ? stderr : stdout)
        << (outcome->meterCreated
                ? tr("stored %1 values as a manual optical reading of new meter %2 (optical only)")
                : tr("stored %1 values as a manual optical reading of meter %2"))
               .arg(outcome->stored)
               .arg(outcome->serial)
        << '\n';
    return 0;
}

int OpticalCommand::exportDay(const QCommandLineParser &parser)
{
    const QString path = parser.value(kDb);
    if (path.isEmpty())
        return usage();
    if (!QFileInfo::exists(path))
        return printError(tr("no database at %1").arg(path), 1);
    QDate day = QDate::currentDate();
    if (parser.isSet(kDate)) {
        day = QDate::fromString(parser.value(kDate), Qt::ISODate);
        if (!day.isValid())
            return printError(tr("--date wants a date as YYYY-MM-DD"), 2);
    }
    storage::Database db({path});
    if (const Status s = db.openAndMigrate(); !s)
        return printError(s.error());
    auto connection = db.connection();
    if (!connection)
        return printError(connection.error());
    analytics::ManualReadingFilter filter;
    const auto [from, to] = optical::dayBounds(day);
    filter.from = from;
    filter.to = to;
    auto readings = analytics::ManualReadingQuery(*connection)
                        .readings(filter, analytics::ManualReadingOrder::ByMeterAndTime);
    if (!readings)
        return printError(readings.error());
    const QByteArray csv = optical::manualReadingsCsv(*readings);
    if (!parser.isSet(kOut)) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(csv) != csv.size())
            return printError(tr("cannot write to standard output"), 1);
        return 0;
    }
    QSaveFile file(parser.value(kOut));
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return printError(tr("cannot write %1: %2").arg(parser.value(kOut), file.errorString()), 1);
    QTextStream(stderr) << tr("exported %n manual reading(s) of %1 to %2", nullptr,
                              int(readings->size()))
                               .arg(day.toString(Qt::ISODate), parser.value(kOut))
                        << '\n';
    return 0;
}

} // namespace

CliCommand opticalCommand()
{
    return {QStringLiteral("optical"),
            OpticalCommand::tr("read a meter through an optical probe (IEC 62056-21), export "
                               "manual readings"),
            &OpticalCommand::run};
}

} // namespace ims::cli
