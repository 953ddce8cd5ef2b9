// Hands ApiClient the client secret of one profile: the session cache first, then the
// keychain; the offline sandbox's built-in secret without touching the keychain.
#pragma once

#include "connectionprofile.h"
#include "secretsource.h"

#include <QPointer>

#include <memory>

class SecretStore;
class SessionSecretCache;

class ProfileSecretSource : public SecretSource
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSecretSource)

public:
    ProfileSecretSource(const ConnectionProfile &profile, SecretStore *store,
                        SessionSecretCache *session);

    static std::shared_ptr<SecretSource> create(const ConnectionProfile &profile,
                                                SecretStore *store, SessionSecretCache *session);

    void readSecret(Callback callback) override;

    // The secret the offline sandbox accepts by default; it protects nothing.
    static QString offlineSandboxSecret();

private:
    QString m_profileId;
    QString m_profileName;
    bool m_offlineSandbox = false;
    QPointer<SecretStore> m_store;
    QPointer<SessionSecretCache> m_session;
};
