#include "protocol/link/serial_link.h"

#include "protocol/core/logging.h"

#include <QFileInfo>
#include <QScopeGuard>

#include <algorithm>
#include <poll.h>

namespace ims::link {

namespace {

// How long past the expected end of an echo we keep held bytes back.
constexpr int kEchoGraceMs = 100;

QSerialPort::Parity toQt(Parity p)
{
    switch (p) {
    case Parity::None:
        return QSerialPort::NoParity;
    case Parity::Even:
        return QSerialPort::EvenParity;
    case Parity::Odd:
        return QSerialPort::OddParity;
    }
    return QSerialPort::NoParity;
}

QSerialPort::FlowControl toQt(FlowControl f)
{
    switch (f) {
    case FlowControl::None:
        return QSerialPort::NoFlowControl;
    case FlowControl::Hardware:
        return QSerialPort::HardwareControl;
    case FlowControl::Software:
        return QSerialPort::SoftwareControl;
    }
    return QSerialPort::NoFlowControl;
}

} // namespace

SerialLink::SerialLink(SerialSettings settings, QObject *parent)
    : SerialLink(std::move(settings), QStringLiteral("serial"), parent)
{}

SerialLink::SerialLink(SerialSettings settings, QString kind, QObject *parent)
    : Link(parent)
    , m_settings(std::move(settings))
    , m_kind(std::move(kind))
    , m_port(this)
    , m_echoTimer(this)
    , m_gapTimer(this)
{
    m_clock.start();
    m_echoTimer.setSingleShot(true);
    m_gapTimer.setSingleShot(true);
    connect(&m_echoTimer, &QTimer::timeout, this, &SerialLink::releaseHeldEcho);
    connect(&m_gapTimer, &QTimer::timeout, this, &SerialLink::writeDueFrames);
    connect(&m_port, &QSerialPort::readyRead, this, &SerialLink::onReadyRead);
    connect(&m_port, &QSerialPort::errorOccurred, this, &SerialLink::onPortError);
    connect(&m_port, &QSerialPort::bytesWritten, this, &SerialLink::deliverWritten);
}

SerialLink::~SerialLink()
{
    m_port.disconnect(this);
    m_port.close();
}

QString SerialLink::description() const
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(m_kind, m_settings.device)
        .arg(m_settings.baud)
        .arg(lineFormat(m_settings.dataBits, m_settings.parity, m_settings.stopBits));
}

Error SerialLink::validate(qint32 baud, int dataBits, Parity parity, int stopBits) const
{
    Q_UNUSED(parity);
    if (baud < kMinBaud || baud > kMaxBaud)
        return Error(ErrorKind::InvalidArgument, tr("%1: baud rate %2 is outside %3..%4")
                                                     .arg(description())
                                                     .arg(baud)
                                                     .arg(kMinBaud)
                                                     .arg(kMaxBaud));
    if (dataBits != 7 && dataBits != 8)
        return Error(
            ErrorKind::InvalidArgument,
            tr("%1: %2 data bits; only 7 or 8 are supported").arg(description()).arg(dataBits));
    if (stopBits != 1 && stopBits != 2)
        return Error(
            ErrorKind::InvalidArgument,
            tr("%1: %2 stop bits; only 1 or 2 are supported").arg(description()).arg(stopBits));
    if (m_settings.rs485.interFrameGapMs < 0
        || m_settings.rs485.interFrameGapMs > kMaxInterFrameGapMs)
        return Error(ErrorKind::InvalidArgument, tr("%1: the inter-frame gap must be 0..%2 ms")
                                                     .arg(description())
                                                     .arg(kMaxInterFrameGapMs));
    return {};
}

