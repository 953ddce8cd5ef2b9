// Keeps the preferences: reads them from the settings, and applies them to the running
// application (language, request timeout, request-log size, theme) and saves them.
#pragma once

#include "preferences.h"

#include <QObject>

class ApiClient;
class LanguageSwitcher;
class QSettings;
class RequestLogModel;

class PreferencesController : public QObject
{
    Q_OBJECT

public:
    // Nothing is owned; any of the live objects may be null. Reads the stored preferences but
    // applies nothing until apply() or applyStored().
    PreferencesController(QSettings *settings, ApiClient *client, RequestLogModel *requestLog,
                          LanguageSwitcher *language, QObject *parent = nullptr);

    Preferences preferences() const { return m_preferences; }

    // Validates, saves and applies; emits applied() with what is now in effect.
    void apply(const Preferences &preferences);
    // Applies the stored preferences, at start-up.
    void applyStored();

Q_SIGNALS:
    void applied(const Preferences &preferences);

private:
    void applyToLiveObjects(const Preferences &preferences, bool languageChanged);

    QSettings *m_settings;
    ApiClient *m_client;
    RequestLogModel *m_requestLog;
    LanguageSwitcher *m_language;
    Preferences m_preferences;
};
