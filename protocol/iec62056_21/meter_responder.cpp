#include "protocol/iec62056_21/meter_responder.h"

#include "protocol/core/logging.h"

namespace ims::iec21 {

namespace {

constexpr qsizetype kMaxRequestLine = 64;
constexpr qsizetype kMaxRequestBlock = 1024;

MeterAction write(QByteArray bytes, int delayMs)
{
    MeterAction a;
    a.kind = MeterAction::Kind::Write;
    a.bytes = std::move(bytes);
    a.delayMs = delayMs;
    return a;
}

bool isBlock(const QByteArray &bytes)
{
    return bytes.size() >= 3 && (bytes.front() == ctl::Stx || bytes.front() == ctl::Soh);
}

// Ambient light on the optical port: bytes that can start no IEC message.
QByteArray lineNoise()
{
    QByteArray noise;
    for (int i = 0; i < 80; ++i)
        noise.append(char(0x30 + (i * 7) % 0x40)); // '0'..'o': never '/', STX, SOH
    return noise;
}

} // namespace

MeterResponder::MeterResponder(MeterConfig config)
    : m_config(std::move(config))
    , m_wrongBccLeft(m_config.faults.wrongBccCount)
{}

void MeterResponder::reset()
{
    m_state = State::Idle;
    m_inProgramming = false;
    m_line = {};
    m_rx.clear();
    m_pendingBlocks.clear();
}

QList<MeterAction> MeterResponder::onBytes(QByteArrayView bytes)
{
    Actions out;
    if (m_config.faults.echo && !bytes.isEmpty()) {
        out.append(write(bytes.toByteArray(), 0));
        out.last().isEcho = true;
    }
    m_rx.append(bytes);
    for (;;) {
        if (m_rx.isEmpty())
            break;
        if (m_state == State::Idle || (m_state == State::AwaitOption && m_rx.front() == '/')) {
            const qsizetype slash = m_rx.indexOf('/');
            if (slash < 0) {
                m_rx.clear();
                break;
            }
            m_rx.remove(0, slash);
            const Scan scan = scanLine(m_rx, kMaxRequestLine);
            if (scan.status == ScanStatus::NeedMore)
                break;
            const QByteArray line = m_rx.first(scan.length);
            m_rx.remove(0, scan.length);
            if (scan.status == ScanStatus::Complete)
                handleSignOn(out, line);
            continue;
        }
        if (m_state == State::AwaitOption) {
            if (m_rx.front() != ctl::Ack) {
                m_rx.remove(0, 1);
                continue;
            }
            const Scan scan = scanLine(m_rx, kMaxRequestLine);
            if (scan.status == ScanStatus::NeedMore)
                break;
            const QByteArray line = m_rx.first(scan.length);
            m_rx.remove(0, scan.length);
            if (scan.status == ScanStatus::Complete)
                handleOption(out, line);
            continue;
        }
        if (m_state == State::ReadoutDone) {
            if (m_rx.front() == ctl::Nak) {
                m_rx.remove(0, 1);
                answer(out, m_lastSent);
                continue;
            }
            // Anything else: the meter has gone back to the opening state.
            m_state = State::Idle;
            setLine(out, {});
            continue;
        }
        if (m_state == State::AwaitBlockAck) {
            const char c = m_rx.front();
            m_rx.remove(0, 1);
            handleBlockAck(out, c);
            continue;
        }
        // Programming mode: commands and the client's NAK.
        const Scan scan = scanBlock(m_rx, kMaxRequestBlock);
        if (scan.status == ScanStatus::NeedMore)
            break;
        if (scan.status == ScanStatus::Invalid) {
            m_rx.remove(0, 1);
            continue;
        }
        const QByteArray message = m_rx.first(scan.length);
        m_rx.remove(0, scan.length);
        if (message.size() == 1) {
            if (message.front() == ctl::Nak && !m_lastSent.isEmpty())
                answer(out, m_lastSent);
            continue;
        }
        ++m_requests;
        auto block = parseBlock(message, rule());
        if (!block) {
            answer(out, QByteArray(1, ctl::Nak));
            continue;
        }
        handleCommand(out, *block);
    }
    return out;
}

void MeterResponder::handleSignOn(Actions &out, QByteArrayView line)
{
    ++m_requests;
    auto address = parseSignOnRequest(line);
    if (!address)
        return;
    if (!address->isEmpty() && !m_config.address.isEmpty() && *address != m_config.address) {
        qCDebug(lcSim) << "optical port: sign-on for" << *address << "is not for us";
        m_state = State::Idle;
        return;
    }
    m_state = State::AwaitOption;
    answer(out, identificationMessage(m_config.identification));
}

void MeterResponder::handleOption(Actions &out, QByteArrayView line)
{
    ++m_requests;
    m_state = State::Idle;
    auto option = parseOptionSelect(line);
    if (!option)
        return;
    const int baud = modeCBaud(option->baudCharacter);
    if (baud == 0 || baud > m_config.identification.maxBaud)
        return;
    if (option->protocol == ProtocolControl::Hdlc && option->mode == ModeControl::Binary) {
        if (!m_config.identification.supportsModeE() || m_config.faults.ignoreModeE)
            return;
        // Confirm at the opening speed, then the port belongs to HDLC.
        answer(out, line.toByteArray());
        setLine(out, {baud, LineSettings::Framing::EightN1});
        return;
    }
    if (option->protocol != ProtocolControl::Normal)
        return;
    switch (option->mode) {
    case ModeControl::DataReadout:
        m_inProgramming = false;
        setLine(out, {baud, LineSettings::Framing::SevenE1});
        sendBlocks(out, dataReadout());
        return;
    case ModeControl::Programming: {
        setLine(out, {baud, LineSettings::Framing::SevenE1});
        QByteArray operand("(");
        operand.append(m_config.passwordPromptOperand);
        operand.append(')');
        m_state = State::AwaitPassword;
        m_inProgramming = true;
        answer(out, commandMessage("P0", QByteArrayView(operand), rule()));
        return;
    }
    case ModeControl::Binary:
        return;
    }
}

void MeterResponder::handleCommand(Actions &out, const Block &block)
{
    if (block.start != ctl::Soh) {
        answer(out, QByteArray(1, ctl::Nak));
        return;
    }
    if (block.command == "B0") {
        reset();
        return;
    }
    if (m_state == State::AwaitPassword) {
        QByteArray expected("(");
        expected.append(m_config.password);
        expected.append(')');
        if (block.command == "P1" && block.data == expected) {
            m_state = State::Programming;
            answer(out, QByteArray(1, ctl::Ack));
        } else {
            answer(out, QByteArray(1, ctl::Nak));
        }
        return;
    }
    const char kind = block.command.front();
    if (kind == 'W') {
        handleWrite(out, block.data);
        return;
    }
    if (kind == 'P') {
        answer(out, QByteArray(1, ctl::Ack));
        return;
    }
    if (kind != 'R') {
        answer(out, dataMessage(errorAnswer(), rule()));
        return;
    }
    const qsizetype bracket = block.data.indexOf('(');
    const QByteArray address = bracket < 0 ? block.data : block.data.first(bracket);
    QList<DataSetValue> values;
    if (m_config.registers) {
        const QList<DataSetValue> all = m_config.registers();
        for (const DataSetValue &v : all) {
            if (v.code.toLatin1() == address)
                values.append(v);
        }
    }
    if (values.isEmpty()) {
        answer(out, dataMessage(errorAnswer(), rule()));
        return;
    }
    sendBlocks(out, formatRegister(values, m_config.dialect != Dialect::Iec, false));
}

void MeterResponder::handleWrite(Actions &out, const QByteArray &data)
{
    const qsizetype open = data.indexOf('(');
    if (open <= 0 || !data.endsWith(')')) {
        answer(out, dataMessage(errorAnswer(), rule()));
        return;
    }
    const QByteArray address = data.first(open);
    const QByteArray value = data.mid(open + 1, data.size() - open - 2);
    const WriteOutcome outcome
        = m_config.write ? m_config.write(address, value) : WriteOutcome::Accepted;
    switch (outcome) {
    case WriteOutcome::Accepted:
        answer(out, QByteArray(1, ctl::Ack));
        return;
    case WriteOutcome::Refused:
        answer(out, QByteArray(1, ctl::Nak));
        return;
    case WriteOutcome::Unknown:
        answer(out, dataMessage(errorAnswer(), rule()));
        return;
    }
}

void MeterResponder::handleBlockAck(Actions &out, char control)
{
    if (control == ctl::Nak) {
        answer(out, m_lastSent);
        return;
    }
    if (control == ctl::Ack)
        sendNextBlock(out);
}

void MeterResponder::answer(Actions &out, QByteArray bytes)
{
    const MeterFaults &faults = m_config.faults;
    m_lastSent = bytes;
    if (faults.silentAtStep == m_requests)
        return;
    if (faults.garbageAtStep == m_requests) {
        out.append(write(lineNoise(), faults.answerDelayMs));
        return;
    }
    if (faults.missingEtxAtStep == m_requests && bytes.size() > 2)
        bytes.chop(2); // ETX + BCC, or the CR LF of a line
    else if (isBlock(bytes) && m_wrongBccLeft > 0) {
        --m_wrongBccLeft;
        bytes.back() = char(bytes.back() ^ 0x01);
    }
    out.append(write(std::move(bytes), faults.answerDelayMs));
}

void MeterResponder::sendBlocks(Actions &out, const QByteArray &data)
{
    m_pendingBlocks.clear();
    const qsizetype size = m_config.maxBlockData > 0 ? m_config.maxBlockData : data.size();
    for (qsizetype at = 0; at < data.size(); at += size)
        m_pendingBlocks.append(data.mid(at, size));
    if (m_pendingBlocks.isEmpty())
        m_pendingBlocks.append(QByteArray());
    sendNextBlock(out);
}

void MeterResponder::sendNextBlock(Actions &out)
{
    if (m_pendingBlocks.isEmpty())
        return;
    const QByteArray data = m_pendingBlocks.takeFirst();
    const bool last = m_pendingBlocks.isEmpty();
    answer(out, dataMessage(data, rule(), last));
    if (!last) {
        m_state = State::AwaitBlockAck;
        return;
    }
    if (m_inProgramming) {
        m_state = State::Programming;
        return;
    }
    // The data readout is over; a NAK may still ask for the last block again.
    m_state = State::ReadoutDone;
}

void MeterResponder::setLine(Actions &out, LineSettings line)
{
    m_line = line;
    MeterAction a;
    a.kind = MeterAction::Kind::SetLine;
    a.line = line;
    out.append(a);
}

QByteArray MeterResponder::formatRegister(const QList<DataSetValue> &values, bool withAddress,
                                          bool dataReadout) const
{
    QByteArray out;
    if (values.isEmpty())
        return out;
    const QByteArray address = values.front().code.toLatin1();
    switch (m_config.dialect) {
    case Dialect::Neva: {
        out.append(address);
        out.append('(');
        for (int i = 0; i < values.size(); ++i) {
            if (i > 0)
                out.append(',');
            out.append(values[i].value.toLatin1());
        }
        out.append(')');
        if (dataReadout)
            out.append("\r\n");
        return out;
    }
    case Dialect::Energomera:
        for (int i = 0; i < values.size(); ++i) {
            if (i == 0 || m_config.energomeraRepeatName)
                out.append(address);
            out.append('(');
            out.append(values[i].value.toLatin1());
            out.append(")\r\n");
        }
        return out;
    case Dialect::Iec:
        if (withAddress)
            out.append(address);
        for (const DataSetValue &v : values) {
            out.append('(');
            out.append(v.value.toLatin1());
            if (!v.unit.isEmpty()) {
                out.append('*');
                out.append(v.unit.toLatin1());
            }
            out.append(')');
        }
        if (dataReadout)
            out.append("\r\n");
        return out;
    }
    return out;
}

QByteArray MeterResponder::dataReadout() const
{
    QByteArray out;
    const QList<DataSetValue> all
        = m_config.registers ? m_config.registers() : QList<DataSetValue>();
    QList<QString> order;
    for (const DataSetValue &v : all) {
        if (!order.contains(v.code))
            order.append(v.code);
    }
    for (const QString &code : std::as_const(order)) {
        QList<DataSetValue> group;
        for (const DataSetValue &v : all) {
            if (v.code == code)
                group.append(v);
        }
        out.append(formatRegister(group, true, true));
    }
    out.append("!\r\n");
    return out;
}

QByteArray MeterResponder::errorAnswer() const
{
    switch (m_config.dialect) {
    case Dialect::Neva:
        return QByteArrayLiteral("(01)");
    case Dialect::Energomera:
        return QByteArrayLiteral("(ERR12)\r\n");
    case Dialect::Iec:
        break;
    }
    return QByteArrayLiteral("(ERROR)");
}

} // namespace ims::iec21
