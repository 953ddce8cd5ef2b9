#include "quoteline.h"

#include "jsonread.h"

QuoteLine QuoteLine::fromJson(const QJsonObject &json)
{
    QuoteLine line;
    line.quoteProductGuid = JsonRead::string(json, u"quoteProductGuid");
    line.lineNumber = JsonRead::string(json, u"lineNumber");
    line.ingramPartNumber = JsonRead::string(json, u"ingramPartNumber");
    line.vendorPartNumber = JsonRead::string(json, u"vendorPartNumber");
    line.vendorName = JsonRead::string(json, u"vendorName");
    line.description = JsonRead::string(json, u"description");
    line.notes = JsonRead::string(json, u"notes");
    line.ean = JsonRead::string(json, u"ean");
    line.terms = JsonRead::string(json, u"terms");
    line.quantity = JsonRead::integer(json, u"quantity");
    bool hasRemaining = false;
    line.remainingQuantity =
        JsonRead::toInt(json.value(QLatin1String("remainingQuoteQty")), 0, &hasRemaining);
    if (!hasRemaining)
        line.remainingQuantity = line.quantity;
    line.isSuggestionProduct = JsonRead::boolean(json, u"isSuggestionProduct");
    line.isSubscription = JsonRead::boolean(json, u"isSubscription");
    const QJsonObject price = JsonRead::object(json, u"price");
    line.quotePrice = JsonRead::number(price, u"quotePrice");
    line.msrp = JsonRead::number(price, u"msrp");
    line.extendedQuotePrice =
        JsonRead::number(price, u"extendedQuotePrice", line.quotePrice * line.quantity);
    line.extendedMsrp = JsonRead::number(price, u"extendedMsrp", line.msrp * line.quantity);
    line.discountOffList = JsonRead::string(price, u"discountOffList");
    return line;
}

QJsonObject QuoteLine::toJson() const
{
    return {{QStringLiteral("quoteProductGuid"), quoteProductGuid},
            {QStringLiteral("lineNumber"), lineNumber},
            {QStringLiteral("ingramPartNumber"), ingramPartNumber},
            {QStringLiteral("vendorPartNumber"), vendorPartNumber},
            {QStringLiteral("vendorName"), vendorName},
            {QStringLiteral("description"), description},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("ean"), ean},
            {QStringLiteral("terms"), terms},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("remainingQuoteQty"), remainingQuantity},
            {QStringLiteral("isSuggestionProduct"), isSuggestionProduct},
            {QStringLiteral("isSubscription"), isSubscription},
            {QStringLiteral("price"),
             QJsonObject{{QStringLiteral("quotePrice"), quotePrice},
                         {QStringLiteral("msrp"), msrp},
                         {QStringLiteral("extendedQuotePrice"), extendedQuotePrice},
                         {QStringLiteral("extendedMsrp"), extendedMsrp},
                         {QStringLiteral("discountOffList"), discountOffList}}}};
}
