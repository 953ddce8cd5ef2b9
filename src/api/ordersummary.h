// One order in an order search result, as listed before its details are fetched.
#pragma once

#include "apidate.h"
#include "apilink.h"
#include "orderstatus.h"
#include "subordersummary.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct OrderSummary
{
    QString ingramOrderNumber;
    ApiDate ingramOrderDate;
    QString customerOrderNumber;
    QString vendorSalesOrderNumber; // D-type (direct ship) orders only
    QString vendorName;
    QString endUserCompanyName;
    double orderTotal = 0.0; // the search carries no currency; details do
    OrderStatus orderStatus;
    // May include an entry with links only, pointing at the whole order.
    QList<SubOrderSummary> subOrders;
    QList<ApiLink> links;

    static OrderSummary fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    // The sub-orders that carry a number, without the link-only entries.
    QList<SubOrderSummary> numberedSubOrders() const;
};
