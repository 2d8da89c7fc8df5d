// libFuzzer target for IEC 62056-21: the identification and block parsers,
// the data-set parser of the three dialects, the client session and the
// simulated meter, all fed arbitrary bytes.
// Input: byte 0 selects the target and the dialect; the rest is the stream.
// For the session and the meter, 0xFE splits the stream into deliveries and
// a lone 0xFD piece stands for an expired answer timer.
#include "protocol/iec62056_21/data_set.h"
#include "protocol/iec62056_21/iec21_messages.h"
#include "protocol/iec62056_21/meter_responder.h"
#include "protocol/iec62056_21/readout_session.h"

#include <cstdint>
#include <cstdlib>

using namespace ims::iec21;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void fuzzParsers(QByteArrayView input, Dialect dialect)
{
    if (auto id = parseIdentification(input); id.ok()) {
        // What parses must build back to a parsable line.
        check(parseIdentification(identificationMessage(*id)).ok());
        (void)detectDialect(*id);
    }
    const Scan line = scanLine(input, 128);
    check(line.length <= input.size());
    check(line.status != ScanStatus::Invalid || line.length >= 1); // callers drop that much
    (void)parseSignOnRequest(input);
    (void)parseOptionSelect(input);

    const Scan scan = scanBlock(input, 4096);
    check(scan.length <= input.size());
    check(scan.status != ScanStatus::Invalid || scan.length >= 1);
    for (const BccRule rule : {BccRule::Xor, BccRule::Sum7}) {
        auto block = parseBlock(input, rule);
        if (!block.ok())
            continue;
        check(verifyBcc(input, rule));
        (void)errorAnswerText(block->data, repeatsAddressInAnswers(dialect));
        if (auto values = parseDataSets(block->data, dialect); values.ok()) {
            for (const DataSetValue &v : *values)
                (void)parseExactDecimal(v.value);
        }
    }
    DataSetLimits small;
    small.maxValues = 16;
    if (auto values = parseDataSets(input, dialect, small); values.ok())
        check(values->size() <= small.maxValues);
    (void)parseExactDecimal(
        QString::fromLatin1(input.first(std::min<qsizetype>(input.size(), 64))));
}

template<typename Feed, typename Expire>
void replay(QByteArrayView input, Feed feed, Expire expire)
{
    qsizetype at = 0;
    while (at <= input.size()) {
        qsizetype end = input.indexOf('\xFE', at);
        if (end < 0)
            end = input.size();
        const QByteArrayView piece = input.sliced(at, end - at);
        if (piece.size() == 1 && piece.front() == '\xFD')
            expire();
        else if (!piece.isEmpty())
            feed(piece);
        at = end + 1;
    }
}

void fuzzSession(QByteArrayView input, Dialect dialect, uint8_t selector)
{
    ReadoutConfig config;
    config.mode = ReadoutMode((selector >> 4) % 4);
    if (selector & 0x40)
        config.dialect = dialect;
    config.maxMessageBytes = 2048;
    if (selector & 0x80)
        config.commands = {{"ET0PE", {}}, {"1.8.0", {}}, {"0F0880FF", {}}};
    ReadoutSession session(config);
    bool ended = false;
    auto observe = [&](const QList<SessionAction> &actions) {
        for (const SessionAction &a : actions) {
            check(!ended); // nothing may follow Finished/Failed
            if (a.kind == SessionAction::Kind::Finished || a.kind == SessionAction::Kind::Failed)
                ended = true;
        }
    };
    observe(session.start());
    replay(
        input, [&](QByteArrayView piece) { observe(session.onBytes(piece)); },
        [&] { observe(session.onTimeout()); });
    check(ended == (session.isFinished() || session.hasFailed()));
}

void fuzzMeter(QByteArrayView input, Dialect dialect)
{
    MeterConfig config;
    config.dialect = dialect;
    config.address = "12345678";
    config.identification = parseIdentification(QByteArrayView("/EKT5CE301v12\r\n")).value();
    config.password = "777777";
    config.maxBlockData = 8;
    config.registers = [] {
        DataSetValue v;
        v.code = QStringLiteral("ET0PE");
        v.value = QStringLiteral("68.42");
        return QList<DataSetValue>{v, v};
    };
    MeterResponder meter(config);
    replay(
        input, [&](QByteArrayView piece) { (void)meter.onBytes(piece); }, [&] { meter.reset(); });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 64 * 1024)
        return 0;
    const uint8_t selector = data[0];
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const Dialect dialect = Dialect(selector % 3);
    switch ((selector >> 2) % 4) {
    case 0:
    case 1:
        fuzzParsers(input, dialect);
        break;
    case 2:
        fuzzSession(input, dialect, selector);
        break;
    case 3:
        fuzzMeter(input, dialect);
        break;
    }
    return 0;
}
