#include "orderwriteservice.h"

#include "apiclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace {
template<typename Problem>
ApiError invalidRequest(const QList<Problem> &problems)
{
    ApiError error = ApiError::make(ApiError::Kind::InvalidRequest);
    for (const auto &problem : problems)
        error.fieldErrors.append({problem.field, problem.message, {}});
    return error;
}

// Sends the request, or rejects it without sending when the problems list is not empty.
template<typename Job, typename Problem>
Job *startChecked(ApiClient *client, Job *job, const ApiRequest &request,
                  const QList<Problem> &problems)
{
    if (problems.isEmpty())
        client->start(job, request);
    else
        client->reject(job, request, invalidRequest(problems));
    return job;
}

struct NumberProblem
{
    QString field;
    QString message;
};

// The API's order number format: xx-xxxxx or xx-xxxxx-xx.
QList<NumberProblem> checkOrderNumber(const QString &orderNumber)
{
    static const QRegularExpression format(QStringLiteral("^[0-9A-Z]{2}-[0-9A-Z]{5}(-[0-9]{2})?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (format.match(orderNumber.trimmed()).hasMatch())
        return {};
    return {{QStringLiteral("orderNumber"),
             QCoreApplication::translate("OrderWriteService",
                                         "An order number looks like 20-12345 or 20-12345-11.")}};
}

ApiRequest orderRequest(ApiRequest::Method method, const QString &orderNumber)
{
    ApiRequest request;
    request.method = method;
    request.path = QLatin1String("/resellers/v6/orders/") +
                   QString::fromLatin1(QUrl::toPercentEncoding(orderNumber.trimmed()));
    request.endpoint = QString::fromLatin1(request.methodName()) + QLatin1Char(' ') +
                       QLatin1String(OrderWriteService::OrderEndpoint);
    return request;
}

ApiRequest createRequest(const char *path, const QJsonObject &body)
{
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.path = QLatin1String(path);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}
} // namespace

OrderWriteService::OrderWriteService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

OrderCreateJob *OrderWriteService::createV6(const OrderCreateRequest &order, QObject *parent)
{
    auto *job = new OrderCreateJob(parent);
    job->setClock(m_now);
    return startChecked(m_client, job, createRequest(CreateV6Path, order.toJsonV6()),
                        order.validate(OrderApiVersion::V6));
}

OrderConfirmJob *OrderWriteService::createV7(const OrderCreateRequest &order, QObject *parent)
{
    auto *job = new OrderConfirmJob(parent);
    return startChecked(m_client, job, createRequest(CreateV7Path, order.toJsonV7()),
                        order.validate(OrderApiVersion::V7));
}

OrderModifyJob *OrderWriteService::modify(const QString &orderNumber,
                                          const OrderModifyRequest &changes, QObject *parent)
{
    auto *job = new OrderModifyJob(parent);
    ApiRequest request = orderRequest(ApiRequest::Method::Put, orderNumber);
    request.body = QJsonDocument(changes.toJson()).toJson(QJsonDocument::Compact);
    QList<OrderModifyRequest::Problem> problems;
    for (const NumberProblem &problem : checkOrderNumber(orderNumber))
        problems.append({problem.field, problem.message});
    problems += changes.validate();
    return startChecked(m_client, job, request, problems);
}

OrderActionJob *OrderWriteService::release(const QString &orderNumber, QObject *parent)
{
    auto *job = new OrderActionJob(parent);
    ApiRequest request = orderRequest(ApiRequest::Method::Put, orderNumber);
    // The spec puts actionCode in the query; the body stays an empty object.
    request.query.append({QStringLiteral("actionCode"), QStringLiteral("release")});
    request.body = QByteArrayLiteral("{}");
    return startChecked(m_client, job, request, checkOrderNumber(orderNumber));
}

OrderActionJob *OrderWriteService::cancel(const QString &orderNumber, QObject *parent)
{
    auto *job = new OrderActionJob(parent);
    ApiRequest request = orderRequest(ApiRequest::Method::Delete, orderNumber);
    request.repeatable = false;
    return startChecked(m_client, job, request, checkOrderNumber(orderNumber));
}
