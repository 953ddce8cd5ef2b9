// A schedule line of an order line: a confirmed quantity for a date.
#pragma once

#include "apidate.h"

#include <QJsonObject>
#include <QString>

struct ScheduleLine
{
    QString lineNumber;
    ApiDate scheduleLineDate;
    int requestedQuantity = 0; // strings on the wire
    int confirmedQuantity = 0;
    ApiDate goodsIssueDate;

    static ScheduleLine fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
