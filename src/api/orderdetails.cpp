#include "orderdetails.h"

#include "jsonread.h"

OrderDetails OrderDetails::fromJson(const QJsonObject &json)
{
    OrderDetails order;
    order.ingramOrderNumber = JsonRead::string(json, u"ingramOrderNumber");
    order.ingramOrderDate = ApiDate(JsonRead::string(json, u"ingramOrderDate"));
    order.orderType = JsonRead::string(json, u"orderType");
    order.customerOrderNumber = JsonRead::string(json, u"customerOrderNumber");
    order.endCustomerOrderNumber = JsonRead::string(json, u"endCustomerOrderNumber");
    order.webOrderId = JsonRead::string(json, u"webOrderId");
    order.vendorSalesOrderNumber = JsonRead::string(json, u"vendorSalesOrderNumber");
    order.ingramPurchaseOrderNumber = JsonRead::string(json, u"ingramPurchaseOrderNumber");
    order.orderStatus = OrderStatus(JsonRead::string(json, u"orderStatus"));
    order.orderTotal = JsonRead::number(json, u"orderTotal");
    order.orderSubTotal = JsonRead::number(json, u"orderSubTotal");
    order.freightCharges = JsonRead::number(json, u"freightCharges");
    order.currencyCode = JsonRead::string(json, u"currencyCode");
    order.totalWeight = JsonRead::number(json, u"totalWeight");
    order.totalTax = JsonRead::number(json, u"totalTax");
    order.totalFees = JsonRead::number(json, u"totalFees");
    order.paymentTerms = JsonRead::string(json, u"paymentTerms");
    order.notes = JsonRead::string(json, u"notes");
    order.billToInfo = Address::fromJson(JsonRead::object(json, u"billToInfo"));
    order.shipToInfo = Address::fromJson(JsonRead::object(json, u"shipToInfo"));
    order.endUserInfo = Address::fromJson(JsonRead::object(json, u"endUserInfo"));
    order.lines = JsonRead::list<OrderLine>(json, u"lines");
    order.miscellaneousCharges = JsonRead::list<MiscellaneousCharge>(json, u"miscellaneousCharges");
    order.additionalAttributes = JsonRead::list<AdditionalAttribute>(json, u"additionalAttributes");
    return order;
}

QJsonObject OrderDetails::toJson() const
{
    return {{QStringLiteral("ingramOrderNumber"), ingramOrderNumber},
            {QStringLiteral("ingramOrderDate"), ingramOrderDate.raw()},
            {QStringLiteral("orderType"), orderType},
            {QStringLiteral("customerOrderNumber"), customerOrderNumber},
            {QStringLiteral("endCustomerOrderNumber"), endCustomerOrderNumber},
            {QStringLiteral("webOrderId"), webOrderId},
            {QStringLiteral("vendorSalesOrderNumber"), vendorSalesOrderNumber},
            {QStringLiteral("ingramPurchaseOrderNumber"), ingramPurchaseOrderNumber},
            {QStringLiteral("orderStatus"), orderStatus.raw()},
            {QStringLiteral("orderTotal"), orderTotal},
            {QStringLiteral("orderSubTotal"), orderSubTotal},
            {QStringLiteral("freightCharges"), freightCharges},
            {QStringLiteral("currencyCode"), currencyCode},
            {QStringLiteral("totalWeight"), totalWeight},
            {QStringLiteral("totalTax"), totalTax},
            {QStringLiteral("totalFees"), totalFees},
            {QStringLiteral("paymentTerms"), paymentTerms},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("billToInfo"), billToInfo.toJson()},
            {QStringLiteral("shipToInfo"), shipToInfo.toJson()},
            {QStringLiteral("endUserInfo"), endUserInfo.toJson()},
            {QStringLiteral("lines"), JsonRead::toArray(lines)},
            {QStringLiteral("miscellaneousCharges"), JsonRead::toArray(miscellaneousCharges)},
            {QStringLiteral("additionalAttributes"), JsonRead::toArray(additionalAttributes)}};
}

QStringList OrderDetails::subOrderNumbers() const
{
    QStringList numbers;
    for (const OrderLine &line : lines) {
        if (!line.subOrderNumber.isEmpty())
            numbers.append(line.subOrderNumber);
    }
    numbers.removeDuplicates();
    return numbers;
}

QStringList OrderDetails::trackingNumbers() const
{
    QStringList numbers;
    for (const OrderLine &line : lines)
        numbers += line.trackingNumbers();
    numbers.removeDuplicates();
    return numbers;
}

QStringList OrderDetails::serialNumbers() const
{
    QStringList serials;
    for (const OrderLine &line : lines)
        serials += line.serialNumbers();
    serials.removeDuplicates();
    return serials;
}

double OrderDetails::miscellaneousChargesTotal() const
{
    double total = 0.0;
    for (const MiscellaneousCharge &charge : miscellaneousCharges)
        total += charge.chargeAmount;
    return total;
}
