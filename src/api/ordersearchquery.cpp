#include "ordersearchquery.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// The search's documented spelling when the kind is known ("On Hold" → "ON HOLD"), so that a
// status picked from details or typed by hand still matches; otherwise the text as given.
QString searchStatus(const QString &status)
{
    const QString trimmed = status.trimmed();
    const OrderStatus::Kind kind = OrderStatus::normalise(trimmed);
    return OrderStatus::searchableKinds().contains(kind) ? OrderStatus::searchValue(kind) : trimmed;
}

void addText(QList<QPair<QString, QString>> &items, const QString &key, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (!trimmed.isEmpty())
        items.append({key, trimmed});
}

void addRange(QList<QPair<QString, QString>> &items, const QString &key,
              const OrderSearchQuery::DateRange &range)
{
    // The API wants both bounds. validate() reports a missing one; should such a query be sent
    // anyway, a one-day range is closer to what was typed than dropping the filter.
    if (range.isNull())
        return;
    const QDate from = range.from.isValid() ? range.from : range.to;
    const QDate to = range.to.isValid() ? range.to : range.from;
    items.append({key, isoDate(from)});
    items.append({key, isoDate(to)});
}

void checkLength(QList<OrderSearchQuery::Problem> &problems, const QString &field,
                 const QString &value, int maxLength)
{
    if (value.trimmed().size() > maxLength) {
        problems.append({field, QCoreApplication::translate("OrderSearchQuery",
                                                            "%1 may have at most %n characters.",
                                                            nullptr, maxLength)
                                    .arg(field)});
    }
}

void checkRange(QList<OrderSearchQuery::Problem> &problems, const QString &field,
                const OrderSearchQuery::DateRange &range)
{
    if (range.isNull())
        return;
    if ((!range.from.isNull() && !range.from.isValid()) ||
        (!range.to.isNull() && !range.to.isValid())) {
        problems.append(
            {field, QCoreApplication::translate("OrderSearchQuery", "%1 contains an invalid date.")
                        .arg(field)});
        return;
    }
    if (range.from.isNull() || range.to.isNull()) {
        problems.append({field, QCoreApplication::translate(
                                    "OrderSearchQuery", "%1 needs both a start and an end date.")
                                    .arg(field)});
        return;
    }
    if (range.from > range.to) {
        problems.append(
            {field, QCoreApplication::translate("OrderSearchQuery",
                                                "The start date of %1 is after its end date.")
                        .arg(field)});
    }
}

QString rangeText(const OrderSearchQuery::DateRange &range)
{
    const QDate from = range.from.isValid() ? range.from : range.to;
    const QDate to = range.to.isValid() ? range.to : range.from;
    if (from == to)
        return isoDate(from);
    //: A date range, e.g. "2024-01-01 – 2024-01-31"
    return QCoreApplication::translate("OrderSearchQuery", "%1 – %2")
        .arg(isoDate(from), isoDate(to));
}

} // namespace

QStringList OrderSearchQuery::orderStatusValues()
{
    QStringList values;
    for (const OrderStatus::Kind kind : OrderStatus::searchableKinds())
        values.append(OrderStatus::searchValue(kind));
    return values;
}

void OrderSearchQuery::setStatusKinds(const QList<OrderStatus::Kind> &kinds)
{
    orderStatusIn.clear();
    for (const OrderStatus::Kind kind : kinds) {
        const QString value = OrderStatus::searchValue(kind);
        if (!value.isEmpty() && !orderStatusIn.contains(value))
            orderStatusIn.append(value);
    }
}

QList<QPair<QString, QString>> OrderSearchQuery::toQueryItems() const
{
    QList<QPair<QString, QString>> items;
    addText(items, QStringLiteral("ingramOrderNumber"), ingramOrderNumber);
    addText(items, QStringLiteral("orderStatus"), searchStatus(orderStatus));
    for (const QString &status : orderStatusIn)
        addText(items, QStringLiteral("orderStatus-in"), searchStatus(status));
    if (ingramOrderDate.isValid())
        items.append({QStringLiteral("ingramOrderDate"), isoDate(ingramOrderDate)});
    addRange(items, QStringLiteral("ingramOrderDate-bt"), ingramOrderDateRange);
    addText(items, QStringLiteral("customerOrderNumber"), customerOrderNumber);
    items.append({QStringLiteral("pageSize"), QString::number(pageSize)});
    items.append({QStringLiteral("pageNumber"), QString::number(pageNumber)});
    addText(items, QStringLiteral("endCustomerOrderNumber"), endCustomerOrderNumber);
    addRange(items, QStringLiteral("invoiceDate_bt"), invoiceDateRange);
    addRange(items, QStringLiteral("shipDate_bt"), shipDateRange);
    addRange(items, QStringLiteral("deliveryDate_bt"), deliveryDateRange);
    addText(items, QStringLiteral("ingramPartNumber"), ingramPartNumber);
    addText(items, QStringLiteral("vendorPartNumber"), vendorPartNumber);
    addText(items, QStringLiteral("serialNumber"), serialNumber);
    addText(items, QStringLiteral("trackingNumber"), trackingNumber);
    addText(items, QStringLiteral("vendorName"), vendorName);
    addText(items, QStringLiteral("specialBidNumber"), specialBidNumber);
    return items;
}

