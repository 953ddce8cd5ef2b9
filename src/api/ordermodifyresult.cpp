#include "ordermodifyresult.h"

#include "jsonread.h"

OrderModifyResult OrderModifyResult::fromJson(const QJsonObject &json, int httpStatus)
{
    OrderModifyResult result;
    result.httpStatus = httpStatus;
    result.ingramOrderNumber = JsonRead::string(json, u"ingramOrderNumber");
    result.customerOrderNumber = JsonRead::string(json, u"customerOrderNumber");
    result.orderModifiedDate = JsonRead::string(json, u"orderModifiedDate");
    result.orderStatus = JsonRead::string(json, u"orderStatus");
    result.orderTotal = JsonRead::number(json, u"orderTotal");
    result.orderSubTotal = JsonRead::number(json, u"orderSubTotal");
    result.freightCharges = JsonRead::number(json, u"freightCharges");
    result.totalTax = JsonRead::number(json, u"totalTax");
    result.notes = JsonRead::string(json, u"notes");
    result.shipToInfo = Address::fromJson(JsonRead::object(json, u"shipToInfo"));
    result.lines = JsonRead::list<OrderCreatedLine>(json, u"lines");
    result.rejectedLineItems = JsonRead::list<OrderRejectedLine>(json, u"rejectedLineItems");
    result.changeDescription = JsonRead::string(json, u"changeDescription");
    return result;
}
