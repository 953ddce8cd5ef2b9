#include "correlationid.h"

#include <QUuid>

namespace CorrelationId {

QString generate()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace CorrelationId