QList<OrderSearchQuery::Problem> OrderSearchQuery::validate() const
{
    QList<Problem> problems;
    checkLength(problems, QStringLiteral("ingramOrderNumber"), ingramOrderNumber,
                IngramOrderNumberMaxLength);
    const QList<QPair<QString, const QString *>> textFilters = {
        {QStringLiteral("customerOrderNumber"), &customerOrderNumber},
        {QStringLiteral("endCustomerOrderNumber"), &endCustomerOrderNumber},
        {QStringLiteral("ingramPartNumber"), &ingramPartNumber},
        {QStringLiteral("vendorPartNumber"), &vendorPartNumber},
        {QStringLiteral("serialNumber"), &serialNumber},
        {QStringLiteral("trackingNumber"), &trackingNumber},
        {QStringLiteral("vendorName"), &vendorName},
        {QStringLiteral("specialBidNumber"), &specialBidNumber},
    };
    for (const auto &filter : textFilters)
        checkLength(problems, filter.first, *filter.second, TextFilterMaxLength);

    const QString status = orderStatus.trimmed();
    if (!status.isEmpty() && !orderStatusValues().contains(searchStatus(status))) {
        problems.append({QStringLiteral("orderStatus"),
                         QCoreApplication::translate(
                             "OrderSearchQuery",
                             "“%1” is not an order status the search accepts; use one of %2.")
                             .arg(status, QLocale().createSeparatedList(orderStatusValues()))});
    }
    if (ingramOrderDate.isValid() && !ingramOrderDateRange.isNull()) {
        problems.append({QStringLiteral("ingramOrderDate"),
                         QCoreApplication::translate(
                             "OrderSearchQuery",
                             "Search either by one order date or by an order date range, not "
                             "both.")});
    }
    checkRange(problems, QStringLiteral("ingramOrderDate-bt"), ingramOrderDateRange);
    checkRange(problems, QStringLiteral("invoiceDate_bt"), invoiceDateRange);
    checkRange(problems, QStringLiteral("shipDate_bt"), shipDateRange);
    checkRange(problems, QStringLiteral("deliveryDate_bt"), deliveryDateRange);
    if (pageSize < 1 || pageSize > MaxPageSize) {
        problems.append({QStringLiteral("pageSize"),
                         QCoreApplication::translate("OrderSearchQuery",
                                                     "The page size must be between 1 and %1.")
                             .arg(QString::number(MaxPageSize))});
    }
    if (pageNumber < 1) {
        problems.append({QStringLiteral("pageNumber"),
                         QCoreApplication::translate("OrderSearchQuery",
                                                     "The page number must be 1 or more.")});
    }
    return problems;
}

bool OrderSearchQuery::isEmpty() const
{
    return filterDescriptions().isEmpty();
}

QStringList OrderSearchQuery::filterDescriptions() const
{
    QStringList parts;
    const auto text = [&parts](const QString &value, const char *phrase) {
        if (!value.trimmed().isEmpty())
            parts.append(
                QCoreApplication::translate("OrderSearchQuery", phrase).arg(value.trimmed()));
    };
    const auto range = [&parts](const OrderSearchQuery::DateRange &value, const char *phrase) {
        if (!value.isNull())
            parts.append(
                QCoreApplication::translate("OrderSearchQuery", phrase).arg(rangeText(value)));
    };

    text(ingramOrderNumber, QT_TRANSLATE_NOOP("OrderSearchQuery", "order number “%1”"));
    QStringList statuses;
    const QStringList allStatuses = QStringList(orderStatusIn) << orderStatus;
    for (const QString &status : allStatuses) {
        if (status.trimmed().isEmpty())
            continue;
        const OrderStatus parsed(status.trimmed());
        if (!statuses.contains(parsed.displayText()))
            statuses.append(parsed.displayText());
    }
    if (!statuses.isEmpty()) {
        parts.append(QCoreApplication::translate("OrderSearchQuery", "status %1")
                         .arg(QLocale().createSeparatedList(statuses)));
    }
    if (ingramOrderDate.isValid())
        parts.append(QCoreApplication::translate("OrderSearchQuery", "ordered on %1")
                         .arg(isoDate(ingramOrderDate)));
    range(ingramOrderDateRange, QT_TRANSLATE_NOOP("OrderSearchQuery", "ordered %1"));
    text(customerOrderNumber, QT_TRANSLATE_NOOP("OrderSearchQuery", "customer PO “%1”"));
    text(endCustomerOrderNumber, QT_TRANSLATE_NOOP("OrderSearchQuery", "end customer PO “%1”"));
    range(invoiceDateRange, QT_TRANSLATE_NOOP("OrderSearchQuery", "invoiced %1"));
    range(shipDateRange, QT_TRANSLATE_NOOP("OrderSearchQuery", "shipped %1"));
    range(deliveryDateRange, QT_TRANSLATE_NOOP("OrderSearchQuery", "delivered %1"));
    text(ingramPartNumber, QT_TRANSLATE_NOOP("OrderSearchQuery", "Ingram part number “%1”"));
    text(vendorPartNumber, QT_TRANSLATE_NOOP("OrderSearchQuery", "vendor part number “%1”"));
    text(serialNumber, QT_TRANSLATE_NOOP("OrderSearchQuery", "serial number “%1”"));
    text(trackingNumber, QT_TRANSLATE_NOOP("OrderSearchQuery", "tracking number “%1”"));
    text(vendorName, QT_TRANSLATE_NOOP("OrderSearchQuery", "vendor “%1”"));
    text(specialBidNumber, QT_TRANSLATE_NOOP("OrderSearchQuery", "special bid “%1”"));
    return parts;
}

QString OrderSearchQuery::summary() const
{
    const QStringList parts = filterDescriptions();
    if (parts.isEmpty())
        return QCoreApplication::translate("OrderSearchQuery", "No orders were found.");
    return QCoreApplication::translate("OrderSearchQuery", "No orders match %1.")
        .arg(QLocale().createSeparatedList(parts));
}
