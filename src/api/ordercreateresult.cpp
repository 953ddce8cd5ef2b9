#include "ordercreateresult.h"

#include "jsonread.h"

OrderCreatedLine OrderCreatedLine::fromJson(const QJsonObject &json)
{
    OrderCreatedLine line;
    line.subOrderNumber = JsonRead::string(json, u"subOrderNumber");
    line.ingramLineNumber = JsonRead::firstString(json, {u"ingramLineNumber", u"lineNumber"});
    line.customerLineNumber =
        JsonRead::firstString(json, {u"customerLineNumber", u"customerLinenumber"});
    line.lineStatus = JsonRead::string(json, u"lineStatus");
    line.ingramPartNumber = JsonRead::string(json, u"ingramPartNumber");
    line.vendorPartNumber = JsonRead::string(json, u"vendorPartNumber");
    line.unitPrice = JsonRead::number(json, u"unitPrice");
    line.extendedUnitPrice = JsonRead::number(json, u"extendedUnitPrice");
    line.quantityOrdered = JsonRead::integer(json, u"quantityOrdered");
    line.quantityConfirmed = JsonRead::integer(json, u"quantityConfirmed");
    line.quantityBackOrdered = JsonRead::integer(json, u"quantityBackOrdered");
    line.notes = JsonRead::string(json, u"notes");
    return line;
}

OrderRejectedLine OrderRejectedLine::fromJson(const QJsonObject &json)
{
    OrderRejectedLine line;
    // The v6 create answer spells it "customerLinenumber"; modify answers "customerLineNumber".
    line.customerLineNumber =
        JsonRead::firstString(json, {u"customerLinenumber", u"customerLineNumber"});
    line.ingramLineNumber = JsonRead::firstString(json, {u"ingramLineNumber", u"lineNumber"});
    line.ingramPartNumber = JsonRead::string(json, u"ingramPartNumber");
    line.vendorPartNumber = JsonRead::string(json, u"vendorPartNumber");
    line.quantityOrdered = JsonRead::integer(json, u"quantityOrdered");
    line.rejectCode = JsonRead::string(json, u"rejectCode");
    line.rejectReason = JsonRead::string(json, u"rejectReason");
    return line;
}

OrderCreatedOrder OrderCreatedOrder::fromJson(const QJsonObject &json)
{
    OrderCreatedOrder order;
    order.ingramOrderNumber = JsonRead::string(json, u"ingramOrderNumber");
    order.ingramOrderDate = JsonRead::string(json, u"ingramOrderDate");
    order.orderType = JsonRead::string(json, u"orderType");
    order.orderTotal = JsonRead::number(json, u"orderTotal");
    order.freightCharges = JsonRead::number(json, u"freightCharges");
    order.totalTax = JsonRead::number(json, u"totalTax");
    order.currencyCode = JsonRead::string(json, u"currencyCode");
    order.notes = JsonRead::string(json, u"notes");
    order.lines = JsonRead::list<OrderCreatedLine>(json, u"lines");
    order.rejectedLineItems = JsonRead::list<OrderRejectedLine>(json, u"rejectedLineItems");
    return order;
}

OrderCreateResult OrderCreateResult::fromJson(const QJsonObject &json, int httpStatus)
{
    OrderCreateResult result;
    result.httpStatus = httpStatus;
    result.customerOrderNumber = JsonRead::string(json, u"customerOrderNumber");
    result.endCustomerOrderNumber = JsonRead::string(json, u"endCustomerOrderNumber");
    result.billToAddressId = JsonRead::string(json, u"billToAddressId");
    result.orderSplit = JsonRead::boolean(json, u"orderSplit");
    result.processedPartially = JsonRead::boolean(json, u"processedPartially");
    result.purchaseOrderTotal = JsonRead::number(json, u"purchaseOrderTotal");
    result.orders = JsonRead::list<OrderCreatedOrder>(json, u"orders");
    return result;
}

bool OrderCreateResult::isPartial() const
{
    return httpStatus == 207 || processedPartially || !rejectedLines().isEmpty();
}

QStringList OrderCreateResult::orderNumbers() const
{
    QStringList numbers;
    for (const OrderCreatedOrder &order : orders) {
        if (!order.ingramOrderNumber.isEmpty())
            numbers.append(order.ingramOrderNumber);
    }
    return numbers;
}

QList<OrderRejectedLine> OrderCreateResult::rejectedLines() const
{
    QList<OrderRejectedLine> lines;
    for (const OrderCreatedOrder &order : orders)
        lines += order.rejectedLineItems;
    return lines;
}

QList<OrderCreatedLine> OrderCreateResult::createdLines() const
{
    QList<OrderCreatedLine> lines;
    for (const OrderCreatedOrder &order : orders)
        lines += order.lines;
    return lines;
}
