#include "ordersummary.h"

#include "jsonread.h"

OrderSummary OrderSummary::fromJson(const QJsonObject &json)
{
    OrderSummary order;
    order.ingramOrderNumber = JsonRead::string(json, u"ingramOrderNumber");
    order.ingramOrderDate = ApiDate(JsonRead::string(json, u"ingramOrderDate"));
    order.customerOrderNumber = JsonRead::string(json, u"customerOrderNumber");
    order.vendorSalesOrderNumber = JsonRead::string(json, u"vendorSalesOrderNumber");
    order.vendorName = JsonRead::string(json, u"vendorName");
    order.endUserCompanyName = JsonRead::string(json, u"endUserCompanyName");
    order.orderTotal = JsonRead::number(json, u"orderTotal");
    order.orderStatus = OrderStatus(JsonRead::string(json, u"orderStatus"));
    order.subOrders = JsonRead::list<SubOrderSummary>(json, u"subOrders");
    order.links = JsonRead::list<ApiLink>(json, u"links");
    return order;
}

QJsonObject OrderSummary::toJson() const
{
    return {{QStringLiteral("ingramOrderNumber"), ingramOrderNumber},
            {QStringLiteral("ingramOrderDate"), ingramOrderDate.raw()},
            {QStringLiteral("customerOrderNumber"), customerOrderNumber},
            {QStringLiteral("vendorSalesOrderNumber"), vendorSalesOrderNumber},
            {QStringLiteral("vendorName"), vendorName},
            {QStringLiteral("endUserCompanyName"), endUserCompanyName},
            {QStringLiteral("orderTotal"), orderTotal},
            {QStringLiteral("orderStatus"), orderStatus.raw()},
            {QStringLiteral("subOrders"), JsonRead::toArray(subOrders)},
            {QStringLiteral("links"), JsonRead::toArray(links)}};
}

QList<SubOrderSummary> OrderSummary::numberedSubOrders() const
{
    QList<SubOrderSummary> numbered;
    for (const SubOrderSummary &subOrder : subOrders) {
        if (!subOrder.subOrderNumber.trimmed().isEmpty())
            numbered.append(subOrder);
    }
    return numbered;
}
