#include "sandbox/sandboxclock.h"

SandboxClock::SandboxClock(QDate referenceDate)
{
    if (referenceDate.isValid())
        m_shiftDays = QDate::currentDate().daysTo(referenceDate);
}

QDateTime SandboxClock::now() const
{
    return QDateTime::currentDateTimeUtc().addDays(m_shiftDays).addSecs(m_advancedSeconds);
}

void SandboxClock::advance(qint64 seconds)
{
    m_advancedSeconds += seconds;
}
