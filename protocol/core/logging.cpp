#include "protocol/core/logging.h"

Q_LOGGING_CATEGORY(lcLink, "imsdesk.protocol.link", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHdlc, "imsdesk.protocol.hdlc", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWrapper, "imsdesk.protocol.wrapper", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAxdr, "imsdesk.protocol.axdr", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDlms, "imsdesk.protocol.dlms", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecurity, "imsdesk.protocol.security", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTrace, "imsdesk.protocol.trace", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIec21, "imsdesk.protocol.iec21", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEngine, "imsdesk.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSim, "imsdesk.sim", QtWarningMsg)
