// "Test connection": fetches a token and runs a one-result order search for a profile, then
// says whether it worked or exactly what failed.
#pragma once

#include "apierror.h"
#include "apiexchange.h"
#include "connectionprofile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

class ApiClient;
class ApiJob;
class SecretSource;

class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Success,
        InvalidProfile,       // the profile fails validation; nothing was sent
        SecretUnavailable,    // no client secret could be read (keychain, not stored)
        WrongCredentials,     // the token endpoint refused the client ID or secret
        Unreachable,          // connection refused, host not found, network down
        Timeout,              // no answer in time
        Tls,                  // certificate or handshake problem
        ApiProductNotEnabled, // valid credentials, but the API product is not enabled for them
        AccountRejected,      // customer number or country code rejected
        AccessRefused,        // signed in, but the search was refused (401/403)
        HttpError,            // any other HTTP error
        InvalidResponse,      // an answer that could not be read
        Cancelled,
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::Cancelled;
        QString message;  // translated: what worked, or exactly what failed
        QString nextStep; // translated hint; empty on success
        ApiError error;   // the underlying error; kind None on success
        QString correlationId;
        int httpStatus = 0;
        int recordsFound = -1; // on success: orders the search reported
        qint64 elapsedMs = 0;

        bool ok() const { return outcome == Outcome::Success; }
    };

    static constexpr int DefaultTimeoutMs = 20000;

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // For the token request and for the search, each.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    // Starts a test with its own client, so no token or request of the app's client is
    // touched. A test still running is cancelled first. finished() always follows, once.
    void start(const ConnectionProfile &profile, std::shared_ptr<SecretSource> secrets);
    // Ends the running test now; finished() reports Cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

    // Turns the error of a failed test into its outcome and translated message.
    static Result classify(const ApiError &error, const ConnectionProfile &profile);

Q_SIGNALS:
    void finished(const ConnectionTester::Result &result);
    // The test's requests, redacted, for the request log.
    void exchangeFinished(const ApiExchange &exchange);

private:
    void onSearchFinished(ApiJob *job);

    ApiClient *m_client = nullptr;
    ConnectionProfile m_profile;
    QElapsedTimer m_clock;
    int m_timeoutMs = DefaultTimeoutMs;
    bool m_running = false;
};

Q_DECLARE_METATYPE(ConnectionTester::Result)
