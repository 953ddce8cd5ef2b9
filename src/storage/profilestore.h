// The connection profiles: non-secret fields in QSettings, client secrets in a SecretStore.
#pragma once

#include "connectionprofile.h"
#include "secretstore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QSettings;

class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // settings is not owned and must outlive the store. secrets, when given, is where a removed
    // profile's client secret is deleted from. With no profiles stored yet, the offline sandbox
    // profile is added and made current: it needs no credentials from the user.
    explicit ProfileStore(QSettings *settings, SecretStore *secrets = nullptr,
                          QObject *parent = nullptr);

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    bool contains(const QString &id) const { return indexOf(id) >= 0; }
    // A default-constructed profile (empty id) if there is none with this id.
    ConnectionProfile profile(const QString &id) const;

    // Adds a profile or replaces the one with the same id; a profile without an id gets a new
    // one. Returns the id. Only non-secret fields are stored. The offline sandbox's URL is not
    // stored: its port is known only once the sandbox runs.
    QString save(const ConnectionProfile &profile);
    // Removes the profile and deletes its client secret from the secret store. A deletion the
    // keychain could not carry out is remembered (by profile id only) and retried.
    bool remove(const QString &id);

    // The current profile's id; never empty while there is at least one profile.
    QString currentProfileId() const;
    // The current profile, or the offline sandbox profile when no profile exists at all.
    ConnectionProfile currentProfile() const;
    void setCurrentProfileId(const QString &id);

    // Whether this store was created on empty settings and seeded the offline sandbox.
    bool isFirstRun() const { return m_firstRun; }

    // Profile ids whose keychain secret still has to be deleted.
    QStringList pendingSecretDeletions() const;
    void retryPendingSecretDeletions();

Q_SIGNALS:
    void profileAdded(const QString &id);
    void profileChanged(const QString &id);
    void profileRemoved(const QString &id);
    void currentProfileChanged(const QString &id);
    // The outcome of deleting a removed profile's secret.
    void secretRemoved(const QString &id, const SecretStoreResult &result);

private:
    int indexOf(const QString &id) const;
    void load();
    void writeProfile(const ConnectionProfile &profile);
    void writeOrder();
    void setPendingDeletion(const QString &id, bool pending);
    void deleteSecret(const QString &id);

    QSettings *m_settings;
    QPointer<SecretStore> m_secrets;
    QList<ConnectionProfile> m_profiles;
    QString m_currentId;
    bool m_firstRun = false;
};

Q_DECLARE_METATYPE(SecretStoreResult)
