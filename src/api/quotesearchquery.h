// The filters, sorting and paging of one quote search (GET /resellers/v6/quotes/search).
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QuoteSearchQuery
{
public:
    struct DateRange
    {
        QDate from;
        QDate to;

        bool isNull() const { return from.isNull() && to.isNull(); }
    };

    // field is the API's parameter name, so that a form can mark the matching input.
    struct Problem
    {
        QString field;
        QString message;
    };

    // The columns the spec allows for sortBy; Default leaves sorting to the API (newest first).
    enum class SortColumn
    {
        Default,
        QuoteNumber,
        CreatedDate,
        LastModifiedDate,
        ExpiryDate
    };
    enum class SortOrder
    {
        Default,
        Ascending,
        Descending
    };

    static constexpr int QuoteNumberMaxLength = 35;
    static constexpr int TextFilterMaxLength = 100;
    static constexpr int MaxPageSize = 100;
    static constexpr int DefaultPageSize = 25;

    QString quoteNumber; // a part of it finds every quote containing it
    QString quoteName;
    QString vendorName;
    QString specialBidNumber;
    QString endUserContact;
    QString status;         // e.g. "Ready to Order"; see statusValues()
    DateRange createdRange; // quoteCreateDate-bt
    SortColumn sortBy = SortColumn::Default;
    SortOrder sortingOrder = SortOrder::Default;
    int pageSize = DefaultPageSize;
    int pageNumber = 1;

    // The statuses the API names quotes with.
    static QStringList statusValues();
    static QString sortColumnKey(SortColumn column);

    // Names and values in the spec's order, text trimmed, unset filters left out; the date range
    // repeats its key with yyyy-MM-dd dates. Paging is always included.
    QList<QPair<QString, QString>> toQueryItems() const;
    QList<Problem> validate() const;
    bool isValid() const { return validate().isEmpty(); }
    // No filter set; sorting and paging do not count. The API then lists the last 30 days.
    bool isEmpty() const;
};
