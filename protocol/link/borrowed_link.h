#pragma once
// A link that lends another link out: open() attaches to the target (opening
// it when it is not open yet), close() detaches without closing it. The
// polling engine keeps one connection to a router and hands it to one meter
// conversation after the other, each with its own HDLC data link (SNRM ...
// DISC), the way a client talks through a concentrator.
#include "protocol/link/link.h"

#include <QPointer>

namespace ims::link {

class BorrowedLink : public Link
{
    Q_OBJECT
public:
    explicit BorrowedLink(Link &target, QObject *parent = nullptr);
    ~BorrowedLink() override;

    void open() override;
    void close() override;
    Status write(const QByteArray &bytes) override;
    bool isOpen() const override;
    QString description() const override;

private:
    void attach();
    void detach();

    QPointer<Link> m_target;
    QList<QMetaObject::Connection> m_connections;
    bool m_attached = false;
    bool m_opened = false;
};

} // namespace ims::link
