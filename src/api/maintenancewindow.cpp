#include "maintenancewindow.h"

QTimeZone MaintenanceWindow::timeZone()
{
    static const QTimeZone pacific("America/Los_Angeles");
    if (pacific.isValid())
        return pacific;
    // Without time zone data: standard time all year, off by an hour in summer at worst.
    return QTimeZone(-8 * 3600);
}

MaintenanceWindow::Span MaintenanceWindow::spanStartingOn(const QDate &pacificDate)
{
    const QTimeZone zone = timeZone();
    const bool weekend = pacificDate.dayOfWeek() >= Qt::Saturday;
    const QTime start = weekend ? QTime(18, 0) : QTime(23, 0);
    const QTime end = weekend ? QTime(5, 0) : QTime(4, 0);
    return {QDateTime(pacificDate, start, zone), QDateTime(pacificDate.addDays(1), end, zone)};
}

std::optional<MaintenanceWindow::Span> MaintenanceWindow::spanAt(const QDateTime &instant)
{
    if (!instant.isValid())
        return std::nullopt;
    const QDate date = instant.toTimeZone(timeZone()).date();
    // Early morning belongs to the window of the evening before.
    for (const QDate &evening : {date.addDays(-1), date}) {
        const Span span = spanStartingOn(evening);
        if (span.start <= instant && instant < span.end)
            return span;
    }
    return std::nullopt;
}

MaintenanceWindow::Span MaintenanceWindow::nextSpan(const QDateTime &instant)
{
    if (const std::optional<Span> current = spanAt(instant))
        return *current;
    const QDate date = instant.toTimeZone(timeZone()).date();
    Span span = spanStartingOn(date);
    if (span.end <= instant)
        span = spanStartingOn(date.addDays(1));
    return span;
}
