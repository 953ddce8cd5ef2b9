// What POST /resellers/v6/orders answered: the orders created (one per warehouse split) and the
// lines it refused; a 207 is a partial success.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// Lines and rejected lines are parts of this answer only, so they share its header.
struct OrderCreatedLine
{
    QString subOrderNumber;
    QString ingramLineNumber;
    QString customerLineNumber;
    QString lineStatus;
    QString ingramPartNumber;
    QString vendorPartNumber;
    double unitPrice = 0.0;
    double extendedUnitPrice = 0.0;
    int quantityOrdered = 0;
    int quantityConfirmed = 0;
    int quantityBackOrdered = 0;
    QString notes;

    static OrderCreatedLine fromJson(const QJsonObject &json);
};

// A line the API refused (rejectCode EN: part not found, EQ: invalid quantity, ...).
struct OrderRejectedLine
{
    QString customerLineNumber;
    QString ingramLineNumber;
    QString ingramPartNumber;
    QString vendorPartNumber;
    int quantityOrdered = 0;
    QString rejectCode;
    QString rejectReason;

    static OrderRejectedLine fromJson(const QJsonObject &json);
};

struct OrderCreatedOrder
{
    QString ingramOrderNumber;
    QString ingramOrderDate;
    QString orderType;
    double orderTotal = 0.0;
    double freightCharges = 0.0;
    double totalTax = 0.0;
    QString currencyCode;
    QString notes;
    QList<OrderCreatedLine> lines;
    QList<OrderRejectedLine> rejectedLineItems;

    static OrderCreatedOrder fromJson(const QJsonObject &json);
};

class OrderCreateResult
{
public:
    int httpStatus = 0;
    QString customerOrderNumber;
    QString endCustomerOrderNumber;
    QString billToAddressId;
    bool orderSplit = false;
    bool processedPartially = false;
    double purchaseOrderTotal = 0.0;
    QList<OrderCreatedOrder> orders;

    static OrderCreateResult fromJson(const QJsonObject &json, int httpStatus = 0);

    // 207, or refused lines in the answer: some lines were ordered, others not.
    bool isPartial() const;
    QStringList orderNumbers() const;
    // Every refused line of every order, in the order the API listed them.
    QList<OrderRejectedLine> rejectedLines() const;
    QList<OrderCreatedLine> createdLines() const;
};
