#include "models/core/logging.h"

Q_LOGGING_CATEGORY(lcStorage, "imsdesk.models.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIngest, "imsdesk.models.ingest", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAnalytics, "imsdesk.models.analytics", QtWarningMsg)
