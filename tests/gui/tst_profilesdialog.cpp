// The connection profiles dialog, driven through its real widgets: validation next to the
// fields, saving into a real Secret Service, testing against the in-process sandbox, removal.
#include "keychainsecretstore.h"
#include "profilesdialog.h"
#include "profilestore.h"
#include "sessionsecretcache.h"

#include "sandbox/sandboxserver.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

namespace {
// A keychain that is never there, as on a desktop without a Secret Service.
class UnavailableSecretStore : public SecretStore
{
public:
    void readSecret(const QString &, QObject *context, Callback callback) override
    {
        answer(context, std::move(callback));
    }
    void writeSecret(const QString &, const QString &, QObject *context, Callback callback) override
    {
        ++writes;
        answer(context, std::move(callback));
    }
    void deleteSecret(const QString &, QObject *context, Callback callback) override
    {
        answer(context, std::move(callback));
    }
    QString displayName() const override { return QStringLiteral("nowhere"); }
    int writes = 0;

private:
    void answer(QObject *context, Callback callback)
    {
        QTimer::singleShot(0, context ? context : this, [callback] {
            callback(SecretStoreResult::failure(SecretStoreResult::Status::Unavailable,
                                                QStringLiteral("No system keychain is available."),
                                                QStringLiteral("test")));
        });
    }
};

SecretStoreResult readNow(SecretStore &store, const QString &id)
{
    std::optional<SecretStoreResult> result;
    store.readSecret(id, nullptr, [&result](const SecretStoreResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return SecretStoreResult::failure(SecretStoreResult::Status::Failed, {});
    return result.value_or(SecretStoreResult::failure(SecretStoreResult::Status::Failed, {}));
}

QString randomSecret()
{
    return QStringLiteral("gui-") +
           QString::fromLatin1(QUuid::createUuid().toByteArray(QUuid::Id128));
}
} // namespace

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstRunShowsTheOfflineSandbox();
    void addValidateSaveAndStoreTheSecret();
    void newProfilesTakeTheDefaultApiVersion();
    void testConnectionSucceedsAgainstTheSandbox();
    void wrongSecretShowsThePreciseFailure();
    void removingAProfileRemovesItsSecret();
    void unsavedChangesAreAskedAbout();
    void noKeychainOffersRetryAndSessionOnly();
    void productionLooksDistinct();
    void quoteOrderEndpointIsKeptPerProfile();
    void controlsHaveAccessibleNames();
    void orderApiVersionIsChosenPerProfile();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    QPushButton *saveButton() const { return child<QPushButton>("saveButton"); }
    void setText(const char *edit, const QString &text) const
    {
        QLineEdit *field = child<QLineEdit>(edit);
        field->clear();
        QTest::keyClicks(field, text);
    }
    void chooseEnvironment(ConnectionProfile::Environment environment) const
    {
        auto *combo = child<QComboBox>("environmentCombo");
        combo->setCurrentIndex(combo->findData(int(environment)));
    }
    // Adds a profile for the in-process sandbox, filled in completely and valid.
    void fillSandboxAccount(const QString &name, const QString &secret) const
    {
        QTest::mouseClick(child<QPushButton>("addButton"), Qt::LeftButton);
        setText("nameEdit", name);
        chooseEnvironment(ConnectionProfile::Environment::Custom);
        setText("baseUrlEdit", m_sandbox->baseUrl().toString());
        setText("customerNumberEdit", QStringLiteral("20-222222"));
        setText("countryCodeEdit", QStringLiteral("US"));
        setText("clientIdEdit", QLatin1String(SandboxDefaults::ClientId));
        setText("clientSecretEdit", secret);
    }
    QString runTest() const
    {
        auto *result = child<QLabel>("testResult");
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([this] { return !child<QProgressBar>("testBusy")->isVisible(); },
                             30000))
            return QStringLiteral("(still testing)");
        return result->text();
    }
    void makeDialog(SecretStore *secrets)
    {
        m_dialog = std::make_unique<ProfilesDialog>(m_store.get(), secrets, m_session.get());
        m_dialog->setOfflineSandboxUrl(m_sandbox->baseUrl());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<SessionSecretCache> m_session;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ProfilesDialog> m_dialog;
};

void TestProfilesDialog::initTestCase()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->errorString()));
}

void TestProfilesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_keychain = std::make_unique<KeychainSecretStore>();
    m_session = std::make_unique<SessionSecretCache>();
    m_store = std::make_unique<ProfileStore>(m_settings.get(), m_keychain.get());
    makeDialog(m_keychain.get());
}

void TestProfilesDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
    m_session.reset();
    m_keychain.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestProfilesDialog::firstRunShowsTheOfflineSandbox()
{
    auto *list = child<QListWidget>("profileList");
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Offline sandbox\nOffline sandbox"));
    QCOMPARE(m_dialog->editedProfileId(), QStringLiteral("offline-sandbox"));
    QVERIFY(!child<QLineEdit>("clientSecretEdit")->isEnabled());
    QCOMPARE(child<QLabel>("clientSecretStatus")->text(),
             QStringLiteral("The offline sandbox uses its built-in secret; nothing is stored."));
    QVERIFY(!child<QLineEdit>("baseUrlEdit")->isEnabled());
    QCOMPARE(child<QLineEdit>("baseUrlEdit")->text(), m_sandbox->baseUrl().toString());
    QVERIFY(!saveButton()->isEnabled());
    const QString result = runTest();
    QVERIFY2(result.startsWith(QStringLiteral("✔ Connection works")), qPrintable(result));
}

void TestProfilesDialog::newProfilesTakeTheDefaultApiVersion()
{
    // The default from Preferences; the form itself has no field for it.
    m_dialog->setDefaultOrderApiVersion(ConnectionProfile::OrderApiVersion::V7);
    fillSandboxAccount(QStringLiteral("Acme v7"), randomSecret());
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    const QString id = m_dialog->editedProfileId();
    QVERIFY(m_store->contains(id));
    QCOMPARE(m_store->profile(id).orderApiVersion, ConnectionProfile::OrderApiVersion::V7);
    // The secret is written before the next profile can start.
    QTRY_VERIFY(
        child<QLabel>("clientSecretStatus")
            ->text()
            .startsWith(QLatin1String("A client secret is stored in the system keychain.")));

    m_dialog->setDefaultOrderApiVersion(ConnectionProfile::OrderApiVersion::V6);
    fillSandboxAccount(QStringLiteral("Acme v6"), randomSecret());
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    const QString second = m_dialog->editedProfileId();
    QVERIFY(second != id);
    QCOMPARE(m_store->profile(second).orderApiVersion, ConnectionProfile::OrderApiVersion::V6);
    QTRY_VERIFY(
        child<QLabel>("clientSecretStatus")
            ->text()
            .startsWith(QLatin1String("A client secret is stored in the system keychain.")));
}

void TestProfilesDialog::addValidateSaveAndStoreTheSecret()
{
    const QString secret = randomSecret();
    fillSandboxAccount(QStringLiteral("Acme test"), secret);
    QVERIFY(saveButton()->isEnabled());

    // Eleven characters: the API allows ten.
    setText("customerNumberEdit", QStringLiteral("20-22222222"));
    auto *problem = child<QLabel>("customerNumberProblem");
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), QStringLiteral("Use at most 10 characters."));
    QVERIFY(!saveButton()->isEnabled());
    QVERIFY(!child<QPushButton>("testButton")->isEnabled());
    // Next to the field: directly below it, in the same column.
    auto *field = child<QLineEdit>("customerNumberEdit");
    const QRect fieldRect(field->mapTo(m_dialog.get(), QPoint()), field->size());
    const QRect problemRect(problem->mapTo(m_dialog.get(), QPoint()), problem->size());
    QCOMPARE(problemRect.left(), fieldRect.left());
    QVERIFY(problemRect.top() >= fieldRect.bottom());
    QVERIFY(problemRect.top() - fieldRect.bottom() < 12);
    QCOMPARE(field->accessibleDescription(), problem->text());
    // The other fields are fine and say nothing.
    QVERIFY(!child<QLabel>("countryCodeProblem")->isVisible());

    setText("customerNumberEdit", QStringLiteral("20-222222"));
    QVERIFY(!problem->isVisible());
    QVERIFY(saveButton()->isEnabled());
    QTest::mouseClick(saveButton(), Qt::LeftButton);

    const QString id = m_dialog->editedProfileId();
    QVERIFY(m_store->contains(id));
    QCOMPARE(m_store->profile(id).name, QStringLiteral("Acme test"));
    QCOMPARE(m_store->profile(id).customerNumber, QStringLiteral("20-222222"));
    QTRY_COMPARE(child<QLabel>("clientSecretStatus")->text(),
                 QStringLiteral("A client secret is stored in the system keychain. Type a new "
                                "one to replace it."));
    QVERIFY(child<QLineEdit>("clientSecretEdit")->text().isEmpty());
    QVERIFY(!saveButton()->isEnabled());
    const SecretStoreResult stored = readNow(*m_keychain, id);
    QVERIFY(stored.ok());
    QCOMPARE(stored.secret, secret);

    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("Acme test"));
    QVERIFY(!content.contains(secret.toUtf8()));
    QVERIFY(m_store->remove(id));
}

