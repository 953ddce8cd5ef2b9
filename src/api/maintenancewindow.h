// The vendor's nightly maintenance window for North America, when v6 order creates fail.
#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <optional>

// The window is named after the evening it starts on, in US Pacific time: Monday to Friday
// evenings from 23:00 to 04:00 the next morning, Saturday and Sunday evenings from 18:00 to
// 05:00 the next morning. So Friday night runs 23:00-04:00 (Friday is a weekday) and Sunday
// night runs until Monday 05:00. Clock changes are followed through America/Los_Angeles.
class MaintenanceWindow
{
public:
    struct Span
    {
        QDateTime start; // in Pacific time
        QDateTime end;
    };

    static QTimeZone timeZone();
    // The window that contains the instant, if any; start <= instant < end.
    static std::optional<Span> spanAt(const QDateTime &instant);
    static bool contains(const QDateTime &instant) { return spanAt(instant).has_value(); }
    // The window that starts on this Pacific calendar date.
    static Span spanStartingOn(const QDate &pacificDate);
    // The next window that has not ended at the instant (the current one, when inside).
    static Span nextSpan(const QDateTime &instant);
};
