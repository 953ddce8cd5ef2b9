// One page of GET /resellers/v6/orders/search: the orders found and where the paging stands.
#pragma once

#include "ordersummary.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct OrderSearchPage
{
    int recordsFound = 0; // over all pages
    int pageSize = 0;
    int pageNumber = 0;
    // Paths with the original parameters, e.g. "/resellers/v6/orders/...&pageNumber=2".
    QString nextPage;
    QString previousPage;
    QList<OrderSummary> orders;

    static OrderSearchPage fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    // Computed from the counts rather than nextPage, which the API fills even on the last page.
    int pageCount() const;
    bool hasMorePages() const;
};
