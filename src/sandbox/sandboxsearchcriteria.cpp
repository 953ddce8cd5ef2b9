#include "sandbox/sandboxsearchcriteria.h"

namespace {

const QString dateFormatMessage =
    QStringLiteral("input date format error expected format is - yyyy-MM-dd");

QDate parseDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
}

// Both spellings of a range are in use: the key repeated, and one value with a comma.
QStringList rangeValues(const SandboxQuery &query, const QString &key)
{
    QStringList values;
    const QStringList raw = query.values(key);
    for (const QString &value : raw)
        values += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return values;
}

std::optional<SandboxDateRange> parseRange(const SandboxQuery &query, const QString &key,
                                           QList<SandboxFieldError> *errors)
{
    if (!query.contains(key))
        return std::nullopt;
    const QStringList values = rangeValues(query, key);
    if (values.size() != 2) {
        errors->append({key, QStringLiteral("Exactly 2 dates (start and end) are required"),
                        values.join(QLatin1Char(','))});
        return std::nullopt;
    }
    const QDate from = parseDate(values.at(0));
    const QDate to = parseDate(values.at(1));
    if (!from.isValid() || !to.isValid()) {
        errors->append({key, dateFormatMessage, values.join(QLatin1Char(','))});
        return std::nullopt;
    }
    return SandboxDateRange{qMin(from, to), qMax(from, to)};
}

QString text(const SandboxQuery &query, const QString &key, int maxLength,
             QList<SandboxFieldError> *errors)
{
    const QString value = query.value(key).trimmed();
    if (value.size() > maxLength)
        errors->append({key, QStringLiteral("Maximum length is %1").arg(maxLength), value});
    return value;
}

int number(const SandboxQuery &query, const QString &key, int defaultValue,
           QList<SandboxFieldError> *errors)
{
    if (!query.contains(key))
        return defaultValue;
    bool ok = false;
    const QString value = query.value(key).trimmed();
    const int result = value.toInt(&ok);
    if (!ok) {
        errors->append({key, QStringLiteral("Invalid value, a number is expected"), value});
        return defaultValue;
    }
    return result;
}

bool parseStatuses(const QStringList &names, const QString &key, QList<SandboxOrderStatus> *out,
                   QList<SandboxFieldError> *errors)
{
    for (const QString &name : names) {
        const auto status = SandboxStatus::fromName(name);
        if (!status) {
            errors->append({key, QStringLiteral("Invalid order status"), name});
            return false;
        }
        out->append(*status);
    }
    return true;
}

} // namespace

bool SandboxSearchCriteria::parse(const SandboxQuery &query, QList<SandboxFieldError> *errors)
{
    const int errorsBefore = static_cast<int>(errors->size());
    ingramOrderNumber = text(query, QStringLiteral("ingramOrderNumber"), 11, errors);
    customerOrderNumber = text(query, QStringLiteral("customerOrderNumber"), 35, errors);
    endCustomerOrderNumber = text(query, QStringLiteral("endCustomerOrderNumber"), 35, errors);
    ingramPartNumber = text(query, QStringLiteral("ingramPartNumber"), 35, errors);
    vendorPartNumber = text(query, QStringLiteral("vendorPartNumber"), 35, errors);
    serialNumber = text(query, QStringLiteral("serialNumber"), 35, errors);
    trackingNumber = text(query, QStringLiteral("trackingNumber"), 35, errors);
    vendorName = text(query, QStringLiteral("vendorName"), 35, errors);
    specialBidNumber = text(query, QStringLiteral("specialBidNumber"), 35, errors);

    const QString statusKey = QStringLiteral("orderStatus");
    if (query.contains(statusKey) && !query.value(statusKey).trimmed().isEmpty())
        parseStatuses({query.value(statusKey)}, statusKey, &orderStatus, errors);
    const QString statusInKey = QStringLiteral("orderStatus-in");
    parseStatuses(rangeValues(query, statusInKey), statusInKey, &orderStatusIn, errors);

    const QString dateKey = QStringLiteral("ingramOrderDate");
    if (query.contains(dateKey)) {
        const QDate date = parseDate(query.value(dateKey));
        if (date.isValid())
            orderDate = SandboxDateRange{date, date};
        else
            errors->append({QStringLiteral("ingramOrderDate/ingramOrderDate-bt"), dateFormatMessage,
                            query.value(dateKey)});
    }
    if (auto range = parseRange(query, QStringLiteral("ingramOrderDate-bt"), errors)) {
        // Both given: the orders must match both, so the ranges intersect.
        if (orderDate)
            orderDate = SandboxDateRange{qMax(orderDate->from, range->from),
                                         qMin(orderDate->to, range->to)};
        else
            orderDate = range;
    }
    invoiceDate = parseRange(query, QStringLiteral("invoiceDate_bt"), errors);
    shipDate = parseRange(query, QStringLiteral("shipDate_bt"), errors);
    deliveryDate = parseRange(query, QStringLiteral("deliveryDate_bt"), errors);

    pageSize = number(query, QStringLiteral("pageSize"), DefaultPageSize, errors);
    if (pageSize < 1 || pageSize > MaxPageSize)
        errors->append({QStringLiteral("pageSize"),
                        QStringLiteral("pageSize must be between 1 and %1").arg(MaxPageSize),
                        QString::number(pageSize)});
    pageNumber = number(query, QStringLiteral("pageNumber"), 1, errors);
    if (pageNumber < 1)
        errors->append({QStringLiteral("pageNumber"),
                        QStringLiteral("pageNumber must be 1 or more"),
                        QString::number(pageNumber)});
    return errors->size() == errorsBefore;
}

bool SandboxSearchCriteria::hasFilter() const
{
    return !ingramOrderNumber.isEmpty() || !customerOrderNumber.isEmpty() ||
           !endCustomerOrderNumber.isEmpty() || !ingramPartNumber.isEmpty() ||
           !vendorPartNumber.isEmpty() || !serialNumber.isEmpty() || !trackingNumber.isEmpty() ||
           !vendorName.isEmpty() || !specialBidNumber.isEmpty() || !orderStatus.isEmpty() ||
           !orderStatusIn.isEmpty() || orderDate || invoiceDate || shipDate || deliveryDate;
}
