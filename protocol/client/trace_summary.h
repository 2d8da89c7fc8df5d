#pragma once
// One-line human summaries of frames and APDUs for the frame trace:
// "I N(S)=1 N(R)=0 | get-request-normal 8/0.0.1.0.0.255/2".
#include "protocol/hdlc/hdlc_frame.h"

#include <QByteArrayView>
#include <QString>

namespace ims::client {

QString summarizeApdu(QByteArrayView apdu);
QString summarizeHdlcFrame(const hdlc::HdlcFrame &frame);

} // namespace ims::client
