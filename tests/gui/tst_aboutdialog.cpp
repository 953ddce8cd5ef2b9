// The About dialog: identity and versions, the licence texts of the components, and the
// diagnostics copied for support, which name versions and the environment but never a
// client ID, secret or token. Opened from Help → About in the main window.
#include "aboutdialog.h"
#include "apiclient.h"
#include "mainwindow.h"
#include "ordersservice.h"
#include "requestlogmodel.h"
#include "sandboxserver.h"
#include "secretsource.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include "appinfo.h"

class TestAboutDialog : public QObject
{
    Q_OBJECT

private:
    static ConnectionProfile profileWithCredentials(const QUrl &baseUrl, const QString &clientId)
    {
        ConnectionProfile profile;
        profile.id = QStringLiteral("support-test");
        profile.name = QStringLiteral("Support test");
        profile.environment = ConnectionProfile::Environment::Custom;
        profile.customUrl = baseUrl;
        profile.customerNumber = QStringLiteral("20-222222");
        profile.countryCode = QStringLiteral("US");
        profile.clientId = clientId;
        return profile;
    }
    template<typename T>
    static T *child(QWidget *dialog, const char *name)
    {
        auto *widget = dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("missing widget %s", name);
        return widget;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsIdentityVersionsAndLicences()
    {
        AboutDialog dialog(ConnectionProfile::offlineSandbox());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QLabel>(&dialog, "titleLabel")
                    ->text()
                    .contains(QLatin1String(RESELLERDESK_VERSION)));
        QVERIFY(child<QLabel>(&dialog, "titleLabel")
                    ->text()
                    .contains(QLatin1String(RESELLERDESK_NAME)));
        QVERIFY(child<QLabel>(&dialog, "organizationLabel")
                    ->text()
                    .contains(QLatin1String(RESELLERDESK_ORGANIZATION)));
        const QString versions = child<QLabel>(&dialog, "versionsLabel")->text();
        QVERIFY2(versions.contains(QString::fromLatin1(qVersion())), qPrintable(versions));
        QVERIFY2(versions.contains(QLatin1String(QT_VERSION_STR)), qPrintable(versions));
        QVERIFY(!AboutDialog::qtKeychainVersion().isEmpty());
        QVERIFY2(
            versions.contains(QStringLiteral("QtKeychain ") + AboutDialog::qtKeychainVersion()),
            qPrintable(versions));

        auto *list = child<QListWidget>(&dialog, "licenseList");
        auto *text = child<QPlainTextEdit>(&dialog, "licenseText");
        QCOMPARE(list->count(), 3);
        QVERIFY(list->item(0)->text().contains(QLatin1String("GPL-3.0-or-later")));
        QVERIFY(text->toPlainText().contains(QLatin1String("GNU GENERAL PUBLIC LICENSE")));
        QVERIFY(list->item(1)->text().contains(QLatin1String("LGPL-3.0")));
        list->setCurrentRow(1);
        QVERIFY(text->toPlainText().contains(QLatin1String("GNU LESSER GENERAL PUBLIC LICENSE")));
        QVERIFY(list->item(2)->text().startsWith(QLatin1String("QtKeychain")));
        list->setCurrentRow(2);
        QVERIFY(text->toPlainText().contains(QLatin1String("Frank Osterfeld")));
        QVERIFY(text->toPlainText().contains(QLatin1String("Redistribution and use")));

        const QByteArray dir = qgetenv("RD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/about.png"));
    }

    void copyDiagnosticsHasVersionsAndNoSecrets()
    {
        // A real session: a token fetched from the sandbox with a client ID and secret.
        // A client ID and secret that appear nowhere else in the diagnostics.
        SandboxOptions options;
        options.clientId = QStringLiteral("acme-client-7781");
        options.clientSecret = QStringLiteral("acme-secret-5519");
        SandboxServer sandbox(options);
        QVERIFY(sandbox.listen());
        ApiClient client;
        const QString secret = options.clientSecret;
        client.setProfile(profileWithCredentials(sandbox.baseUrl(), options.clientId),
                          std::make_shared<InMemorySecretSource>(secret));
        OrdersService orders(&client);
        RequestLogModel log;
        MainWindow window(&client, &orders, &log);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        std::unique_ptr<OrderSearchJob> job(orders.search({}));
        job->setAutoDelete(false);
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 20000);
        QVERIFY(!job->hasError());
        QStringList tokens;
        for (const SandboxRequestRecord &record : sandbox.receivedRequests()) {
            const QByteArray authorization = record.header("Authorization");
            if (authorization.startsWith("Bearer "))
                tokens.append(QString::fromLatin1(authorization.mid(7)));
        }
        QVERIFY(!tokens.isEmpty());

        // Help → About.
        QGuiApplication::clipboard()->clear();
        window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
        AboutDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<AboutDialog *>()) && dialog->isVisible());
        QTest::mouseClick(child<QPushButton>(dialog, "copyDiagnosticsButton"), Qt::LeftButton);

        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(QLatin1String(RESELLERDESK_VERSION)), qPrintable(copied));
        QVERIFY(copied.contains(QString::fromLatin1(qVersion())));
        QVERIFY(copied.contains(AboutDialog::qtKeychainVersion()));
        QVERIFY(copied.contains(QSysInfo::prettyProductName()));
        QVERIFY(copied.contains(QLocale().name()));
        QVERIFY(copied.contains(QLatin1String("Profile environment: custom")));
        QVERIFY(copied.contains(sandbox.baseUrl().toString()));
        QVERIFY2(!copied.contains(secret), qPrintable(copied));
        QVERIFY2(!copied.contains(options.clientId), qPrintable(copied));
        for (const QString &token : tokens)
            QVERIFY(!copied.contains(token));
        dialog->close();
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
