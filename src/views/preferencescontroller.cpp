#include "preferencescontroller.h"

#include "apiclient.h"
#include "apptheme.h"
#include "languageswitcher.h"
#include "requestlogmodel.h"

#include <QApplication>
#include <QSettings>

PreferencesController::PreferencesController(QSettings *settings, ApiClient *client,
                                             RequestLogModel *requestLog,
                                             LanguageSwitcher *language, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_client(client)
    , m_requestLog(requestLog)
    , m_language(language)
    , m_preferences(settings ? Preferences::load(*settings) : Preferences())
{}

void PreferencesController::applyStored()
{
    applyToLiveObjects(m_preferences, true);
    Q_EMIT applied(m_preferences);
}

void PreferencesController::apply(const Preferences &preferences)
{
    const Preferences valid = preferences.validated();
    const bool languageChanged = valid.language != m_preferences.language;
    m_preferences = valid;
    if (m_settings)
        valid.save(*m_settings);
    applyToLiveObjects(valid, languageChanged);
    Q_EMIT applied(valid);
}

void PreferencesController::applyToLiveObjects(const Preferences &preferences, bool languageChanged)
{
    if (m_client)
        m_client->setTimeout(preferences.requestTimeoutSeconds * 1000);
    if (m_requestLog)
        m_requestLog->setCapacity(preferences.requestLogSize);
    if (m_language && languageChanged)
        m_language->setLanguage(preferences.language);
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        AppTheme::apply(preferences.theme);
}
