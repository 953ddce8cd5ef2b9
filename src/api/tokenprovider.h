// Fetches and caches OAuth2 client-credentials tokens; concurrent callers share one fetch.
#pragma once

#include "apierror.h"
#include "apiexchange.h"
#include "connectionprofile.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
class SecretSource;

class TokenProvider : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const QString &token, const ApiError &error)>;

    explicit TokenProvider(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TokenProvider() override;

    // Forgets the token and fails any waiting callers with Cancelled.
    void setProfile(const ConnectionProfile &profile, std::shared_ptr<SecretSource> secrets);
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Calls back with a valid token, fetching one if needed. The callback is dropped if
    // context is destroyed first.
    void requestToken(QObject *context, Callback callback);
    // Drops the token, if it is still the given one (several 401s must not cause several fetches).
    void invalidate(const QString &token);
    bool hasValidToken() const;

Q_SIGNALS:
    void exchangeFinished(const ApiExchange &exchange);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };

    void startFetch();
    void sendTokenRequest(const QString &secret);
    void onReplyFinished();
    void completeWaiters(const QString &token, const ApiError &error);

    QNetworkAccessManager *m_network;
    ConnectionProfile m_profile;
    std::shared_ptr<SecretSource> m_secrets;
    // Guards secret-source callbacks that arrive after a profile switch.
    std::shared_ptr<int> m_generation = std::make_shared<int>(0);
    QString m_token;
    QDeadlineTimer m_expiry;
    QList<Waiter> m_waiters;
    bool m_fetching = false;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timeout = nullptr;
    int m_timeoutMs = 30000;
    ApiExchange m_exchange;
};
