// A quote's details (GET /resellers/v6/quotes/{quoteNumber}): header, end user, lines, totals
// and the texts the API says must be shown whenever the details are presented.
#pragma once

#include "additionalattribute.h"
#include "address.h"
#include "apidate.h"
#include "quoteline.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

struct QuoteDetails
{
    QString quoteNumber;
    QString quoteName;
    QString quoteGuid;
    QString revision;
    QString status;
    QString statusReason;
    QString quoteType;
    QString currencyCode;
    QString specialBidId;
    ApiDate specialBidEffectiveDate;
    ApiDate specialBidExpirationDate;
    QString vendorQuoteNumber;
    bool isPartialOrderAllowed = false;
    ApiDate created;      // ingramQuoteDate
    ApiDate lastModified; // lastModifiedDate
    ApiDate expiry;       // ingramQuoteExpiryDate
    QString customerNeed;
    QString proposedSolution;
    // Legally required: shown with the details every time.
    QString introPreamble;
    QString purchaseInstructions;
    QString legalTerms;
    QString leaseInfo;
    QString paymentTermsName;
    Address resellerInfo;
    QString resellerCustomerNumber;
    Address endUserInfo;
    QString endUserMarketSegment;
    Address shippingInfo;
    QList<QuoteLine> lines; // products[]
    int productsCount = 0;
    int quantityTotal = 0;
    double extendedMsrpTotal = 0.0;
    double extendedQuotePriceTotal = 0.0;
    double taxTotal = 0.0;
    double freightAmount = 0.0;
    double extraFeesTotal = 0.0;
    QString totalQuoteAmount;
    QList<AdditionalAttribute> additionalAttributes;

    static QuoteDetails fromJson(const QJsonObject &json);

    // The vendor of the quote: the lines' vendor, when they agree.
    QString vendorName() const;
    bool isOrderable(QDate today = QDate::currentDate()) const;
    // Why the quote cannot be ordered (translated); empty when it can.
    QString orderRefusal(QDate today = QDate::currentDate()) const;
};
