// The full details of one order: GET /resellers/v6.1/orders/{ordernumber} (OrderDetailB2B).
#pragma once

#include "additionalattribute.h"
#include "address.h"
#include "apidate.h"
#include "miscellaneouscharge.h"
#include "orderline.h"
#include "orderstatus.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

struct OrderDetails
{
    QString ingramOrderNumber;
    ApiDate ingramOrderDate;
    QString orderType; // "S" stock, "D" direct ship from the vendor
    QString customerOrderNumber;
    QString endCustomerOrderNumber;
    QString webOrderId;
    QString vendorSalesOrderNumber;
    QString ingramPurchaseOrderNumber;
    OrderStatus orderStatus;
    // Amounts in currencyCode (ISO 4217).
    double orderTotal = 0.0; // subtotal + freight + tax
    double orderSubTotal = 0.0;
    double freightCharges = 0.0;
    QString currencyCode;
    double totalWeight = 0.0; // pounds in North America, kg elsewhere
    double totalTax = 0.0;
    double totalFees = 0.0;
    QString paymentTerms; // "NET 20 DAYS"
    QString notes;
    Address billToInfo;
    Address shipToInfo;
    Address endUserInfo;
    QList<OrderLine> lines;
    QList<MiscellaneousCharge> miscellaneousCharges;
    QList<AdditionalAttribute> additionalAttributes;

    static OrderDetails fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    // In order of first appearance, without duplicates.
    QStringList subOrderNumbers() const;
    QStringList trackingNumbers() const;
    QStringList serialNumbers() const;
    double miscellaneousChargesTotal() const;
};
