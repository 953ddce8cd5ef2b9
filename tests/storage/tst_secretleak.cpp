// A whole scripted session with a known random secret, then a search of every file the app and
// the test could have written for that secret and for the access tokens the sandbox issued.
#include "keychainsecretstore.h"
#include "profilesecretsource.h"
#include "profilestore.h"
#include "sessionsecretcache.h"
#include "storagetesthelpers.h"

#include "apiclient.h"
#include "apijob.h"
#include "connectiontester.h"

#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
QFile *logFile = nullptr;

// Every log line of the session goes to a file in the app's cache folder, debug included, so
// the search below covers what logging would have written.
void writeLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (!logFile)
        return;
    logFile->write(QByteArray(context.category ? context.category : "default") + ": " +
                   message.toUtf8() + '\n');
    logFile->flush();
}

QByteArray exchangeLogLine(const ApiExchange &exchange)
{
    QByteArray line = exchange.method + ' ' + exchange.url.toEncoded() + ' ' +
                      QByteArray::number(exchange.status);
    for (const auto &header : exchange.requestHeaders)
        line += ' ' + header.first + ": " + header.second;
    line += ' ' + exchange.requestBody;
    for (const auto &header : exchange.responseHeaders)
        line += ' ' + header.first + ": " + header.second;
    line += ' ' + exchange.responseBody + ' ' + exchange.errorText.toUtf8();
    return line + '\n';
}
} // namespace

class TestSecretLeak : public QObject
{
    Q_OBJECT

public:
    explicit TestSecretLeak(QTemporaryDir *root)
        : m_root(root)
    {}

private Q_SLOTS:
    void wholeSessionLeavesNoSecretOrToken();

private:
    QTemporaryDir *m_root;
};

