#pragma once
// An APDU channel in front of a real one that loses the link at a chosen
// request: before the request reaches the meter (it never happened), or
// after (the meter carried it out, the answer never came). It also counts
// the GET, SET and ACTION requests that went out, so a test can prove that
// nothing was written.
#include "protocol/client/apdu_channel.h"

namespace ims::controltest {

// Request APDU tags (unciphered xDLMS).
inline constexpr quint8 kGetRequest = 0xC0;
inline constexpr quint8 kSetRequest = 0xC1;
inline constexpr quint8 kActionRequest = 0xC3;

class FaultyChannel : public client::ApduChannel
{
    Q_OBJECT
public:
    enum class Fault { DropRequest, LoseAnswer };

    explicit FaultyChannel(client::ApduChannel &inner, QObject *parent = nullptr);

    void open() override { m_inner.open(); }
    void close() override { m_inner.close(); }
    Status sendApdu(const QByteArray &apdu) override;
    bool isReady() const override { return !m_broken && m_inner.isReady(); }
    int maxApduHint() const override { return m_inner.maxApduHint(); }
    QString description() const override { return m_inner.description(); }

    // The `ordinal`-th (1-based) request with `tag` from now on meets `fault`.
    void failAt(quint8 tag, int ordinal, Fault fault);
    int sent(quint8 tag) const;
    bool broken() const { return m_broken; }

private:
    void breakLink();

    client::ApduChannel &m_inner;
    QHash<quint8, int> m_sent;
    quint8 m_faultTag = 0;
    int m_faultAt = 0;
    Fault m_fault = Fault::DropRequest;
    bool m_swallowNextAnswer = false;
    bool m_broken = false;
};

} // namespace ims::controltest
