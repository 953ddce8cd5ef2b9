// Switching the language at run time: the main window's menus, navigation, tabs and views
// change to German and back to English, and numbers, dates and money follow the locale.
#include "apiclient.h"
#include "displayformat.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "ordersservice.h"
#include "requestlogmodel.h"
#include "sandboxserver.h"
#include "secretsource.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrdersService> m_orders;
    std::unique_ptr<RequestLogModel> m_log;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<LanguageSwitcher> m_language;

    template<typename T>
    T *find(const char *name) const
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("missing widget %s", name);
        return widget;
    }
    QString menuTitle(const char *name) const { return find<QMenu>(name)->title(); }
    QString navigationText(int row) const
    {
        return find<QListWidget>("navigation")->item(row)->text();
    }
    QString searchTabText() const
    {
        auto *tabs = find<QTabWidget>("orderTabs");
        return tabs->tabText(0);
    }
    void grab(const char *name)
    {
        const QByteArray dir = qgetenv("RD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_window->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') +
                                  QLatin1String(name));
    }
    void verifyEnglish()
    {
        QCOMPARE(menuTitle("menuFile"), QStringLiteral("&File"));
        QCOMPARE(menuTitle("menuEdit"), QStringLiteral("&Edit"));
        QCOMPARE(find<QAction>("actionPreferences")->text(), QStringLiteral("&Preferences…"));
        QCOMPARE(navigationText(0), QStringLiteral("Orders"));
        QCOMPARE(navigationText(1), QStringLiteral("Request log"));
        QCOMPARE(searchTabText(), QStringLiteral("Search"));
        QCOMPARE(find<QPushButton>("searchButton")->text(), QStringLiteral("&Search"));
        QCOMPARE(find<QAction>("exportLoadedAction")->text(),
                 QStringLiteral("Export &loaded orders…"));
        QCOMPARE(find<QComboBox>("statusFilter")->itemText(0), QStringLiteral("All requests"));
        QCOMPARE(find<QPushButton>("bannerRetry")->text(), QStringLiteral("&Retry"));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Offline sandbox — ResellerDesk"));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->listen());
        m_client = std::make_unique<ApiClient>();
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.customUrl = m_sandbox->baseUrl();
        m_client->setProfile(profile, std::make_shared<InMemorySecretSource>(
                                          QLatin1String(SandboxDefaults::ClientSecret)));
        m_orders = std::make_unique<OrdersService>(m_client.get());
        m_log = std::make_unique<RequestLogModel>();
        m_language = std::make_unique<LanguageSwitcher>(QStringLiteral(":/i18n-test"));
        m_language->setLanguage(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>(m_client.get(), m_orders.get(), m_log.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_language.reset();
        m_orders.reset();
        m_client.reset();
        m_log.reset();
        m_sandbox.reset();
        QLocale::setDefault(QLocale::system());
    }

    void switchesToGermanAndBack()
    {
        // A request, so the status bar has something to say about it.
        std::unique_ptr<OrderSearchJob> job(m_orders->search({}));
        job->setAutoDelete(false);
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 20000);
        auto *lastRequest = find<QLabel>("lastRequest");
        QTRY_VERIFY(lastRequest->text().startsWith(QLatin1String("Last request: GET ")));
        verifyEnglish();

        QVERIFY(m_language->setLanguage(QStringLiteral("de")));
        QVERIFY(m_language->hasTranslation());
        QTRY_COMPARE(menuTitle("menuFile"), QStringLiteral("&Datei"));
        QCOMPARE(menuTitle("menuEdit"), QStringLiteral("&Bearbeiten"));
        QCOMPARE(find<QAction>("actionPreferences")->text(), QStringLiteral("&Einstellungen…"));
        QCOMPARE(navigationText(0), QStringLiteral("Bestellungen"));
        QCOMPARE(navigationText(1), QStringLiteral("Anfrageprotokoll"));
        QCOMPARE(find<QListWidget>("navigation")->item(0)->toolTip(),
                 QStringLiteral("Bestellungen"));
        QCOMPARE(searchTabText(), QStringLiteral("Suche"));
        QCOMPARE(find<QPushButton>("searchButton")->text(), QStringLiteral("&Suchen"));
        QCOMPARE(find<QAction>("exportLoadedAction")->text(),
                 QStringLiteral("&Geladene Bestellungen exportieren…"));
        QCOMPARE(find<QComboBox>("statusFilter")->itemText(0), QStringLiteral("Alle Anfragen"));
        QCOMPARE(find<QPushButton>("bannerRetry")->text(), QStringLiteral("&Wiederholen"));
        QCOMPARE(m_window->windowTitle(),
                 QStringLiteral("Offline sandbox — ResellerDesk (Deutsch)"));
        QVERIFY2(lastRequest->text().startsWith(QLatin1String("Letzte Anfrage: GET ")),
                 qPrintable(lastRequest->text()));
        // The filter keeps working on what it meant before.
        QCOMPARE(find<QComboBox>("statusFilter")->count(), 5);
        grab("language-de.png");

        QVERIFY(m_language->setLanguage(QStringLiteral("en")));
        QVERIFY(!m_language->hasTranslation());
        QTRY_COMPARE(menuTitle("menuFile"), QStringLiteral("&File"));
        verifyEnglish();
        QVERIFY(lastRequest->text().startsWith(QLatin1String("Last request: GET ")));
    }

    void numbersDatesAndMoneyFollowTheLanguage()
    {
        m_language->setLanguage(QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        QVERIFY2(
            DisplayFormat::money(1234.5, QStringLiteral("EUR")).contains(QLatin1String("1.234,50")),
            qPrintable(DisplayFormat::money(1234.5, QStringLiteral("EUR"))));
        QCOMPARE(DisplayFormat::quantity(12000), QStringLiteral("12.000"));

        m_language->setLanguage(QStringLiteral("en"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QVERIFY(DisplayFormat::money(1234.5, QStringLiteral("USD"))
                    .contains(QLatin1String("1,234.50")));
    }

    void aLanguageWithoutTranslationStaysEnglish()
    {
        // This test build has no French texts: English words, French numbers.
        QVERIFY(!m_language->setLanguage(QStringLiteral("fr")));
        QVERIFY(!m_language->hasTranslation());
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(menuTitle("menuFile"), QStringLiteral("&File"));
        QCOMPARE(m_language->language(), QStringLiteral("fr"));
    }

    void nativeNames()
    {
        QCOMPARE(LanguageSwitcher::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(LanguageSwitcher::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(LanguageSwitcher::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
        QCOMPARE(LanguageSwitcher::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
