#include "ordersservice.h"

#include "apiclient.h"

namespace {
// Sends the request, or rejects it without sending when the query breaks the API's rules.
template<typename Job, typename Query>
Job *startValidated(ApiClient *client, Job *job, const Query &query, const ApiRequest &request)
{
    const auto problems = query.validate();
    if (problems.isEmpty()) {
        client->start(job, request);
        return job;
    }
    ApiError error = ApiError::make(ApiError::Kind::InvalidRequest);
    for (const auto &problem : problems)
        error.fieldErrors.append({problem.field, problem.message, {}});
    client->reject(job, request, error);
    return job;
}

QList<ApiQueryItem> toApiQuery(const QList<QPair<QString, QString>> &items)
{
    QList<ApiQueryItem> query;
    query.reserve(items.size());
    for (const auto &item : items)
        query.append({item.first, item.second});
    return query;
}
} // namespace

OrdersService::OrdersService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

OrderSearchJob *OrdersService::search(const OrderSearchQuery &query, QObject *parent)
{
    auto *job = new OrderSearchJob(parent);
    ApiRequest request = ApiRequest::get(QLatin1String(SearchPath));
    request.query = toApiQuery(query.toQueryItems());
    return startValidated(m_client, job, query, request);
}

void OrdersService::setSandboxTestingOptions(const SandboxTestingOptions &options)
{
    if (options == m_sandboxOptions)
        return;
    m_sandboxOptions = options;
    Q_EMIT sandboxTestingOptionsChanged(m_sandboxOptions);
}

OrderDetailsJob *OrdersService::details(const OrderDetailsQuery &requested, QObject *parent)
{
    OrderDetailsQuery query = requested;
    m_sandboxOptions.applyTo(query);
    auto *job = new OrderDetailsJob(parent);
    ApiRequest request = ApiRequest::get(query.path(), QLatin1String(DetailsEndpoint));
    request.query = toApiQuery(query.toQueryItems(OrderDetailsQuery::SandboxParameters::Include));
    return startValidated(m_client, job, query, request);
}

OrderDetailsJob *OrdersService::details(const QString &orderNumber, QObject *parent)
{
    OrderDetailsQuery query;
    query.orderNumber = orderNumber;
    return details(query, parent);
}
