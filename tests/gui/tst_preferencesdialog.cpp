// The preferences dialog driven through its widgets: what it shows comes from the settings,
// and OK/Apply store the choices and apply them at once to the live objects (request timeout
// of the API client, request-log size, language, theme); Cancel changes nothing.
#include "apiclient.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "orderdetailsview.h"
#include "orderspage.h"
#include "ordersservice.h"
#include "preferencescontroller.h"
#include "preferencesdialog.h"
#include "requestlogmodel.h"
#include "sandboxserver.h"
#include "secretsource.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RequestLogModel> m_log;
    std::unique_ptr<LanguageSwitcher> m_language;
    std::unique_ptr<PreferencesController> m_controller;
    std::unique_ptr<PreferencesDialog> m_dialog;
    QString m_platformStyle;
    QColor m_platformWindowColor;

    template<typename T>
    T *child(const char *name) const
    {
        auto *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("missing widget %s", name);
        return widget;
    }
    QPushButton *button(QDialogButtonBox::StandardButton which) const
    {
        return child<QDialogButtonBox>("buttonBox")->button(which);
    }
    void choose(const char *combo, const QVariant &data) const
    {
        auto *box = child<QComboBox>(combo);
        const int index = box->findData(data);
        QVERIFY2(index >= 0, combo);
        box->setCurrentIndex(index);
    }
    void setSpin(const char *name, int value) const
    {
        auto *spin = child<QSpinBox>(name);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
        QCOMPARE(spin->value(), value);
    }
    void openDialog()
    {
        m_controller = std::make_unique<PreferencesController>(m_settings.get(), m_client.get(),
                                                               m_log.get(), m_language.get());
        m_controller->applyStored();
        m_dialog = std::make_unique<PreferencesDialog>(m_controller.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    void grab(const char *name)
    {
        const QByteArray dir = qgetenv("RD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_dialog->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') +
                                  QLatin1String(name));
    }
    static void appendExchanges(RequestLogModel *log, int count)
    {
        for (int i = 0; i < count; ++i) {
            ApiExchange exchange;
            exchange.method = "GET";
            exchange.url = QUrl(QStringLiteral("http://127.0.0.1/resellers/v6/orders/search"));
            exchange.status = 200;
            exchange.correlationId = QStringLiteral("id%1").arg(i);
            log->append(exchange);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_platformStyle = QApplication::style()->name();
        m_platformWindowColor = QApplication::palette().color(QPalette::Window);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_client = std::make_unique<ApiClient>();
        m_log = std::make_unique<RequestLogModel>();
        m_language = std::make_unique<LanguageSwitcher>(QStringLiteral(":/i18n-test"));
    }
    void cleanup()
    {
        m_dialog.reset();
        m_controller.reset();
        m_language.reset();
        m_log.reset();
        m_client.reset();
        m_settings.reset();
        m_dir.reset();
        QLocale::setDefault(QLocale::system());
    }

    void showsTheStoredPreferences()
    {
        Preferences stored;
        stored.language = QStringLiteral("es");
        stored.defaultOrderApiVersion = ConnectionProfile::OrderApiVersion::V7;
        stored.requestTimeoutSeconds = 45;
        stored.requestLogSize = 200;
        stored.theme = Preferences::Theme::Light;
        stored.save(*m_settings);
        openDialog();

        QCOMPARE(child<QComboBox>("languageCombo")->currentText(), QStringLiteral("Español"));
        QCOMPARE(child<QComboBox>("apiVersionCombo")->currentData().toInt(),
                 int(ConnectionProfile::OrderApiVersion::V7));
        QCOMPARE(child<QSpinBox>("timeoutSpin")->value(), 45);
        QCOMPARE(child<QSpinBox>("requestLogSizeSpin")->value(), 200);
        QCOMPARE(child<QComboBox>("themeCombo")->currentData().toInt(),
                 int(Preferences::Theme::Light));
        // Stored values were applied at start.
        QCOMPARE(m_client->timeout(), 45000);
        QCOMPARE(m_log->capacity(), 200);
        QVERIFY(!button(QDialogButtonBox::Apply)->isEnabled());

        // Every language in its own name, after the system default.
        auto *languages = child<QComboBox>("languageCombo");
        QCOMPARE(languages->count(), 5);
        QCOMPARE(languages->itemText(0), QStringLiteral("System default"));
        QCOMPARE(languages->itemText(1), QStringLiteral("English"));
        QCOMPARE(languages->itemText(2), QStringLiteral("Deutsch"));
        QCOMPARE(languages->itemText(3), QStringLiteral("Français"));
        grab("preferences.png");
    }

    void applySetsTimeoutAndLogSize()
    {
        openDialog();
        QCOMPARE(m_client->timeout(), Preferences::DefaultTimeoutSeconds * 1000);
        appendExchanges(m_log.get(), 30);
        QCOMPARE(m_log->rowCount(), 30);

        setSpin("timeoutSpin", 12);
        setSpin("requestLogSizeSpin", 20);
        QVERIFY(button(QDialogButtonBox::Apply)->isEnabled());
        QCOMPARE(m_client->timeout(), Preferences::DefaultTimeoutSeconds * 1000); // not yet
        QTest::mouseClick(button(QDialogButtonBox::Apply), Qt::LeftButton);

        QCOMPARE(m_client->timeout(), 12000);
        QCOMPARE(m_log->capacity(), 20);
        QCOMPARE(m_log->rowCount(), 20);
        QVERIFY(!button(QDialogButtonBox::Apply)->isEnabled());
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_settings->value(QStringLiteral("Preferences/requestTimeoutSeconds")).toInt(),
                 12);
        QCOMPARE(m_settings->value(QStringLiteral("Preferences/requestLogSize")).toInt(), 20);

        // Out of range typing is held to the limits.
        setSpin("timeoutSpin", 9);
        QTest::keyClicks(child<QSpinBox>("timeoutSpin"), QStringLiteral("999"));
        QVERIFY(child<QSpinBox>("timeoutSpin")->value() <= Preferences::MaxTimeoutSeconds);
    }

    void cancelChangesNothing()
    {
        openDialog();
        setSpin("timeoutSpin", 77);
        choose("themeCombo", int(Preferences::Theme::Dark));
        QTest::mouseClick(button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_client->timeout(), Preferences::DefaultTimeoutSeconds * 1000);
        QVERIFY(!m_settings->contains(QStringLiteral("Preferences/requestTimeoutSeconds")));
        QCOMPARE(m_controller->preferences().theme, Preferences::Theme::System);
    }

    void okAppliesApiVersionAndCloses()
    {
        openDialog();
        choose("apiVersionCombo", int(ConnectionProfile::OrderApiVersion::V7));
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_controller->preferences().defaultOrderApiVersion,
                 ConnectionProfile::OrderApiVersion::V7);
        QCOMPARE(m_settings->value(QStringLiteral("Preferences/defaultOrderApiVersion")).toString(),
                 QStringLiteral("v7"));
    }

    void themeChangesThePalette()
    {
        openDialog();
        choose("themeCombo", int(Preferences::Theme::Dark));
        QTest::mouseClick(button(QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
        QTRY_VERIFY(m_dialog->palette().color(QPalette::Window).lightness() < 80);
        grab("preferences-dark.png");

        choose("themeCombo", int(Preferences::Theme::Light));
        QTest::mouseClick(button(QDialogButtonBox::Apply), Qt::LeftButton);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() < 80);

        choose("themeCombo", int(Preferences::Theme::System));
        QTest::mouseClick(button(QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(QApplication::style()->name(), m_platformStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_platformWindowColor);
        QCOMPARE(m_settings->value(QStringLiteral("Preferences/theme")).toString(),
                 QStringLiteral("system"));
    }

    void languageIsAppliedAndTheDialogFollows()
    {
        openDialog();
        QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Preferences"));
        choose("languageCombo", QStringLiteral("de"));
        QTest::mouseClick(button(QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(m_language->language(), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QTRY_COMPARE(m_dialog->windowTitle(), QStringLiteral("Einstellungen"));
        auto *languages = child<QComboBox>("languageCombo");
        QCOMPARE(languages->itemText(0), QStringLiteral("Systemstandard"));
        QCOMPARE(languages->currentData().toString(), QStringLiteral("de"));
        QVERIFY(!button(QDialogButtonBox::Apply)->isEnabled());

        choose("languageCombo", QString());
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(m_language->language().isEmpty());
        QCOMPARE(m_settings->value(QStringLiteral("Preferences/language")).toString(), QString());
    }

    // Edit → Preferences… (Ctrl+,) asks for the dialog; it opens over the main window. With
    // RD_SCREENSHOT_DIR set this also takes the AppStream screenshots (packaging/screenshots).
    void opensFromTheMainWindow()
    {
        SandboxOptions options;
        options.referenceDate = QDate(2026, 6, 15);
        SandboxServer sandbox(options);
        QVERIFY(sandbox.listen());
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.customUrl = sandbox.baseUrl();
        m_client->setProfile(profile, std::make_shared<InMemorySecretSource>(
                                          QLatin1String(SandboxDefaults::ClientSecret)));
        OrdersService orders(m_client.get());
        connect(m_client.get(), &ApiClient::exchangeFinished, m_log.get(),
                &RequestLogModel::append);
        MainWindow window(m_client.get(), &orders, m_log.get());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QByteArray dir = qgetenv("RD_SCREENSHOT_DIR");
        const auto save = [&dir](const QPixmap &pixmap, const char *name) {
            if (!dir.isEmpty())
                pixmap.save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name));
        };

        // A search with results, and an order opened from it.
        auto *quickSearch = window.findChild<QLineEdit *>(QStringLiteral("quickSearchEdit"));
        QVERIFY(quickSearch);
        quickSearch->setFocus();
        QTest::keyClick(quickSearch, Qt::Key_Return);
        auto *results = window.findChild<QTreeView *>(QStringLiteral("resultsView"));
        QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > 10, 20000);
        // An order that has shipped, so the details show shipments.
        int shipped = -1;
        for (int row = 0; row < results->model()->rowCount() && shipped < 0; ++row) {
            const QModelIndex status =
                results->model()->index(row, results->model()->columnCount() - 1);
            if (status.data().toString() == QLatin1String("Shipped"))
                shipped = row;
        }
        QVERIFY(shipped >= 0);
        results->setCurrentIndex(results->model()->index(shipped, 0));
        save(window.grab(), "orders.png");
        window.ordersPage()->openOrder(results->model()->index(shipped, 0).data().toString());
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("orderTabs"));
        QTRY_COMPARE(tabs->count(), 2);
        auto *details = qobject_cast<OrderDetailsView *>(tabs->currentWidget());
        QVERIFY(details);
        QTRY_VERIFY_WITH_TIMEOUT(details->hasDetails(), 20000);
        save(window.grab(), "order-details.png");
        tabs->setCurrentIndex(0);

        auto *action = window.findChild<QAction *>(QStringLiteral("actionPreferences"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));
        QCOMPARE(action->menuRole(), QAction::PreferencesRole);
        QSignalSpy requested(&window, &MainWindow::preferencesRequested);
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(requested.count(), 1);

        m_controller = std::make_unique<PreferencesController>(m_settings.get(), m_client.get(),
                                                               m_log.get(), m_language.get());
        m_dialog = std::make_unique<PreferencesDialog>(m_controller.get(), &window);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        // Nothing clipped: every label shows its whole text.
        for (QLabel *label : m_dialog->findChildren<QLabel *>())
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));

        // The dialog over the dimmed window, as a window manager would show it.
        QPixmap composite = window.grab();
        QPainter painter(&composite);
        painter.fillRect(composite.rect(), QColor(0, 0, 0, 60));
        const QPixmap dialogPixmap = m_dialog->grab();
        const int titleHeight = 30;
        const QPoint at((composite.width() - dialogPixmap.width()) / 2,
                        (composite.height() - dialogPixmap.height()) / 3);
        const QRect frame(at - QPoint(0, titleHeight), dialogPixmap.size() + QSize(0, titleHeight));
        painter.fillRect(frame.translated(4, 6), QColor(0, 0, 0, 70));
        painter.fillRect(frame, QColor(0x3c, 0x3f, 0x44));
        painter.setPen(Qt::white);
        painter.drawText(QRect(frame.topLeft(), QSize(frame.width(), titleHeight)), Qt::AlignCenter,
                         m_dialog->windowTitle());
        painter.drawPixmap(at, dialogPixmap);
        painter.end();
        save(composite, "preferences.png");
        m_dialog.reset(); // before its parent window goes
    }

    void restoreDefaultsFillsTheFormOnly()
    {
        Preferences stored;
        stored.requestTimeoutSeconds = 120;
        stored.save(*m_settings);
        openDialog();
        QTest::mouseClick(button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QCOMPARE(child<QSpinBox>("timeoutSpin")->value(), Preferences::DefaultTimeoutSeconds);
        QCOMPARE(m_client->timeout(), 120000);
        QVERIFY(button(QDialogButtonBox::Apply)->isEnabled());
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
