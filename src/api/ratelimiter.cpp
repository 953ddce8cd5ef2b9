#include "ratelimiter.h"

#include <algorithm>

RateLimiter::RateLimiter(int limit, qint64 windowMs)
    : m_limit(limit)
    , m_windowMs(windowMs)
{}

void RateLimiter::setLimit(int limit, qint64 windowMs)
{
    m_limit = limit;
    m_windowMs = windowMs;
    m_slots.clear();
}

qint64 RateLimiter::reserve(const QString &endpoint, qint64 nowMs)
{
    if (m_limit <= 0)
        return 0;
    std::deque<qint64> &slots = m_slots[endpoint];
    while (!slots.empty() && slots.front() + m_windowMs <= nowMs)
        slots.pop_front();
    if (static_cast<int>(slots.size()) < m_limit) {
        slots.push_back(nowMs);
        return 0;
    }
    // The window is full: the next call may start when the oldest one leaves it.
    const qint64 slot = std::max(nowMs, slots.front() + m_windowMs);
    slots.pop_front();
    slots.push_back(slot);
    return slot - nowMs;
}
