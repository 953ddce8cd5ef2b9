// Paces calls per endpoint so the user's own activity stays under the API's rate limit.
#pragma once

#include <QHash>
#include <QString>

#include <deque>

class RateLimiter
{
public:
    explicit RateLimiter(int limit = 60, qint64 windowMs = 60 * 1000);

    void setLimit(int limit, qint64 windowMs);
    int limit() const { return m_limit; }
    // Reserves the next free slot for the endpoint and returns how long to wait for it.
    qint64 reserve(const QString &endpoint, qint64 nowMs);
    void clear() { m_slots.clear(); }

private:
    int m_limit;
    qint64 m_windowMs;
    QHash<QString, std::deque<qint64>> m_slots;
};
