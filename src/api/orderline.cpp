#include "orderline.h"

#include "jsonread.h"

OrderLine OrderLine::fromJson(const QJsonObject &json)
{
    OrderLine line;
    line.subOrderNumber = JsonRead::string(json, u"subOrderNumber");
    line.ingramOrderLineNumber = JsonRead::string(json, u"ingramOrderLineNumber");
    line.vendorSalesOrderLineNumber = JsonRead::string(json, u"vendorSalesOrderLineNumber");
    line.customerLineNumber = JsonRead::string(json, u"customerLineNumber");
    line.lineStatus = OrderStatus(JsonRead::string(json, u"lineStatus"));
    line.ingramPartNumber = JsonRead::string(json, u"ingramPartNumber");
    line.vendorPartNumber = JsonRead::string(json, u"vendorPartNumber");
    line.vendorName = JsonRead::string(json, u"vendorName");
    line.partDescription = JsonRead::string(json, u"partDescription");
    line.unitWeight = JsonRead::number(json, u"unitWeight");
    line.weightUom = JsonRead::string(json, u"weightUom");
    line.unitPrice = JsonRead::number(json, u"unitPrice");
    line.upcCode = JsonRead::string(json, u"upcCode");
    line.extendedPrice = JsonRead::number(json, u"extendedPrice");
    line.taxAmount = JsonRead::number(json, u"taxAmount");
    line.currencyCode = JsonRead::string(json, u"currencyCode");
    line.quantityOrdered = JsonRead::integer(json, u"quantityOrdered");
    line.quantityConfirmed = JsonRead::integer(json, u"quantityConfirmed");
    line.quantityBackOrdered = JsonRead::integer(json, u"quantityBackOrdered");
    line.specialBidNumber = JsonRead::string(json, u"specialBidNumber");
    line.requestedDeliveryDate =
        ApiDate(JsonRead::firstString(json, {u"requestedDeliverydate", u"requestedDeliveryDate"}));
    line.promisedDeliveryDate = ApiDate(JsonRead::string(json, u"promisedDeliveryDate"));
    line.backOrderEtaDate =
        ApiDate(JsonRead::firstString(json, {u"backOrderETADate", u"backOrderEtaDate"}));
    line.lineNotes = JsonRead::string(json, u"lineNotes");
    line.shipmentDetails = JsonRead::list<ShipmentDetail>(json, u"shipmentDetails");
    line.serviceContractInfo =
        ServiceContractInfo::fromJson(JsonRead::object(json, u"serviceContractInfo"));
    line.additionalAttributes = JsonRead::list<AdditionalAttribute>(json, u"additionalAttributes");
    line.links = JsonRead::list<ApiLink>(json, u"links");
    line.estimatedDates = JsonRead::list<EstimatedDates>(json, u"estimatedDates");
    line.scheduleLines = JsonRead::list<ScheduleLine>(json, u"scheduleLines");
    line.multipleShipments = JsonRead::list<MultipleShipment>(json, u"multipleShipments");
    line.defaultCarrierName = JsonRead::string(json, u"defaultCarrierName");
    return line;
}

QJsonObject OrderLine::toJson() const
{
    return {{QStringLiteral("subOrderNumber"), subOrderNumber},
            {QStringLiteral("ingramOrderLineNumber"), ingramOrderLineNumber},
            {QStringLiteral("vendorSalesOrderLineNumber"), vendorSalesOrderLineNumber},
            {QStringLiteral("customerLineNumber"), customerLineNumber},
            {QStringLiteral("lineStatus"), lineStatus.raw()},
            {QStringLiteral("ingramPartNumber"), ingramPartNumber},
            {QStringLiteral("vendorPartNumber"), vendorPartNumber},
            {QStringLiteral("vendorName"), vendorName},
            {QStringLiteral("partDescription"), partDescription},
            {QStringLiteral("unitWeight"), unitWeight},
            {QStringLiteral("weightUom"), weightUom},
            {QStringLiteral("unitPrice"), unitPrice},
            {QStringLiteral("upcCode"), upcCode},
            {QStringLiteral("extendedPrice"), extendedPrice},
            {QStringLiteral("taxAmount"), taxAmount},
            {QStringLiteral("currencyCode"), currencyCode},
            {QStringLiteral("quantityOrdered"), quantityOrdered},
            {QStringLiteral("quantityConfirmed"), quantityConfirmed},
            {QStringLiteral("quantityBackOrdered"), quantityBackOrdered},
            {QStringLiteral("specialBidNumber"), specialBidNumber},
            {QStringLiteral("requestedDeliverydate"), requestedDeliveryDate.raw()},
            {QStringLiteral("promisedDeliveryDate"), promisedDeliveryDate.raw()},
            {QStringLiteral("backOrderETADate"), backOrderEtaDate.raw()},
            {QStringLiteral("lineNotes"), lineNotes},
            {QStringLiteral("shipmentDetails"), JsonRead::toArray(shipmentDetails)},
            {QStringLiteral("serviceContractInfo"), serviceContractInfo.toJson()},
            {QStringLiteral("additionalAttributes"), JsonRead::toArray(additionalAttributes)},
            {QStringLiteral("links"), JsonRead::toArray(links)},
            {QStringLiteral("estimatedDates"), JsonRead::toArray(estimatedDates)},
            {QStringLiteral("scheduleLines"), JsonRead::toArray(scheduleLines)},
            {QStringLiteral("multipleShipments"), JsonRead::toArray(multipleShipments)},
            {QStringLiteral("defaultCarrierName"), defaultCarrierName}};
}

int OrderLine::quantityShipped() const
{
    int shipped = 0;
    for (const ShipmentDetail &shipment : shipmentDetails)
        shipped += shipment.quantity;
    return shipped;
}

QStringList OrderLine::trackingNumbers() const
{
    QStringList numbers;
    for (const ShipmentDetail &shipment : shipmentDetails)
        numbers += shipment.trackingNumbers();
    numbers.removeDuplicates();
    return numbers;
}

QStringList OrderLine::serialNumbers() const
{
    QStringList serials;
    for (const ShipmentDetail &shipment : shipmentDetails)
        serials += shipment.serialNumbers();
    // The API has been known to repeat serial numbers across packages.
    serials.removeDuplicates();
    return serials;
}
