// With no Secret Service reachable: a clear "no keychain" answer, quickly, and no plaintext
// copy of the secret anywhere.
#include "keychainsecretstore.h"
#include "profilesecretsource.h"
#include "profilestore.h"
#include "storagetesthelpers.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestNoKeychain : public QObject
{
    Q_OBJECT

public:
    explicit TestNoKeychain(QTemporaryDir *root)
        : m_root(root)
    {}

private Q_SLOTS:
    void initTestCase();
    void everyOperationSaysThereIsNoKeychain();
    void profileSecretSourceReportsTheProblem();
    void removalIsRememberedForLater();
    void nothingWasWrittenInPlaintext();

private:
    QStringList searchedFolders() const;

    QTemporaryDir *m_root;
    QString m_secret = randomSecret();
};

void TestNoKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(m_root->path()));
}

QStringList TestNoKeychain::searchedFolders() const
{
    return {m_root->path(),
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
            QDir::tempPath()};
}

void TestNoKeychain::everyOperationSaysThereIsNoKeychain()
{
    KeychainSecretStore store;
    const QString id = ConnectionProfile::newId();
    QElapsedTimer clock;
    clock.start();
    const SecretStoreResult write = writeNow(store, id, m_secret);
    const SecretStoreResult read = readNow(store, id);
    const SecretStoreResult remove = deleteNow(store, id);
    // The backend itself says so; not our safety-net timeout.
    QVERIFY2(clock.elapsed() < store.timeout(), qPrintable(QString::number(clock.elapsed())));
    for (const SecretStoreResult &result : {write, read, remove}) {
        QCOMPARE(result.status, SecretStoreResult::Status::Unavailable);
        QVERIFY2(result.message.startsWith(QStringLiteral("The system keychain could not be "
                                                          "reached")),
                 qPrintable(result.message));
        QVERIFY(!result.detail.startsWith(QStringLiteral("timeout")));
        QVERIFY(result.secret.isEmpty());
        QVERIFY(!result.message.contains(m_secret));
    }
}

void TestNoKeychain::profileSecretSourceReportsTheProblem()
{
    KeychainSecretStore store;
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.name = QStringLiteral("Acme");
    profile.environment = ConnectionProfile::Environment::Production;
    ProfileSecretSource source(profile, &store, nullptr);
    std::optional<SecretResult> result;
    source.readSecret([&result](const SecretResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY2(result->problem.startsWith(QStringLiteral("The client secret of the profile \"Acme\" "
                                                       "could not be read. The system keychain "
                                                       "could not be reached")),
             qPrintable(result->problem));
}

void TestNoKeychain::removalIsRememberedForLater()
{
    QSettings settings(m_root->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    KeychainSecretStore keychain;
    ProfileStore store(&settings, &keychain);
    ConnectionProfile profile;
    profile.name = QStringLiteral("Acme");
    profile.environment = ConnectionProfile::Environment::VendorSandbox;
    const QString id = store.save(profile);
    QSignalSpy removed(&store, &ProfileStore::secretRemoved);
    QVERIFY(store.remove(id));
    QVERIFY(removed.wait());
    QCOMPARE(removed.at(0).at(1).value<SecretStoreResult>().status,
             SecretStoreResult::Status::Unavailable);
    QCOMPARE(store.pendingSecretDeletions(), QStringList{id});
}

void TestNoKeychain::nothingWasWrittenInPlaintext()
{
    QCOMPARE(filesContaining(searchedFolders(), m_secret), QStringList());
    // QtKeychain's own plaintext fallback would have used the default QSettings.
    QSettings defaults;
    QVERIFY(defaults.allKeys().isEmpty());
}

int main(int argc, char **argv)
{
    // Everything the process could write goes below one temporary folder, and the session
    // bus address points at a socket that does not exist.
    QTemporaryDir root;
    if (!root.isValid())
        return 2;
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "TMPDIR"}) {
        const QString path = root.filePath(QLatin1String(name));
        QDir().mkpath(path);
        qputenv(name, path.toLocal8Bit());
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            QByteArray("unix:path=") + root.filePath(QStringLiteral("no-bus")).toLocal8Bit());
    QCoreApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("ResellerDeskTests"));
    app.setApplicationName(QStringLiteral("tst_nokeychain"));
    TestNoKeychain test(&root);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nokeychain.moc"
