// One product line of a quote's details (products[] of GET /resellers/v6/quotes/{quoteNumber}).
#pragma once

#include <QJsonObject>
#include <QString>

struct QuoteLine
{
    QString quoteProductGuid;
    QString lineNumber;
    QString ingramPartNumber;
    QString vendorPartNumber;
    QString vendorName;
    QString description;
    QString notes;
    QString ean;
    QString terms;
    int quantity = 0;
    int remainingQuantity = 0; // remainingQuoteQty; what can still be ordered
    bool isSuggestionProduct = false;
    bool isSubscription = false;
    // price{}: per unit and extended, in the quote's currency.
    double quotePrice = 0.0;
    double msrp = 0.0;
    double extendedQuotePrice = 0.0;
    double extendedMsrp = 0.0;
    QString discountOffList; // a percentage as the API writes it, e.g. "30.00"

    static QuoteLine fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