void TestProfilesDialog::testConnectionSucceedsAgainstTheSandbox()
{
    fillSandboxAccount(QStringLiteral("Sandbox account"),
                       QLatin1String(SandboxDefaults::ClientSecret));
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    const QString id = m_dialog->editedProfileId();
    QTRY_VERIFY(child<QLabel>("clientSecretStatus")
                    ->text()
                    .startsWith(QStringLiteral("A client secret is stored")));

    // Busy while it runs, with a way to cancel.
    auto *busy = child<QProgressBar>("testBusy");
    auto *cancel = child<QPushButton>("cancelTestButton");
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    QVERIFY(busy->isVisible());
    QVERIFY(cancel->isVisible());
    QVERIFY(!child<QPushButton>("testButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!busy->isVisible(), 30000);
    QVERIFY(!cancel->isVisible());
    const QString result = child<QLabel>("testResult")->text();
    QVERIFY2(result.startsWith(QStringLiteral("✔ Connection works: signed in to 127.0.0.1 and "
                                              "searched the orders of customer 20-222222 in US")),
             qPrintable(result));
    // The secret came from the keychain: the field is empty after saving.
    QVERIFY(child<QLineEdit>("clientSecretEdit")->text().isEmpty());
    QVERIFY(m_store->remove(id));
}

void TestProfilesDialog::wrongSecretShowsThePreciseFailure()
{
    fillSandboxAccount(QStringLiteral("Wrong secret"), QStringLiteral("not-the-secret"));
    QSignalSpy exchanges(m_dialog.get(), &ProfilesDialog::exchangeFinished);
    const QString result = runTest();
    // The test's token request reaches the request log, redacted.
    QVERIFY(!exchanges.isEmpty());
    for (const QList<QVariant> &arguments : std::as_const(exchanges)) {
        const ApiExchange exchange = arguments.constFirst().value<ApiExchange>();
        QVERIFY(!exchange.requestBody.contains("not-the-secret"));
        QVERIFY(exchange.url.path().contains(QLatin1String("/oauth/")));
    }
    QCOMPARE(result, QStringLiteral("✘ Test failed: The client ID or client secret was not "
                                    "accepted: Invalid client identifier {0}\nCheck the client ID "
                                    "and secret of your API application in the Ingram Micro "
                                    "developer portal."));
    QVERIFY(!result.contains(QStringLiteral("not-the-secret")));
}

void TestProfilesDialog::removingAProfileRemovesItsSecret()
{
    fillSandboxAccount(QStringLiteral("To be removed"), randomSecret());
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    const QString id = m_dialog->editedProfileId();
    QTRY_VERIFY(readNow(*m_keychain, id).ok());
    auto *list = child<QListWidget>("profileList");
    QCOMPARE(list->count(), 2);

    QTest::mouseClick(child<QPushButton>("removeButton"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(QStringLiteral("confirmRemoveBox"))));
    QCOMPARE(box->text(), QStringLiteral("Remove the profile \"To be removed\"?"));
    QVERIFY(box->informativeText().contains(
        QStringLiteral("client secret is removed from the system keychain too")));
    // Cancel first: nothing happens.
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_dialog->findChild<QMessageBox *>(QStringLiteral("confirmRemoveBox")));
    QVERIFY(m_store->contains(id));

    QTest::mouseClick(child<QPushButton>("removeButton"), Qt::LeftButton);
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(QStringLiteral("confirmRemoveBox"))));
    box->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton"))->click();
    QVERIFY(!m_store->contains(id));
    QCOMPARE(list->count(), 1);
    QTRY_COMPARE(child<QLabel>("statusMessage")->text(),
                 QStringLiteral("The profile and its client secret were removed."));
    QCOMPARE(readNow(*m_keychain, id).status, SecretStoreResult::Status::NotFound);
}

