#include "sessioncontroller.h"

#include "apiclient.h"
#include "profilesecretsource.h"
#include "profilestore.h"
#include "sandboxserver.h"
#include "secretsource.h"
#include "secretstore.h"
#include "sessionsecretcache.h"

SessionController::SessionController(ApiClient *client, ProfileStore *store, SecretStore *secrets,
                                     SessionSecretCache *session, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_secrets(secrets)
    , m_session(session)
{
    if (m_store) {
        connect(m_store, &ProfileStore::profileChanged, this,
                &SessionController::onStoredProfileChanged);
        connect(m_store, &ProfileStore::profileRemoved, this,
                &SessionController::onStoredProfileRemoved);
    }
    if (m_session) {
        // A secret kept for this session only applies to the active profile at once.
        connect(m_session, &SessionSecretCache::changed, this,
                &SessionController::onStoredProfileChanged);
    }
}

SessionController::~SessionController()
{
    // Jobs must not outlive the sandbox they talk to.
    m_client->cancelAll();
}

bool SessionController::ensureOfflineSandbox()
{
    if (m_sandbox)
        return true;
    auto sandbox = std::make_unique<SandboxServer>(SandboxOptions{});
    if (!sandbox->listen(QHostAddress::LocalHost, 0)) {
        Q_EMIT failed(tr("The offline sandbox could not start: %1").arg(sandbox->errorString()));
        return false;
    }
    m_sandbox = std::move(sandbox);
    return true;
}

bool SessionController::activateProfile(const QString &id)
{
    if (!m_store || !m_store->contains(id))
        return false;
    const ConnectionProfile profile = m_store->profile(id);
    if (!activate(profile, ProfileSecretSource::create(profile, m_secrets, m_session)))
        return false;
    m_store->setCurrentProfileId(id);
    return true;
}

bool SessionController::activate(const ConnectionProfile &profile,
                                 std::shared_ptr<SecretSource> secrets)
{
    ConnectionProfile effective = profile;
    if (profile.environment == ConnectionProfile::Environment::OfflineSandbox &&
        profile.customUrl.isEmpty()) {
        if (!ensureOfflineSandbox())
            return false;
        effective.customUrl = m_sandbox->baseUrl();
        // The in-process sandbox's credentials are known; nothing comes from the keychain.
        if (!secrets)
            secrets = std::make_shared<InMemorySecretSource>(
                QLatin1String(SandboxDefaults::ClientSecret));
        if (effective.clientId.isEmpty())
            effective.clientId = QLatin1String(SandboxDefaults::ClientId);
    }
    m_profile = effective;
    m_client->setProfile(effective, std::move(secrets));
    Q_EMIT profileChanged(effective);
    return true;
}

void SessionController::onStoredProfileChanged(const QString &id)
{
    // An edit of the active profile (new customer number, new secret) applies at once.
    if (id == m_profile.id)
        activateProfile(id);
}

void SessionController::onStoredProfileRemoved(const QString &id)
{
    if (id != m_profile.id || !m_store)
        return;
    if (!activateProfile(m_store->currentProfileId()))
        activate(m_store->currentProfile(), nullptr);
}
