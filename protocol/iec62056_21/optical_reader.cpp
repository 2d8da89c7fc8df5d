#include "protocol/iec62056_21/optical_reader.h"

#include "protocol/core/logging.h"
#include "protocol/link/link_factory.h"
#include "protocol/link/serial_link.h"

#include <cmath>

namespace ims::iec21 {

namespace {

// Beyond the computed wire time of a message before the line is switched:
// UARTs and USB probes hold a few characters of their own.
constexpr int kWireMarginMs = 20;
// How long the operating system may take to confirm a write at most, beyond
// its wire time, before the reader stops waiting for the confirmation.
constexpr int kConfirmGraceMs = 1000;

} // namespace

std::optional<DialectChoice> DialectChoice::parse(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t.isEmpty() || t == u"auto")
        return DialectChoice{};
    if (t == u"iec")
        return DialectChoice{Dialect::Iec};
    if (t == u"energomera")
        return DialectChoice{Dialect::Energomera};
    if (t == u"neva" || t == u"taipit")
        return DialectChoice{Dialect::Neva};
    return std::nullopt;
}

OpticalReader::OpticalReader(QObject *parent)
    : QObject(parent)
    , m_ownFactory(std::make_unique<link::LinkFactory>())
{
    m_factory = m_ownFactory.get();
    m_answerTimer.setSingleShot(true);
    m_stepTimer.setSingleShot(true);
    m_deadline.setSingleShot(true);
    m_sinceConfirmed.start();
    connect(&m_answerTimer, &QTimer::timeout, this, &OpticalReader::onAnswerTimeout);
    connect(&m_stepTimer, &QTimer::timeout, this, &OpticalReader::onStepTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        // The link never confirmed the write: go on as if it had.
        qCDebug(lcIec21) << "write not confirmed in time; going on";
        m_bytesConfirmed = m_bytesQueued;
        m_lastWriteSize = 0;
        if (m_blocked && !m_stepTimer.isActive()) // waiting for exactly this
            onStepTimer();
    });
}

OpticalReader::OpticalReader(link::LinkFactory &factory, QObject *parent)
    : OpticalReader(parent)
{
    m_factory = &factory;
}

OpticalReader::~OpticalReader()
{
    if (m_link) {
        m_link->disconnect(this);
        m_link->close();
    }
    if (m_handedOver)
        m_handedOver->close();
}

std::unique_ptr<link::Link> OpticalReader::takeHandedOverLink()
{
    return std::move(m_handedOver);
}

bool OpticalReader::start(const OpticalReadOptions &options)
{
    if (m_phase != Phase::Idle)
        return false;
    m_options = options;
    if (m_handedOver) { // a previous hand-over nobody took
        m_handedOver->close();
        m_handedOver.release()->deleteLater();
    }
    m_attempt = 0;
    m_lastStep.clear();
    m_pendingError.reset();
    m_pendingReading.reset();
    m_bytesQueued = m_bytesConfirmed = 0;
    m_lastWriteSize = 0;
    m_line = {};
    m_phase = Phase::Opening;
    if (options.device.trimmed().isEmpty()) {
        m_pendingError = Error(ErrorKind::InvalidArgument, tr("No optical probe port was given."));
        m_phase = Phase::Closing;
        QMetaObject::invokeMethod(this, &OpticalReader::onStepTimer, Qt::QueuedConnection);
        return true;
    }
    link::OpticalSettings settings;
    settings.device = options.device;
    settings.maxBaud = options.maxBaud;
    m_link = m_factory->create(link::LinkSettings(settings));
    connect(m_link.get(), &link::Link::opened, this, &OpticalReader::onOpened);
    connect(m_link.get(), &link::Link::errorOccurred, this, &OpticalReader::onLinkError);
    connect(m_link.get(), &link::Link::bytesReceived, this, &OpticalReader::onBytes);
    connect(m_link.get(), &link::Link::bytesWritten, this, &OpticalReader::onBytesWritten);
    report(tr("opening the probe %1").arg(options.device));
    m_link->open();
    return true;
}

void OpticalReader::cancel()
{
    if (m_phase == Phase::Idle || m_phase == Phase::Closing)
        return; // nothing to stop, or already ending
    qCDebug(lcIec21) << "readout cancelled";
    end(Error(ErrorKind::Cancelled, tr("The readout was cancelled.")));
}

void OpticalReader::onOpened()
{
    if (m_phase != Phase::Opening)
        return;
    startAttempt();
}

void OpticalReader::onLinkError(const Error &error)
{
    qCDebug(lcIec21) << "probe error:" << error.message;
    switch (m_phase) {
    case Phase::Opening:
        end(error);
        return;
    case Phase::Reading:
    case Phase::Pausing:
        if (m_link && m_link->isOpen())
            attemptFailed(error);
        else
            end(error);
        return;
    case Phase::Closing:
    case Phase::Idle:
        return;
    }
}

