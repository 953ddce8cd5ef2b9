// What GET /resellers/v6/q2o/validatequote answers: the quote's vendor and the fields the vendor
// requires at header and line level before the quote can be ordered.
#pragma once

#include "vendorfield.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct QuoteValidationLine
{
    QString customerLineNumber;
    QString ingramPartNumber;
    int quantity = 0;
    // From vmfAdditionalAttributesLines or linesVendorMandatoryAttributes, blanks dropped.
    QList<VendorField> fields;

    static QuoteValidationLine fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct QuoteValidation
{
    QString quoteNumber;
    QString vendorName;
    QString vendorGroupName;
    QString vendorQuoteNumber;
    QString vendorMasterNumber;
    int quoteType = 0;
    QList<VendorField> headerFields; // vmfAdditionalAttributes, blanks dropped
    QList<QuoteValidationLine> lines;

    static QuoteValidation fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    // No header or line field at all: the quote can be ordered without asking anything.
    bool hasVendorFields() const;
    int requiredFieldCount() const;
};
