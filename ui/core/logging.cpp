#include "ui/core/logging.h"

Q_LOGGING_CATEGORY(lcUi, "imsdesk.ui", QtWarningMsg)
