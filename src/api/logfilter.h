// Keeps tokens and secrets out of debug output, whatever QT_LOGGING_RULES turns on.
#pragma once

namespace LogFilter {

// Qt's own HTTP categories print whole requests, Authorization headers and form bodies
// included; this filter keeps them off. Call once at start-up, after the application object.
void install();

} // namespace LogFilter
