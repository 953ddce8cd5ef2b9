#include "apidaterange.h"

#include "jsonread.h"

namespace {

// The API writes an absent bound as null rather than as an empty string.
QJsonValue dateValue(const ApiDate &date)
{
    return date.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(date.raw());
}

} // namespace

ApiDateRange ApiDateRange::fromJson(const QJsonObject &json)
{
    ApiDateRange range;
    range.startDate = ApiDate(JsonRead::string(json, u"startDate"));
    range.endDate = ApiDate(JsonRead::string(json, u"endDate"));
    return range;
}

QJsonObject ApiDateRange::toJson() const
{
    return {{QStringLiteral("startDate"), dateValue(startDate)},
            {QStringLiteral("endDate"), dateValue(endDate)}};
}
