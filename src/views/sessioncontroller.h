// Owns which profile the desk talks to: switches the API client and runs the offline sandbox.
#pragma once

#include "connectionprofile.h"

#include <QObject>

#include <memory>

class ApiClient;
class SandboxServer;
class SecretSource;

class SessionController : public QObject
{
    Q_OBJECT

public:
    explicit SessionController(ApiClient *client, QObject *parent = nullptr);
    ~SessionController() override;

    // Makes the profile the active one. Requests in flight are cancelled. For the offline
    // sandbox without a URL of its own, a sandbox is started in-process on loopback.
    bool activate(const ConnectionProfile &profile, std::shared_ptr<SecretSource> secrets);

    const ConnectionProfile &profile() const { return m_profile; }
    // The in-process offline sandbox, or nullptr when none runs.
    SandboxServer *offlineSandbox() const { return m_sandbox.get(); }

Q_SIGNALS:
    void profileChanged(const ConnectionProfile &profile);
    void failed(const QString &message);

private:
    bool ensureOfflineSandbox();

    ApiClient *m_client;
    ConnectionProfile m_profile;
    std::unique_ptr<SandboxServer> m_sandbox;
};
