// Typed jobs of the order write service: create (v6, v7), modify, and release/cancel.
#pragma once

#include "apijob.h"
#include "orderconfirmation.h"
#include "ordercreateresult.h"
#include "ordermodifyresult.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>

// POST /resellers/v6/orders: 201 ordered, 207 partly ordered (success, see isPartial()).
class OrderCreateJob : public JsonApiJob
{
    Q_OBJECT

public:
    using JsonApiJob::JsonApiJob;
    const OrderCreateResult &result() const { return m_result; }
    bool isPartial() const { return m_result.isPartial(); }
    const QJsonObject &raw() const { return m_raw; }

    // The clock that decides whether a failure fell into the nightly maintenance window.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

protected:
    ApiError parseJson(const QJsonDocument &document, const ApiResponse &response) override;
    // A 5xx inside the vendor's nightly maintenance window says so.
    void annotateError(ApiError &error) const override;

private:
    OrderCreateResult m_result;
    QJsonObject m_raw;
    std::function<QDateTime()> m_now;
};

// POST /resellers/v7/orders: the answer only confirms that the order is being processed.
class OrderConfirmJob : public JsonApiJob
{
    Q_OBJECT

public:
    using JsonApiJob::JsonApiJob;
    const OrderConfirmation &confirmation() const { return m_confirmation; }

protected:
    ApiError parseJson(const QJsonDocument &document, const ApiResponse &response) override;

private:
    OrderConfirmation m_confirmation;
};

// PUT /resellers/v6/orders/{orderNumber} with changes; 207 is a partial success.
class OrderModifyJob : public JsonApiJob
{
    Q_OBJECT

public:
    using JsonApiJob::JsonApiJob;
    const OrderModifyResult &result() const { return m_result; }
    bool isPartial() const { return m_result.isPartial(); }

protected:
    ApiError parseJson(const QJsonDocument &document, const ApiResponse &response) override;
    ApiError parseEmpty(const ApiResponse &response) override;

private:
    OrderModifyResult m_result;
};

// Release (PUT ?actionCode=release) or cancel (DELETE): success has no body worth reading.
class OrderActionJob : public JsonApiJob
{
    Q_OBJECT

public:
    using JsonApiJob::JsonApiJob;
    // What the API said on success, when it said anything.
    const QJsonObject &raw() const { return m_raw; }

protected:
    ApiError parseJson(const QJsonDocument &document, const ApiResponse &response) override;
    ApiError parseEmpty(const ApiResponse &response) override;

private:
    QJsonObject m_raw;
};
