// Installs the translations of the application and of Qt for the chosen language, or for the
// system locale, and makes the matching QLocale the default for numbers, dates and money.
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    // qmDirectory holds resellerdesk_<language>.qm; the application embeds them under :/i18n.
    explicit LanguageSwitcher(const QString &qmDirectory = QStringLiteral(":/i18n"),
                              QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // An empty code follows the system locale. Installing or removing a translator sends
    // QEvent::LanguageChange to every widget. Returns false when the language has no
    // translation of the application (its texts then stay English).
    bool setLanguage(const QString &code);
    QString language() const { return m_language; }
    QLocale locale() const { return m_locale; }
    // Whether a translation of the application is installed (for English: its plural forms).
    bool hasTranslation() const;

    // The name of a language in that language ("Deutsch", "Français"), for language choosers.
    static QString nativeName(const QString &code);

private:
    void removeTranslators();

    QString m_qmDirectory;
    QString m_language;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};
