#include "sessioncontroller.h"

#include "apiclient.h"
#include "sandboxserver.h"
#include "secretsource.h"

SessionController::SessionController(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

SessionController::~SessionController() = default;

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
