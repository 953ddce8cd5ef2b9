#include "connectiontester.h"

#include "apiclient.h"
#include "apijob.h"
#include "tokenprovider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConnectionTest, "resellerdesk.api.connectiontest")

namespace {
// The one-result order search the test runs; 204 (no orders at all) is a success too.
class ConnectionTestSearchJob : public JsonApiJob
{
public:
    using JsonApiJob::JsonApiJob;
    int recordsFound = -1;

protected:
    ApiError parseJson(const QJsonDocument &document, const ApiResponse &) override
    {
        if (!document.isObject())
            return ApiError::invalidResponse(
                QCoreApplication::translate("ConnectionTester", "the order search answer is not "
                                                                "a JSON object"));
        const QJsonValue value = document.object().value(QLatin1String("recordsFound"));
        bool ok = value.isDouble();
        recordsFound = value.isDouble() ? value.toInt() : value.toString().toInt(&ok);
        if (!ok)
            recordsFound = -1;
        return {};
    }
    ApiError parseEmpty(const ApiResponse &) override
    {
        recordsFound = 0;
        return {};
    }
};

bool containsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool namesTheAccount(const ApiError &error)
{
    for (const ApiFieldError &field : error.fieldErrors) {
        if (containsAny(field.field,
                        {"customernumber", "countrycode", "customer-number", "country-code"}))
            return true;
    }
    return containsAny(error.serverMessage,
                       {"customer number", "customernumber", "country code", "countrycode"});
}

QString withCorrelationId(const QString &message, const QString &correlationId)
{
    if (correlationId.isEmpty())
        return message;
    return ConnectionTester::tr("%1 Correlation ID: %2").arg(message, correlationId);
}
} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ConnectionTester::Result>();
}

ConnectionTester::~ConnectionTester()
{
    // No finished() from a destructor: the listener may be going away too.
    m_running = false;
    delete m_client;
}

void ConnectionTester::start(const ConnectionProfile &profile,
                             std::shared_ptr<SecretSource> secrets)
{
    cancel();
    m_profile = profile;
    m_clock.start();
    m_running = true;

    const QList<FieldProblem> problems = profile.validate();
    if (!problems.isEmpty()) {
        Result result;
        result.outcome = Outcome::InvalidProfile;
        result.message = tr("The profile is incomplete: %1").arg(problems.constFirst().message);
        result.nextStep = tr("Correct the fields marked in the form, then test again.");
        // Always asynchronous, like every other outcome.
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                if (!m_running)
                    return;
                m_running = false;
                Q_EMIT finished(result);
            },
            Qt::QueuedConnection);
        return;
    }

    if (m_client)
        m_client->deleteLater();
    m_client = new ApiClient(this);
    m_client->setTimeout(m_timeoutMs);
    m_client->tokenProvider()->setTimeout(m_timeoutMs);
    // One attempt: the person waiting wants the first failure, not a retried one.
    RetryPolicy once;
    once.maxAttempts = 1;
    m_client->setRetryPolicy(once);
    m_client->setProfile(profile, std::move(secrets));
    connect(m_client, &ApiClient::exchangeFinished, this, &ConnectionTester::exchangeFinished);

    auto *job = new ConnectionTestSearchJob;
    connect(job, &ApiJob::finished, this, &ConnectionTester::onSearchFinished);
    ApiRequest request = ApiRequest::get(QStringLiteral("/resellers/v6/orders/search"),
                                         QStringLiteral("GET /resellers/v6/orders/search"));
    request.query.append({QStringLiteral("pageSize"), QStringLiteral("1")});
    qCInfo(lcConnectionTest).noquote()
        << "testing profile" << profile.id << "at" << profile.baseUrl().toDisplayString();
    m_client->start(job, request);
}

void ConnectionTester::cancel()
{
    if (!m_running)
        return;
    if (m_client && m_client->activeJobCount() > 0) {
        m_client->cancelAll();
        return;
    }
    // An invalid profile's answer is still queued: answer now instead.
    m_running = false;
    Result result;
    result.outcome = Outcome::Cancelled;
    result.message = tr("The connection test was cancelled.");
    result.elapsedMs = m_clock.elapsed();
    Q_EMIT finished(result);
}

void ConnectionTester::onSearchFinished(ApiJob *job)
{
    if (!m_running)
        return;
    m_running = false;
    Result result;
    if (job->hasError()) {
        result = classify(job->error(), m_profile);
    } else {
        const auto *search = static_cast<ConnectionTestSearchJob *>(job);
        result.outcome = Outcome::Success;
        result.recordsFound = search->recordsFound;
        result.httpStatus = job->response().status;
        result.correlationId = job->response().correlationId;
        const QString account =
            tr("customer %1 in %2").arg(m_profile.customerNumber, m_profile.countryCode);
        if (search->recordsFound >= 0)
            result.message = tr("Connection works: signed in to %1 and searched the orders of "
                                "%2 (%n order(s) found).",
                                nullptr, search->recordsFound)
                                 .arg(m_profile.baseUrl().host(), account);
        else
            result.message = tr("Connection works: signed in to %1 and searched the orders of %2.")
                                 .arg(m_profile.baseUrl().host(), account);
    }
    result.elapsedMs = m_clock.elapsed();
    qCInfo(lcConnectionTest) << "test finished:" << result.outcome << result.error.toLogString();
    Q_EMIT finished(result);
}

