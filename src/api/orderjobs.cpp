#include "orderjobs.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {
ApiError notAnObject()
{
    return ApiError::invalidResponse(
        QCoreApplication::translate("OrderJobs", "expected a JSON object"));
}
} // namespace

ApiError OrderSearchJob::parseJson(const QJsonDocument &document, const ApiResponse &)
{
    if (!document.isObject())
        return notAnObject();
    const QJsonObject object = document.object();
    // A body without orders and without a count is not a search result, whatever its status.
    if (!object.contains(QLatin1String("orders")) &&
        !object.contains(QLatin1String("recordsFound"))) {
        return ApiError::invalidResponse(
            QCoreApplication::translate("OrderJobs", "the answer has no orders list"));
    }
    m_page = OrderSearchPage::fromJson(object);
    return {};
}

ApiError OrderSearchJob::parseEmpty(const ApiResponse &response)
{
    if (response.status == 204) {
        m_page = OrderSearchPage();
        return {};
    }
    return JsonApiJob::parseEmpty(response);
}

ApiError OrderDetailsJob::parseJson(const QJsonDocument &document, const ApiResponse &)
{
    if (!document.isObject())
        return notAnObject();
    m_raw = document.object();
    if (!m_raw.contains(QLatin1String("ingramOrderNumber"))) {
        return ApiError::invalidResponse(
            QCoreApplication::translate("OrderJobs", "the answer has no order number"));
    }
    m_details = OrderDetails::fromJson(m_raw);
    return {};
}
