// Asks the window to show the request log entry of a correlation ID. Sent by error messages
// anywhere in the window, so they need no pointer to the request log.
#pragma once

#include <QEvent>
#include <QString>

class ShowRequestEvent : public QEvent
{
public:
    explicit ShowRequestEvent(QString correlationId);

    static QEvent::Type eventType();
    const QString &correlationId() const { return m_correlationId; }

private:
    QString m_correlationId;
};
