// One sub-order of an order search result: a warehouse's share of a reseller's PO.
#pragma once

#include "apilink.h"
#include "orderstatus.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct SubOrderSummary
{
    QString subOrderNumber; // "20-RD128-11": warehouse, order number, sub-order suffix
    double subOrderTotal = 0.0;
    OrderStatus subOrderStatus;
    // The API sends a single object here although its schema says array.
    QList<ApiLink> links;

    static SubOrderSummary fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