void TestProfilesDialog::unsavedChangesAreAskedAbout()
{
    fillSandboxAccount(QStringLiteral("Second"), QLatin1String(SandboxDefaults::ClientSecret));
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    const QString second = m_dialog->editedProfileId();
    QTRY_VERIFY(child<QLabel>("clientSecretStatus")
                    ->text()
                    .startsWith(QStringLiteral("A client secret is stored")));

    setText("nameEdit", QStringLiteral("Second, renamed"));
    QVERIFY(m_dialog->hasUnsavedChanges());
    auto *list = child<QListWidget>("profileList");
    list->setCurrentRow(0); // the offline sandbox
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(QStringLiteral("unsavedChangesBox"))));
    QCOMPARE(box->text(), QStringLiteral("The profile \"Second, renamed\" has unsaved changes."));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_dialog->findChild<QMessageBox *>(QStringLiteral("unsavedChangesBox")));
    QCOMPARE(m_dialog->editedProfileId(), second);
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), second);
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("Second, renamed"));

    // Closing asks too; Save stores the change and closes.
    QSignalSpy rejected(m_dialog.get(), &QDialog::rejected);
    m_dialog->reject();
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(QStringLiteral("unsavedChangesBox"))));
    QVERIFY(box->button(QMessageBox::Save)->isEnabled());
    box->button(QMessageBox::Save)->click();
    QTRY_COMPARE(rejected.size(), 1);
    QCOMPARE(m_store->profile(second).name, QStringLiteral("Second, renamed"));
    QVERIFY(m_store->remove(second));
}

void TestProfilesDialog::noKeychainOffersRetryAndSessionOnly()
{
    UnavailableSecretStore unavailable;
    m_dialog.reset();
    makeDialog(&unavailable);
    const QString secret = QLatin1String(SandboxDefaults::ClientSecret);
    fillSandboxAccount(QStringLiteral("No keychain"), secret);
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    const QString id = m_dialog->editedProfileId();

    auto *banner = child<QWidget>("keychainBanner");
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(child<QLabel>("keychainMessage")->text(),
             QStringLiteral("The profile was saved, but its client secret was not: No system "
                            "keychain is available."));
    QVERIFY(child<QPushButton>("retryKeychainButton")->isVisible());
    QVERIFY(child<QPushButton>("sessionOnlyButton")->isVisible());
    QCOMPARE(unavailable.writes, 1);

    QTest::mouseClick(child<QPushButton>("retryKeychainButton"), Qt::LeftButton);
    QTRY_COMPARE(unavailable.writes, 2);
    QTRY_VERIFY(banner->isVisible());

    QTest::mouseClick(child<QPushButton>("sessionOnlyButton"), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QVERIFY(m_session->contains(id));
    QCOMPARE(m_session->secret(id), secret);
    QCOMPARE(child<QLabel>("clientSecretStatus")->text(),
             QStringLiteral("Kept in memory for this session only; it is not stored anywhere."));
    // The session secret is the one "Test connection" uses now.
    const QString result = runTest();
    QVERIFY2(result.startsWith(QStringLiteral("✔ Connection works")), qPrintable(result));

    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret.toUtf8()));
    m_dialog.reset();
}

void TestProfilesDialog::quoteOrderEndpointIsKeptPerProfile()
{
    fillSandboxAccount(QStringLiteral("Quotes through v6"), randomSecret());
    auto *combo = child<QComboBox>("quoteOrderEndpointCombo");
    QCOMPARE(combo->currentData().toString(), QStringLiteral("v7"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("v6-q2o")));
    QVERIFY(saveButton()->isEnabled());
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    const QString id = m_dialog->editedProfileId();
    QVERIFY(m_store->contains(id));
    QCOMPARE(m_store->profile(id).quoteOrderEndpoint,
             ConnectionProfile::QuoteOrderEndpoint::V6QuoteToOrder);
    // The secret goes to the keychain in the background; then nothing is left unsaved.
    QTRY_VERIFY(child<QLineEdit>("clientSecretEdit")->text().isEmpty());
    QVERIFY(!saveButton()->isEnabled());

    // A fresh dialog shows each profile's own choice.
    m_dialog.reset();
    makeDialog(m_keychain.get());
    combo = child<QComboBox>("quoteOrderEndpointCombo");
    QCOMPARE(m_dialog->editedProfileId(), QStringLiteral("offline-sandbox"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("v7"));
    auto *list = child<QListWidget>("profileList");
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(QStringLiteral("Quotes through v6")))
            list->setCurrentRow(row);
    }
    QCOMPARE(m_dialog->editedProfileId(), id);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("v6-q2o"));
    QVERIFY(m_store->remove(id));
}

