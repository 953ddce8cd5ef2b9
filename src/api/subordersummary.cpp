#include "subordersummary.h"

#include "jsonread.h"

SubOrderSummary SubOrderSummary::fromJson(const QJsonObject &json)
{
    SubOrderSummary subOrder;
    subOrder.subOrderNumber = JsonRead::string(json, u"subOrderNumber");
    subOrder.subOrderTotal = JsonRead::number(json, u"subOrderTotal");
    subOrder.subOrderStatus = OrderStatus(JsonRead::string(json, u"subOrderStatus"));
    subOrder.links = JsonRead::list<ApiLink>(json, u"links");
    return subOrder;
}

QJsonObject SubOrderSummary::toJson() const
{
    return {{QStringLiteral("subOrderNumber"), subOrderNumber},
            {QStringLiteral("subOrderTotal"), subOrderTotal},
            {QStringLiteral("subOrderStatus"), subOrderStatus.raw()},
            {QStringLiteral("links"), JsonRead::toArray(links)}};
}
