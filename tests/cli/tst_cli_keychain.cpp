// resellerdesk-cli signs in with the secret the app stored in a real keychain (Secret Service).
#include "cliapplication.h"
#include "clienvironment.h"
#include "clitestsupport.h"
#include "exitcode.h"
#include "keychainsecretstore.h"
#include "sandbox/sandboxserver.h"

#include "appinfo.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

class TestCliKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void inProcessReadsTheKeychain();
    void processReadsTheKeychain();

private:
    QTemporaryDir m_home;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QSettings> m_settings;
    KeychainSecretStore m_keychain;
    QString m_profileId;
    QString m_secret;
};

void TestCliKeychain::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run inside a D-Bus session with a Secret Service (see tests/cli/CMakeLists.txt)");
    m_secret = QStringLiteral("kc-") + QString::number(QDateTime::currentMSecsSinceEpoch()) +
               QStringLiteral("-secret");
    SandboxOptions options;
    options.clientSecret = m_secret;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->listen());

    // The settings file the child process will read through the app's identity.
    const QString path = m_home.filePath(
        QStringLiteral("config/%1/%2.conf")
            .arg(QLatin1String(RESELLERDESK_ORGANIZATION), QLatin1String(RESELLERDESK_NAME)));
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    m_profileId = saveProfiles(
        m_settings.get(), {customProfile(QStringLiteral("Keychain profile"), m_sandbox->baseUrl())},
        true);

    SecretStoreResult written;
    bool done = false;
    m_keychain.writeSecret(m_profileId, m_secret, nullptr,
                           [&written, &done](const SecretStoreResult &result) {
                               written = result;
                               done = true;
                           });
    QVERIFY(QTest::qWaitFor([&done] { return done; }, 20000));
    QVERIFY2(written.ok(), qPrintable(written.message));
}

void TestCliKeychain::cleanupTestCase()
{
    bool done = false;
    m_keychain.deleteSecret(m_profileId, nullptr,
                            [&done](const SecretStoreResult &) { done = true; });
    QTest::qWaitFor([&done] { return done; }, 20000);
}

void TestCliKeychain::inProcessReadsTheKeychain()
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CliEnvironment environment;
    environment.out = &outStream;
    environment.err = &errStream;
    environment.settings = m_settings.get();
    // secrets left null: the system keychain, as in the real program.
    CliApplication cli(environment);
    QSignalSpy finished(&cli, &CliApplication::finished);
    cli.start({QStringLiteral("--profile"), QStringLiteral("Keychain profile"),
               QStringLiteral("orders"), QStringLiteral("search"), QStringLiteral("--page-size"),
               QStringLiteral("2")});
    QVERIFY(QTest::qWaitFor([&finished] { return finished.count() > 0; }, 60000));
    errStream.flush();
    QCOMPARE(finished.constFirst().constFirst().toInt(), 0);
    outStream.flush();
    QCOMPARE(out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);
    QVERIFY(!out.contains(m_secret) && !err.contains(m_secret));
}

void TestCliKeychain::processReadsTheKeychain()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("RESELLERDESK_CLIENT_SECRET"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home.filePath(QStringLiteral("config")));
    QProcess process;
    process.setProcessEnvironment(environment);
    // No --profile: the app's current profile.
    process.start(QStringLiteral(RD_CLI_EXECUTABLE),
                  {QStringLiteral("orders"), QStringLiteral("search"), QStringLiteral("--format"),
                   QStringLiteral("csv"), QStringLiteral("--page-size"), QStringLiteral("4")});
    QVERIFY(process.waitForStarted(10000));
    QVERIFY(QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    QCOMPARE(parseCsv(out).size(), 5);
    QVERIFY(!out.contains(m_secret) && !err.contains(m_secret));
}

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