void OpticalReader::onBytes(const QByteArray &bytes)
{
    if (m_phase != Phase::Reading || !m_session) {
        qCDebug(lcIec21) << "ignored" << bytes.size() << "bytes between attempts";
        return;
    }
    run(m_session->onBytes(bytes));
}

void OpticalReader::onBytesWritten(qint64 count)
{
    m_bytesConfirmed += count;
    m_sinceConfirmed.restart();
    if (m_bytesConfirmed < m_bytesQueued)
        return;
    m_deadline.stop();
    // Blocked on the drain (not on a Wait, which has the step timer running).
    if (m_blocked && !m_stepTimer.isActive())
        onStepTimer();
}

void OpticalReader::onAnswerTimeout()
{
    if (m_phase == Phase::Reading && m_session)
        run(m_session->onTimeout());
}

void OpticalReader::onStepTimer()
{
    m_blocked = false;
    switch (m_phase) {
    case Phase::Reading:
        pump();
        return;
    case Phase::Pausing:
        startAttempt();
        return;
    case Phase::Closing: {
        if (m_link && m_link->isOpen() && !waitForWire())
            return;
        m_deadline.stop();
        m_stepTimer.stop();
        const bool handOver
            = m_pendingReading && m_pendingReading->result.hdlcLine && m_link && m_link->isOpen();
        if (m_link) {
            m_link->disconnect(this);
            if (handOver) {
                // Same port, same open handle: closing it would send the
                // meter back to its opening state.
                m_handedOver = std::move(m_link);
            } else {
                m_link->close();
                m_link.release()->deleteLater();
            }
        }
        m_session.reset();
        m_phase = Phase::Idle;
        if (m_pendingReading) {
            const OpticalReading reading = *std::exchange(m_pendingReading, std::nullopt);
            emit finished(reading);
        } else {
            const Error error = m_pendingError.value_or(
                Error(ErrorKind::Cancelled, tr("The readout was cancelled.")));
            m_pendingError.reset();
            emit failed(error);
        }
        return;
    }
    case Phase::Opening:
    case Phase::Idle:
        return;
    }
}

ReadoutConfig OpticalReader::sessionConfig() const
{
    ReadoutConfig c;
    c.address = m_options.address;
    c.mode = m_options.mode;
    c.dialect = m_options.dialect;
    c.password = m_options.password;
    c.commands = m_options.commands;
    c.writes = m_options.writes;
    c.preferModeE = m_options.preferModeE;
    c.maxBaud = m_options.maxBaud;
    const double growth = std::pow(std::max(1.0, m_options.timeoutGrowth), m_attempt - 1);
    c.responseTimeoutMs = int(std::min(600000.0, m_options.responseTimeoutMs * growth));
    c.interCharacterTimeoutMs = int(std::min(600000.0, m_options.interCharacterTimeoutMs * growth));
    return c;
}

void OpticalReader::startAttempt()
{
    ++m_attempt;
    m_queue.clear();
    m_blocked = false;
    m_answerTimer.stop();
    m_stepTimer.stop();
    m_deadline.stop();
    m_lastStep.clear();
    m_session = std::make_unique<ReadoutSession>(sessionConfig());
    m_phase = Phase::Reading;
    qCDebug(lcIec21) << "attempt" << m_attempt << "on" << m_options.device;
    run(m_session->start());
}

void OpticalReader::run(QList<SessionAction> actions)
{
    m_queue.append(std::move(actions));
    pump();
    if (m_phase != Phase::Reading || !m_session)
        return;
    QString step = m_session->currentStep();
    if (m_attempt > 1)
        step = tr("attempt %1 of %2: %3").arg(m_attempt).arg(m_options.retries + 1).arg(step);
    report(step);
}

void OpticalReader::report(const QString &step)
{
    if (step.isEmpty() || step == m_lastStep)
        return;
    m_lastStep = step;
    const int done = m_session ? m_session->commandsSent() : 0;
    const int total = m_session ? m_session->commandCount() : 0;
    emit progress(step, done, total);
}

void OpticalReader::pump()
{
    while (!m_blocked && !m_queue.isEmpty() && m_phase == Phase::Reading) {
        const SessionAction a = m_queue.takeFirst();
        switch (a.kind) {
        case SessionAction::Kind::Wait:
            m_blocked = true;
            m_stepTimer.start(a.milliseconds);
            return;
        case SessionAction::Kind::Write: {
            qCDebug(lcIec21) << "->" << a.bytes;
            if (const Status written = m_link->write(a.bytes); !written) {
                attemptFailed(written.error());
                return;
            }
            m_bytesQueued += a.bytes.size();
            m_lastWriteSize = a.bytes.size();
            break;
        }
        case SessionAction::Kind::SetLine: {
            // The preceding message must leave at the old speed first.
            if (!waitForWire()) {
                m_queue.prepend(a);
                return;
            }
            Error error;
            if (!applyLine(a.line, error)) {
                end(error);
                return;
            }
            break;
        }
        case SessionAction::Kind::ArmTimeout: {
            // The answer cannot start before our message has left the wire.
            const qint64 unsent = m_bytesQueued - m_bytesConfirmed + m_lastWriteSize;
            m_answerTimer.start(int(a.milliseconds + wireTimeMs(unsent)));
            break;
        }
        case SessionAction::Kind::Values:
            emit valuesRead(a.values);
            break;
        case SessionAction::Kind::Finished:
            succeed();
            return;
        case SessionAction::Kind::Failed:
            attemptFailed(a.error);
            return;
        }
    }
}

