#include "storagelogging.h"

Q_LOGGING_CATEGORY(lcStorage, "resellerdesk.storage")
