// The sandbox's "now": the real clock moved to the reference date, and advanced on demand by tests.
#pragma once

#include <QDate>
#include <QDateTime>

class SandboxClock
{
public:
    explicit SandboxClock(QDate referenceDate = {});

    // UTC. With a reference date the day is that date and the time of day is the real one, so
    // that created orders sit among the seeded ones.
    QDateTime now() const;
    // Moves now() forward (or back, for negative seconds) without waiting.
    void advance(qint64 seconds);
    qint64 advancedSeconds() const { return m_advancedSeconds; }

private:
    qint64 m_shiftDays = 0;
    qint64 m_advancedSeconds = 0;
};
