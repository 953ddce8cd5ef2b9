#include "tokenprovider.h"

#include "correlationid.h"
#include "secretsource.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include "appinfo.h"

Q_LOGGING_CATEGORY(lcToken, "resellerdesk.api.token")

namespace {
// Renew this long before the server's expiry so a request never leaves with a stale token.
constexpr qint64 RenewMarginMs = 60 * 1000;
constexpr qint64 DefaultLifetimeMs = 5 * 60 * 1000;
} // namespace

TokenProvider::TokenProvider(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply)
            m_reply->abort();
    });
}

TokenProvider::~TokenProvider()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void TokenProvider::setProfile(const ConnectionProfile &profile,
                               std::shared_ptr<SecretSource> secrets)
{
    m_profile = profile;
    m_secrets = std::move(secrets);
    m_token.clear();
    m_expiry = QDeadlineTimer();
    m_generation = std::make_shared<int>(*m_generation + 1);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_timeout->stop();
    m_fetching = false;
    completeWaiters({}, ApiError::make(ApiError::Kind::Cancelled));
}

bool TokenProvider::hasValidToken() const
{
    return !m_token.isEmpty() && !m_expiry.hasExpired();
}

void TokenProvider::requestToken(QObject *context, Callback callback)
{
    if (hasValidToken()) {
        callback(m_token, {});
        return;
    }
    m_waiters.append({context, std::move(callback)});
    if (!m_fetching)
        startFetch();
}

void TokenProvider::invalidate(const QString &token)
{
    if (token == m_token) {
        m_token.clear();
        m_expiry = QDeadlineTimer();
    }
}

void TokenProvider::startFetch()
{
    m_fetching = true;
    if (!m_secrets) {
        completeWaiters({}, ApiError::make(ApiError::Kind::Configuration,
                                           QCoreApplication::translate(
                                               "TokenProvider",
                                               "No client secret is available for this profile.")));
        return;
    }
    std::weak_ptr<int> generation = m_generation;
    QPointer<TokenProvider> self(this);
    m_secrets->readSecret([self, generation](const SecretResult &result) {
        if (!self || generation.expired())
            return;
        if (!result.ok()) {
            self->completeWaiters({},
                                  ApiError::make(ApiError::Kind::Configuration, result.problem));
            return;
        }
        self->sendTokenRequest(result.secret);
    });
}

void TokenProvider::sendTokenRequest(const QString &secret)
{
    QNetworkRequest request(m_profile.tokenUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent",
                         QByteArrayLiteral(RESELLERDESK_NAME "/" RESELLERDESK_VERSION));
    // The secret travels in the body only, never in the URL.
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_profile.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), secret);
    const QByteArray body = form.toString(QUrl::FullyEncoded).toUtf8();

    m_exchange = ApiExchange();
    m_exchange.startedAt = QDateTime::currentDateTimeUtc();
    m_exchange.method = "POST";
    m_exchange.url = request.url();
    m_exchange.profileName = m_profile.name;
    m_exchange.requestHeaders.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    m_exchange.requestBody = ApiExchange::redactBody(body);

    qCDebug(lcToken) << "requesting a token from" << request.url().toDisplayString();
    m_reply = m_network->post(request, body);
    m_timeout->start(m_timeoutMs);
    connect(m_reply, &QNetworkReply::finished, this, &TokenProvider::onReplyFinished);
}

void TokenProvider::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const bool timedOut = !m_timeout->isActive();
    m_timeout->stop();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    m_exchange.status = status;
    m_exchange.durationMs = m_exchange.startedAt.msecsTo(QDateTime::currentDateTimeUtc());
    m_exchange.responseSize = body.size();
    m_exchange.responseBody = ApiExchange::redactBody(body);
    for (const auto &pair : reply->rawHeaderPairs())
        m_exchange.responseHeaders.append(pair);

    ApiError error;
    QString token;
    if (timedOut && reply->error() != QNetworkReply::NoError) {
        error = ApiError::make(ApiError::Kind::Timeout);
    } else if (status == 0) {
        error = ApiError::fromNetworkError(reply->error(), reply->errorString());
    } else if (status < 200 || status >= 300) {
        error = ApiError::fromHttp(status, body,
                                   reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
        // A refused credential pair is an authentication problem, not a generic HTTP one.
        if (status == 400 || status == 401 || status == 403)
            error.kind = ApiError::Kind::Authentication;
    } else {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        token = object.value(QLatin1String("access_token")).toString();
        const QJsonValue expiresValue = object.value(QLatin1String("expires_in"));
        bool ok = expiresValue.isDouble();
        qint64 lifetimeMs = qint64(expiresValue.toDouble()) * 1000;
        if (expiresValue.isString())
            lifetimeMs = expiresValue.toString().trimmed().toLongLong(&ok) * 1000;
        if (!ok || lifetimeMs <= 0)
            lifetimeMs = DefaultLifetimeMs;
        if (token.isEmpty()) {
            error = ApiError::invalidResponse(QCoreApplication::translate(
                "TokenProvider", "the token answer had no access token"));
            error.kind = ApiError::Kind::Authentication;
        } else {
            const qint64 margin = std::min(RenewMarginMs, lifetimeMs / 10);
            m_token = token;
            m_expiry = QDeadlineTimer(lifetimeMs - margin);
        }
    }
    m_exchange.errorText = error.isError() ? error.message() : QString();
    Q_EMIT exchangeFinished(m_exchange);
    if (error.isError())
        qCInfo(lcToken) << "token request failed:" << error.toLogString();
    completeWaiters(token, error);
}

void TokenProvider::completeWaiters(const QString &token, const ApiError &error)
{
    m_fetching = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(token, error);
    }
}
