// The connection of one resellerdesk-cli run: picks the profile, its secret, and the API client.
#pragma once

#include "clienvironment.h"
#include "connectionprofile.h"
#include "exitcode.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

class ApiClient;
class OrdersService;
class OrderWriteService;
class SandboxServer;
class SecretSource;
class SecretStore;
struct ApiExchange;

class CliSession : public QObject
{
    Q_OBJECT

public:
    explicit CliSession(const CliEnvironment &environment, QObject *parent = nullptr);
    ~CliSession() override;

    // Readies the client for the offline sandbox (started in-process), the profile with
    // this name or id, or, with neither, the app's current profile. Nothing is sent yet:
    // the secret is read when the first request needs a token. On failure errorMessage()
    // and errorCode() say why.
    bool open(bool offline, const QString &profileName);

    // Request timeout in milliseconds, for API calls and token requests alike.
    void setTimeout(int ms);
    // Prints one line per HTTP exchange to the error stream.
    void setVerbose(bool verbose);

    ApiClient *client() const { return m_client; }
    OrdersService *orders() const { return m_orders; }
    OrderWriteService *writer() const { return m_writer; }
    const CliEnvironment &environment() const { return m_environment; }
    const ConnectionProfile &profile() const { return m_profile; }

    QString errorMessage() const { return m_errorMessage; }
    ExitCode errorCode() const { return m_errorCode; }

private:
    bool fail(ExitCode code, const QString &message);
    bool findProfile(const QString &profileName, ConnectionProfile *profile);
    bool startOfflineSandbox(ConnectionProfile *profile);
    std::shared_ptr<SecretSource> secretSourceFor(const ConnectionProfile &profile);
    void printExchange(const ApiExchange &exchange);

    CliEnvironment m_environment;
    ApiClient *m_client;
    OrdersService *m_orders;
    OrderWriteService *m_writer;
    ConnectionProfile m_profile;
    std::unique_ptr<QSettings> m_ownSettings;
    std::unique_ptr<SandboxServer> m_sandbox;
    SecretStore *m_keychain = nullptr;
    QString m_errorMessage;
    ExitCode m_errorCode = ExitCode::Success;
    bool m_verbose = false;
};
