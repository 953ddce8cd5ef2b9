// One quote in a quote search result (GET /resellers/v6/quotes/search).
#pragma once

#include "apidate.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

struct QuoteSummary
{
    QString quoteGuid;
    QString quoteNumber;
    QString quoteName;
    QString revision;
    QString currencyCode;
    QString vendor;
    QString endUserContact;
    QString endUserName;
    QString createdBy;
    QString specialBidNumber;
    QString quoteType;
    QString status; // quoteStatus as the API spells it: "Ready to Order", "Active", "Expired", ...
    double quoteTotal = 0.0;
    ApiDate created;      // ingramQuoteDate
    ApiDate lastModified; // lastModifiedDate
    ApiDate expiry;       // ingramQuoteExpiryDate; the API sends 0001-01-01 for "none"

    static QuoteSummary fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    // Ready to order or active, and not past its expiry date on today.
    bool isOrderable(QDate today = QDate::currentDate()) const;
};

// The quote statuses the API documents, and what they mean for ordering.
namespace QuoteStatus {
// Whether a quote with this status (any spelling) may be turned into an order.
bool isOrderable(const QString &status);
// A real expiry date that lies before today; "0001-01-01" means none.
bool hasExpired(const ApiDate &expiry, QDate today);
// A translated sentence on why a quote with this status and expiry cannot be ordered; empty
// when it can.
QString refusal(const QString &quoteNumber, const QString &status, const ApiDate &expiry,
                QDate today = QDate::currentDate());
} // namespace QuoteStatus
