// ProfileStore: profiles in a temporary settings file, secrets in a real Secret Service.
#include "fakesecretstores.h"
#include "keychainsecretstore.h"
#include "profilesecretsource.h"
#include "profilestore.h"
#include "storagetesthelpers.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void firstRunOffersTheOfflineSandbox();
    void removingEveryProfileDoesNotReseed();
    void allFieldsSurviveARestart();
    void onlyCustomProfilesStoreAUrl();
    void signalsAndCurrentProfile();
    void removingTheCurrentProfileMovesCurrent();
    void secretSurvivesARestart();
    void removingAProfileRemovesItsSecret();
    void failedSecretDeletionIsRetried();
    void settingsFileHoldsNoSecret();

private:
    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(m_settingsPath, QSettings::IniFormat);
    }
    static ConnectionProfile sampleProfile()
    {
        ConnectionProfile profile;
        profile.name = QStringLiteral("Acme production");
        profile.environment = ConnectionProfile::Environment::Production;
        profile.customerNumber = QStringLiteral("20-123456");
        profile.countryCode = QStringLiteral("DE");
        profile.senderId = QStringLiteral("AcmeDesk");
        profile.customerContact = QStringLiteral("orders@acme.example");
        profile.clientId = QStringLiteral("acme-client-id");
        profile.orderApiVersion = ConnectionProfile::OrderApiVersion::V7;
        profile.quoteOrderEndpoint = ConnectionProfile::QuoteOrderEndpoint::V6QuoteToOrder;
        return profile;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settingsPath;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
}

void TestProfileStore::firstRunOffersTheOfflineSandbox()
{
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        QVERIFY(store.isFirstRun());
        QCOMPARE(store.profiles().size(), 1);
        const ConnectionProfile current = store.currentProfile();
        QCOMPARE(current.id, QStringLiteral("offline-sandbox"));
        QCOMPARE(current.environment, ConnectionProfile::Environment::OfflineSandbox);
        QCOMPARE(store.currentProfileId(), current.id);
        QCOMPARE(current, ConnectionProfile::offlineSandbox());
    }
    auto settings = openSettings();
    ProfileStore again(settings.get());
    QVERIFY(!again.isFirstRun());
    QCOMPARE(again.profiles().size(), 1);
    QCOMPARE(again.currentProfile(), ConnectionProfile::offlineSandbox());
}

void TestProfileStore::removingEveryProfileDoesNotReseed()
{
    {
        auto settings = openSettings();
        KeychainSecretStore secrets;
        ProfileStore store(settings.get(), &secrets);
        QSignalSpy removed(&store, &ProfileStore::secretRemoved);
        QVERIFY(store.remove(QStringLiteral("offline-sandbox")));
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(store.currentProfileId().isEmpty());
        // With nothing left, the app still has somewhere safe to point at.
        QCOMPARE(store.currentProfile().environment,
                 ConnectionProfile::Environment::OfflineSandbox);
        QVERIFY(removed.wait());
    }
    auto settings = openSettings();
    ProfileStore again(settings.get());
    QVERIFY(!again.isFirstRun());
    QVERIFY(again.profiles().isEmpty());
}

void TestProfileStore::allFieldsSurviveARestart()
{
    QString productionId;
    QString customId;
    ConnectionProfile custom = sampleProfile();
    custom.name = QStringLiteral("Staging gateway");
    custom.environment = ConnectionProfile::Environment::Custom;
    custom.customUrl = QUrl(QStringLiteral("https://gateway.example:8443/im"));
    custom.orderApiVersion = ConnectionProfile::OrderApiVersion::V6;
    custom.quoteOrderEndpoint = ConnectionProfile::QuoteOrderEndpoint::V7Create;
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        productionId = store.save(sampleProfile());
        QVERIFY(!productionId.isEmpty());
        customId = store.save(custom);
        QVERIFY(customId != productionId);
        store.setCurrentProfileId(customId);
    }
    auto settings = openSettings();
    ProfileStore again(settings.get());
    QCOMPARE(again.profiles().size(), 3);
    QCOMPARE(again.profiles().at(1).id, productionId);
    QCOMPARE(again.profiles().at(2).id, customId);

    ConnectionProfile expected = sampleProfile();
    expected.id = productionId;
    QCOMPARE(again.profile(productionId), expected);
    custom.id = customId;
    QCOMPARE(again.profile(customId), custom);
    QCOMPARE(again.currentProfileId(), customId);
    QVERIFY(again.profile(QStringLiteral("no-such-id")).id.isEmpty());
}

void TestProfileStore::onlyCustomProfilesStoreAUrl()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    ConnectionProfile sandbox = ConnectionProfile::offlineSandbox();
    sandbox.customUrl = QUrl(QStringLiteral("http://127.0.0.1:41234"));
    store.save(sandbox);
    QVERIFY(store.profile(sandbox.id).customUrl.isEmpty());
    settings->sync();
    QFile file(m_settingsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("41234"));
}

