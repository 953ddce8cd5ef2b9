// Value types of one sandbox quote, shaped after the Reseller API's quote details and the
// vendor-mandatory fields that validate quote lists for it.
#pragma once

#include "sandbox/sandboxorder.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>

// A field the vendor requires before the quote can be ordered; value is the pre-filled one.
struct SandboxVendorField
{
    QString name;
    QString description;
    QString value;
};

struct SandboxQuoteLine
{
    std::shared_ptr<const SandboxProduct> product;
    QString lineNumber; // customerLineNumber in validate quote and in quote orders
    QString productGuid;
    int quantity = 1;
    double quotePrice = 0; // per unit, in the quote's currency
    double msrp = 0;
    QString notes;
    QList<SandboxVendorField> vendorFields;
    // Answered under linesVendorMandatoryAttributes, the other key the API uses for them.
    bool legacyFieldKey = false;

    double extendedQuotePrice() const;
};

enum class SandboxQuoteStatus
{
    ReadyToOrder,
    Active,
    Draft,
    Expired,
    Closed
};

struct SandboxQuote
{
    QString quoteNumber;
    QString quoteGuid;
    QString quoteName;
    QString revision = QStringLiteral("0");
    QString vendorName;
    QString vendorQuoteNumber;
    QString specialBidNumber;
    QString createdBy = QStringLiteral("Ingram Micro");
    QString quoteType = QStringLiteral("Standard");
    SandboxQuoteStatus status = SandboxQuoteStatus::ReadyToOrder;
    QDate created;
    QDate lastModified;
    QDate expiry;
    QString currencyCode = QStringLiteral("USD");
    QString endUserContact; // the end user's contact name, which search filters on
    SandboxParty endUser;
    QString customerNeed;
    QString proposedSolution;
    QString introPreamble;
    QString purchaseInstructions;
    QString legalTerms;
    bool configureToOrder = false;
    QList<SandboxVendorField> headerFields;
    QList<SandboxQuoteLine> lines;

    // The status as the API names it on the given day: a quote past its expiry date is expired
    // whatever it said before.
    SandboxQuoteStatus effectiveStatus(QDate today) const;
    QString statusName(QDate today) const;
    static QString statusName(SandboxQuoteStatus status);
    // Ready to order or active, and not expired.
    bool isOrderable(QDate today) const;
    // Why the quote cannot be ordered on that day; empty when it can.
    QString refusal(QDate today) const;

    double total() const;
    double msrpTotal() const;
    int quantityTotal() const;
    const SandboxQuoteLine *line(const QString &lineNumber) const;
};
