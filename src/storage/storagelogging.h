// The logging category of the storage layer. Secrets are never logged through it.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
