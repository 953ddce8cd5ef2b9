#include "quotesearchquery.h"

#include <QCoreApplication>

namespace {

void addText(QList<QPair<QString, QString>> &items, const QString &key, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (!trimmed.isEmpty())
        items.append({key, trimmed});
}

void checkLength(QList<QuoteSearchQuery::Problem> &problems, const QString &field,
                 const QString &value, int maxLength)
{
    if (value.trimmed().size() > maxLength)
        problems.append({field, QCoreApplication::translate("QuoteSearchQuery",
                                                            "%1 may have at most %n characters.",
                                                            nullptr, maxLength)
                                    .arg(field)});
}

} // namespace

QStringList QuoteSearchQuery::statusValues()
{
    return {QStringLiteral("Ready to Order"), QStringLiteral("Active"), QStringLiteral("Draft"),
            QStringLiteral("Expired"), QStringLiteral("Closed")};
}

QString QuoteSearchQuery::sortColumnKey(SortColumn column)
{
    switch (column) {
    case SortColumn::Default:
        return {};
    case SortColumn::QuoteNumber:
        return QStringLiteral("quoteNumber");
    case SortColumn::CreatedDate:
        return QStringLiteral("createdDate");
    case SortColumn::LastModifiedDate:
        return QStringLiteral("lastModifiedDate");
    case SortColumn::ExpiryDate:
        return QStringLiteral("expiryDate");
    }
    return {};
}

QList<QPair<QString, QString>> QuoteSearchQuery::toQueryItems() const
{
    QList<QPair<QString, QString>> items;
    if (!createdRange.isNull()) {
        const QDate from = createdRange.from.isValid() ? createdRange.from : createdRange.to;
        const QDate to = createdRange.to.isValid() ? createdRange.to : createdRange.from;
        items.append({QStringLiteral("quoteCreateDate-bt"), from.toString(Qt::ISODate)});
        items.append({QStringLiteral("quoteCreateDate-bt"), to.toString(Qt::ISODate)});
    }
    addText(items, QStringLiteral("quoteNumber"), quoteNumber);
    addText(items, QStringLiteral("specialBidNumber"), specialBidNumber);
    addText(items, QStringLiteral("endUserContact"), endUserContact);
    if (sortingOrder != SortOrder::Default)
        items.append({QStringLiteral("sortingOrder"), sortingOrder == SortOrder::Ascending
                                                          ? QStringLiteral("asc")
                                                          : QStringLiteral("desc")});
    if (sortBy != SortColumn::Default)
        items.append({QStringLiteral("sortBy"), sortColumnKey(sortBy)});
    items.append({QStringLiteral("pageSize"), QString::number(pageSize)});
    items.append({QStringLiteral("pageNumber"), QString::number(pageNumber)});
    addText(items, QStringLiteral("vendorName"), vendorName);
    addText(items, QStringLiteral("quoteName"), quoteName);
    addText(items, QStringLiteral("status"), status);
    return items;
}

QList<QuoteSearchQuery::Problem> QuoteSearchQuery::validate() const
{
    QList<Problem> problems;
    checkLength(problems, QStringLiteral("quoteNumber"), quoteNumber, QuoteNumberMaxLength);
    checkLength(problems, QStringLiteral("quoteName"), quoteName, TextFilterMaxLength);
    checkLength(problems, QStringLiteral("vendorName"), vendorName, TextFilterMaxLength);
    checkLength(problems, QStringLiteral("specialBidNumber"), specialBidNumber,
                TextFilterMaxLength);
    checkLength(problems, QStringLiteral("endUserContact"), endUserContact, TextFilterMaxLength);
    const QString rangeKey = QStringLiteral("quoteCreateDate-bt");
    if (!createdRange.isNull()) {
        if ((!createdRange.from.isNull() && !createdRange.from.isValid()) ||
            (!createdRange.to.isNull() && !createdRange.to.isValid()))
            problems.append({rangeKey, QCoreApplication::translate(
                                           "QuoteSearchQuery",
                                           "The create date range contains an invalid date.")});
        else if (createdRange.from.isNull() || createdRange.to.isNull())
            problems.append(
                {rangeKey,
                 QCoreApplication::translate(
                     "QuoteSearchQuery", "The create date range needs a start and an end date.")});
        else if (createdRange.from > createdRange.to)
            problems.append(
                {rangeKey, QCoreApplication::translate(
                               "QuoteSearchQuery", "The create date range starts after it ends.")});
    }
    if (pageSize < 1 || pageSize > MaxPageSize)
        problems.append({QStringLiteral("pageSize"),
                         QCoreApplication::translate("QuoteSearchQuery",
                                                     "The page size must be between 1 and %1.")
                             .arg(MaxPageSize)});
    if (pageNumber < 1)
        problems.append({QStringLiteral("pageNumber"),
                         QCoreApplication::translate("QuoteSearchQuery",
                                                     "The page number must be 1 or more.")});
    return problems;
}

bool QuoteSearchQuery::isEmpty() const
{
    return quoteNumber.trimmed().isEmpty() && quoteName.trimmed().isEmpty() &&
           vendorName.trimmed().isEmpty() && specialBidNumber.trimmed().isEmpty() &&
           endUserContact.trimmed().isEmpty() && status.trimmed().isEmpty() &&
           createdRange.isNull();
}
