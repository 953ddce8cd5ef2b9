#include "quoteorderservice.h"

#include "apiclient.h"

#include <QJsonDocument>

QuoteOrderService::QuoteOrderService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

OrderConfirmJob *QuoteOrderService::createFromQuoteV6(const QuoteToOrderRequest &request,
                                                      const QuoteValidation *requirements,
                                                      QObject *parent)
{
    return createFromQuote(request, OrderApiVersion::V6, requirements, parent);
}

OrderConfirmJob *QuoteOrderService::createFromQuoteV7(const QuoteToOrderRequest &request,
                                                      const QuoteValidation *requirements,
                                                      QObject *parent)
{
    return createFromQuote(request, OrderApiVersion::V7, requirements, parent);
}

OrderConfirmJob *QuoteOrderService::createFromQuote(const QuoteToOrderRequest &order,
                                                    OrderApiVersion version,
                                                    const QuoteValidation *requirements,
                                                    QObject *parent)
{
    auto *job = new OrderConfirmJob(parent);
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.path =
        QLatin1String(version == OrderApiVersion::V7 ? CreateV7Path : QuoteToOrderV6Path);
    request.body = QJsonDocument(order.toJson(version)).toJson(QJsonDocument::Compact);
    const auto problems = order.validate(version, requirements);
    if (problems.isEmpty()) {
        m_client->start(job, request);
        return job;
    }
    ApiError error = ApiError::make(ApiError::Kind::InvalidRequest);
    for (const auto &problem : problems)
        error.fieldErrors.append({problem.field, problem.message, {}});
    m_client->reject(job, request, error);
    return job;
}
