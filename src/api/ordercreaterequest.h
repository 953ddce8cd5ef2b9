// A new order as the desk sends it to POST /resellers/v6/orders or /resellers/v7/orders.
#pragma once

#include "additionalattribute.h"
#include "address.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Which create endpoint an order goes to: v6 answers with the order, v7 only confirms it.
enum class OrderApiVersion
{
    V6,
    V7
};

// The line and shipment structs only exist as parts of a create request, so they share its header.
struct OrderCreateLine
{
    QString customerLineNumber; // max 3 characters, unique within the order
    QString ingramPartNumber;
    QString vendorPartNumber; // v7 only
    int quantity = 1;
    std::optional<double> unitPrice; // requested price; unset lets the API price the line
    QString specialBidNumber;
    QString notes;
};

struct OrderShipmentDetails
{
    QString carrierCode;
    QDate requestedDeliveryDate;
    bool shipComplete = false;
    bool signatureRequired = false;
    QString shippingInstructions;
    QString freightAccountNumber;

    bool isEmpty() const;
};

class OrderCreateRequest
{
    Q_DECLARE_TR_FUNCTIONS(OrderCreateRequest)

public:
    // One rejected field; field is the API's own path ("lines[0].quantity") so that a server
    // error and a local one land on the same input.
    struct Problem
    {
        QString field;
        QString message;
    };

    static constexpr int CustomerOrderNumberMaxLengthV6 = 35;
    static constexpr int CustomerOrderNumberMaxLengthV7 = 18;
    static constexpr int CustomerLineNumberMaxLength = 3;
    static constexpr int IngramPartNumberMaxLength = 18;
    static constexpr int PhoneNumberMaxLength = 30;

    QString customerOrderNumber;
    QString endCustomerOrderNumber;
    QString notes;
    QString billToAddressId;
    QString specialBidNumber;
    bool acceptBackOrder = true;
    QString shipToAddressId; // used when shipTo is empty
    Address shipTo;
    Address endUserInfo;
    OrderShipmentDetails shipmentDetails;
    QList<AdditionalAttribute> additionalAttributes;
    // Sent as the additional attribute allowOrderOnCustomerHold = "true"; only held orders can
    // later be modified, released or cancelled.
    bool placeOnCustomerHold = false;
    bool allowDuplicateCustomerOrderNumber = false;
    QList<OrderCreateLine> lines;

    static constexpr const char *CustomerHoldAttribute = "allowOrderOnCustomerHold";

    QJsonObject toJsonV6() const;
    // v7 binds strictly: booleans unquoted, phone numbers strings, no empty objects.
    QJsonObject toJsonV7() const;
    QJsonObject toJson(OrderApiVersion version) const;

    // Every rule of the spec's create request schema for the version (lengths, formats,
    // required fields), plus what would otherwise be dropped silently on the way out (a v7
    // address line 3, a v6 vendor part number, an address ID beside a full ship-to address).
    QList<Problem> validate(OrderApiVersion version) const;
    bool isValid(OrderApiVersion version) const { return validate(version).isEmpty(); }
    // Gives lines without a customer line number the next free one ("1", "2", ...).
    void numberLines();
};
