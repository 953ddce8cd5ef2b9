// ProfileSecretSource: where ApiClient's secret comes from for each kind of profile.
#include "fakesecretstores.h"
#include "keychainsecretstore.h"
#include "profilesecretsource.h"
#include "sessionsecretcache.h"
#include "storagetesthelpers.h"

#include "sandbox/sandboxoptions.h"

#include <QTest>

namespace {
struct SourceRead
{
    std::optional<SecretResult> result;
    int calls = 0;
};

SourceRead readFrom(SecretSource &source)
{
    SourceRead read;
    source.readSecret([&read](const SecretResult &r) {
        read.result = r;
        ++read.calls;
    });
    if (!QTest::qWaitFor([&read] { return read.result.has_value(); }, 20000))
        qWarning("no answer from the secret source");
    return read;
}

ConnectionProfile accountProfile()
{
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.name = QStringLiteral("Acme");
    profile.environment = ConnectionProfile::Environment::VendorSandbox;
    profile.customerNumber = QStringLiteral("20-123456");
    profile.countryCode = QStringLiteral("US");
    profile.clientId = QStringLiteral("acme");
    return profile;
}
} // namespace

class TestProfileSecretSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheKeychain();
    void missingSecretNamesTheProfile();
    void sessionSecretComesFirst();
    void offlineSandboxNeedsNoKeychain();
    void unavailableKeychainIsAProblem();
};

void TestProfileSecretSource::readsTheKeychain()
{
    KeychainSecretStore keychain;
    const ConnectionProfile profile = accountProfile();
    const QString secret = randomSecret();
    QVERIFY(writeNow(keychain, profile.id, secret).ok());
    ProfileSecretSource source(profile, &keychain, nullptr);
    const SourceRead read = readFrom(source);
    QVERIFY(read.result);
    QVERIFY2(read.result->ok(), qPrintable(read.result->problem));
    QCOMPARE(read.result->secret, secret);
    QCOMPARE(read.calls, 1);
    QVERIFY(deleteNow(keychain, profile.id).ok());
}

void TestProfileSecretSource::missingSecretNamesTheProfile()
{
    KeychainSecretStore keychain;
    ProfileSecretSource source(accountProfile(), &keychain, nullptr);
    const SourceRead read = readFrom(source);
    QVERIFY(read.result);
    QVERIFY(!read.result->ok());
    QVERIFY(read.result->secret.isEmpty());
    QCOMPARE(read.result->problem,
             QStringLiteral("No client secret is stored for the profile "
                            "\"Acme\". Enter it in the connection profiles."));
}

void TestProfileSecretSource::sessionSecretComesFirst()
{
    KeychainSecretStore keychain;
    SessionSecretCache session;
    const ConnectionProfile profile = accountProfile();
    QVERIFY(writeNow(keychain, profile.id, QStringLiteral("from-keychain")).ok());
    session.setSecret(profile.id, QStringLiteral("from-session"));
    ProfileSecretSource source(profile, &keychain, &session);
    QCOMPARE(readFrom(source).result->secret, QStringLiteral("from-session"));
    session.remove(profile.id);
    QVERIFY(!session.contains(profile.id));
    QCOMPARE(readFrom(source).result->secret, QStringLiteral("from-keychain"));
    QVERIFY(deleteNow(keychain, profile.id).ok());
}

void TestProfileSecretSource::offlineSandboxNeedsNoKeychain()
{
    UnavailableSecretStore store;
    ProfileSecretSource source(ConnectionProfile::offlineSandbox(), &store, nullptr);
    const SourceRead read = readFrom(source);
    QVERIFY(read.result->ok());
    QCOMPARE(read.result->secret, QLatin1String(SandboxDefaults::ClientSecret));
    QCOMPARE(store.calls, 0);
}

void TestProfileSecretSource::unavailableKeychainIsAProblem()
{
    UnavailableSecretStore store;
    ProfileSecretSource source(accountProfile(), &store, nullptr);
    const SourceRead read = readFrom(source);
    QVERIFY(!read.result->ok());
    QCOMPARE(read.result->problem,
             QStringLiteral("The client secret of the profile \"Acme\" could not be read. "
                            "No keychain here."));
    QCOMPARE(read.calls, 1);
}

QTEST_GUILESS_MAIN(TestProfileSecretSource)
#include "tst_profilesecretsource.moc"
