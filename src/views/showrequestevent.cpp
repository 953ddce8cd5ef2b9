#include "showrequestevent.h"

ShowRequestEvent::ShowRequestEvent(QString correlationId)
    : QEvent(eventType())
    , m_correlationId(std::move(correlationId))
{
    setAccepted(false);
}

QEvent::Type ShowRequestEvent::eventType()
{
    static const auto type = QEvent::Type(QEvent::registerEventType());
    return type;
}
