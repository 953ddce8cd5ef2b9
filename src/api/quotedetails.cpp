#include "quotedetails.h"

#include "jsonread.h"
#include "quotesummary.h"

QuoteDetails QuoteDetails::fromJson(const QJsonObject &json)
{
    QuoteDetails quote;
    quote.quoteNumber = JsonRead::string(json, u"quoteNumber");
    quote.quoteName = JsonRead::string(json, u"quoteName");
    quote.quoteGuid = JsonRead::string(json, u"quoteGuid");
    quote.revision = JsonRead::string(json, u"revision");
    quote.status = JsonRead::firstString(json, {u"status", u"quoteStatus"});
    quote.statusReason = JsonRead::string(json, u"statusReason");
    quote.quoteType = JsonRead::string(json, u"quoteType");
    quote.currencyCode = JsonRead::string(json, u"currencyCode");
    quote.specialBidId = JsonRead::string(json, u"specialBidId");
    quote.specialBidEffectiveDate = ApiDate(JsonRead::string(json, u"specialBidEffectiveDate"));
    quote.specialBidExpirationDate = ApiDate(JsonRead::string(json, u"specialBidExpirationDate"));
    quote.vendorQuoteNumber = JsonRead::string(json, u"vendorQuoteNumber");
    quote.isPartialOrderAllowed = JsonRead::boolean(json, u"isPartialOrderAllowed");
    quote.created = ApiDate(JsonRead::string(json, u"ingramQuoteDate"));
    quote.lastModified = ApiDate(JsonRead::string(json, u"lastModifiedDate"));
    quote.expiry = ApiDate(JsonRead::string(json, u"ingramQuoteExpiryDate"));
    quote.customerNeed = JsonRead::string(json, u"customerNeed");
    quote.proposedSolution = JsonRead::string(json, u"proposedSolution");
    quote.introPreamble = JsonRead::string(json, u"introPreamble");
    quote.purchaseInstructions = JsonRead::string(json, u"purchaseInstructions");
    quote.legalTerms = JsonRead::string(json, u"legalTerms");
    quote.leaseInfo = JsonRead::string(json, u"leaseInfo");
    quote.paymentTermsName = JsonRead::string(json, u"paymentTermsName");
    const QJsonObject reseller = JsonRead::object(json, u"resellerInfo");
    quote.resellerInfo = Address::fromJson(reseller);
    quote.resellerCustomerNumber = JsonRead::string(reseller, u"customerNumber");
    const QJsonObject endUser = JsonRead::object(json, u"endUserInfo");
    quote.endUserInfo = Address::fromJson(endUser);
    quote.endUserMarketSegment = JsonRead::string(endUser, u"marketSegment");
    quote.shippingInfo = Address::fromJson(JsonRead::object(json, u"shippingInfo"));
    quote.lines = JsonRead::list<QuoteLine>(json, u"products");
    quote.productsCount = JsonRead::integer(json, u"productsCount", int(quote.lines.size()));
    quote.quantityTotal = JsonRead::integer(json, u"quantityTotal");
    quote.extendedMsrpTotal = JsonRead::number(json, u"extendedMsrpTotal");
    quote.extendedQuotePriceTotal = JsonRead::number(json, u"extendedQuotePriceTotal");
    quote.taxTotal = JsonRead::number(json, u"taxTotal");
    quote.freightAmount = JsonRead::number(json, u"freightAmount");
    quote.extraFeesTotal = JsonRead::number(json, u"extraFeesTotal");
    quote.totalQuoteAmount = JsonRead::string(json, u"totalQuoteAmount");
    quote.additionalAttributes = JsonRead::list<AdditionalAttribute>(json, u"additionalAttributes");
    return quote;
}

QString QuoteDetails::vendorName() const
{
    QString vendor;
    for (const QuoteLine &line : lines) {
        if (line.vendorName.isEmpty())
            continue;
        if (!vendor.isEmpty() && vendor != line.vendorName)
            return {};
        vendor = line.vendorName;
    }
    return vendor;
}

bool QuoteDetails::isOrderable(QDate today) const
{
    return orderRefusal(today).isEmpty();
}

QString QuoteDetails::orderRefusal(QDate today) const
{
    return QuoteStatus::refusal(quoteNumber, status, expiry, today);
}
