// Sends Reseller API requests for one connection profile: headers, tokens, pacing,
// timeouts, retries, and one ApiError for everything that goes wrong.
#pragma once

#include "apiexchange.h"
#include "apijob.h"
#include "connectionprofile.h"
#include "ratelimiter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class SecretSource;
class TokenProvider;

// How often and how patiently idempotent requests are retried.
struct RetryPolicy
{
    int maxAttempts = 3;           // first attempt included
    int baseDelayMs = 1000;        // doubled for every further attempt
    int maxDelayMs = 10000;        // backoff cap
    int maxRetryAfterSeconds = 60; // a longer Retry-After is reported, not waited for
};

class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // Switching profile cancels every request in flight and forgets the token.
    void setProfile(const ConnectionProfile &profile, std::shared_ptr<SecretSource> secrets);
    const ConnectionProfile &profile() const { return m_profile; }

    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    // GET calls per endpoint and window; the API allows 60 per minute.
    void setRateLimit(int calls, qint64 windowMs) { m_limiter.setLimit(calls, windowMs); }

    // Starts the job; it finishes exactly once, always after start() has returned.
    void start(ApiJob *job, const ApiRequest &request);
    // Ends the job with the error, asynchronously, without sending anything: for input that
    // breaks the API's rules before it leaves the desk.
    void reject(ApiJob *job, const ApiRequest &request, const ApiError &error);
    void cancelAll();
    int activeJobCount() const { return m_active.size(); }

    TokenProvider *tokenProvider() const { return m_tokens; }
    QNetworkAccessManager *networkAccessManager() const { return m_network; }

Q_SIGNALS:
    // Every attempt, for the request log; headers and bodies are already redacted.
    void exchangeFinished(const ApiExchange &exchange);
    void jobStarted(ApiJob *job);
    void jobFinished(ApiJob *job);

private:
    void waitForSlot(ApiJob *job);
    void sendWithToken(ApiJob *job);
    void sendAttempt(ApiJob *job, const QString &token);
    void onAttemptFinished(ApiJob *job, QNetworkReply *reply, const QString &token);
    bool scheduleRetry(ApiJob *job, const ApiError &error, int retryAfterSeconds);
    void finishJob(ApiJob *job, const ApiError &error);
    QUrl buildUrl(const ApiRequest &request) const;
    int retryDelayMs(int attempt, int retryAfterSeconds) const;

    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    ConnectionProfile m_profile;
    RateLimiter m_limiter;
    RetryPolicy m_retry;
    QElapsedTimer m_clock;
    int m_timeoutMs = 30000;
    QSet<ApiJob *> m_active;
};
