#include "clienvironment.h"

#include <QtGlobal>

std::optional<QString> CliEnvironment::clientSecretFromProcess()
{
    const QString value = qEnvironmentVariable(ClientSecretVariable);
    if (value.isEmpty())
        return std::nullopt;
    return value;
}
