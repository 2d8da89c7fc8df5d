#include "protocol/link/pty.h"

#include "protocol/core/logging.h"

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace ims::link {

namespace {

QString osReason(int error)
{
    return qt_error_string(error);
}

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

} // namespace

Pty::Pty(int master, int slave, QString slavePath)
    : m_master(master)
    , m_slave(slave)
    , m_slavePath(std::move(slavePath))
{}

Pty::Pty(Pty &&other) noexcept
    : m_master(std::exchange(other.m_master, -1))
    , m_slave(std::exchange(other.m_slave, -1))
    , m_slavePath(std::move(other.m_slavePath))
{}

Pty &Pty::operator=(Pty &&other) noexcept
{
    if (this != &other) {
        reset();
        m_master = std::exchange(other.m_master, -1);
        m_slave = std::exchange(other.m_slave, -1);
        m_slavePath = std::move(other.m_slavePath);
    }
    return *this;
}

Pty::~Pty()
{
    reset();
}

void Pty::reset()
{
    closeFd(m_slave);
    closeFd(m_master);
}

Result<Pty> Pty::open()
{
    auto fail = [](const char *call, int master, int slave = -1) {
        const int error = errno;
        closeFd(slave);
        closeFd(master);
        return Error(ErrorKind::Io,
                     tr("cannot create a pseudo-terminal: %1 failed: %2")
                         .arg(QLatin1String(call), osReason(error)),
                     error);
    };

    int master = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0)
        return fail("posix_openpt", master);
    if (::grantpt(master) != 0)
        return fail("grantpt", master);
    if (::unlockpt(master) != 0)
        return fail("unlockpt", master);
    char name[128] = {};
    if (::ptsname_r(master, name, sizeof name) != 0)
        return fail("ptsname", master);
    const int flags = ::fcntl(master, F_GETFL);
    if (flags < 0 || ::fcntl(master, F_SETFL, flags | O_NONBLOCK) != 0)
        return fail("fcntl(O_NONBLOCK)", master);

    int slave = ::open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (slave < 0)
        return fail("open(slave)", master);
    // Bytes must pass unchanged: no echo, no CR/LF mapping, no signals.
    termios tio{};
    if (::tcgetattr(slave, &tio) != 0)
        return fail("tcgetattr", master, slave);
    ::cfmakeraw(&tio);
    if (::tcsetattr(slave, TCSANOW, &tio) != 0)
        return fail("tcsetattr", master, slave);

    return Pty(master, slave, QString::fromLocal8Bit(name));
}

PtyEndpoint::PtyEndpoint(Pty pty, QObject *parent)
    : QObject(parent)
    , m_pty(std::move(pty))
    , m_readNotifier(m_pty.masterFd(), QSocketNotifier::Read, this)
    , m_writeNotifier(m_pty.masterFd(), QSocketNotifier::Write, this)
{
    m_writeNotifier.setEnabled(false);
    connect(&m_readNotifier, &QSocketNotifier::activated, this, &PtyEndpoint::onReadable);
    connect(&m_writeNotifier, &QSocketNotifier::activated, this, &PtyEndpoint::flush);
}

PtyEndpoint::~PtyEndpoint()
{
    // Notifiers must go before the descriptor they watch is closed.
    m_readNotifier.setEnabled(false);
    m_writeNotifier.setEnabled(false);
}

Result<std::unique_ptr<PtyEndpoint>> PtyEndpoint::create()
{
    Result<Pty> pty = Pty::open();
    if (!pty)
        return pty.error();
    return std::make_unique<PtyEndpoint>(std::move(pty).value());
}

void PtyEndpoint::write(const QByteArray &bytes)
{
    m_outgoing.append(bytes);
    flush();
}

void PtyEndpoint::flush()
{
    while (!m_outgoing.isEmpty()) {
        const ssize_t n
            = ::write(m_pty.masterFd(), m_outgoing.constData(), size_t(m_outgoing.size()));
        if (n > 0) {
            m_outgoing.remove(0, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break; // the slave's input queue is full; wait for room
        const int error = errno;
        m_outgoing.clear();
        m_writeNotifier.setEnabled(false);
        emit errorOccurred(
            Error(ErrorKind::Io,
                  tr("pty %1: write failed: %2").arg(m_pty.slavePath(), osReason(error)), error));
        return;
    }
    m_writeNotifier.setEnabled(!m_outgoing.isEmpty());
}

void PtyEndpoint::onReadable()
{
    // Bounded per wake-up; the notifier fires again while more is waiting.
    constexpr qsizetype kMaxPerActivation = 64 * 1024;
    QByteArray received;
    char buffer[4096];
    while (received.size() < kMaxPerActivation) {
        const ssize_t n = ::read(m_pty.masterFd(), buffer, sizeof buffer);
        if (n > 0) {
            received.append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        // EOF or EIO: no slave descriptor left. Pty holds one, so this means
        // something closed it behind our back; stop watching.
        const int error = n < 0 ? errno : 0;
        m_readNotifier.setEnabled(false);
        if (!received.isEmpty())
            emit bytesReceived(received);
        emit errorOccurred(Error(
            ErrorKind::LinkClosed,
            tr("pty %1: the slave side is closed (%2)").arg(m_pty.slavePath(), osReason(error)),
            error));
        return;
    }
    if (!received.isEmpty())
        emit bytesReceived(received);
}

} // namespace ims::link