void TestSecretLeak::wholeSessionLeavesNoSecretOrToken()
{
    const QString secret = randomSecret();
    const QString clientId = QStringLiteral("leak-test-client");

    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(cacheDir.startsWith(m_root->path()));
    QVERIFY(dataDir.startsWith(m_root->path()));
    QDir().mkpath(cacheDir);
    QDir().mkpath(dataDir);
    QFile log(cacheDir + QStringLiteral("/session.log"));
    QVERIFY(log.open(QIODevice::WriteOnly));
    logFile = &log;
    const QtMessageHandler previousHandler = qInstallMessageHandler(writeLog);
    QFile requestLog(dataDir + QStringLiteral("/requests.log"));
    QVERIFY(requestLog.open(QIODevice::WriteOnly));

    QString profileId;
    {
        SandboxOptions options;
        options.clientId = clientId;
        options.clientSecret = secret;
        SandboxServer sandbox(options);
        QVERIFY(sandbox.listen());

        QSettings settings(QSettings::IniFormat, QSettings::UserScope,
                           QCoreApplication::organizationName(),
                           QCoreApplication::applicationName());
        QVERIFY(settings.fileName().startsWith(m_root->path()));
        KeychainSecretStore keychain;
        SessionSecretCache session;
        ProfileStore store(&settings, &keychain);

        // The user adds a profile and its secret.
        ConnectionProfile profile;
        profile.name = QStringLiteral("Leak test");
        profile.environment = ConnectionProfile::Environment::Custom;
        profile.customUrl = sandbox.baseUrl();
        profile.customerNumber = QStringLiteral("20-222222");
        profile.countryCode = QStringLiteral("US");
        profile.clientId = clientId;
        profileId = store.save(profile);
        profile.id = profileId;
        QVERIFY(writeNow(keychain, profileId, secret).ok());
        store.setCurrentProfileId(profileId);

        // The app connects through the keychain and searches a few times.
        ApiClient client;
        connect(&client, &ApiClient::exchangeFinished, this,
                [&requestLog](const ApiExchange &exchange) {
                    requestLog.write(exchangeLogLine(exchange));
                });
        client.setProfile(profile, ProfileSecretSource::create(profile, &keychain, &session));
        for (int page = 1; page <= 3; ++page) {
            auto *job = new JsonApiJob;
            QSignalSpy finished(job, &ApiJob::finished);
            ApiRequest request = ApiRequest::get(QStringLiteral("/resellers/v6/orders/search"));
            request.query = {{QStringLiteral("pageSize"), QStringLiteral("5")},
                             {QStringLiteral("pageNumber"), QString::number(page)}};
            client.start(job, request);
            QVERIFY(finished.wait(20000));
            QVERIFY2(!job->hasError(), qPrintable(job->error().message()));
        }
        // A token expiring mid-session brings a second token.
        sandbox.expireAllTokens();
        {
            auto *job = new JsonApiJob;
            QSignalSpy finished(job, &ApiJob::finished);
            client.start(job, ApiRequest::get(QStringLiteral("/resellers/v6/orders/search")));
            QVERIFY(finished.wait(20000));
            QVERIFY(!job->hasError());
        }

        // "Test connection", and once with a wrong secret kept for this session only.
        ConnectionTester tester;
        QSignalSpy tested(&tester, &ConnectionTester::finished);
        tester.start(profile, ProfileSecretSource::create(profile, &keychain, &session));
        QVERIFY(tested.wait(20000));
        QVERIFY(tested.at(0).at(0).value<ConnectionTester::Result>().ok());
        session.setSecret(profileId, secret + QStringLiteral("-wrong"));
        tester.start(profile, ProfileSecretSource::create(profile, &keychain, &session));
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.at(1).at(0).value<ConnectionTester::Result>().outcome,
                 ConnectionTester::Outcome::WrongCredentials);

        // The user removes the profile.
        QSignalSpy secretRemoved(&store, &ProfileStore::secretRemoved);
        session.remove(profileId);
        QVERIFY(store.remove(profileId));
        QVERIFY(secretRemoved.wait(20000));
        QVERIFY(secretRemoved.at(0).at(1).value<SecretStoreResult>().ok());
        QCOMPARE(readNow(keychain, profileId).status, SecretStoreResult::Status::NotFound);
        settings.sync();

        // The tokens the sandbox really issued, as it saw them in Authorization headers.
        QSet<QString> tokens;
        for (const SandboxRequestRecord &record : sandbox.receivedRequests()) {
            const QByteArray authorization = record.header("Authorization");
            if (authorization.startsWith("Bearer "))
                tokens.insert(QString::fromLatin1(authorization.mid(7).trimmed()));
        }
        QVERIFY2(tokens.size() >= 3, qPrintable(QString::number(tokens.size())));

        requestLog.close();
        qInstallMessageHandler(previousHandler);
        logFile = nullptr;
        log.close();

        // The search itself must work: the logs exist and hold what a log holds.
        QVERIFY(QFileInfo(log.fileName()).size() > 0);
        QVERIFY(!filesContaining({cacheDir}, QStringLiteral("/oauth/oauth30/token")).isEmpty());
        QVERIFY(
            !filesContaining({dataDir}, QStringLiteral("/resellers/v6/orders/search")).isEmpty());

        const QStringList folders = {
            m_root->path(),
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::TempLocation),
            QDir::tempPath(),
        };
        const QStringList withSecret = filesContaining(folders, secret);
        QVERIFY2(withSecret.isEmpty(), qPrintable(withSecret.join(QLatin1Char(' '))));
        for (const QString &token : std::as_const(tokens)) {
            const QStringList withToken = filesContaining(folders, token);
            QVERIFY2(withToken.isEmpty(), qPrintable(withToken.join(QLatin1Char(' '))));
        }
        // Nor did the settings keep anything of the removed profile.
        QFile settingsFile(settings.fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!settingsFile.readAll().contains(profileId.toUtf8()));
    }
}

int main(int argc, char **argv)
{
    // The app's config, data, cache and temporary folders all live below one temporary folder.
    QTemporaryDir root;
    if (!root.isValid())
        return 2;
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "TMPDIR"}) {
        const QString path = root.filePath(QLatin1String(name));
        QDir().mkpath(path);
        qputenv(name, path.toLocal8Bit());
    }
    // The app's own categories at every level, debug included, overriding the test
    // environment's rules. Qt's own debug categories stay off as they are by default:
    // qt.httpserver's debug output prints whole requests, Authorization included.
    qputenv("QT_LOGGING_RULES", "resellerdesk.*.debug=true");
    QCoreApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("ResellerDeskTests"));
    app.setApplicationName(QStringLiteral("tst_secretleak"));
    TestSecretLeak test(&root);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretleak.moc"