void TestProfileStore::signalsAndCurrentProfile()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    QSignalSpy added(&store, &ProfileStore::profileAdded);
    QSignalSpy changed(&store, &ProfileStore::profileChanged);
    QSignalSpy current(&store, &ProfileStore::currentProfileChanged);

    ConnectionProfile profile = sampleProfile();
    const QString id = store.save(profile);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toString(), id);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(current.size(), 0);

    profile.id = id;
    profile.customerNumber = QStringLiteral("20-654321");
    QCOMPARE(store.save(profile), id);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.profile(id).customerNumber, QStringLiteral("20-654321"));

    store.setCurrentProfileId(id);
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.at(0).at(0).toString(), id);
    store.setCurrentProfileId(id);
    QCOMPARE(current.size(), 1);
    store.setCurrentProfileId(QStringLiteral("unknown"));
    QCOMPARE(store.currentProfileId(), id);
}

void TestProfileStore::removingTheCurrentProfileMovesCurrent()
{
    auto settings = openSettings();
    KeychainSecretStore secrets;
    ProfileStore store(settings.get(), &secrets);
    const QString id = store.save(sampleProfile());
    store.setCurrentProfileId(id);
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);
    QSignalSpy current(&store, &ProfileStore::currentProfileChanged);
    QSignalSpy secretRemoved(&store, &ProfileStore::secretRemoved);
    QVERIFY(store.remove(id));
    QVERIFY(!store.remove(id));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(current.size(), 1);
    QCOMPARE(store.currentProfileId(), QStringLiteral("offline-sandbox"));
    QVERIFY(secretRemoved.wait());
}

void TestProfileStore::secretSurvivesARestart()
{
    const QString secret = randomSecret();
    QString id;
    {
        auto settings = openSettings();
        KeychainSecretStore secrets;
        ProfileStore store(settings.get(), &secrets);
        id = store.save(sampleProfile());
        QVERIFY(writeNow(secrets, id, secret).ok());
    }
    auto settings = openSettings();
    KeychainSecretStore secrets;
    ProfileStore store(settings.get(), &secrets);
    QVERIFY(store.contains(id));
    auto source = ProfileSecretSource::create(store.profile(id), &secrets, nullptr);
    std::optional<SecretResult> result;
    source->readSecret([&result](const SecretResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->problem));
    QCOMPARE(result->secret, secret);
    QVERIFY(deleteNow(secrets, id).ok());
}

void TestProfileStore::removingAProfileRemovesItsSecret()
{
    auto settings = openSettings();
    KeychainSecretStore secrets;
    ProfileStore store(settings.get(), &secrets);
    const QString id = store.save(sampleProfile());
    const QString other = store.save(sampleProfile());
    QVERIFY(writeNow(secrets, id, randomSecret()).ok());
    const QString otherSecret = randomSecret();
    QVERIFY(writeNow(secrets, other, otherSecret).ok());

    QSignalSpy secretRemoved(&store, &ProfileStore::secretRemoved);
    QVERIFY(store.remove(id));
    QVERIFY(secretRemoved.wait());
    QCOMPARE(secretRemoved.at(0).at(0).toString(), id);
    QVERIFY(secretRemoved.at(0).at(1).value<SecretStoreResult>().ok());
    QCOMPARE(readNow(secrets, id).status, SecretStoreResult::Status::NotFound);
    QVERIFY(store.pendingSecretDeletions().isEmpty());
    // The other profile's secret is untouched.
    QCOMPARE(readNow(secrets, other).secret, otherSecret);
    QVERIFY(deleteNow(secrets, other).ok());
}

void TestProfileStore::failedSecretDeletionIsRetried()
{
    KeychainSecretStore keychain;
    QString id;
    {
        auto settings = openSettings();
        UnavailableSecretStore unavailable;
        ProfileStore store(settings.get(), &unavailable);
        id = store.save(sampleProfile());
        QVERIFY(writeNow(keychain, id, randomSecret()).ok());
        QSignalSpy secretRemoved(&store, &ProfileStore::secretRemoved);
        QVERIFY(store.remove(id));
        QVERIFY(secretRemoved.wait());
        const auto result = secretRemoved.at(0).at(1).value<SecretStoreResult>();
        QCOMPARE(result.status, SecretStoreResult::Status::Unavailable);
        QCOMPARE(store.pendingSecretDeletions(), QStringList{id});
    }
    // The keychain is back on the next start: the orphaned secret is deleted then.
    auto settings = openSettings();
    ProfileStore store(settings.get(), &keychain);
    QSignalSpy secretRemoved(&store, &ProfileStore::secretRemoved);
    QVERIFY(secretRemoved.wait());
    QCOMPARE(secretRemoved.at(0).at(0).toString(), id);
    QVERIFY(store.pendingSecretDeletions().isEmpty());
    QCOMPARE(readNow(keychain, id).status, SecretStoreResult::Status::NotFound);
}

void TestProfileStore::settingsFileHoldsNoSecret()
{
    const QString secret = randomSecret();
    auto settings = openSettings();
    KeychainSecretStore secrets;
    ProfileStore store(settings.get(), &secrets);
    const QString id = store.save(sampleProfile());
    QVERIFY(writeNow(secrets, id, secret).ok());
    store.setCurrentProfileId(id);
    settings->sync();
    QCOMPARE(filesContaining({m_dir->path()}, secret), QStringList());
    QFile file(m_settingsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("20-123456"));
    QVERIFY(!content.toLower().contains("secret"));
    QVERIFY(deleteNow(secrets, id).ok());
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
