#pragma once
// `imsdesk-cli dlms VERB ...`: get, set, action, profile and objects on any
// DLMS/COSEM (SPODES) server over TCP (HDLC or wrapper) or a serial line.
#include <QStringList>

namespace ims::cli {

int runDlmsCommand(const QStringList &args);

} // namespace ims::cli
