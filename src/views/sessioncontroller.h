// Owns which profile the desk talks to: switches the API client, supplies the profile's secret
// and runs the offline sandbox in-process when a profile needs it.
#pragma once

#include "connectionprofile.h"
#include "profilestore.h"
#include "secretstore.h"
#include "sessionsecretcache.h"

#include <QObject>
#include <QPointer>

#include <memory>

class ApiClient;
class SandboxServer;
class SecretSource;

class SessionController : public QObject
{
    Q_OBJECT

public:
    // store, secrets and session may be null (tests, the command line); then only activate()
    // with an explicit secret source works.
    SessionController(ApiClient *client, ProfileStore *store = nullptr,
                      SecretStore *secrets = nullptr, SessionSecretCache *session = nullptr,
                      QObject *parent = nullptr);
    ~SessionController() override;

    // Makes the stored profile the active and current one.
    bool activateProfile(const QString &id);
    // Makes the profile the active one. Requests in flight are cancelled. For the offline
    // sandbox without a URL of its own, a sandbox is started in-process on loopback.
    bool activate(const ConnectionProfile &profile, std::shared_ptr<SecretSource> secrets);

    const ConnectionProfile &profile() const { return m_profile; }
    // The in-process offline sandbox, or nullptr when none runs.
    SandboxServer *offlineSandbox() const { return m_sandbox.get(); }
    ProfileStore *profileStore() const { return m_store; }

Q_SIGNALS:
    // Emitted after the client switched; whatever views show belongs to the old profile.
    void profileChanged(const ConnectionProfile &profile);
    void failed(const QString &message);

private:
    bool ensureOfflineSandbox();
    void onStoredProfileChanged(const QString &id);
    void onStoredProfileRemoved(const QString &id);

    ApiClient *m_client;
    QPointer<ProfileStore> m_store;
    QPointer<SecretStore> m_secrets;
    QPointer<SessionSecretCache> m_session;
    ConnectionProfile m_profile;
    std::unique_ptr<SandboxServer> m_sandbox;
};
