// The estimated ship or delivery date of an order line, with its range and source.
#pragma once

#include "apidate.h"
#include "apidaterange.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>

// The API names the same fields "shipDateType", "shipDate", ... for shipping and
// "deliveryDateType", "deliveryDate", ... for delivery, so one type reads both by prefix.
struct EstimatedDate
{
    QString dateType; // "Single" or a multiple-date kind
    ApiDateRange dateRange;
    QString source; // "INGRAM", a vendor
    QString description;
    ApiDate date;

    // prefix is "ship" or "delivery".
    static EstimatedDate fromJson(const QJsonObject &json, QStringView prefix);
    QJsonObject toJson(QStringView prefix) const;
    bool isEmpty() const;
};

// One entry of a line's estimatedDates: a ship estimate, a delivery estimate, or both.
struct EstimatedDates
{
    EstimatedDate ship;
    EstimatedDate delivery;

    static EstimatedDates fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
