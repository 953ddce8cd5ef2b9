#include "multipleshipment.h"

#include "jsonread.h"

MultipleShipment MultipleShipment::fromJson(const QJsonObject &json)
{
    MultipleShipment shipment;
    shipment.lineNumber = JsonRead::string(json, u"lineNumber");
    shipment.requestedQuantity = JsonRead::integer(json, u"requestedQuantity");
    shipment.confirmedQuantity = JsonRead::integer(json, u"confirmedQuantity");
    shipment.dateType = JsonRead::string(json, u"dateType");
    shipment.dateRange = ApiDateRange::fromJson(JsonRead::object(json, u"dateRange"));
    shipment.source = JsonRead::string(json, u"source");
    shipment.description = JsonRead::string(json, u"description");
    shipment.date = ApiDate(JsonRead::string(json, u"date"));
    shipment.deliveryDate = ApiDate(JsonRead::string(json, u"deliveryDate"));
    return shipment;
}

QJsonObject MultipleShipment::toJson() const
{
    return {{QStringLiteral("lineNumber"), lineNumber},
            {QStringLiteral("requestedQuantity"), requestedQuantity},
            {QStringLiteral("confirmedQuantity"), confirmedQuantity},
            {QStringLiteral("dateType"), dateType},
            {QStringLiteral("dateRange"), dateRange.toJson()},
            {QStringLiteral("source"), source},
            {QStringLiteral("description"), description},
            {QStringLiteral("date"), date.raw()},
            {QStringLiteral("deliveryDate"), deliveryDate.raw()}};
}