bool OpticalReader::waitForWire()
{
    if (m_bytesConfirmed < m_bytesQueued) {
        if (!m_deadline.isActive())
            m_deadline.start(int(wireTimeMs(m_bytesQueued - m_bytesConfirmed) + kConfirmGraceMs));
        m_blocked = true; // onBytesWritten() goes on
        return false;
    }
    const qint64 remaining = m_lastWriteSize == 0 ? 0
                                                  : wireTimeMs(m_lastWriteSize) + kWireMarginMs
                                                        - m_sinceConfirmed.elapsed();
    if (remaining > 0) {
        m_blocked = true;
        m_stepTimer.start(int(remaining));
        return false;
    }
    m_lastWriteSize = 0;
    return true;
}

bool OpticalReader::applyLine(const LineSettings &line, Error &error)
{
    if (line == m_line)
        return true;
    auto *serial = qobject_cast<link::SerialLink *>(m_link.get());
    if (serial) {
        const bool sevenE1 = line.framing == LineSettings::Framing::SevenE1;
        const Status applied = serial->setLineSettings(
            line.baud, sevenE1 ? 7 : 8, sevenE1 ? link::Parity::Even : link::Parity::None, 1);
        if (!applied) {
            error = applied.error();
            return false;
        }
    }
    qCDebug(lcIec21) << "line now" << line.baud
                     << (line.framing == LineSettings::Framing::SevenE1 ? "7E1" : "8N1");
    m_line = line;
    return true;
}

qint64 OpticalReader::wireTimeMs(qsizetype bytes) const
{
    // 7E1 and 8N1 both take 10 bits per character.
    return (qint64(bytes) * 10 * 1000 + m_line.baud - 1) / std::max(1, m_line.baud);
}

bool OpticalReader::worthRepeating(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Timeout:
    case ErrorKind::Malformed:
    case ErrorKind::BadChecksum:
    case ErrorKind::Truncated:
    case ErrorKind::LinkClosed:
    case ErrorKind::LinkError:
        return true;
    default:
        return false;
    }
}

void OpticalReader::attemptFailed(const Error &error)
{
    m_answerTimer.stop();
    m_queue.clear();
    qCDebug(lcIec21) << "attempt" << m_attempt << "failed:" << error.message;
    if (m_attempt > m_options.retries || !worthRepeating(error) || !m_link || !m_link->isOpen()) {
        end(error);
        return;
    }
    if (m_session && m_session->mayBeInProgrammingMode()) {
        const QByteArray b0 = breakMessage(bccRule(m_session->result().dialect));
        if (m_link->write(b0).ok()) {
            m_bytesQueued += b0.size();
            m_lastWriteSize = b0.size();
        }
    }
    m_session.reset();
    m_deadline.stop();
    m_phase = Phase::Pausing;
    report(tr("attempt %1 failed (%2); trying again").arg(m_attempt).arg(error.message));
    m_blocked = true;
    m_stepTimer.start(m_options.retryPauseMs);
}

void OpticalReader::succeed()
{
    OpticalReading reading;
    reading.device = m_options.device;
    reading.result = m_session->result();
    reading.attempts = m_attempt;
    m_answerTimer.stop();
    m_queue.clear();
    m_pendingReading = std::move(reading);
    m_pendingError.reset();
    m_phase = Phase::Closing;
    // Closes once the B0 of programming mode has left, from the event loop.
    m_stepTimer.start(0);
}

void OpticalReader::end(std::optional<Error> error)
{
    m_answerTimer.stop();
    m_stepTimer.stop();
    m_deadline.stop();
    m_queue.clear();
    m_blocked = false;
    if (m_link && m_link->isOpen() && m_session && m_session->mayBeInProgrammingMode()) {
        // Leave the meter in its opening state, not in programming mode.
        const QByteArray b0 = breakMessage(bccRule(m_session->result().dialect));
        if (m_link->write(b0).ok()) {
            m_bytesQueued += b0.size();
            m_lastWriteSize = b0.size();
        }
    }
    m_pendingReading.reset();
    m_pendingError = std::move(error);
    m_phase = Phase::Closing;
    // Reported from the event loop, never from inside start() or cancel().
    m_stepTimer.start(0);
}

} // namespace ims::iec21