ConnectionTester::Result ConnectionTester::classify(const ApiError &error,
                                                    const ConnectionProfile &profile)
{
    Result result;
    result.error = error;
    result.correlationId = error.correlationId;
    result.httpStatus = error.httpStatus;
    const QString host = profile.baseUrl().host();
    const QString server = error.serverMessage.isEmpty() ? error.message() : error.serverMessage;

    const bool noApiProduct =
        containsAny(error.serverType, {"NoApiProductMatchFound"}) ||
        containsAny(error.serverMessage, {"no apiproduct match", "no api product match"});

    switch (error.kind) {
    case ApiError::Kind::None:
        result.outcome = Outcome::Success;
        return result;
    case ApiError::Kind::Cancelled:
        result.outcome = Outcome::Cancelled;
        result.message = tr("The connection test was cancelled.");
        return result;
    case ApiError::Kind::Configuration:
        result.outcome = Outcome::SecretUnavailable;
        result.message = error.technicalDetail;
        result.nextStep = tr("Enter the client secret, or keep it for this session only.");
        return result;
    case ApiError::Kind::InvalidRequest:
        result.outcome = Outcome::InvalidProfile;
        result.message = error.message();
        result.nextStep = tr("Correct the fields marked in the form, then test again.");
        return result;
    case ApiError::Kind::Authentication:
        if (noApiProduct)
            break;
        result.outcome = Outcome::WrongCredentials;
        result.message = tr("The client ID or client secret was not accepted: %1").arg(server);
        result.nextStep = tr("Check the client ID and secret of your API application in the "
                             "Ingram Micro developer portal.");
        return result;
    case ApiError::Kind::Network:
        result.outcome = Outcome::Unreachable;
        result.message = tr("Could not reach %1: %2").arg(host, error.technicalDetail);
        result.nextStep = tr("Check the network connection and the environment or base URL.");
        return result;
    case ApiError::Kind::Timeout:
        result.outcome = Outcome::Timeout;
        result.message = tr("%1 did not answer in time.").arg(host);
        result.nextStep = tr("Check the network connection, then try again.");
        return result;
    case ApiError::Kind::Tls:
        result.outcome = Outcome::Tls;
        result.message = tr("The secure connection to %1 could not be verified: %2")
                             .arg(host, error.technicalDetail);
        result.nextStep = error.nextStep();
        return result;
    case ApiError::Kind::InvalidResponse:
        result.outcome = Outcome::InvalidResponse;
        result.message = withCorrelationId(error.message(), error.correlationId);
        result.nextStep = tr("Check that the base URL points at the Reseller API.");
        return result;
    case ApiError::Kind::Http:
        break;
    }

    if (noApiProduct) {
        result.outcome = Outcome::ApiProductNotEnabled;
        result.message = withCorrelationId(
            tr("The client ID and secret are valid, but the API application is not enabled for "
               "this API (\"%1\").")
                .arg(server),
            error.correlationId);
        result.nextStep = tr("In the Ingram Micro developer portal, add the Reseller API product "
                             "to your application, or ask your Ingram Micro contact to enable it.");
    } else if ((error.httpStatus == 400 || error.httpStatus == 401 || error.httpStatus == 403) &&
               namesTheAccount(error)) {
        result.outcome = Outcome::AccountRejected;
        result.message = withCorrelationId(
            tr("The Reseller API rejected the customer number or country code: %1")
                .arg(error.message()),
            error.correlationId);
        result.nextStep = tr("Check the customer number and country code of your Ingram Micro "
                             "account.");
    } else if (error.httpStatus == 401 || error.httpStatus == 403) {
        result.outcome = Outcome::AccessRefused;
        result.message =
            withCorrelationId(tr("Signed in, but the order search was refused (HTTP %1): %2")
                                  .arg(error.httpStatus)
                                  .arg(server),
                              error.correlationId);
        result.nextStep = tr("Check the customer number and country code, and that your API "
                             "application may use the orders API.");
    } else {
        result.outcome = Outcome::HttpError;
        result.message = withCorrelationId(
            tr("The order search failed (HTTP %1): %2").arg(error.httpStatus).arg(error.message()),
            error.correlationId);
        result.nextStep = error.nextStep();
    }
    return result;
}
