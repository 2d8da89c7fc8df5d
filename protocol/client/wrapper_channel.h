#pragma once
// APDUs over the DLMS/COSEM TCP-UDP wrapper (IEC 62056-47): an 8-byte
// header per APDU, no data-link connection of its own.
#include "protocol/client/apdu_channel.h"
#include "protocol/link/link.h"
#include "protocol/wrapper/wrapper_frame.h"

#include <memory>

namespace ims::client {

struct WrapperChannelSettings
{
    quint16 clientPort = 16; // the client SAP
    quint16 serverPort = 1;  // the logical device (1 = management)
};

class WrapperChannel : public ApduChannel
{
    Q_OBJECT
public:
    WrapperChannel(std::unique_ptr<link::Link> link, WrapperChannelSettings settings,
                   QObject *parent = nullptr);
    ~WrapperChannel() override;

    void open() override;
    void close() override;
    Status sendApdu(const QByteArray &apdu) override;
    bool isReady() const override { return m_link->isOpen(); }
    int maxApduHint() const override { return int(wrapper::kMaxWrapperApdu); }
    QString description() const override { return m_link->description(); }

    link::Link &link() { return *m_link; }

private:
    void onBytes(const QByteArray &bytes);
    void trace(link::TraceDirection direction, const QByteArray &frame, const QByteArray &apdu);

    std::unique_ptr<link::Link> m_link;
    WrapperChannelSettings m_settings;
    wrapper::WrapperParser m_parser;
    bool m_closing = false;
    bool m_failed = false;
};

} // namespace ims::client