Status SerialLink::applyToPort()
{
    m_changingSettings = true;
    const auto done = qScopeGuard([this] { m_changingSettings = false; });
    auto refused = [this](const QString &what) {
        const Error error(
            ErrorKind::LinkError,
            tr("%1: the port refused the %2: %3").arg(description(), what, m_port.errorString()),
            int(m_port.error()));
        m_port.clearError();
        return error;
    };
    if (!m_port.setBaudRate(m_settings.baud))
        return refused(tr("baud rate"));
    // A pseudo-terminal has no character framing: Linux keeps CS8 and no
    // parity whatever is asked, and QSerialPort reads the settings back and
    // calls that a failure. The simulator serves serial lines on ptys, so
    // there the framing is accepted as given (bytes pass unchanged anyway).
    const bool framingOk
        = m_port.setDataBits(m_settings.dataBits == 7 ? QSerialPort::Data7 : QSerialPort::Data8)
          && m_port.setParity(toQt(m_settings.parity));
    if (!framingOk) {
        if (!m_isPseudoTerminal)
            return refused(
                tr("character format %1")
                    .arg(lineFormat(m_settings.dataBits, m_settings.parity, m_settings.stopBits)));
        qCDebug(lcLink) << description() << "is a pseudo-terminal; framing not applied";
        m_port.clearError();
    }
    if (!m_port.setStopBits(m_settings.stopBits == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop))
        return refused(tr("stop bits"));
    if (!m_port.setFlowControl(toQt(m_settings.flowControl)))
        return refused(tr("flow control"));
    return {};
}

