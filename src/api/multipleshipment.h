// One of several planned shipments of an order line (multipleShipments): quantity and dates.
#pragma once

#include "apidate.h"
#include "apidaterange.h"

#include <QJsonObject>
#include <QString>

struct MultipleShipment
{
    QString lineNumber;
    int requestedQuantity = 0;
    int confirmedQuantity = 0;
    QString dateType;
    ApiDateRange dateRange;
    QString source;
    QString description;
    ApiDate date; // the estimated ship date
    ApiDate deliveryDate;

    static MultipleShipment fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
