#include "sandbox/sandboxquotejson.h"

#include <QJsonArray>

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray fieldsJson(const QList<SandboxVendorField> &fields)
{
    QJsonArray array;
    for (const SandboxVendorField &field : fields)
        array.append(QJsonObject{{QStringLiteral("attributeName"), field.name},
                                 {QStringLiteral("attributeValue"), field.value},
                                 {QStringLiteral("attributeDescription"), field.description}});
    return array;
}

} // namespace

QJsonObject SandboxQuoteJson::searchEntry(const SandboxQuote &quote, QDate today)
{
    return {
        {QStringLiteral("quoteGuid"), quote.quoteGuid},
        {QStringLiteral("quoteName"), quote.quoteName},
        {QStringLiteral("quoteNumber"), quote.quoteNumber},
        {QStringLiteral("revision"), quote.revision},
        {QStringLiteral("currencyCode"), quote.currencyCode},
        {QStringLiteral("endUserContact"), textOrNull(quote.endUserContact)},
        {QStringLiteral("endUserName"), textOrNull(quote.endUser.companyName)},
        {QStringLiteral("createdBy"), quote.createdBy},
        {QStringLiteral("specialBidNumber"), textOrNull(quote.specialBidNumber)},
        {QStringLiteral("vendor"), quote.vendorName},
        {QStringLiteral("quoteTotal"), quote.total()},
        {QStringLiteral("quoteStatus"), quote.statusName(today)},
        {QStringLiteral("quoteType"), quote.quoteType},
        {QStringLiteral("ingramQuoteDate"), quote.created.toString(Qt::ISODate)},
        {QStringLiteral("lastModifiedDate"), quote.lastModified.toString(Qt::ISODate)},
        {QStringLiteral("ingramQuoteExpiryDate"), quote.expiry.toString(Qt::ISODate)},
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("topic"), QStringLiteral("quotes")},
                     {QStringLiteral("href"),
                      QString(QStringLiteral("/resellers/v6/quotes/") + quote.quoteNumber)},
                     {QStringLiteral("type"), QStringLiteral("GET")}}},
    };
}

