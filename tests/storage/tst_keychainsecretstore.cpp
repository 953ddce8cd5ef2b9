// KeychainSecretStore against a real Secret Service (gnome-keyring in a private D-Bus session).
#include "keychainsecretstore.h"
#include "storagetesthelpers.h"

#include "connectionprofile.h"

#include <QTest>

#include <qt6keychain/keychain.h>

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadUpdateDelete();
    void readingAMissingEntryIsNotFound();
    void secretsAreKeyedPerProfile();
    void secretSurvivesANewInstance();
    void answersAfterTheCallReturns();
    void callbackDroppedWithItsContext();
    void unicodeSecretRoundTrips();
    void errorMapping_data();
    void errorMapping();
    void timeoutIsAnUnavailableKeychain();
};

void TestKeychainSecretStore::writeReadUpdateDelete()
{
    KeychainSecretStore store;
    QCOMPARE(store.service(), QStringLiteral("ResellerDesk"));
    const QString id = ConnectionProfile::newId();
    const QString first = randomSecret();
    const QString second = randomSecret();

    const SecretStoreResult written = writeNow(store, id, first);
    QVERIFY2(written.ok(), qPrintable(written.message + QLatin1Char(' ') + written.detail));
    QVERIFY(written.message.isEmpty());
    QVERIFY(written.secret.isEmpty());

    SecretStoreResult read = readNow(store, id);
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.secret, first);

    QVERIFY(writeNow(store, id, second).ok());
    read = readNow(store, id);
    QVERIFY(read.ok());
    QCOMPARE(read.secret, second);

    const SecretStoreResult deleted = deleteNow(store, id);
    QVERIFY2(deleted.ok(), qPrintable(deleted.message));
    read = readNow(store, id);
    QCOMPARE(read.status, SecretStoreResult::Status::NotFound);
    QVERIFY(read.secret.isEmpty());
    QVERIFY(!read.message.isEmpty());
    QVERIFY(read.isGone());
}

void TestKeychainSecretStore::readingAMissingEntryIsNotFound()
{
    KeychainSecretStore store;
    const SecretStoreResult read = readNow(store, ConnectionProfile::newId());
    QCOMPARE(read.status, SecretStoreResult::Status::NotFound);
    QVERIFY(!read.ok());
    QCOMPARE(read.message,
             QStringLiteral("No client secret is stored in the system keychain for this profile."));
}

void TestKeychainSecretStore::secretsAreKeyedPerProfile()
{
    KeychainSecretStore store;
    const QString a = ConnectionProfile::newId();
    const QString b = ConnectionProfile::newId();
    QVERIFY(KeychainSecretStore::keyFor(a) != KeychainSecretStore::keyFor(b));
    QVERIFY(KeychainSecretStore::keyFor(a).contains(a));
    const QString secretA = randomSecret();
    const QString secretB = randomSecret();
    QVERIFY(writeNow(store, a, secretA).ok());
    QVERIFY(writeNow(store, b, secretB).ok());
    QCOMPARE(readNow(store, a).secret, secretA);
    QCOMPARE(readNow(store, b).secret, secretB);

    QVERIFY(deleteNow(store, a).ok());
    QCOMPARE(readNow(store, a).status, SecretStoreResult::Status::NotFound);
    QCOMPARE(readNow(store, b).secret, secretB);
    QVERIFY(deleteNow(store, b).ok());
}

void TestKeychainSecretStore::secretSurvivesANewInstance()
{
    const QString id = ConnectionProfile::newId();
    const QString secret = randomSecret();
    {
        auto *store = new KeychainSecretStore;
        QVERIFY(writeNow(*store, id, secret).ok());
        delete store;
    }
    KeychainSecretStore again;
    const SecretStoreResult read = readNow(again, id);
    QVERIFY(read.ok());
    QCOMPARE(read.secret, secret);
    QVERIFY(deleteNow(again, id).ok());
}

