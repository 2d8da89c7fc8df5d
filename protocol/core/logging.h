#pragma once
// One logging category per subsystem of the protocol layer. Enable with
// QT_LOGGING_RULES="imsdesk.protocol.hdlc.debug=true" and the like.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLink)
Q_DECLARE_LOGGING_CATEGORY(lcHdlc)
Q_DECLARE_LOGGING_CATEGORY(lcWrapper)
Q_DECLARE_LOGGING_CATEGORY(lcAxdr)
Q_DECLARE_LOGGING_CATEGORY(lcDlms)
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
Q_DECLARE_LOGGING_CATEGORY(lcTrace)
Q_DECLARE_LOGGING_CATEGORY(lcIec21)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcSim)
