#include "clienvironment.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <io.h>
#define RD_ISATTY _isatty
#else
#include <unistd.h>
#define RD_ISATTY isatty
#endif

std::optional<QString> CliEnvironment::clientSecretFromProcess()
{
    const QString value = qEnvironmentVariable(ClientSecretVariable);
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

bool CliEnvironment::standardInputIsTerminal()
{
    return RD_ISATTY(0) != 0;
}