void TestProfilesDialog::productionLooksDistinct()
{
    QTest::mouseClick(child<QPushButton>("addButton"), Qt::LeftButton);
    setText("nameEdit", QStringLiteral("Live"));
    chooseEnvironment(ConnectionProfile::Environment::Production);
    QVERIFY(child<QLabel>("productionNotice")->isVisible());
    QCOMPARE(child<QLineEdit>("baseUrlEdit")->text(),
             QStringLiteral("https://api.ingrammicro.com:443"));
    QVERIFY(!child<QLineEdit>("baseUrlEdit")->isEnabled());
    setText("customerNumberEdit", QStringLiteral("20-123456"));
    setText("countryCodeEdit", QStringLiteral("US"));
    setText("clientIdEdit", QStringLiteral("live-client"));
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    const QString id = m_dialog->editedProfileId();
    QVERIFY(m_store->profile(id).isProduction());

    auto *list = child<QListWidget>("profileList");
    QListWidgetItem *production = list->currentItem();
    QListWidgetItem *sandbox = list->item(0);
    QCOMPARE(production->text(), QStringLiteral("Live\nPRODUCTION"));
    QVERIFY(production->font().bold());
    QVERIFY(!sandbox->font().bold());
    QVERIFY(
        production->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("PRODUCTION")));
    QVERIFY(production->icon().pixmap(14).toImage() != sandbox->icon().pixmap(14).toImage());

    chooseEnvironment(ConnectionProfile::Environment::VendorSandbox);
    QVERIFY(!child<QLabel>("productionNotice")->isVisible());
    QVERIFY(m_store->remove(id));
}

void TestProfilesDialog::controlsHaveAccessibleNames()
{
    const QList<QWidget *> inputs = m_dialog->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : inputs) {
        if (!qobject_cast<QLineEdit *>(widget) && !qobject_cast<QComboBox *>(widget) &&
            !qobject_cast<QListWidget *>(widget))
            continue;
        if (widget->parent() && qobject_cast<QComboBox *>(widget->parent()))
            continue; // a combo box's internal editor
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        ++checked;
    }
    QCOMPARE(checked, 12);

    // Tab order follows the form from top to bottom.
    QWidget *name = child<QWidget>("nameEdit");
    QCOMPARE(name->nextInFocusChain(), child<QWidget>("environmentCombo"));
    QCOMPARE(child<QWidget>("clientIdEdit")->nextInFocusChain(),
             child<QWidget>("clientSecretEdit"));
}

void TestProfilesDialog::orderApiVersionIsChosenPerProfile()
{
    fillSandboxAccount(QStringLiteral("Async desk"), randomSecret());
    auto *combo = child<QComboBox>("orderApiVersionCombo");
    QVERIFY(combo->isVisible());
    QCOMPARE(combo->count(), 2);
    // A new profile starts on v6, the synchronous API.
    QCOMPARE(combo->currentData().toInt(), int(ConnectionProfile::OrderApiVersion::V6));
    QCOMPARE(combo->currentText(), QStringLiteral("v6 (synchronous)"));
    combo->setCurrentIndex(combo->findData(int(ConnectionProfile::OrderApiVersion::V7)));
    QCOMPARE(combo->currentText(), QStringLiteral("v7 (asynchronous)"));
    QVERIFY(saveButton()->isEnabled());
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    const QString id = m_dialog->editedProfileId();
    QVERIFY(m_store->contains(id));
    QCOMPARE(m_store->profile(id).orderApiVersion, ConnectionProfile::OrderApiVersion::V7);
    const auto secretStored = [this] {
        return child<QLabel>("clientSecretStatus")
            ->text()
            .startsWith(QStringLiteral("A client secret is stored"));
    };
    QTRY_VERIFY(secretStored());
    QVERIFY(!saveButton()->isEnabled());

    // Another profile keeps its own choice, and the form follows the selected profile.
    fillSandboxAccount(QStringLiteral("Sync desk"), randomSecret());
    QCOMPARE(combo->currentData().toInt(), int(ConnectionProfile::OrderApiVersion::V6));
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    const QString other = m_dialog->editedProfileId();
    QVERIFY(other != id);
    QTRY_VERIFY(secretStored());
    QCOMPARE(m_store->profile(other).orderApiVersion, ConnectionProfile::OrderApiVersion::V6);
    m_dialog->selectProfile(id);
    QCOMPARE(combo->currentData().toInt(), int(ConnectionProfile::OrderApiVersion::V7));
    m_dialog->selectProfile(other);
    QCOMPARE(combo->currentData().toInt(), int(ConnectionProfile::OrderApiVersion::V6));
    m_dialog->selectProfile(id);

    // Changing it back is an unsaved change like any other field.
    combo->setCurrentIndex(combo->findData(int(ConnectionProfile::OrderApiVersion::V6)));
    QVERIFY(m_dialog->hasUnsavedChanges());
    QVERIFY(saveButton()->isEnabled());
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QCOMPARE(m_store->profile(id).orderApiVersion, ConnectionProfile::OrderApiVersion::V6);
    QVERIFY(m_store->remove(id));
    QVERIFY(m_store->remove(other));
}

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
