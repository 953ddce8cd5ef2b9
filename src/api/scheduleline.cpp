#include "scheduleline.h"

#include "jsonread.h"

ScheduleLine ScheduleLine::fromJson(const QJsonObject &json)
{
    ScheduleLine line;
    line.lineNumber = JsonRead::string(json, u"lineNumber");
    line.scheduleLineDate = ApiDate(JsonRead::string(json, u"scheduleLineDate"));
    line.requestedQuantity = JsonRead::integer(json, u"requestedQuantity");
    line.confirmedQuantity = JsonRead::integer(json, u"confirmedQuantity");
    line.goodsIssueDate = ApiDate(JsonRead::string(json, u"goodsIssueDate"));
    return line;
}

QJsonObject ScheduleLine::toJson() const
{
    // The schema types the quantities as strings; written the way the API writes them.
    return {{QStringLiteral("lineNumber"), lineNumber},
            {QStringLiteral("scheduleLineDate"), scheduleLineDate.raw()},
            {QStringLiteral("requestedQuantity"), QString::number(requestedQuantity)},
            {QStringLiteral("confirmedQuantity"), QString::number(confirmedQuantity)},
            {QStringLiteral("goodsIssueDate"), goodsIssueDate.raw()}};
}
