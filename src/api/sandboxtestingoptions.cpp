#include "sandboxtestingoptions.h"

bool SandboxTestingOptions::isEmpty() const
{
    return simulateStatus.trimmed().isEmpty() && regionCode.trimmed().isEmpty() &&
           !isIml.has_value();
}

bool SandboxTestingOptions::isValid() const
{
    const QString status = simulateStatus.trimmed();
    return (status.isEmpty() || OrderDetailsQuery::simulateStatusValues().contains(status)) &&
           regionCode.trimmed().size() <= RegionCodeMaxLength;
}

void SandboxTestingOptions::applyTo(OrderDetailsQuery &query) const
{
    if (query.simulateStatus.trimmed().isEmpty())
        query.simulateStatus = simulateStatus.trimmed();
    if (query.regionCode.trimmed().isEmpty())
        query.regionCode = regionCode.trimmed();
    if (!query.isIml.has_value())
        query.isIml = isIml;
}
