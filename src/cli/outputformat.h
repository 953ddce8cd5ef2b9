// The output formats of resellerdesk-cli and their names on the command line.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

enum class OutputFormat
{
    Table, // aligned columns for people at a terminal
    Json,  // the value types' toJson(), indented
    Csv,   // RFC 4180, a header row first
};

std::optional<OutputFormat> outputFormatFromName(const QString &name);
QStringList outputFormatNames();