void TestKeychainSecretStore::answersAfterTheCallReturns()
{
    KeychainSecretStore store;
    const QString id = ConnectionProfile::newId();
    SecretCall write;
    store.writeSecret(id, randomSecret(), nullptr, write.callback());
    QCOMPARE(write.calls, 0);
    SecretCall read;
    store.readSecret(id, nullptr, read.callback());
    QCOMPARE(read.calls, 0);
    SecretCall remove;
    store.deleteSecret(id, nullptr, remove.callback());
    QCOMPARE(remove.calls, 0);
    QVERIFY(remove.wait());
    // Jobs run in order, so the read saw the written secret and the delete came last.
    QVERIFY(write.result && write.result->ok());
    QVERIFY(read.result && read.result->ok());
    QVERIFY(remove.result->ok());
    QCOMPARE(write.calls, 1);
    QCOMPARE(read.calls, 1);
    QCOMPARE(remove.calls, 1);
}

void TestKeychainSecretStore::callbackDroppedWithItsContext()
{
    KeychainSecretStore store;
    const QString id = ConnectionProfile::newId();
    int calls = 0;
    auto *context = new QObject;
    store.readSecret(id, context, [&calls](const SecretStoreResult &) { ++calls; });
    delete context;
    // A later operation finishing proves the earlier one has been answered (jobs run in order).
    SecretCall after;
    store.readSecret(id, nullptr, after.callback());
    QVERIFY(after.wait());
    QCOMPARE(calls, 0);
}

void TestKeychainSecretStore::unicodeSecretRoundTrips()
{
    KeychainSecretStore store;
    const QString id = ConnectionProfile::newId();
    const QString secret = QStringLiteral("pässwörd-€-\u4e2d\u6587-") + randomSecret();
    QVERIFY(writeNow(store, id, secret).ok());
    QCOMPARE(readNow(store, id).secret, secret);
    QVERIFY(deleteNow(store, id).ok());
}

void TestKeychainSecretStore::errorMapping_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<SecretStoreResult::Status>("status");
    QTest::addColumn<QString>("messageStart");

    using S = SecretStoreResult::Status;
    QTest::newRow("no error") << int(QKeychain::NoError) << S::Ok << QString();
    QTest::newRow("entry not found") << int(QKeychain::EntryNotFound) << S::NotFound
                                     << QStringLiteral("No client secret is stored");
    QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry) << S::Failed
                                      << QStringLiteral("The client secret could not be removed");
    QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << S::Unavailable
                                    << QStringLiteral("Access to the system keychain was denied");
    QTest::newRow("access denied") << int(QKeychain::AccessDenied) << S::Unavailable
                                   << QStringLiteral("The system keychain refused access");
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << S::Unavailable
                                << QStringLiteral("No system keychain is available");
    QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << S::Unavailable
                                     << QStringLiteral("This system has no keychain");
    QTest::newRow("other") << int(QKeychain::OtherError) << S::Unavailable
                           << QStringLiteral("The system keychain could not be reached: boom");
}

void TestKeychainSecretStore::errorMapping()
{
    QFETCH(int, error);
    QFETCH(SecretStoreResult::Status, status);
    QFETCH(QString, messageStart);
    const SecretStoreResult result = KeychainSecretStore::resultFor(error, QStringLiteral("boom"));
    QCOMPARE(result.status, status);
    QVERIFY2(result.message.startsWith(messageStart), qPrintable(result.message));
    QVERIFY(result.secret.isEmpty());
    if (status != SecretStoreResult::Status::Ok)
        QCOMPARE(result.detail, QStringLiteral("boom"));
}

void TestKeychainSecretStore::timeoutIsAnUnavailableKeychain()
{
    const SecretStoreResult result = KeychainSecretStore::timeoutResult(15000);
    QCOMPARE(result.status, SecretStoreResult::Status::Unavailable);
    QVERIFY2(result.message.contains(QStringLiteral("did not answer within 15 second")),
             qPrintable(result.message));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
