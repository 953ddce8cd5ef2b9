// The user's preferences: language, default order API version, request timeout, request-log
// size and theme, with their defaults and limits, read from and written to QSettings.
#pragma once

#include "connectionprofile.h"

#include <QString>
#include <QStringList>

class QSettings;

class Preferences
{
public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };

    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr int MinTimeoutSeconds = 5;
    static constexpr int MaxTimeoutSeconds = 600;
    static constexpr int DefaultRequestLogSize = 500;
    static constexpr int MinRequestLogSize = 10;
    static constexpr int MaxRequestLogSize = 10000;

    // Language codes the application ships translations for, English (the source) first.
    static QStringList supportedLanguages();

    // An empty language follows the system locale; otherwise one of supportedLanguages().
    QString language;
    ConnectionProfile::OrderApiVersion defaultOrderApiVersion =
        ConnectionProfile::OrderApiVersion::V6;
    int requestTimeoutSeconds = DefaultTimeoutSeconds;
    int requestLogSize = DefaultRequestLogSize;
    Theme theme = Theme::System;

    // Unknown languages become the system default, numbers are clamped to their limits.
    Preferences validated() const;

    // Missing or invalid values read as their defaults.
    static Preferences load(const QSettings &settings);
    void save(QSettings &settings) const;

    bool operator==(const Preferences &other) const;
    bool operator!=(const Preferences &other) const { return !(*this == other); }
};
