#include "protocol/iec62056_21/readout_session.h"

#include "protocol/core/logging.h"

namespace ims::iec21 {

namespace {

constexpr qsizetype kMaxIdentificationLine = 128;

SessionAction action(SessionAction::Kind kind)
{
    SessionAction a;
    a.kind = kind;
    return a;
}

// The highest mode C rate both sides can do.
char agreedBaudCharacter(int meterMax, int probeMax)
{
    char best = '0';
    for (char c = '0'; c <= '6'; ++c) {
        const int baud = modeCBaud(c);
        if (baud <= meterMax && baud <= probeMax)
            best = c;
    }
    return best;
}

QString serialFrom(const QList<DataSetValue> &values)
{
    for (const QStringView code : {u"96.1.0", u"C.1.0", u"0.0.0"}) {
        for (const DataSetValue &v : values) {
            if (v.code == code && !v.value.isEmpty())
                return v.value;
        }
    }
    return QString();
}

} // namespace

ReadoutSession::ReadoutSession(ReadoutConfig config)
    : m_config(std::move(config))
{}

QList<SessionAction> ReadoutSession::start()
{
    Actions out;
    if (m_state != State::Idle)
        return out;
    auto request = signOnRequest(m_config.address);
    if (!request) {
        fail(out, request.error());
        return out;
    }
    setLine(out, {300, LineSettings::Framing::SevenE1});
    m_state = State::AwaitIdentification;
    SessionAction write = action(SessionAction::Kind::Write);
    write.bytes = *request;
    out.append(write);
    m_lastSent = *request;
    m_pendingEcho = *request;
    arm(out, m_config.responseTimeoutMs);
    return out;
}

QList<SessionAction> ReadoutSession::onBytes(QByteArrayView bytes)
{
    Actions out;
    if (!isActive() || bytes.isEmpty())
        return out;
    m_rx.append(bytes);
    process(out);
    return out;
}

QList<SessionAction> ReadoutSession::onTimeout()
{
    Actions out;
    if (!isActive())
        return out;
    if (m_state == State::AwaitModeEConfirmation) {
        // Many meters switch without confirming; the HDLC layer copes with
        // a late confirmation arriving as line noise.
        finishModeE(out);
        return out;
    }
    if (!m_rx.isEmpty() || !m_blockData.isEmpty()) {
        fail(out, Error(ErrorKind::Timeout,
                        tr("The meter's answer stopped before its end (no ETX) while %1; "
                           "%2 bytes received.")
                            .arg(stepDescription())
                            .arg(m_rx.size() + m_blockData.size())));
    } else if (m_noiseBytes > 0) {
        fail(out, Error(ErrorKind::Malformed,
                        tr("The meter answered with unreadable bytes (garbage) while %1. "
                           "Check the probe's position and shield it from light.")
                            .arg(stepDescription())));
    } else if (m_state == State::AwaitIdentification) {
        fail(out, Error(ErrorKind::Timeout,
                        tr("No answer from the meter while %1. Check the probe's position, "
                           "the meter address and that the optical port is not locked.")
                            .arg(stepDescription())));
    } else {
        fail(out, Error(ErrorKind::Timeout,
                        tr("No answer from the meter while %1.").arg(stepDescription())));
    }
    return out;
}

void ReadoutSession::transmit(Actions &out, const QByteArray &bytes, bool expectEcho)
{
    SessionAction wait = action(SessionAction::Kind::Wait);
    wait.milliseconds = m_reactionMs;
    out.append(wait);
    SessionAction write = action(SessionAction::Kind::Write);
    write.bytes = bytes;
    out.append(write);
    m_lastSent = bytes;
    m_pendingEcho = expectEcho ? bytes : QByteArray();
    m_rx.clear();
    m_noiseBytes = 0;
}

void ReadoutSession::arm(Actions &out, int ms)
{
    SessionAction a = action(SessionAction::Kind::ArmTimeout);
    a.milliseconds = ms;
    out.append(a);
}

void ReadoutSession::setLine(Actions &out, LineSettings line)
{
    SessionAction a = action(SessionAction::Kind::SetLine);
    a.line = line;
    out.append(a);
}

void ReadoutSession::fail(Actions &out, Error error)
{
    qCDebug(lcIec21) << "readout failed:" << error.message;
    m_state = State::Failed;
    m_error = error;
    SessionAction a = action(SessionAction::Kind::Failed);
    a.error = std::move(error);
    out.append(a);
}

void ReadoutSession::finish(Actions &out)
{
    m_state = State::Finished;
    if (m_result.serialNumber.isEmpty())
        m_result.serialNumber = serialFrom(m_result.values);
    out.append(action(SessionAction::Kind::Finished));
}

QString ReadoutSession::stepDescription() const
{
    switch (m_state) {
    case State::AwaitIdentification:
        return tr("waiting for the identification after sign-on");
    case State::AwaitDataMessage:
        return tr("waiting for the data readout");
    case State::AwaitPasswordPrompt:
        return tr("waiting for the password prompt (P0)");
    case State::AwaitPasswordAck:
        return tr("waiting for the password acknowledgement");
    case State::AwaitReadAnswer:
        if (m_nextCommand > 0 && m_nextCommand <= m_commands.size())
            return tr("waiting for the value of %1")
                .arg(QString::fromLatin1(m_commands[m_nextCommand - 1].address));
        return tr("waiting for a value");
    case State::AwaitWriteAnswer:
        if (m_nextWrite > 0 && m_nextWrite <= m_config.writes.size())
            return tr("waiting for the meter to accept the new value of %1")
                .arg(QString::fromLatin1(m_config.writes[m_nextWrite - 1].address));
        return tr("waiting for the meter to accept a value");
    case State::AwaitModeEConfirmation:
        return tr("switching to mode E");
    case State::Idle:
    case State::Finished:
    case State::Failed:
        break;
    }
    return QString();
}

bool ReadoutSession::dropEcho()
{
    if (m_pendingEcho.isEmpty() || m_rx.isEmpty())
        return true;
    const qsizetype n = std::min(m_pendingEcho.size(), m_rx.size());
    if (QByteArrayView(m_rx).first(n) != QByteArrayView(m_pendingEcho).first(n)) {
        m_pendingEcho.clear(); // no echo on this line: the bytes are the meter's
        return true;
    }
    if (n < m_pendingEcho.size())
        return false; // part of the echo so far
    m_rx.remove(0, n);
    m_pendingEcho.clear();
    return true;
}

void ReadoutSession::dropNoise(Actions &out)
{
    qsizetype skip = 0;
    const bool wantLine = m_state == State::AwaitIdentification;
    while (skip < m_rx.size()) {
        const char c = m_rx[skip];
        if (wantLine ? c == '/'
                     : (c == ctl::Stx || c == ctl::Soh || c == ctl::Ack || c == ctl::Nak))
            break;
        ++skip;
    }
    if (skip == 0)
        return;
    m_rx.remove(0, skip);
    m_noiseBytes += skip;
    if (m_noiseBytes > m_config.maxNoiseBytes)
        fail(out, Error(ErrorKind::Malformed,
                        tr("The meter answered with unreadable bytes (garbage) while %1. "
                           "Check the probe's position and shield it from light.")
                            .arg(stepDescription())));
}

void ReadoutSession::process(Actions &out)
{
    while (isActive()) {
        if (!dropEcho())
            return;
        if (m_state == State::AwaitModeEConfirmation) {
            const QByteArray confirmation = m_lastSent;
            if (m_rx.contains(confirmation)) {
                m_result.modeEConfirmed = true;
                finishModeE(out);
            } else if (m_rx.size() > 4 * confirmation.size())
                m_rx.remove(0, m_rx.size() - confirmation.size()); // keep only a possible start
            return;
        }
        dropNoise(out);
        if (!isActive() || m_rx.isEmpty())
            return;
        const qsizetype before = m_rx.size();
        const State stateBefore = m_state;
        if (m_state == State::AwaitIdentification)
            handleIdentification(out);
        else
            handleBlockStream(out);
        // Stop when nothing was consumed (a message is still arriving).
        if (m_state == stateBefore && m_rx.size() == before)
            return;
    }
}

void ReadoutSession::handleIdentification(Actions &out)
{
    const Scan scan = scanLine(m_rx, kMaxIdentificationLine);
    if (scan.status == ScanStatus::NeedMore) {
        arm(out, m_config.interCharacterTimeoutMs);
        return;
    }
    if (scan.status == ScanStatus::Invalid) {
        fail(out, Error(ErrorKind::Malformed,
                        tr("The meter's identification is unreadable (garbage or no CR LF).")));
        return;
    }
    const QByteArray line = m_rx.first(scan.length);
    m_rx.remove(0, scan.length);
    auto id = parseIdentification(line);
    if (!id) {
        fail(out,
             Error(id.error().kind,
                   tr("The meter's identification is unreadable: %1").arg(id.error().message)));
        return;
    }
    m_result.identification = *id;
    m_result.dialect = m_config.dialect.value_or(detectDialect(*id));
    m_reactionMs = id->reactionTimeMs();
    m_mode = m_config.mode;
    if (m_mode == ReadoutMode::Automatic) {
        const bool standardReadout = m_result.dialect == Dialect::Iec && !m_config.password
                                     && m_config.commands.isEmpty() && m_config.writes.isEmpty();
        // Registers to read or write by name are a programming-mode job.
        if (m_config.preferModeE && id->supportsModeE() && id->baudMode == BaudMode::C
            && m_config.commands.isEmpty() && m_config.writes.isEmpty())
            m_mode = ReadoutMode::ModeEHandOver;
        else
            m_mode = standardReadout || id->baudMode != BaudMode::C ? ReadoutMode::DataReadout
                                                                    : ReadoutMode::Programming;
    }
    m_result.mode = m_mode;
    qCDebug(lcIec21) << "identification" << line.trimmed() << "dialect"
                     << dialectName(m_result.dialect);

    if (id->baudMode != BaudMode::C) {
        if (m_mode != ReadoutMode::DataReadout) {
            fail(out, Error(ErrorKind::Unsupported,
                            tr("The meter speaks protocol mode %1 only; programming mode and "
                               "mode E need mode C.")
                                .arg(id->baudMode == BaudMode::A ? u'A' : u'B')));
            return;
        }
        // Mode A/B: the data message follows by itself (B: at the announced rate).
        m_state = State::AwaitDataMessage;
        if (id->baudMode == BaudMode::B)
            setLine(out, {id->maxBaud, LineSettings::Framing::SevenE1});
        arm(out, m_config.responseTimeoutMs);
        return;
    }

    const char z = agreedBaudCharacter(id->maxBaud, m_config.maxBaud);
    const int baud = modeCBaud(z);
    switch (m_mode) {
    case ReadoutMode::Automatic: // resolved above
    case ReadoutMode::DataReadout:
        transmit(out, optionSelect(ProtocolControl::Normal, z, ModeControl::DataReadout));
        m_agreedLine = {baud, LineSettings::Framing::SevenE1};
        setLine(out, m_agreedLine);
        m_state = State::AwaitDataMessage;
        arm(out, m_config.responseTimeoutMs);
        return;
    case ReadoutMode::Programming:
        transmit(out, optionSelect(ProtocolControl::Normal, z, ModeControl::Programming));
        m_programmingSelected = true;
        m_agreedLine = {baud, LineSettings::Framing::SevenE1};
        setLine(out, m_agreedLine);
        // Writes alone read nothing unless asked to (read back with commands).
        m_commands = m_config.commands.isEmpty() && m_config.writes.isEmpty()
                         ? standardReadCommands(m_result.dialect)
                         : m_config.commands;
        m_state = State::AwaitPasswordPrompt;
        arm(out, m_config.responseTimeoutMs);
        return;
    case ReadoutMode::ModeEHandOver:
        if (!id->supportsModeE()) {
            fail(out, Error(ErrorKind::Unsupported,
                            tr("The meter does not offer mode E (no \\2 in its identification "
                               "\"%1\").")
                                .arg(QString::fromLatin1(line.trimmed()))));
            return;
        }
        // The meter's confirmation is the same ACK 2 Z 2: not an echo to drop.
        transmit(out, optionSelect(ProtocolControl::Hdlc, z, ModeControl::Binary), false);
        m_agreedLine = {baud, LineSettings::Framing::EightN1};
        m_state = State::AwaitModeEConfirmation;
        arm(out, m_config.modeEConfirmTimeoutMs);
        return;
    }
}

void ReadoutSession::handleBlockStream(Actions &out)
{
    const Scan scan = scanBlock(m_rx, m_config.maxMessageBytes);
    if (scan.status == ScanStatus::NeedMore) {
        arm(out, m_config.interCharacterTimeoutMs);
        return;
    }
    if (scan.status == ScanStatus::Invalid) {
        fail(out,
             Error(ErrorKind::TooLarge, tr("The meter's answer is longer than %1 bytes while %2.")
                                            .arg(m_config.maxMessageBytes)
                                            .arg(stepDescription())));
        return;
    }
    const QByteArray message = m_rx.first(scan.length);
    m_rx.remove(0, scan.length);
    if (message.size() == 1) {
        handleControl(out, message.front());
        return;
    }
    auto block = parseBlock(message, rule());
    if (!block) {
        handleMessageError(out, block.error());
        return;
    }
    m_retries = 0;
    handleBlock(out, *block);
}

void ReadoutSession::handleMessageError(Actions &out, const Error &error)
{
    // A damaged message: ask for it again (NAK), a few times.
    if (m_retries < m_config.maxRetries) {
        ++m_retries;
        qCDebug(lcIec21) << "damaged message, NAK" << m_retries << error.message;
        transmit(out, QByteArray(1, ctl::Nak));
        arm(out, m_config.responseTimeoutMs);
        return;
    }
    const QString text = error.kind == ErrorKind::BadChecksum
                             ? tr("Wrong block check character (BCC) in the meter's answer while "
                                  "%1, still wrong after %2 repetitions. %3")
                             : tr("Damaged answer from the meter while %1, still damaged after %2 "
                                  "repetitions. %3");
    fail(out, Error(error.kind, text.arg(stepDescription()).arg(m_retries).arg(error.message),
                    error.code));
}

void ReadoutSession::handleControl(Actions &out, char control)
{
    switch (m_state) {
    case State::AwaitPasswordAck:
        if (control == ctl::Ack) {
            m_nextCommand = 0;
            m_nextWrite = 0;
            sendNextWrite(out);
        } else {
            // No repetition: meters lock the port after a few wrong passwords.
            fail(out, Error(ErrorKind::SecurityFailure,
                            tr("The meter refused the password (NAK); nothing was read or written. "
                               "Check the password before trying again: meters lock the optical "
                               "port after a few wrong ones.")));
        }
        return;
    case State::AwaitWriteAnswer:
        if (control == ctl::Ack) {
            ++m_result.writesAccepted;
            sendNextWrite(out);
            return;
        }
        // NAK: the message may have been damaged on the way; say it again a
        // few times (a write of the same value twice does no harm).
        if (m_retries < m_config.maxRetries) {
            ++m_retries;
            transmit(out, m_lastSent);
            arm(out, m_config.responseTimeoutMs);
            return;
        }
        handleWriteRefused(out, tr("NAK to all %1 tries").arg(m_retries + 1));
        return;
    case State::AwaitReadAnswer:
    case State::AwaitDataMessage:
    case State::AwaitPasswordPrompt:
        // Only an R1 can be said again as it was: an option select was sent
        // at the opening speed the line has left since.
        if (control == ctl::Nak && m_state == State::AwaitReadAnswer) {
            // The meter did not understand us: say it again.
            if (m_retries >= m_config.maxRetries) {
                fail(out, Error(ErrorKind::LinkError,
                                tr("The meter rejected our message (NAK) %1 times while %2.")
                                    .arg(m_retries + 1)
                                    .arg(stepDescription())));
                return;
            }
            ++m_retries;
            transmit(out, m_lastSent);
            arm(out, m_config.responseTimeoutMs);
            return;
        }
        if (m_state == State::AwaitReadAnswer) {
            m_result.failures.append({QString::fromLatin1(m_commands[m_nextCommand - 1].address),
                                      tr("The meter acknowledged the request without a value.")});
            sendNextCommand(out);
            return;
        }
        fail(out,
             Error(ErrorKind::Malformed,
                   tr("Unexpected ACK or NAK from the meter while %1.").arg(stepDescription())));
        return;
    default:
        return;
    }
}

void ReadoutSession::handleBlock(Actions &out, const Block &block)
{
    if (block.start == ctl::Soh && block.command == "B0") {
        fail(out, Error(ErrorKind::LinkClosed,
                        tr("The meter ended the session (B0) while %1.").arg(stepDescription())));
        return;
    }
    switch (m_state) {
    case State::AwaitDataMessage:
        if (block.start != ctl::Stx) {
            fail(out, Error(ErrorKind::Malformed,
                            tr("Expected the data message, the meter sent command %1.")
                                .arg(QString::fromLatin1(block.command))));
            return;
        }
        handleDataMessage(out, block);
        return;
    case State::AwaitPasswordPrompt: {
        if (block.start != ctl::Soh || block.command != "P0") {
            fail(out, Error(ErrorKind::Malformed,
                            tr("Expected the password prompt P0 after the programming-mode "
                               "option select.")));
            return;
        }
        QByteArray operand = block.data;
        if (operand.startsWith('(') && operand.endsWith(')'))
            operand = operand.mid(1, operand.size() - 2);
        m_result.passwordPromptOperand = QString::fromLatin1(operand);
        transmit(out, passwordMessage(m_config.password.value_or(defaultPassword(m_result.dialect)),
                                      rule()));
        m_state = State::AwaitPasswordAck;
        arm(out, m_config.responseTimeoutMs);
        return;
    }
    case State::AwaitPasswordAck: {
        const auto text = errorAnswerText(block.data, true);
        fail(out, Error(ErrorKind::SecurityFailure,
                        tr("The meter refused the password (%1).")
                            .arg(text.value_or(QString::fromLatin1(block.data)))));
        return;
    }
    case State::AwaitWriteAnswer: {
        // An error message instead of ACK: the meter understood and refused.
        const auto text = errorAnswerText(block.data, false);
        handleWriteRefused(out, text.value_or(QString::fromLatin1(block.data)));
        return;
    }
    case State::AwaitReadAnswer:
        if (block.start != ctl::Stx) {
            fail(out, Error(ErrorKind::Malformed,
                            tr("Expected a value, the meter sent command %1 while %2.")
                                .arg(QString::fromLatin1(block.command), stepDescription())));
            return;
        }
        if (m_blockData.size() + block.data.size() > m_config.maxMessageBytes) {
            fail(out, Error(ErrorKind::TooLarge, tr("The meter's answer is longer than %1 bytes.")
                                                     .arg(m_config.maxMessageBytes)));
            return;
        }
        m_blockData.append(block.data);
        if (block.partial) {
            transmit(out, QByteArray(1, ctl::Ack));
            arm(out, m_config.responseTimeoutMs);
            return;
        }
        handleReadAnswer(out, std::exchange(m_blockData, {}));
        return;
    default:
        return;
    }
}

void ReadoutSession::handleDataMessage(Actions &out, const Block &block)
{
    if (m_blockData.size() + block.data.size() > m_config.maxMessageBytes) {
        fail(
            out,
            Error(ErrorKind::TooLarge,
                  tr("The meter's answer is longer than %1 bytes.").arg(m_config.maxMessageBytes)));
        return;
    }
    m_blockData.append(block.data);
    if (block.partial) {
        transmit(out, QByteArray(1, ctl::Ack));
        arm(out, m_config.responseTimeoutMs);
        return;
    }
    auto values = parseDataSets(std::exchange(m_blockData, {}), m_result.dialect);
    if (!values) {
        fail(out, Error(values.error().kind,
                        tr("The data readout is unreadable: %1").arg(values.error().message)));
        return;
    }
    m_result.values = *values;
    SessionAction progress = action(SessionAction::Kind::Values);
    progress.values = *values;
    out.append(progress);
    finish(out);
}

void ReadoutSession::handleReadAnswer(Actions &out, const QByteArray &data)
{
    const ReadCommand &command = m_commands[m_nextCommand - 1];
    const QString address = QString::fromLatin1(command.address);
    if (const auto text = errorAnswerText(data, repeatsAddressInAnswers(m_result.dialect))) {
        m_result.failures.append({address, tr("The meter answered error %1.").arg(*text)});
        sendNextCommand(out);
        return;
    }
    auto values = parseDataSets(data, m_result.dialect);
    if (!values) {
        m_result.failures.append(
            {address, tr("The value is unreadable: %1").arg(values.error().message)});
        sendNextCommand(out);
        return;
    }
    QList<DataSetValue> read = *values;
    int unnamed = 0;
    for (const DataSetValue &v : std::as_const(read))
        unnamed += v.originalCode.isEmpty() ? 1 : 0;
    for (DataSetValue &v : read) {
        if (v.originalCode.isEmpty()) {
            // Standard meters answer R1 with "(value)" alone.
            v.originalCode = address;
            v.code = canonicalCode(m_result.dialect, address, v.index, unnamed);
            if (v.unit.isEmpty())
                v.unit = impliedUnit(m_result.dialect, address);
        } else if (v.originalCode != address) {
            m_result.failures.append(
                {address, tr("The meter answered with register %1 instead.").arg(v.originalCode)});
            sendNextCommand(out);
            return;
        }
    }
    m_result.values.append(read);
    SessionAction progress = action(SessionAction::Kind::Values);
    progress.values = read;
    out.append(progress);
    sendNextCommand(out);
}

void ReadoutSession::sendNextCommand(Actions &out)
{
    if (m_nextCommand >= m_commands.size()) {
        // B0 is not answered; the meter drops back to 300 baud.
        transmit(out, breakMessage(rule()));
        m_programmingSelected = false;
        finish(out);
        return;
    }
    const ReadCommand &command = m_commands[m_nextCommand++];
    m_retries = 0;
    m_state = State::AwaitReadAnswer;
    transmit(out, readMessage(command.address, command.argument, rule()));
    arm(out, m_config.responseTimeoutMs);
}

void ReadoutSession::sendNextWrite(Actions &out)
{
    if (m_nextWrite >= m_config.writes.size()) {
        sendNextCommand(out);
        return;
    }
    const WriteCommand &write = m_config.writes[m_nextWrite++];
    m_retries = 0;
    m_state = State::AwaitWriteAnswer;
    transmit(out, writeMessage(write.address, write.value, rule()));
    arm(out, m_config.responseTimeoutMs);
}

void ReadoutSession::handleWriteRefused(Actions &out, const QString &reason)
{
    const WriteCommand &write = m_config.writes[m_nextWrite - 1];
    fail(out, Error(ErrorKind::DataAccess,
                    tr("The meter refused to write %1 = \"%2\" (%3). The register may be "
                       "read-only, the value out of range or in the wrong format, or the "
                       "password's access level too low.")
                        .arg(QString::fromLatin1(write.address), QString::fromLatin1(write.value),
                             reason)));
}

void ReadoutSession::finishModeE(Actions &out)
{
    setLine(out, m_agreedLine);
    m_result.hdlcLine = m_agreedLine;
    finish(out);
}

} // namespace ims::iec21
