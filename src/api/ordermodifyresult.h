// What PUT /resellers/v6/orders/{orderNumber} answered: the changed lines, the refused ones and,
// with a 207, what else was refused (e.g. the new ship-to address).
#pragma once

#include "address.h"
#include "ordercreateresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class OrderModifyResult
{
public:
    int httpStatus = 0;
    QString ingramOrderNumber;
    QString customerOrderNumber;
    QString orderModifiedDate;
    QString orderStatus;
    double orderTotal = 0.0;
    double orderSubTotal = 0.0;
    double freightCharges = 0.0;
    double totalTax = 0.0;
    QString notes;
    Address shipToInfo;
    QList<OrderCreatedLine> lines;
    QList<OrderRejectedLine> rejectedLineItems;
    QString changeDescription;

    static OrderModifyResult fromJson(const QJsonObject &json, int httpStatus = 0);

    // Something asked for was not done: a 207, refused lines or a change description.
    bool isPartial() const
    {
        return httpStatus == 207 || !rejectedLineItems.isEmpty() || !changeDescription.isEmpty();
    }
};
