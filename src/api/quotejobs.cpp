#include "quotejobs.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {
ApiError notAnObject()
{
    return ApiError::invalidResponse(
        QCoreApplication::translate("QuoteJobs", "expected a JSON object"));
}
} // namespace

ApiError QuoteSearchJob::parseJson(const QJsonDocument &document, const ApiResponse &)
{
    if (!document.isObject())
        return notAnObject();
    const QJsonObject object = document.object();
    // A body without quotes and without a count is not a search result, whatever its status.
    if (!object.contains(QLatin1String("quotes")) &&
        !object.contains(QLatin1String("recordsFound")))
        return ApiError::invalidResponse(
            QCoreApplication::translate("QuoteJobs", "the answer has no quotes list"));
    m_page = QuoteSearchPage::fromJson(object);
    return {};
}

ApiError QuoteSearchJob::parseEmpty(const ApiResponse &response)
{
    if (response.status == 204) {
        m_page = QuoteSearchPage();
        return {};
    }
    return JsonApiJob::parseEmpty(response);
}

ApiError QuoteDetailsJob::parseJson(const QJsonDocument &document, const ApiResponse &)
{
    if (!document.isObject())
        return notAnObject();
    m_raw = document.object();
    if (!m_raw.contains(QLatin1String("quoteNumber")))
        return ApiError::invalidResponse(
            QCoreApplication::translate("QuoteJobs", "the answer has no quote number"));
    m_details = QuoteDetails::fromJson(m_raw);
    return {};
}

ApiError QuoteValidateJob::parseJson(const QJsonDocument &document, const ApiResponse &)
{
    if (!document.isObject())
        return notAnObject();
    m_raw = document.object();
    if (!m_raw.contains(QLatin1String("quoteNumber")) && !m_raw.contains(QLatin1String("lines")))
        return ApiError::invalidResponse(
            QCoreApplication::translate("QuoteJobs", "the answer is not a quote validation"));
    m_validation = QuoteValidation::fromJson(m_raw);
    return {};
}
