#include "faulty_channel.h"

#include <QTimer>

namespace ims::controltest {

FaultyChannel::FaultyChannel(client::ApduChannel &inner, QObject *parent)
    : client::ApduChannel(parent)
    , m_inner(inner)
{
    connect(&inner, &ApduChannel::ready, this, &ApduChannel::ready);
    connect(&inner, &ApduChannel::receiving, this, &ApduChannel::receiving);
    connect(&inner, &ApduChannel::failed, this, &ApduChannel::failed);
    connect(&inner, &ApduChannel::closed, this, &ApduChannel::closed);
    connect(&inner, &ApduChannel::apduReceived, this, [this](const QByteArray &apdu) {
        if (m_broken)
            return;
        if (m_swallowNextAnswer) {
            m_swallowNextAnswer = false;
            breakLink();
            return;
        }
        emit apduReceived(apdu);
    });
}

void FaultyChannel::failAt(quint8 tag, int ordinal, Fault fault)
{
    m_faultTag = tag;
    m_faultAt = m_sent.value(tag) + ordinal;
    m_fault = fault;
}

int FaultyChannel::sent(quint8 tag) const
{
    return m_sent.value(tag);
}

Status FaultyChannel::sendApdu(const QByteArray &apdu)
{
    if (m_broken)
        return Error(ErrorKind::LinkClosed, QStringLiteral("link lost (test)"));
    const quint8 tag = apdu.isEmpty() ? 0 : quint8(apdu[0]);
    if (m_faultTag != 0 && tag == m_faultTag && m_sent.value(tag) + 1 == m_faultAt) {
        m_faultTag = 0;
        if (m_fault == Fault::DropRequest) {
            QTimer::singleShot(0, this, [this] { breakLink(); });
            return {};
        }
        m_swallowNextAnswer = true;
    }
    ++m_sent[tag];
    return m_inner.sendApdu(apdu);
}

void FaultyChannel::breakLink()
{
    m_broken = true;
    emit failed(Error(ErrorKind::LinkClosed, QStringLiteral("link lost (test)")));
}

} // namespace ims::controltest
