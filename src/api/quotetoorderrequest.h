// An order from a quote, as the desk sends it to POST /resellers/v6/q2o/orders (quote to order)
// or to POST /resellers/v7/orders with a quoteNumber: lines and prices come from the quote.
#pragma once

#include "additionalattribute.h"
#include "address.h"
#include "ordercreaterequest.h"
#include "quotevalidation.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// A quote line the order names: to fill in its vendor fields or to order less than quoted.
struct QuoteToOrderLine
{
    QString customerLineNumber; // the quote's line number from validate quote
    QString ingramPartNumber;
    int quantity = 0;                        // 0: the quoted quantity
    QList<AdditionalAttribute> vendorFields; // vmfAdditionalAttributesLines
};

class QuoteToOrderRequest
{
public:
    // field is the API's own path so that a server error and a local one land on the same
    // input: "customerOrderNumber", "shipToInfo.city", "vmfAdditionalAttributes.NAME",
    // "lines[LINE].vmfAdditionalAttributesLines.NAME" with LINE the quote's line number.
    struct Problem
    {
        QString field;
        QString message;
    };

    static constexpr int QuoteNumberMaxLength = 35;

    QString quoteNumber;
    QString customerOrderNumber;    // required; at most 35 (v6) or 18 (v7) characters
    QString endCustomerOrderNumber; // enduserOrderNumber in v6, endCustomerOrderNumber in v7
    QString notes;
    QString billToAddressId;
    QString shipToAddressId; // used when shipTo is empty
    Address shipTo;
    Address endUserInfo;
    QList<AdditionalAttribute> additionalAttributes;
    QList<AdditionalAttribute> headerVendorFields; // vmfAdditionalAttributes
    QList<QuoteToOrderLine> lines;

    // A request for the quote with every vendor field of the validate answer, pre-filled with
    // the values the answer has, and one line per quote line that has fields.
    static QuoteToOrderRequest fromValidation(const QuoteValidation &validation);

    // Field paths of the vendor fields, as problems and server field errors name them.
    static QString headerFieldPath(const QString &name);
    static QString lineFieldPath(const QString &customerLineNumber, const QString &name);

    // The value given for a vendor field; empty when it is missing.
    QString headerFieldValue(const QString &name) const;
    QString lineFieldValue(const QString &customerLineNumber, const QString &name) const;
    void setHeaderFieldValue(const QString &name, const QString &value);
    void setLineFieldValue(const QString &customerLineNumber, const QString &name,
                           const QString &value);

    // POST /resellers/v6/q2o/orders (the QuoteToOrderApi body).
    QJsonObject toJsonV6() const;
    // POST /resellers/v7/orders: strict types, no empty objects.
    QJsonObject toJsonV7() const;
    QJsonObject toJson(OrderApiVersion version) const;

    // Checks the request on its own and, given the validate answer, that every required vendor
    // field has a value and every allowed-values list is kept.
    QList<Problem> validate(OrderApiVersion version,
                            const QuoteValidation *requirements = nullptr) const;
    bool isValid(OrderApiVersion version, const QuoteValidation *requirements = nullptr) const
    {
        return validate(version, requirements).isEmpty();
    }
};