bool SerialLink::deviceHungUp() const
{
    pollfd fd{int(m_port.handle()), POLLIN, 0};
    return ::poll(&fd, 1, 0) == 1 && (fd.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

void SerialLink::open()
{
    if (m_port.isOpen()) {
        qCDebug(lcLink) << description() << "open() ignored: already open";
        return;
    }
    auto failLater = [this](const Error &error) {
        qCDebug(lcLink) << error.message;
        QMetaObject::invokeMethod(
            this, [this, error] { emit errorOccurred(error); }, Qt::QueuedConnection);
    };
    if (const Error invalid
        = validate(m_settings.baud, m_settings.dataBits, m_settings.parity, m_settings.stopBits);
        invalid.kind != ErrorKind::None) {
        failLater(invalid);
        return;
    }
    m_port.setPortName(m_settings.device);
    m_isPseudoTerminal
        = QFileInfo(m_settings.device).canonicalFilePath().startsWith(QLatin1String("/dev/pts/"));
    if (!m_port.open(QIODevice::ReadWrite)) {
        QString what;
        switch (m_port.error()) {
        case QSerialPort::DeviceNotFoundError:
            what = tr("no such device");
            break;
        case QSerialPort::PermissionError:
            what = tr("permission denied or in use by another program");
            break;
        case QSerialPort::OpenError:
            what = tr("already open");
            break;
        default:
            what = tr("cannot open");
            break;
        }
        failLater(Error(ErrorKind::LinkError,
                        tr("%1: %2 (%3)").arg(description(), what, m_port.errorString()),
                        int(m_port.error())));
        m_port.clearError();
        return;
    }
    if (const Status applied = applyToPort(); !applied) {
        m_port.close();
        failLater(applied.error());
        return;
    }
    m_echo.reset();
    m_pending.clear();
    m_lineBusyUntilMs = m_clock.elapsed() - kMaxInterFrameGapMs - 1; // quiet since long ago
    qCDebug(lcLink) << "opened" << description();
    QMetaObject::invokeMethod(this, &SerialLink::opened, Qt::QueuedConnection);
}

void SerialLink::close()
{
    m_gapTimer.stop();
    m_echoTimer.stop();
    m_pending.clear();
    m_echo.reset();
    if (!m_port.isOpen())
        return;
    m_port.close();
    qCDebug(lcLink) << "closed" << description();
    QMetaObject::invokeMethod(this, &SerialLink::closed, Qt::QueuedConnection);
}

Status SerialLink::setLineSettings(qint32 baud, int dataBits, Parity parity, int stopBits)
{
    if (const Error invalid = validate(baud, dataBits, parity, stopBits);
        invalid.kind != ErrorKind::None)
        return invalid;
    const SerialSettings previous = m_settings;
    m_settings.baud = baud;
    m_settings.dataBits = dataBits;
    m_settings.parity = parity;
    m_settings.stopBits = stopBits;
    if (!m_port.isOpen())
        return {};
    if (Status applied = applyToPort(); !applied) {
        m_settings = previous;
        (void)applyToPort();
        return applied;
    }
    qCDebug(lcLink) << "line settings now" << description();
    return {};
}

Status SerialLink::write(const QByteArray &bytes)
{
    if (!m_port.isOpen())
        return notOpenError();
    if (bytes.isEmpty())
        return {};
    m_pending.push_back(bytes);
    if (m_pending.size() == 1)
        writeDueFrames();
    return {};
}

void SerialLink::writeDueFrames()
{
    const int gap = m_settings.rs485.interFrameGapMs;
    while (!m_pending.empty() && m_port.isOpen()) {
        if (gap > 0) {
            const qint64 wait = m_lineBusyUntilMs + gap - m_clock.elapsed();
            if (wait > 0) {
                m_gapTimer.start(int(wait));
                return;
            }
        }
        const QByteArray frame = std::move(m_pending.front());
        m_pending.pop_front();
        writeNow(frame);
    }
}

void SerialLink::writeNow(const QByteArray &frame)
{
    if (m_settings.rs485.suppressEcho)
        m_echo.expect(frame);
    const qint64 now = m_clock.elapsed();
    m_lineBusyUntilMs = std::max(now, m_lineBusyUntilMs) + wireTimeMs(frame.size());
    if (m_port.write(frame) != frame.size()) {
        // QSerialPort buffers without limit, so this means the port failed;
        // onPortError() reports it.
        qCWarning(lcLink) << description() << "write failed:" << m_port.errorString();
    }
}

qint64 SerialLink::wireTimeMs(qsizetype bytes) const
{
    const int bitsPerChar = 1 + m_settings.dataBits + (m_settings.parity == Parity::None ? 0 : 1)
                            + m_settings.stopBits;
    const qint64 bits = qint64(bytes) * bitsPerChar;
    return (bits * 1000 + m_settings.baud - 1) / m_settings.baud;
}

void SerialLink::onReadyRead()
{
    const QByteArray raw = m_port.readAll();
    if (raw.isEmpty())
        return;
    m_lineBusyUntilMs = std::max(m_lineBusyUntilMs, m_clock.elapsed());
    if (!m_settings.rs485.suppressEcho) {
        deliverReceived(raw);
        return;
    }
    const QByteArray payload = m_echo.filter(raw);
    if (m_echo.isHolding())
        m_echoTimer.start(int(wireTimeMs(m_echo.remainingOfCurrentFrame())) + kEchoGraceMs);
    else
        m_echoTimer.stop();
    deliverReceived(payload);
}

void SerialLink::releaseHeldEcho()
{
    const QByteArray held = m_echo.release();
    qCDebug(lcLink) << description() << "echo incomplete; delivering" << held.size()
                    << "held bytes";
    deliverReceived(held);
}

void SerialLink::onPortError(QSerialPort::SerialPortError error)
{
    // Failures of open() and of the setters are reported by their callers.
    if (error == QSerialPort::NoError || m_changingSettings || !m_port.isOpen())
        return;
    const QString reason = m_port.errorString();
    m_port.clearError();
    // A tty whose other side went away (USB adapter unplugged: EIO; pty
    // master closed: end of file) must close the link, or QSerialPort keeps
    // waking up on the hang-up and reading nothing.
    const bool gone = error == QSerialPort::ResourceError
                      || ((error == QSerialPort::ReadError || error == QSerialPort::WriteError)
                          && deviceHungUp());
    if (!gone) {
        emit errorOccurred(
            Error(ErrorKind::LinkError, tr("%1: %2").arg(description(), reason), int(error)));
        return;
    }
    m_gapTimer.stop();
    m_echoTimer.stop();
    m_pending.clear();
    m_port.close();
    const Error failure(
        ErrorKind::LinkError,
        tr("%1: the device failed or was disconnected (%2)").arg(description(), reason),
        int(error));
    qCDebug(lcLink) << failure.message;
    emit errorOccurred(failure);
    emit closed();
}

} // namespace ims::link
