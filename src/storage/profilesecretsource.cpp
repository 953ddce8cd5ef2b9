#include "profilesecretsource.h"

#include "secretstore.h"
#include "sessionsecretcache.h"

#include "sandbox/sandboxoptions.h"

ProfileSecretSource::ProfileSecretSource(const ConnectionProfile &profile, SecretStore *store,
                                         SessionSecretCache *session)
    : m_profileId(profile.id)
    , m_profileName(profile.name)
    , m_offlineSandbox(profile.environment == ConnectionProfile::Environment::OfflineSandbox)
    , m_store(store)
    , m_session(session)
{}

std::shared_ptr<SecretSource> ProfileSecretSource::create(const ConnectionProfile &profile,
                                                          SecretStore *store,
                                                          SessionSecretCache *session)
{
    return std::make_shared<ProfileSecretSource>(profile, store, session);
}

QString ProfileSecretSource::offlineSandboxSecret()
{
    return QLatin1String(SandboxDefaults::ClientSecret);
}

void ProfileSecretSource::readSecret(Callback callback)
{
    if (m_session && m_session->contains(m_profileId)) {
        callback({m_session->secret(m_profileId), {}});
        return;
    }
    if (m_offlineSandbox) {
        callback({offlineSandboxSecret(), {}});
        return;
    }
    if (!m_store) {
        callback(
            {{}, tr("No client secret is available for the profile \"%1\".").arg(m_profileName)});
        return;
    }
    const QString name = m_profileName;
    m_store->readSecret(m_profileId, nullptr, [callback, name](const SecretStoreResult &result) {
        switch (result.status) {
        case SecretStoreResult::Status::Ok:
            callback({result.secret, {}});
            return;
        case SecretStoreResult::Status::NotFound:
            callback({{},
                      tr("No client secret is stored for the profile \"%1\". Enter it "
                         "in the connection profiles.")
                          .arg(name)});
            return;
        case SecretStoreResult::Status::Unavailable:
        case SecretStoreResult::Status::Failed:
            callback({{},
                      tr("The client secret of the profile \"%1\" could not be read. %2")
                          .arg(name, result.message)});
            return;
        }
    });
}
