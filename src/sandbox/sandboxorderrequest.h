// An order create request (v6 or v7) read from its JSON body and checked like the real API does.
#pragma once

#include "sandbox/sandboxorder.h"
#include "sandbox/sandboxresponse.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

struct SandboxOrderRequestLine
{
    int index = 0; // position in the request's lines[]
    QString customerLineNumber;
    QString ingramPartNumber;
    QString vendorPartNumber;
    // Unset when missing or not a whole number; the line is then rejected with EQ.
    std::optional<int> quantity;
    std::optional<double> unitPrice;
    QString specialBidNumber;
    QString notes;
    // vmfAdditionalAttributesLines (or linesVendorMandatoryAttributes) of a quote order.
    QList<SandboxAttribute> vendorFields;
    // A quote order's line: unitPrice is the quote's and is taken as it is.
    bool quotedPrice = false;
};

struct SandboxOrderRequest
{
    enum class Version
    {
        V6,
        V7,
        // POST /resellers/v6/q2o/orders: read like v6, with the quote fields.
        QuoteToOrderV6
    };

    Version version = Version::V6;
    QString customerOrderNumber;
    QString endCustomerOrderNumber;
    QString billToAddressId;
    QString specialBidNumber;
    QString notes;
    QString quoteNumber;
    // Absent means yes: the vendor's own examples without the flag come back backordered.
    bool acceptBackOrder = true;
    bool allowDuplicateCustomerOrderNumber = false;
    bool customerHold = false;
    QString shipToAddressId;
    std::optional<SandboxParty> shipTo;
    std::optional<SandboxParty> endUser;
    QString carrierCode;
    QString freightAccountNumber;
    QString shippingInstructions;
    QList<SandboxAttribute> attributes;
    // vmfAdditionalAttributes: the vendor-mandatory header fields of a quote order.
    QList<SandboxAttribute> vendorFields;
    QList<SandboxOrderRequestLine> lines;

    // Field errors make the request a 400. A body v7 cannot bind (wrong JSON types) sets
    // *bindingError: the .NET back end answers those with its own message.
    static SandboxOrderRequest parse(const QByteArray &body, Version version,
                                     QList<SandboxFieldError> *errors, bool *bindingError);
    // Whether an additional attribute with this name (case-insensitive) says "true".
    bool attributeIsTrue(const QString &name) const;
};
