#include "quotesummary.h"

#include "jsonread.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
QString normalised(const QString &status)
{
    return status.simplified().toLower();
}
} // namespace

bool QuoteStatus::isOrderable(const QString &status)
{
    const QString key = normalised(status);
    return key == QLatin1String("ready to order") || key == QLatin1String("readytoorder") ||
           key == QLatin1String("active");
}

bool QuoteStatus::hasExpired(const ApiDate &expiry, QDate today)
{
    return expiry.isValid() && expiry.date().year() > 1 && expiry.date() < today;
}

QString QuoteStatus::refusal(const QString &quoteNumber, const QString &status,
                             const ApiDate &expiry, QDate today)
{
    if (hasExpired(expiry, today) || normalised(status) == QLatin1String("expired")) {
        if (expiry.isValid() && expiry.date().year() > 1)
            return QCoreApplication::translate("QuoteStatus",
                                               "Quote %1 expired on %2 and can no longer be "
                                               "ordered. Ask for a new revision of the quote.")
                .arg(quoteNumber, QLocale().toString(expiry.date(), QLocale::ShortFormat));
        return QCoreApplication::translate(
                   "QuoteStatus",
                   "Quote %1 has expired and can no longer be ordered. Ask for a new revision "
                   "of the quote.")
            .arg(quoteNumber);
    }
    if (isOrderable(status))
        return {};
    if (status.trimmed().isEmpty())
        return QCoreApplication::translate("QuoteStatus",
                                           "Quote %1 has no status and cannot be ordered.")
            .arg(quoteNumber);
    return QCoreApplication::translate("QuoteStatus",
                                       "Quote %1 is “%2”; only a quote that is ready to order "
                                       "can be turned into an order.")
        .arg(quoteNumber, status.trimmed());
}

QuoteSummary QuoteSummary::fromJson(const QJsonObject &json)
{
    QuoteSummary quote;
    quote.quoteGuid = JsonRead::string(json, u"quoteGuid");
    quote.quoteNumber = JsonRead::string(json, u"quoteNumber");
    quote.quoteName = JsonRead::string(json, u"quoteName");
    quote.revision = JsonRead::string(json, u"revision");
    quote.currencyCode = JsonRead::string(json, u"currencyCode");
    quote.vendor = JsonRead::firstString(json, {u"vendor", u"vendorName"});
    quote.endUserContact = JsonRead::string(json, u"endUserContact");
    quote.endUserName = JsonRead::string(json, u"endUserName");
    quote.createdBy = JsonRead::string(json, u"createdBy");
    quote.specialBidNumber = JsonRead::string(json, u"specialBidNumber");
    quote.quoteType = JsonRead::string(json, u"quoteType");
    quote.status = JsonRead::firstString(json, {u"quoteStatus", u"status"});
    quote.quoteTotal = JsonRead::number(json, u"quoteTotal");
    quote.created = ApiDate(JsonRead::string(json, u"ingramQuoteDate"));
    quote.lastModified = ApiDate(JsonRead::string(json, u"lastModifiedDate"));
    quote.expiry = ApiDate(JsonRead::string(json, u"ingramQuoteExpiryDate"));
    return quote;
}

QJsonObject QuoteSummary::toJson() const
{
    return {{QStringLiteral("quoteGuid"), quoteGuid},
            {QStringLiteral("quoteNumber"), quoteNumber},
            {QStringLiteral("quoteName"), quoteName},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("currencyCode"), currencyCode},
            {QStringLiteral("vendor"), vendor},
            {QStringLiteral("endUserContact"), endUserContact},
            {QStringLiteral("endUserName"), endUserName},
            {QStringLiteral("createdBy"), createdBy},
            {QStringLiteral("specialBidNumber"), specialBidNumber},
            {QStringLiteral("quoteType"), quoteType},
            {QStringLiteral("quoteStatus"), status},
            {QStringLiteral("quoteTotal"), quoteTotal},
            {QStringLiteral("ingramQuoteDate"), created.raw()},
            {QStringLiteral("lastModifiedDate"), lastModified.raw()},
            {QStringLiteral("ingramQuoteExpiryDate"), expiry.raw()}};
}

bool QuoteSummary::isOrderable(QDate today) const
{
    return QuoteStatus::isOrderable(status) && !QuoteStatus::hasExpired(expiry, today);
}
