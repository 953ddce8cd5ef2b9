#include "languageswitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

LanguageSwitcher::LanguageSwitcher(const QString &qmDirectory, QObject *parent)
    : QObject(parent)
    , m_qmDirectory(qmDirectory)
    , m_locale(QLocale::system())
{}

LanguageSwitcher::~LanguageSwitcher()
{
    removeTranslators();
}

QString LanguageSwitcher::nativeName(const QString &code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

bool LanguageSwitcher::hasTranslation() const
{
    return m_appTranslator != nullptr;
}

void LanguageSwitcher::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

bool LanguageSwitcher::setLanguage(const QString &code)
{
    const QLocale system = QLocale::system();
    // A chosen language keeps the system's formats when they are of that language already
    // (German chosen in Austria stays de_AT), otherwise it brings its own.
    QLocale locale = system;
    if (!code.isEmpty() && QLocale(code).language() != system.language())
        locale = QLocale(code);
    // The POSIX "C" locale (LANG=C, minimal containers) means no preference: English.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);

    removeTranslators();
    m_language = code;
    m_locale = locale;
    QLocale::setDefault(locale);

    // English is the source language; its file only holds the plural forms.
    auto app = std::make_unique<QTranslator>();
    if (app->load(locale, QStringLiteral("resellerdesk"), QStringLiteral("_"), m_qmDirectory)) {
        QCoreApplication::installTranslator(app.get());
        m_appTranslator = std::move(app);
    }
    if (locale.language() != QLocale::English) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qtTranslator = std::move(qt);
        }
    }
    return m_appTranslator || locale.language() == QLocale::English;
}
