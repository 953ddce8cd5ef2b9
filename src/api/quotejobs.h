// Typed jobs of the quotes service and of quote orders: each parses its answer or fails.
#pragma once

#include "apijob.h"
#include "quotedetails.h"
#include "quotesearchpage.h"
#include "quotevalidation.h"

#include <QJsonObject>

// GET /resellers/v6/quotes/search; no match is an empty page, whether 200 or 204.
class QuoteSearchJob : public JsonApiJob
{
    Q_OBJECT

public:
    using JsonApiJob::JsonApiJob;
    const QuoteSearchPage &page() const { return m_page; }

protected:
    ApiError parseJson(const QJsonDocument &document, const ApiResponse &response) override;
    ApiError parseEmpty(const ApiResponse &response) override;

private:
    QuoteSearchPage m_page;
};

// GET /resellers/v6/quotes/{quoteNumber}
class QuoteDetailsJob : public JsonApiJob
{
    Q_OBJECT

public:
    using JsonApiJob::JsonApiJob;
    const QuoteDetails &details() const { return m_details; }
    const QJsonObject &raw() const { return m_raw; }

protected:
    ApiError parseJson(const QJsonDocument &document, const ApiResponse &response) override;

private:
    QuoteDetails m_details;
    QJsonObject m_raw;
};

// GET /resellers/v6/q2o/validatequote
class QuoteValidateJob : public JsonApiJob
{
    Q_OBJECT

public:
    using JsonApiJob::JsonApiJob;
    const QuoteValidation &validation() const { return m_validation; }
    const QJsonObject &raw() const { return m_raw; }

protected:
    ApiError parseJson(const QJsonDocument &document, const ApiResponse &response) override;

private:
    QuoteValidation m_validation;
    QJsonObject m_raw;
};
