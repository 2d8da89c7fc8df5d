#pragma once
// Logging category of the UI layer.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUi)
