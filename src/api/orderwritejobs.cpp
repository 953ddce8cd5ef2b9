#include "orderwritejobs.h"

#include "maintenancewindow.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {
ApiError notAnObject()
{
    return ApiError::invalidResponse(
        QCoreApplication::translate("OrderWriteJobs", "expected a JSON object"));
}
} // namespace

ApiError OrderCreateJob::parseJson(const QJsonDocument &document, const ApiResponse &response)
{
    if (!document.isObject())
        return notAnObject();
    m_raw = document.object();
    m_result = OrderCreateResult::fromJson(m_raw, response.status);
    // An answer without a single order number has not told us what was ordered.
    if (m_result.orderNumbers().isEmpty()) {
        ApiError error = ApiError::invalidResponse(
            QCoreApplication::translate("OrderWriteJobs", "the answer has no order number"));
        error.maybeProcessed = true;
        return error;
    }
    return {};
}

void OrderCreateJob::annotateError(ApiError &error) const
{
    if (error.kind != ApiError::Kind::Http || error.httpStatus < 500)
        return;
    const QDateTime now = m_now ? m_now() : QDateTime::currentDateTimeUtc();
    if (const auto span = MaintenanceWindow::spanAt(now))
        error.maintenanceWindowEnd = span->end.toUTC();
}

ApiError OrderConfirmJob::parseJson(const QJsonDocument &document, const ApiResponse &)
{
    if (!document.isObject())
        return notAnObject();
    m_confirmation = OrderConfirmation::fromJson(document.object());
    if (m_confirmation.confirmationNumber.isEmpty()) {
        ApiError error = ApiError::invalidResponse(
            QCoreApplication::translate("OrderWriteJobs", "the answer has no confirmation number"));
        error.maybeProcessed = true;
        return error;
    }
    return {};
}

ApiError OrderModifyJob::parseJson(const QJsonDocument &document, const ApiResponse &response)
{
    if (!document.isObject())
        return notAnObject();
    m_result = OrderModifyResult::fromJson(document.object(), response.status);
    return {};
}

ApiError OrderModifyJob::parseEmpty(const ApiResponse &response)
{
    m_result = OrderModifyResult();
    m_result.httpStatus = response.status;
    return {};
}

ApiError OrderActionJob::parseJson(const QJsonDocument &document, const ApiResponse &)
{
    m_raw = document.isObject() ? document.object() : QJsonObject();
    return {};
}

ApiError OrderActionJob::parseEmpty(const ApiResponse &)
{
    m_raw = QJsonObject();
    return {};
}
