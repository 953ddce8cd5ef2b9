#include "apiclient.h"

#include "correlationid.h"
#include "secretsource.h"
#include "tokenprovider.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

#include "appinfo.h"

#include <cstring>

Q_LOGGING_CATEGORY(lcApi, "resellerdesk.api")

namespace {
bool isRetryableStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

bool isConnectionReset(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::RemoteHostClosedError ||
           error == QNetworkReply::ContentReSendError ||
           error == QNetworkReply::TemporaryNetworkFailureError ||
           error == QNetworkReply::NetworkSessionFailedError ||
           error == QNetworkReply::UnknownNetworkError;
}

// Qt silently sends a request again when a kept-alive connection closes before the answer.
// For a POST or PUT that could place an order twice, so their bodies are readable only once:
// Qt then reports ContentReSendError instead of resending.
class OneShotUploadDevice : public QIODevice
{
public:
    OneShotUploadDevice(const QByteArray &data, QObject *parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_pos);
        std::memcpy(data, m_data.constData() + m_pos, size_t(count));
        m_pos += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// Retry-After is either delta-seconds or an HTTP date.
int parseRetryAfter(const QByteArray &value)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime when =
        QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (when.isValid())
        return std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when));
    return -1;
}
} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_tokens(new TokenProvider(m_network, this))
{
    m_clock.start();
    connect(m_tokens, &TokenProvider::exchangeFinished, this, &ApiClient::exchangeFinished);
}

ApiClient::~ApiClient()
{
    cancelAll();
}

void ApiClient::setProfile(const ConnectionProfile &profile, std::shared_ptr<SecretSource> secrets)
{
    cancelAll();
    m_profile = profile;
    m_limiter.clear();
    m_tokens->setProfile(profile, std::move(secrets));
}

void ApiClient::cancelAll()
{
    const QSet<ApiJob *> jobs = m_active;
    for (ApiJob *job : jobs)
        job->cancel();
}

void ApiClient::reject(ApiJob *job, const ApiRequest &request, const ApiError &error)
{
    job->m_request = request;
    QTimer::singleShot(0, job, [this, job, error] { finishJob(job, error); });
}

void ApiClient::start(ApiJob *job, const ApiRequest &request)
{
    Q_ASSERT(job && !job->isFinished());
    job->m_request = request;
    m_active.insert(job);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finishedJob) {
        m_active.remove(finishedJob);
        Q_EMIT jobFinished(finishedJob);
    });
    connect(job, &QObject::destroyed, this, [this, job] { m_active.remove(job); });
    Q_EMIT jobStarted(job);

    const QList<FieldProblem> problems = m_profile.validate();
    if (!problems.isEmpty()) {
        const ApiError error = ApiError::make(
            ApiError::Kind::Configuration,
            QCoreApplication::translate("ApiClient", "The connection profile is incomplete: %1")
                .arg(problems.constFirst().message));
        reject(job, request, error);
        return;
    }
    // Always asynchronous, so callers can connect to finished() after start().
    QTimer::singleShot(0, job, [this, job] { waitForSlot(job); });
}

void ApiClient::waitForSlot(ApiJob *job)
{
    if (job->isFinished())
        return;
    const ApiRequest &request = job->m_request;
    const qint64 delay = request.method == ApiRequest::Method::Get
                             ? m_limiter.reserve(request.endpointKey(), m_clock.elapsed())
                             : 0;
    if (delay <= 0) {
        sendWithToken(job);
        return;
    }
    qCDebug(lcApi) << "pacing" << request.endpointKey() << "for" << delay << "ms";
    job->m_timer->disconnect();
    connect(job->m_timer, &QTimer::timeout, job, [this, job] { sendWithToken(job); });
    job->m_timer->start(int(delay));
}

void ApiClient::sendWithToken(ApiJob *job)
{
    if (job->isFinished())
        return;
    m_tokens->requestToken(job, [this, job](const QString &token, const ApiError &error) {
        if (job->isFinished())
            return;
        if (error.isError()) {
            finishJob(job, error);
            return;
        }
        sendAttempt(job, token);
    });
}

