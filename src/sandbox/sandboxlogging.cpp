#include "sandbox/sandboxlogging.h"

// Per-request lines are debug messages, off unless QT_LOGGING_RULES turns them on.
Q_LOGGING_CATEGORY(lcSandbox, "resellerdesk.sandbox", QtInfoMsg)
