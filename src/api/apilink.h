// A hypermedia link in an API answer: where to fetch related data (order details, invoices).
#pragma once

#include <QJsonObject>
#include <QString>

struct ApiLink
{
    QString topic; // "orders", "invoices"
    QString href;  // a path relative to the API host, sometimes with a query
    QString type;  // the HTTP method, "GET"

    static ApiLink fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
