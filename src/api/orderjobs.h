// Typed jobs of the orders service: each parses its answer into value types or fails.
#pragma once

#include "apijob.h"
#include "orderdetails.h"
#include "ordersearchpage.h"

#include <QJsonObject>

class OrderSearchJob : public JsonApiJob
{
    Q_OBJECT

public:
    using JsonApiJob::JsonApiJob;
    // Valid after a successful finish; a 204 is an empty page, not an error.
    const OrderSearchPage &page() const { return m_page; }

protected:
    ApiError parseJson(const QJsonDocument &document, const ApiResponse &response) override;
    ApiError parseEmpty(const ApiResponse &response) override;

private:
    OrderSearchPage m_page;
};

class OrderDetailsJob : public JsonApiJob
{
    Q_OBJECT

public:
    using JsonApiJob::JsonApiJob;
    const OrderDetails &details() const { return m_details; }
    // The answer as received, for the support-facing "Raw" view.
    const QJsonObject &raw() const { return m_raw; }

protected:
    ApiError parseJson(const QJsonDocument &document, const ApiResponse &response) override;

private:
    OrderDetails m_details;
    QJsonObject m_raw;
};
