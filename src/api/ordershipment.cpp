#include "ordershipment.h"

#include "jsonread.h"

TrackingDetail TrackingDetail::fromJson(const QJsonObject &json)
{
    TrackingDetail tracking;
    tracking.trackingNumber = JsonRead::string(json, u"trackingNumber");
    tracking.trackingUrl = JsonRead::string(json, u"trackingUrl");
    tracking.packageWeight = JsonRead::number(json, u"packageWeight");
    tracking.cartonNumber = JsonRead::string(json, u"cartonNumber");
    tracking.quantityInBox = JsonRead::integer(json, u"quantityInBox");
    // Objects per the schema; plain strings, or one bare string, are accepted as well.
    for (const QJsonValue &value : JsonRead::array(json, u"serialNumbers")) {
        const QString serial = value.isObject()
                                   ? JsonRead::string(value.toObject(), u"serialNumber")
                                   : JsonRead::toString(value);
        if (!serial.isEmpty())
            tracking.serialNumbers.append(serial);
    }
    if (tracking.serialNumbers.isEmpty())
        tracking.serialNumbers = JsonRead::stringList(json, u"serialNumbers");
    return tracking;
}

QJsonObject TrackingDetail::toJson() const
{
    QJsonArray serials;
    for (const QString &serial : serialNumbers)
        serials.append(QJsonObject{{QStringLiteral("serialNumber"), serial}});
    return {{QStringLiteral("trackingNumber"), trackingNumber},
            {QStringLiteral("trackingUrl"), trackingUrl},
            {QStringLiteral("packageWeight"), JsonRead::toString(packageWeight)},
            {QStringLiteral("cartonNumber"), cartonNumber},
            {QStringLiteral("quantityInBox"), QString::number(quantityInBox)},
            {QStringLiteral("serialNumbers"), serials}};
}

CarrierDetail CarrierDetail::fromJson(const QJsonObject &json)
{
    CarrierDetail carrier;
    carrier.carrierCode = JsonRead::string(json, u"carrierCode");
    carrier.carrierName = JsonRead::string(json, u"carrierName");
    carrier.quantity = JsonRead::integer(json, u"quantity");
    carrier.shippedDate = ApiDate(JsonRead::string(json, u"shippedDate"));
    carrier.estimatedDeliveryDate = ApiDate(JsonRead::string(json, u"estimatedDeliveryDate"));
    carrier.deliveredDate = ApiDate(JsonRead::string(json, u"deliveredDate"));
    carrier.carrierPickupDate = ApiDate(JsonRead::string(json, u"carrierPickupDate"));
    carrier.trackingDetails = JsonRead::list<TrackingDetail>(json, u"trackingDetails");
    return carrier;
}

QJsonObject CarrierDetail::toJson() const
{
    return {{QStringLiteral("carrierCode"), carrierCode},
            {QStringLiteral("carrierName"), carrierName},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("shippedDate"), shippedDate.raw()},
            {QStringLiteral("estimatedDeliveryDate"), estimatedDeliveryDate.raw()},
            {QStringLiteral("deliveredDate"), deliveredDate.raw()},
            {QStringLiteral("carrierPickupDate"), carrierPickupDate.raw()},
            {QStringLiteral("trackingDetails"), JsonRead::toArray(trackingDetails)}};
}

ShipmentDetail ShipmentDetail::fromJson(const QJsonObject &json)
{
    ShipmentDetail shipment;
    shipment.quantity = JsonRead::integer(json, u"quantity");
    shipment.deliveryNumber = JsonRead::string(json, u"deliveryNumber");
    shipment.estimatedShipDate = ApiDate(JsonRead::string(json, u"estimatedShipDate"));
    shipment.shippedDate = ApiDate(JsonRead::string(json, u"shippedDate"));
    shipment.estimatedDeliveryDate = ApiDate(JsonRead::string(json, u"estimatedDeliveryDate"));
    shipment.shipFromWarehouseId = JsonRead::string(json, u"shipFromWarehouseId");
    shipment.shipFromLocation = JsonRead::string(json, u"shipFromLocation");
    shipment.invoiceNumber = JsonRead::string(json, u"invoiceNumber");
    shipment.invoiceDate = ApiDate(JsonRead::string(json, u"invoiceDate"));
    shipment.carrierDetails = JsonRead::list<CarrierDetail>(json, u"carrierDetails");
    return shipment;
}

QJsonObject ShipmentDetail::toJson() const
{
    return {{QStringLiteral("quantity"), quantity},
            {QStringLiteral("deliveryNumber"), deliveryNumber},
            {QStringLiteral("estimatedShipDate"), estimatedShipDate.raw()},
            {QStringLiteral("shippedDate"), shippedDate.raw()},
            {QStringLiteral("estimatedDeliveryDate"), estimatedDeliveryDate.raw()},
            {QStringLiteral("shipFromWarehouseId"), shipFromWarehouseId},
            {QStringLiteral("shipFromLocation"), shipFromLocation},
            {QStringLiteral("invoiceNumber"), invoiceNumber},
            {QStringLiteral("invoiceDate"), invoiceDate.raw()},
            {QStringLiteral("carrierDetails"), JsonRead::toArray(carrierDetails)}};
}

QStringList ShipmentDetail::trackingNumbers() const
{
    QStringList numbers;
    for (const CarrierDetail &carrier : carrierDetails) {
        for (const TrackingDetail &tracking : carrier.trackingDetails) {
            if (!tracking.trackingNumber.isEmpty())
                numbers.append(tracking.trackingNumber);
        }
    }
    return numbers;
}

QStringList ShipmentDetail::serialNumbers() const
{
    QStringList serials;
    for (const CarrierDetail &carrier : carrierDetails) {
        for (const TrackingDetail &tracking : carrier.trackingDetails)
            serials += tracking.serialNumbers;
    }
    return serials;
}
