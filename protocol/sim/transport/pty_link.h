#pragma once
// A Link over the master side of a pseudo-terminal: the simulator serves a
// serial line that a client opens at PtyLink::slavePath() like any tty.
// The pty lives as long as the link, so the client may close and reopen it.
#include "protocol/link/link.h"
#include "protocol/link/pty.h"

#include <memory>

namespace ims::sim {

class PtyLink : public link::Link
{
    Q_OBJECT
public:
    explicit PtyLink(std::unique_ptr<link::PtyEndpoint> endpoint, QObject *parent = nullptr);
    ~PtyLink() override;

    static Result<std::unique_ptr<PtyLink>> create();

    void open() override;
    void close() override;
    Status write(const QByteArray &bytes) override;
    bool isOpen() const override { return m_open; }
    QString description() const override;
    QString slavePath() const { return m_endpoint->slavePath(); }

private:
    std::unique_ptr<link::PtyEndpoint> m_endpoint;
    bool m_open = false;
};

} // namespace ims::sim
