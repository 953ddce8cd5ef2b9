// Generates IM-CorrelationID values: unique per request and per retry, at most 32 characters.
#pragma once

#include <QString>

namespace CorrelationId {

// 32 lower-case hex digits: a UUID without dashes (a dashed UUID is 36, over the API's limit).
QString generate();

constexpr int MaxLength = 32;

} // namespace CorrelationId
