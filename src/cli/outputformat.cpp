#include "outputformat.h"

std::optional<OutputFormat> outputFormatFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("table"))
        return OutputFormat::Table;
    if (key == QLatin1String("json"))
        return OutputFormat::Json;
    if (key == QLatin1String("csv"))
        return OutputFormat::Csv;
    return std::nullopt;
}

QStringList outputFormatNames()
{
    return {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")};
}
