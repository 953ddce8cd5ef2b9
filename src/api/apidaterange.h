// A start/end pair of API dates, as in estimated ship and delivery date ranges.
#pragma once

#include "apidate.h"

#include <QJsonObject>

struct ApiDateRange
{
    ApiDate startDate;
    ApiDate endDate;

    static ApiDateRange fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool isEmpty() const { return startDate.isEmpty() && endDate.isEmpty(); }
};
