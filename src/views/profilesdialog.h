// Adds, edits, duplicates, removes and tests connection profiles; client secrets go to the
// system keychain only, or, when there is none, into memory for this session if the user says so.
#pragma once

#include "connectionprofile.h"
#include "connectiontester.h"
#include "secretstore.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class ProfileStore;
class QLabel;
class QLineEdit;
class QListWidgetItem;
class QMessageBox;
class SessionSecretCache;

namespace Ui {
class ProfilesDialog;
}

class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    // None of the services is owned; all must outlive the dialog.
    ProfilesDialog(ProfileStore *store, SecretStore *secrets, SessionSecretCache *session,
                   QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    // Where the in-process offline sandbox listens, so offline profiles can be tested.
    void setOfflineSandboxUrl(const QUrl &url);
    // Selects a profile in the list (asking about unsaved changes first, if any).
    void selectProfile(const QString &id);
    // The profile shown in the form; for a new, unsaved profile its future id.
    QString editedProfileId() const { return m_editingId; }
    bool hasUnsavedChanges() const;

    // Starts a new, unsaved profile in the form: the "add a real account" entry point.
    void addProfile();

    // The timeout for "Test connection", for each of its two requests.
    void setConnectionTestTimeout(int ms);
    // The order API version a new profile starts with (Preferences).
    void setDefaultOrderApiVersion(ConnectionProfile::OrderApiVersion version);
    ConnectionProfile::OrderApiVersion defaultOrderApiVersion() const
    {
        return m_defaultOrderApiVersion;
    }

Q_SIGNALS:
    // The connection test's requests, redacted, for the request log.
    void exchangeFinished(const ApiExchange &exchange);

public Q_SLOTS:
    void reject() override;

private:
    enum class SecretState
    {
        None,        // nothing to show (a new profile)
        Checking,    // asking the keychain
        Stored,      // in the keychain
        NotStored,   // keychain reachable, nothing stored
        SessionOnly, // kept in memory for this session
        Unavailable, // the keychain could not be asked
        BuiltIn,     // the offline sandbox's own secret
    };

    void rebuildList();
    void onCurrentItemChanged(QListWidgetItem *current, QListWidgetItem *previous);
    void loadProfile(const QString &id);
    void startDraft(const ConnectionProfile &profile, const QString &copySecretFrom);
    void showProfile(const ConnectionProfile &profile);
    ConnectionProfile formProfile() const;
    ConnectionProfile storedProfile() const;
    void onEnvironmentChanged();
    void validate();
    QString secretProblem() const;
    void setSecretState(SecretState state, const QString &detail = {});
    void checkStoredSecret();

    void duplicateProfile();
    void confirmRemove();
    void removeEditedProfile();
    void save(std::function<void()> then = {});
    void discardChanges();
    void writeSecret(const QString &id, const QString &secret, std::function<void()> then);
    void onSecretWritten(const QString &id, const QString &secret, const SecretStoreResult &result,
                         std::function<void()> then);
    void copySecret(const QString &from, const QString &to, std::function<void()> then);
    void showKeychainProblem(const QString &message, bool canKeepForSession);
    void hideKeychainProblem();
    void retryKeychain();
    void keepSecretForSession();
    void showStatus(const QString &text);

    void startTest();
    void cancelTest();
    void onTestFinished(const ConnectionTester::Result &result);

    // Runs then once the form has no unsaved changes: at once, or after the user chose to
    // save or discard them. Cancel runs nothing.
    void withChangesResolved(std::function<void()> then);

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    ProfileStore *m_store;
    QPointer<SecretStore> m_secrets;
    QPointer<SessionSecretCache> m_session;
    ConnectionTester *m_tester;
    QUrl m_offlineSandboxUrl;
    QHash<QString, QLabel *> m_problemLabels;

    QString m_editingId;
    bool m_isDraft = false;
    ConnectionProfile m_draft;
    ConnectionProfile::OrderApiVersion m_defaultOrderApiVersion =
        ConnectionProfile::OrderApiVersion::V6;
    QString m_copySecretFrom; // a duplicate takes the original's secret when none is typed
    QString m_customUrlText;  // what the user typed for Custom, kept across environment switches
    bool m_loading = false;
    bool m_valid = false;
    bool m_busySaving = false;
    SecretState m_secretState = SecretState::None;
    quint64 m_secretCheck = 0; // answers to older keychain checks are ignored

    // A secret the keychain refused, held until the user retries or keeps it for the session.
    QString m_pendingSecretId;
    QString m_pendingSecret;
    std::function<void()> m_afterPendingSecret;
    QPointer<QMessageBox> m_question;
};