QUrl ApiClient::buildUrl(const ApiRequest &request) const
{
    QUrl url = m_profile.baseUrl();
    url.setPath(url.path() + request.path);
    QUrlQuery query;
    const bool sandbox = m_profile.isSandbox();
    for (const ApiQueryItem &item : request.query) {
        // Enforced here, in one place, whatever the caller asked for.
        if (!sandbox && isSandboxOnlyParameter(item.key)) {
            qCWarning(lcApi) << "dropped sandbox-only parameter" << item.key
                             << "for a non-sandbox profile";
            continue;
        }
        query.addQueryItem(QString::fromUtf8(QUrl::toPercentEncoding(item.key)),
                           QString::fromUtf8(QUrl::toPercentEncoding(item.value)));
    }
    url.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

void ApiClient::sendAttempt(ApiJob *job, const QString &token)
{
    const ApiRequest &request = job->m_request;
    const QString correlationId = CorrelationId::generate();
    job->m_response.correlationId = correlationId;
    job->m_response.attempts += 1;
    job->m_tlsErrors.clear();
    job->m_timedOut = false;

    QNetworkRequest networkRequest(buildUrl(request));
    ApiHeaderList headers;
    auto add = [&headers](const QByteArray &name, const QByteArray &value) {
        headers.append(qMakePair(name, value));
    };
    add("Accept", "application/json");
    add("IM-CustomerNumber", m_profile.customerNumber.toUtf8());
    add("IM-CountryCode", m_profile.countryCode.toUtf8());
    add("IM-CorrelationID", correlationId.toLatin1());
    if (!m_profile.senderId.isEmpty())
        add("IM-SenderID", m_profile.senderId.toUtf8());
    if (!request.body.isEmpty() || request.method == ApiRequest::Method::Post ||
        request.method == ApiRequest::Method::Put)
        add("Content-Type", request.contentType);
    headers.append(request.headers);
    add("User-Agent", QByteArrayLiteral(RESELLERDESK_NAME "/" RESELLERDESK_VERSION));
    for (const auto &header : std::as_const(headers))
        networkRequest.setRawHeader(header.first, header.second);
    networkRequest.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);

    QNetworkReply *reply = nullptr;
    OneShotUploadDevice *upload = nullptr;
    // Qt's HTTP layer itself sends a request again when a kept-alive connection closes before
    // the answer; a one-shot body cannot be sent twice, so what must leave once does.
    const bool once = request.method == ApiRequest::Method::Post ||
                      request.method == ApiRequest::Method::Put || !request.isIdempotent();
    if (once) {
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        upload = new OneShotUploadDevice(request.body, job);
    }
    switch (request.method) {
    case ApiRequest::Method::Get:
        reply = m_network->get(networkRequest);
        break;
    case ApiRequest::Method::Post:
        reply = m_network->post(networkRequest, upload);
        break;
    case ApiRequest::Method::Put:
        reply = m_network->put(networkRequest, upload);
        break;
    case ApiRequest::Method::Delete:
        if (upload)
            reply = m_network->sendCustomRequest(networkRequest, "DELETE", upload);
        else if (request.body.isEmpty())
            reply = m_network->deleteResource(networkRequest);
        else
            reply = m_network->sendCustomRequest(networkRequest, "DELETE", request.body);
        break;
    }
    if (upload)
        upload->setParent(reply);
    job->m_reply = reply;
    job->m_attemptStartMs = m_clock.elapsed();

    // TLS errors are recorded and never ignored: the reply then fails on its own.
    connect(reply, &QNetworkReply::sslErrors, job, [job](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            job->m_tlsErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, job,
            [this, job, reply, token] { onAttemptFinished(job, reply, token); });

    job->m_timer->disconnect();
    connect(job->m_timer, &QTimer::timeout, job, [job] {
        job->m_timedOut = true;
        if (job->m_reply)
            job->m_reply->abort();
    });
    const int timeoutMs = request.timeoutMs > 0 ? request.timeoutMs : m_timeoutMs;
    job->m_timer->start(timeoutMs);

    add("Authorization", "Bearer " + token.toUtf8());
    ApiExchange exchange;
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    exchange.method = request.methodName();
    exchange.url = networkRequest.url();
    exchange.correlationId = correlationId;
    exchange.attempt = job->m_response.attempts;
    exchange.profileName = m_profile.name;
    exchange.requestHeaders = ApiExchange::redactHeaders(headers);
    exchange.requestBody = ApiExchange::redactBody(request.body);
    reply->setProperty("rd_exchange", QVariant::fromValue(exchange));
    qCDebug(lcApi).noquote() << exchange.method << networkRequest.url().path() << "correlation-id"
                             << correlationId << "attempt" << exchange.attempt;
}

void ApiClient::onAttemptFinished(ApiJob *job, QNetworkReply *reply, const QString &token)
{
    if (job->m_reply != reply)
        return;
    job->m_reply = nullptr;
    job->m_timer->stop();
    reply->deleteLater();

    const ApiRequest &request = job->m_request;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError networkError = reply->error();

    ApiResponse &response = job->m_response;
    response.status = status;
    response.body = body;
    response.headers.clear();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    response.elapsedMs += m_clock.elapsed() - job->m_attemptStartMs;

    ApiError error;
    if (job->m_timedOut) {
        error = ApiError::make(ApiError::Kind::Timeout);
        error.maybeProcessed = !request.isIdempotent();
    } else if (!job->m_tlsErrors.isEmpty()) {
        error = ApiError::make(ApiError::Kind::Tls, job->m_tlsErrors.join(QStringLiteral("; ")));
    } else if (status == 0) {
        error = ApiError::fromNetworkError(networkError, reply->errorString());
        error.maybeProcessed = !request.isIdempotent() && isConnectionReset(networkError);
    } else if (status < 200 || status >= 300) {
        error = ApiError::fromHttp(status, body,
                                   reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
        error.retryAfterSeconds = parseRetryAfter(response.header("Retry-After"));
    } else if (networkError != QNetworkReply::NoError) {
        // A 2xx whose body was cut off: never a silent partial result.
        error = ApiError::invalidResponse(
            QCoreApplication::translate("ApiClient", "the answer was cut off (%1)")
                .arg(reply->errorString()));
        error.maybeProcessed = !request.isIdempotent();
    }
    error.correlationId = response.correlationId;

    ApiExchange exchange = reply->property("rd_exchange").value<ApiExchange>();
    exchange.status = status;
    exchange.durationMs = m_clock.elapsed() - job->m_attemptStartMs;
    exchange.responseSize = body.size();
    exchange.responseHeaders = ApiExchange::redactHeaders(response.headers);
    exchange.responseBody = ApiExchange::redactBody(body.left(ApiExchange::DefaultBodyLimit));
    exchange.bodyTruncated = body.size() > ApiExchange::DefaultBodyLimit;
    exchange.errorText = error.isError() ? error.message() : QString();
    Q_EMIT exchangeFinished(exchange);

    if (!error.isError()) {
        const ApiError parseError = job->parseResponse(response);
        if (parseError.isError()) {
            ApiError withId = parseError;
            withId.httpStatus = status;
            withId.correlationId = response.correlationId;
            finishJob(job, withId);
            return;
        }
        finishJob(job, {});
        return;
    }

    // An expired or revoked token: one new token and one retry, for any method, because
    // the API rejected the call before doing anything.
    if (status == 401 && !job->m_tokenRefreshed) {
        job->m_tokenRefreshed = true;
        m_tokens->invalidate(token);
        qCInfo(lcApi) << "401 from" << request.endpointKey() << "- renewing the token once";
        sendWithToken(job);
        return;
    }

    const bool retryable =
        request.isIdempotent() &&
        ((status == 0 && isConnectionReset(networkError)) || isRetryableStatus(status));
    if (retryable && scheduleRetry(job, error, error.retryAfterSeconds))
        return;
    finishJob(job, error);
}

int ApiClient::retryDelayMs(int attempt, int retryAfterSeconds) const
{
    if (retryAfterSeconds >= 0)
        return retryAfterSeconds * 1000;
    const qint64 exponential = qint64(m_retry.baseDelayMs) << std::min(attempt - 1, 16);
    const qint64 capped = std::min<qint64>(exponential, m_retry.maxDelayMs);
    // Jitter keeps several clients from retrying in lockstep.
    const qint64 jitter = capped > 4 ? QRandomGenerator::global()->bounded(capped / 4) : 0;
    return int(capped - capped / 8 + jitter);
}

bool ApiClient::scheduleRetry(ApiJob *job, const ApiError &error, int retryAfterSeconds)
{
    const int attempt = job->m_response.attempts;
    if (attempt >= m_retry.maxAttempts)
        return false;
    if (retryAfterSeconds > m_retry.maxRetryAfterSeconds)
        return false;
    const int delay = retryDelayMs(attempt, retryAfterSeconds);
    qCInfo(lcApi).noquote() << "retrying" << job->m_request.endpointKey() << "in" << delay
                            << "ms after" << error.toLogString();
    job->m_timer->disconnect();
    connect(job->m_timer, &QTimer::timeout, job, [this, job] { waitForSlot(job); });
    job->m_timer->start(delay);
    return true;
}

void ApiClient::finishJob(ApiJob *job, const ApiError &error)
{
    if (error.isError() && error.kind != ApiError::Kind::Cancelled)
        qCInfo(lcApi).noquote() << job->m_request.endpointKey() << "failed:" << error.toLogString();
    job->finish(error);
}
