// Preferences: defaults, validation and the round trip through the settings file.
#include "preferences.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsWhenNothingIsStored();
    void roundTrip();
    void invalidValuesReadAsDefaultsOrLimits();
    void validatedClampsAndDropsUnknownLanguages();

private:
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("prefs.ini")); }
    QTemporaryDir m_dir;
};

void TestPreferences::defaultsWhenNothingIsStored()
{
    QSettings settings(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    const Preferences prefs = Preferences::load(settings);
    QVERIFY(prefs.language.isEmpty());
    QCOMPARE(prefs.defaultOrderApiVersion, ConnectionProfile::OrderApiVersion::V6);
    QCOMPARE(prefs.requestTimeoutSeconds, 30);
    QCOMPARE(prefs.requestLogSize, 500);
    QCOMPARE(prefs.theme, Preferences::Theme::System);
    QVERIFY(prefs == Preferences());
}

void TestPreferences::roundTrip()
{
    Preferences prefs;
    prefs.language = QStringLiteral("fr");
    prefs.defaultOrderApiVersion = ConnectionProfile::OrderApiVersion::V7;
    prefs.requestTimeoutSeconds = 90;
    prefs.requestLogSize = 2000;
    prefs.theme = Preferences::Theme::Dark;
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        prefs.save(settings);
    }
    QSettings settings(settingsFile(), QSettings::IniFormat);
    const Preferences loaded = Preferences::load(settings);
    QCOMPARE(loaded.language, QStringLiteral("fr"));
    QCOMPARE(loaded.defaultOrderApiVersion, ConnectionProfile::OrderApiVersion::V7);
    QCOMPARE(loaded.requestTimeoutSeconds, 90);
    QCOMPARE(loaded.requestLogSize, 2000);
    QCOMPARE(loaded.theme, Preferences::Theme::Dark);
    QVERIFY(loaded == prefs);
    QCOMPARE(settings.value(QStringLiteral("Preferences/theme")).toString(),
             QStringLiteral("dark"));
}

void TestPreferences::invalidValuesReadAsDefaultsOrLimits()
{
    const QString file = m_dir.filePath(QStringLiteral("broken.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(QStringLiteral("Preferences/language"), QStringLiteral("klingon"));
        settings.setValue(QStringLiteral("Preferences/defaultOrderApiVersion"),
                          QStringLiteral("v9"));
        settings.setValue(QStringLiteral("Preferences/requestTimeoutSeconds"),
                          QStringLiteral("soon"));
        settings.setValue(QStringLiteral("Preferences/requestLogSize"), 99999999);
        settings.setValue(QStringLiteral("Preferences/theme"), QStringLiteral("purple"));
    }
    QSettings settings(file, QSettings::IniFormat);
    const Preferences prefs = Preferences::load(settings);
    QVERIFY(prefs.language.isEmpty());
    QCOMPARE(prefs.defaultOrderApiVersion, ConnectionProfile::OrderApiVersion::V6);
    QCOMPARE(prefs.requestTimeoutSeconds, Preferences::DefaultTimeoutSeconds);
    QCOMPARE(prefs.requestLogSize, Preferences::MaxRequestLogSize);
    QCOMPARE(prefs.theme, Preferences::Theme::System);
}

void TestPreferences::validatedClampsAndDropsUnknownLanguages()
{
    Preferences prefs;
    prefs.language = QStringLiteral("xx");
    prefs.requestTimeoutSeconds = 0;
    prefs.requestLogSize = -5;
    const Preferences valid = prefs.validated();
    QVERIFY(valid.language.isEmpty());
    QCOMPARE(valid.requestTimeoutSeconds, Preferences::MinTimeoutSeconds);
    QCOMPARE(valid.requestLogSize, Preferences::MinRequestLogSize);
    prefs.language = QStringLiteral("es");
    QCOMPARE(prefs.validated().language, QStringLiteral("es"));
    QCOMPARE(Preferences::supportedLanguages().first(), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
