#include "preferences.h"

#include <QSettings>

#include <algorithm>

namespace {
const QString KeyLanguage = QStringLiteral("Preferences/language");
const QString KeyOrderApiVersion = QStringLiteral("Preferences/defaultOrderApiVersion");
const QString KeyTimeout = QStringLiteral("Preferences/requestTimeoutSeconds");
const QString KeyRequestLogSize = QStringLiteral("Preferences/requestLogSize");
const QString KeyTheme = QStringLiteral("Preferences/theme");

QString themeName(Preferences::Theme theme)
{
    switch (theme) {
    case Preferences::Theme::Light:
        return QStringLiteral("light");
    case Preferences::Theme::Dark:
        return QStringLiteral("dark");
    case Preferences::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

int readInt(const QSettings &settings, const QString &key, int fallback)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok ? value : fallback;
}
} // namespace

QStringList Preferences::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

Preferences Preferences::validated() const
{
    Preferences result = *this;
    if (!supportedLanguages().contains(result.language))
        result.language.clear();
    result.requestTimeoutSeconds =
        std::clamp(result.requestTimeoutSeconds, MinTimeoutSeconds, MaxTimeoutSeconds);
    result.requestLogSize = std::clamp(result.requestLogSize, MinRequestLogSize, MaxRequestLogSize);
    return result;
}

Preferences Preferences::load(const QSettings &settings)
{
    Preferences result;
    result.language = settings.value(KeyLanguage).toString();
    if (settings.value(KeyOrderApiVersion).toString() == QLatin1String("v7"))
        result.defaultOrderApiVersion = ConnectionProfile::OrderApiVersion::V7;
    result.requestTimeoutSeconds = readInt(settings, KeyTimeout, DefaultTimeoutSeconds);
    result.requestLogSize = readInt(settings, KeyRequestLogSize, DefaultRequestLogSize);
    const QString theme = settings.value(KeyTheme).toString();
    if (theme == themeName(Theme::Light))
        result.theme = Theme::Light;
    else if (theme == themeName(Theme::Dark))
        result.theme = Theme::Dark;
    return result.validated();
}

void Preferences::save(QSettings &settings) const
{
    const Preferences valid = validated();
    settings.setValue(KeyLanguage, valid.language);
    settings.setValue(KeyOrderApiVersion,
                      valid.defaultOrderApiVersion == ConnectionProfile::OrderApiVersion::V7
                          ? QStringLiteral("v7")
                          : QStringLiteral("v6"));
    settings.setValue(KeyTimeout, valid.requestTimeoutSeconds);
    settings.setValue(KeyRequestLogSize, valid.requestLogSize);
    settings.setValue(KeyTheme, themeName(valid.theme));
}

bool Preferences::operator==(const Preferences &other) const
{
    return language == other.language && defaultOrderApiVersion == other.defaultOrderApiVersion &&
           requestTimeoutSeconds == other.requestTimeoutSeconds &&
           requestLogSize == other.requestLogSize && theme == other.theme;
}