QJsonObject SandboxQuoteJson::details(const SandboxQuote &quote, QDate today)
{
    QJsonArray products;
    for (const SandboxQuoteLine &line : quote.lines) {
        const SandboxProduct &product = *line.product;
        products.append(QJsonObject{
            {QStringLiteral("quoteProductGuid"), line.productGuid},
            {QStringLiteral("lineNumber"), line.lineNumber},
            {QStringLiteral("quantity"), line.quantity},
            {QStringLiteral("remainingQuoteQty"), line.quantity},
            {QStringLiteral("minimumOrderAllowedQty"), 1},
            {QStringLiteral("notes"), line.notes},
            {QStringLiteral("ean"),
             product.upcCode.isEmpty() ? QStringLiteral("-") : product.upcCode},
            {QStringLiteral("coo"), QStringLiteral("US")},
            {QStringLiteral("ingramPartNumber"), product.ingramPartNumber},
            {QStringLiteral("vendorPartNumber"), product.vendorPartNumber},
            {QStringLiteral("vendorName"), product.vendorName},
            {QStringLiteral("description"), product.description},
            {QStringLiteral("weight"), product.unitWeight},
            {QStringLiteral("weightUom"), QStringLiteral("LB")},
            {QStringLiteral("isSuggestionProduct"), false},
            {QStringLiteral("isSubscription"), false},
            {QStringLiteral("terms"), QStringLiteral("--")},
            {QStringLiteral("price"),
             QJsonObject{
                 {QStringLiteral("quotePrice"), line.quotePrice},
                 {QStringLiteral("msrp"), line.msrp},
                 {QStringLiteral("extendedMsrp"), line.msrp * line.quantity},
                 {QStringLiteral("extendedQuotePrice"), line.extendedQuotePrice()},
                 {QStringLiteral("discountOffList"),
                  QString::number(line.msrp > 0 ? 100.0 * (1.0 - line.quotePrice / line.msrp) : 0.0,
                                  'f', 2)},
             }},
        });
    }
    const SandboxParty &endUser = quote.endUser;
    QJsonObject body{
        {QStringLiteral("quoteName"), quote.quoteName},
        {QStringLiteral("quoteNumber"), quote.quoteNumber},
        {QStringLiteral("quoteGuid"), quote.quoteGuid},
        {QStringLiteral("revision"), quote.revision},
        {QStringLiteral("ingramQuoteDate"),
         QString(quote.created.toString(Qt::ISODate) + QStringLiteral("T15:04:12Z"))},
        {QStringLiteral("lastModifiedDate"),
         QString(quote.lastModified.toString(Qt::ISODate) + QStringLiteral("T18:30:00Z"))},
        {QStringLiteral("ingramQuoteExpiryDate"), quote.expiry.toString(Qt::ISODate)},
        {QStringLiteral("currencyCode"), quote.currencyCode},
        {QStringLiteral("specialBidId"), quote.specialBidNumber},
        {QStringLiteral("vendorQuoteNumber"), quote.vendorQuoteNumber},
        {QStringLiteral("isPartialOrderAllowed"), true},
        {QStringLiteral("status"), quote.statusName(today)},
        {QStringLiteral("quoteType"), quote.quoteType},
        {QStringLiteral("customerNeed"), quote.customerNeed},
        {QStringLiteral("proposedSolution"), quote.proposedSolution},
        {QStringLiteral("introPreamble"), quote.introPreamble},
        {QStringLiteral("purchaseInstructions"), quote.purchaseInstructions},
        {QStringLiteral("legalTerms"), quote.legalTerms},
        {QStringLiteral("leaseInfo"), QString()},
        {QStringLiteral("leasingInstructions"), QString()},
        {QStringLiteral("paymentTermsName"), QStringLiteral("NET 30 DAYS")},
        {QStringLiteral("resellerInfo"),
         QJsonObject{{QStringLiteral("contact"), QStringLiteral("RESELLERDESK DEMO BUYER")},
                     {QStringLiteral("companyName"), QStringLiteral("RESELLERDESK DEMO ACCOUNT")},
                     {QStringLiteral("email"), QStringLiteral("buyer@resellerdesk.example")},
                     {QStringLiteral("phoneNumber"), QStringLiteral("8286674626")},
                     {QStringLiteral("customerNumber"), QStringLiteral("20-222222")}}},
        {QStringLiteral("endUserInfo"),
         QJsonObject{{QStringLiteral("contact"), endUser.contact},
                     {QStringLiteral("companyName"), endUser.companyName},
                     {QStringLiteral("addressLine1"), endUser.addressLine1},
                     {QStringLiteral("city"), endUser.city},
                     {QStringLiteral("state"), endUser.state},
                     {QStringLiteral("postalCode"), endUser.postalCode},
                     {QStringLiteral("email"), endUser.email},
                     {QStringLiteral("phoneNumber"), endUser.phoneNumber},
                     {QStringLiteral("marketSegment"), QStringLiteral("Commercial")}}},
        {QStringLiteral("products"), products},
        {QStringLiteral("productsCount"), static_cast<int>(quote.lines.size())},
        {QStringLiteral("extendedMsrpTotal"), quote.msrpTotal()},
        {QStringLiteral("quantityTotal"), quote.quantityTotal()},
        {QStringLiteral("extendedQuotePriceTotal"), quote.total()},
        {QStringLiteral("totalQuoteAmount"), QString::number(quote.total(), 'f', 2)},
        {QStringLiteral("taxTotal"), 0},
        {QStringLiteral("freightAmount"), 0},
    };
    if (!quote.vendorQuoteNumber.isEmpty())
        body.insert(
            QStringLiteral("additionalAttributes"),
            QJsonArray{QJsonObject{{QStringLiteral("attributeName"), QStringLiteral("estimateId")},
                                   {QStringLiteral("attributeValue"), quote.vendorQuoteNumber}}});
    return body;
}

QJsonObject SandboxQuoteJson::validation(const SandboxQuote &quote)
{
    // The API pads its lists with an empty entry, as in the spec's example.
    const QJsonObject blank{{QStringLiteral("attributeName"), QString()},
                            {QStringLiteral("attributeValue"), QString()},
                            {QStringLiteral("attributeDescription"), QString()}};
    QJsonArray lines;
    for (const SandboxQuoteLine &line : quote.lines) {
        QJsonArray fields = fieldsJson(line.vendorFields);
        if (!fields.isEmpty())
            fields.append(blank);
        lines.append(QJsonObject{
            {QStringLiteral("customerLineNumber"), line.lineNumber},
            {QStringLiteral("ingramPartNumber"), line.product->ingramPartNumber},
            {QStringLiteral("quantity"), QString::number(line.quantity)},
            {line.legacyFieldKey ? QStringLiteral("linesVendorMandatoryAttributes")
                                 : QStringLiteral("vmfAdditionalAttributesLines"),
             fields},
        });
    }
    return {
        {QStringLiteral("quoteNumber"), quote.quoteNumber},
        {QStringLiteral("vendorName"), quote.vendorName},
        {QStringLiteral("vmfAdditionalAttributes"), fieldsJson(quote.headerFields)},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("quoteType"), quote.configureToOrder ? 1 : 0},
        {QStringLiteral("vendorGroupName"), quote.vendorName.toUpper()},
        {QStringLiteral("vendorQuoteNumber"), quote.vendorQuoteNumber},
        {QStringLiteral("vendorMasterNumber"), QString()},
    };
}
