#include "sandbox/sandboxorderjson.h"

#include <QJsonArray>

namespace {

QString money(double value)
{
    return QString::number(value, 'f', 2);
}

QJsonValue date(QDate value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QString());
}

QJsonObject link(const QString &topic, const QString &href)
{
    return {{QStringLiteral("topic"), topic},
            {QStringLiteral("href"), href},
            {QStringLiteral("type"), QStringLiteral("GET")}};
}

QJsonObject party(const SandboxParty *p)
{
    static const SandboxParty empty;
    if (!p)
        p = &empty;
    return {{QStringLiteral("contact"), p->contact},
            {QStringLiteral("companyName"), p->companyName},
            {QStringLiteral("addressLine1"), p->addressLine1},
            {QStringLiteral("addressLine2"), p->addressLine2},
            {QStringLiteral("addressLine3"), p->addressLine3},
            {QStringLiteral("city"), p->city},
            {QStringLiteral("state"), p->state},
            {QStringLiteral("postalCode"), p->postalCode},
            {QStringLiteral("countryCode"), p->countryCode},
            {QStringLiteral("phoneNumber"), p->phoneNumber},
            {QStringLiteral("email"), p->email}};
}

QJsonObject dateRange(QDate start = {}, QDate end = {})
{
    return {{QStringLiteral("startDate"), start.isValid() ? QJsonValue(start.toString(Qt::ISODate))
                                                          : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("endDate"),
             end.isValid() ? QJsonValue(end.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject shipmentJson(const SandboxShipment &shipment)
{
    QJsonArray carriers;
    for (const SandboxCarrierShipment &carrier : shipment.carriers) {
        QJsonArray tracking;
        for (const SandboxPackage &package : carrier.packages) {
            QJsonArray serials;
            for (const QString &serial : package.serialNumbers)
                serials.append(QJsonObject{{QStringLiteral("serialNumber"), serial}});
            tracking.append(QJsonObject{
                {QStringLiteral("trackingNumber"), package.trackingNumber},
                {QStringLiteral("trackingUrl"), package.trackingUrl},
                {QStringLiteral("packageWeight"), QString::number(package.packageWeight, 'f', 1)},
                {QStringLiteral("cartonNumber"), QString::number(package.cartonNumber)},
                {QStringLiteral("quantityInBox"), QString::number(package.quantityInBox)},
                {QStringLiteral("serialNumbers"), serials},
            });
        }
        carriers.append(QJsonObject{
            {QStringLiteral("carrierCode"), carrier.carrierCode},
            {QStringLiteral("carrierName"), carrier.carrierName},
            {QStringLiteral("quantity"), carrier.quantity},
            {QStringLiteral("shippedDate"), date(carrier.shippedDate)},
            {QStringLiteral("estimatedDeliveryDate"), date(carrier.estimatedDeliveryDate)},
            {QStringLiteral("deliveredDate"), date(carrier.deliveredDate)},
            {QStringLiteral("carrierPickupDate"), date(carrier.carrierPickupDate)},
            {QStringLiteral("trackingDetails"), tracking},
        });
    }
    return {
        {QStringLiteral("quantity"), shipment.quantity},
        {QStringLiteral("deliveryNumber"), shipment.deliveryNumber},
        {QStringLiteral("estimatedShipDate"), date(shipment.estimatedShipDate)},
        {QStringLiteral("shippedDate"), date(shipment.shippedDate)},
        {QStringLiteral("estimatedDeliveryDate"), date(shipment.estimatedDeliveryDate)},
        {QStringLiteral("shipFromWarehouseId"), shipment.shipFromWarehouseId},
        {QStringLiteral("shipFromLocation"), shipment.shipFromLocation},
        {QStringLiteral("invoiceNumber"), shipment.invoiceNumber},
        {QStringLiteral("invoiceDate"), date(shipment.invoiceDate)},
        {QStringLiteral("carrierDetails"), carriers},
    };
}

QJsonValue serviceContractJson(const SandboxServiceContract *contract)
{
    if (!contract)
        return QJsonValue(QJsonValue::Null);
    const QString term = QString::number(contract->termYears);
    QJsonArray licenses;
    for (const QString &number : contract->licenseNumbers)
        licenses.append(number);
    return QJsonObject{
        {QStringLiteral("contractInfo"),
         QJsonObject{
             {QStringLiteral("contractDescription"), contract->contractDescription},
             {QStringLiteral("contractNumber"), contract->contractNumber},
             {QStringLiteral("contractStatus"), contract->contractStatus},
             {QStringLiteral("contractStartDate"), date(contract->startDate)},
             {QStringLiteral("contractEndDate"), date(contract->endDate)},
             {QStringLiteral("contractDuration"), QString(term + QStringLiteral(" YEAR"))}}},
        {QStringLiteral("subscriptions"),
         QJsonObject{{QStringLiteral("subscriptionId"), contract->subscriptionId},
                     {QStringLiteral("subscriptionTerm"), term},
                     {QStringLiteral("renewalTerm"), term},
                     {QStringLiteral("billingModel"), contract->billingModel},
                     {QStringLiteral("subcriptionStartDate"), date(contract->startDate)},
                     {QStringLiteral("subcriptionEndDate"), date(contract->endDate)}}},
        {QStringLiteral("licenseInfo"),
         QJsonObject{
             {QStringLiteral("licenseNumber"), licenses},
             {QStringLiteral("licenseStartDate"), date(contract->startDate)},
             {QStringLiteral("licenseEndDate"), date(contract->endDate)},
             {QStringLiteral("description"), contract->contractDescription},
             {QStringLiteral("quantity"), QString::number(contract->licenseNumbers.size())}}},
    };
}

QJsonObject lineJson(const SandboxOrder &order, const SandboxLine &line)
{
    const SandboxProduct &product = *line.product;
    const bool shipped = !line.shipments.isEmpty();
    const bool open = line.status != SandboxLineStatus::Cancelled &&
                      line.status != SandboxLineStatus::Shipped &&
                      line.status != SandboxLineStatus::Delivered;

    QJsonArray shipments;
    QJsonArray links;
    QString invoice;
    for (const SandboxShipment &shipment : line.shipments) {
        shipments.append(shipmentJson(shipment));
        if (!shipment.invoiceNumber.isEmpty() && shipment.invoiceNumber != invoice) {
            invoice = shipment.invoiceNumber;
            links.append(link(QStringLiteral("invoices"),
                              QStringLiteral("/resellers/v6.1/invoices/") + invoice));
        }
    }

    QJsonArray estimatedDates;
    QJsonArray scheduleLines;
    QJsonArray multipleShipments;
    if (open) {
        const bool backordered = line.status == SandboxLineStatus::Backordered;
        const QString source = order.orderType == QLatin1Char('D') ? QStringLiteral("VENDOR")
                                                                   : QStringLiteral("INGRAM");
        const QString description = backordered
                                        ? QStringLiteral("Awaiting stock from the vendor")
                                        : QStringLiteral("Warehouse is processing your Shipment");
        estimatedDates.append(
            QJsonObject{{QStringLiteral("ship"),
                         QJsonObject{{QStringLiteral("shipDateType"), QStringLiteral("Single")},
                                     {QStringLiteral("shipDateRange"), dateRange()},
                                     {QStringLiteral("shipSource"), source},
                                     {QStringLiteral("shipDescription"), description},
                                     {QStringLiteral("shipDate"), date(line.estimatedShipDate)}}},
                        {QStringLiteral("delivery"), QJsonValue(QJsonValue::Null)}});
        estimatedDates.append(QJsonObject{
            {QStringLiteral("ship"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("delivery"),
             QJsonObject{{QStringLiteral("deliveryDateType"), QStringLiteral("Single")},
                         {QStringLiteral("deliveryDateRange"), dateRange()},
                         {QStringLiteral("deliverySource"), source},
                         {QStringLiteral("deliveryDescription"), description},
                         {QStringLiteral("deliveryDate"), date(line.promisedDeliveryDate)}}}});
        const int waiting = backordered ? line.quantityBackOrdered : line.quantityOrdered;
        scheduleLines.append(
            QJsonObject{{QStringLiteral("lineNumber"),
                         QString::number(line.lineNumber).rightJustified(3, u'0')},
                        {QStringLiteral("scheduleLineDate"), date(line.estimatedShipDate)},
                        {QStringLiteral("requestedQuantity"), QString::number(waiting)},
                        {QStringLiteral("confirmedQuantity"),
                         QString::number(backordered ? 0 : line.quantityConfirmed)},
                        {QStringLiteral("goodsIssueDate"), date(line.estimatedShipDate)}});
        multipleShipments.append(QJsonObject{
            {QStringLiteral("lineNumber"),
             QString::number(line.lineNumber).rightJustified(3, u'0')},
            {QStringLiteral("requestedQuantity"), waiting},
            {QStringLiteral("confirmedQuantity"), backordered ? 0 : line.quantityConfirmed},
            {QStringLiteral("dateType"), QStringLiteral("Single")},
            {QStringLiteral("dateRange"), dateRange()},
            {QStringLiteral("source"), source},
            {QStringLiteral("description"), description},
            {QStringLiteral("date"), date(line.estimatedShipDate)},
            {QStringLiteral("deliveryDate"), date(line.promisedDeliveryDate)}});
    }

    QJsonArray attributes;
    if (product.license)
        attributes.append(
            QJsonObject{{QStringLiteral("attributeName"), QStringLiteral("delivery")},
                        {QStringLiteral("attributeValue"), QStringLiteral("ELECTRONIC")}});

    QString carrierName;
    if (shipped && !line.shipments.first().carriers.isEmpty())
        carrierName = line.shipments.first().carriers.first().carrierName;

    return {
        {QStringLiteral("subOrderNumber"), order.subOrderNumber(line.subOrder)},
        {QStringLiteral("ingramOrderLineNumber"),
         QString::number(line.lineNumber).rightJustified(3, u'0')},
        {QStringLiteral("vendorSalesOrderLineNumber"), line.vendorSalesOrderLineNumber},
        {QStringLiteral("customerLineNumber"),
         QString::number(line.customerLineNumber).rightJustified(3, u'0')},
        {QStringLiteral("lineStatus"), SandboxStatus::lineName(line.status, line.statusSpelling)},
        {QStringLiteral("ingramPartNumber"), product.ingramPartNumber},
        {QStringLiteral("vendorPartNumber"), product.vendorPartNumber},
        {QStringLiteral("vendorName"), product.vendorName},
        {QStringLiteral("partDescription"), product.description},
        {QStringLiteral("unitWeight"), product.unitWeight},
        {QStringLiteral("weightUom"), QStringLiteral("EA")},
        {QStringLiteral("unitPrice"), line.unitPrice},
        {QStringLiteral("upcCode"), product.upcCode},
        {QStringLiteral("extendedPrice"), line.extendedPrice()},
        {QStringLiteral("taxAmount"), line.taxAmount},
        {QStringLiteral("currencyCode"), order.currencyCode},
        {QStringLiteral("quantityOrdered"), line.quantityOrdered},
        {QStringLiteral("quantityConfirmed"), line.quantityConfirmed},
        {QStringLiteral("quantityBackOrdered"), line.quantityBackOrdered},
        {QStringLiteral("specialBidNumber"), line.specialBidNumber},
        {QStringLiteral("requestedDeliverydate"), date(line.requestedDeliveryDate)},
        {QStringLiteral("promisedDeliveryDate"), date(line.promisedDeliveryDate)},
        {QStringLiteral("backOrderETADate"), date(line.backOrderEtaDate)},
        {QStringLiteral("lineNotes"), line.lineNotes},
        {QStringLiteral("shipmentDetails"), shipments},
        {QStringLiteral("serviceContractInfo"), serviceContractJson(line.serviceContract.get())},
        {QStringLiteral("additionalAttributes"), attributes},
        {QStringLiteral("links"), links},
        {QStringLiteral("estimatedDates"), estimatedDates},
        {QStringLiteral("scheduleLines"), scheduleLines},
        {QStringLiteral("multipleShipments"), multipleShipments},
        {QStringLiteral("defaultCarrierName"), carrierName},
    };
}

} // namespace

QJsonObject SandboxOrderJson::searchEntry(const SandboxOrder &order)
{
    QJsonArray subOrders;
    const QList<int> numbers = order.subOrders();
    for (int subOrder : numbers) {
        const QString number = order.subOrderNumber(subOrder);
        subOrders.append(QJsonObject{
            {QStringLiteral("subOrderNumber"), number},
            {QStringLiteral("subOrderTotal"), money(order.subOrderTotal(subOrder))},
            {QStringLiteral("subOrderStatus"),
             SandboxStatus::searchName(order.subOrderStatus(subOrder))},
            {QStringLiteral("links"),
             QJsonArray{link(QStringLiteral("orders"),
                             QStringLiteral("/resellers/v6.1/orders/") + number)}},
        });
    }
    return {
        {QStringLiteral("ingramOrderNumber"), order.ingramOrderNumber},
        {QStringLiteral("ingramOrderDate"), order.orderDateTime()},
        {QStringLiteral("customerOrderNumber"), order.customerOrderNumber},
        {QStringLiteral("vendorSalesOrderNumber"), order.vendorSalesOrderNumber},
        {QStringLiteral("vendorName"), order.vendorName()},
        {QStringLiteral("endUserCompanyName"),
         order.endUser ? order.endUser->companyName : QString()},
        {QStringLiteral("orderTotal"), money(order.total())},
        {QStringLiteral("orderStatus"), SandboxStatus::searchName(order.status)},
        {QStringLiteral("subOrders"), subOrders},
        {QStringLiteral("links"),
         QJsonArray{link(QStringLiteral("orders"),
                         QStringLiteral("/resellers/v6.1/orders/") + order.ingramOrderNumber)}},
    };
}

QJsonObject SandboxOrderJson::details(const SandboxOrder &order, int subOrder)
{
    QJsonArray lines;
    for (const SandboxLine &line : order.lines) {
        if (subOrder == 0 || line.subOrder == subOrder)
            lines.append(lineJson(order, line));
    }
    QJsonArray charges;
    for (const SandboxMiscCharge &charge : order.miscCharges) {
        if (subOrder != 0 && charge.subOrder != subOrder)
            continue;
        charges.append(QJsonObject{
            {QStringLiteral("subOrderNumber"), order.subOrderNumber(charge.subOrder)},
            {QStringLiteral("chargeLineReference"), charge.reference},
            {QStringLiteral("chargeDescription"), charge.description},
            {QStringLiteral("chargeAmount"), QString::number(charge.amount)},
        });
    }
    QJsonArray attributes;
    for (const SandboxAttribute &attribute : order.attributes) {
        attributes.append(QJsonObject{{QStringLiteral("attributeName"), attribute.name},
                                      {QStringLiteral("attributeValue"), attribute.value}});
    }
    return {
        {QStringLiteral("ingramOrderNumber"), order.ingramOrderNumber},
        {QStringLiteral("ingramOrderDate"), order.orderDateTime()},
        {QStringLiteral("orderType"), QString(order.orderType)},
        {QStringLiteral("customerOrderNumber"), order.customerOrderNumber},
        {QStringLiteral("endCustomerOrderNumber"), order.endCustomerOrderNumber},
        {QStringLiteral("webOrderId"), order.webOrderId},
        {QStringLiteral("vendorSalesOrderNumber"), order.vendorSalesOrderNumber},
        {QStringLiteral("ingramPurchaseOrderNumber"), order.ingramPurchaseOrderNumber},
        {QStringLiteral("orderStatus"), SandboxStatus::detailName(order.status)},
        {QStringLiteral("orderTotal"), order.total()},
        {QStringLiteral("orderSubTotal"), order.subTotal()},
        {QStringLiteral("freightCharges"), order.freightCharges},
        {QStringLiteral("currencyCode"), order.currencyCode},
        {QStringLiteral("totalWeight"), order.totalWeight()},
        {QStringLiteral("totalTax"), order.totalTax()},
        {QStringLiteral("totalFees"), order.totalFees()},
        {QStringLiteral("paymentTerms"), order.paymentTerms},
        {QStringLiteral("notes"), order.notes},
        {QStringLiteral("billToInfo"), party(order.billTo.get())},
        {QStringLiteral("shipToInfo"), party(order.shipTo.get())},
        {QStringLiteral("endUserInfo"), party(order.endUser.get())},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("miscellaneousCharges"), charges},
        {QStringLiteral("additionalAttributes"), attributes},
    };
}
