#include "quotetoorderrequest.h"

#include "jsonread.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QString valueOf(const QList<AdditionalAttribute> &fields, const QString &name)
{
    for (const AdditionalAttribute &field : fields) {
        if (sameName(field.name, name))
            return field.value;
    }
    return {};
}

void setValue(QList<AdditionalAttribute> &fields, const QString &name, const QString &value)
{
    for (AdditionalAttribute &field : fields) {
        if (sameName(field.name, name)) {
            field.value = value;
            return;
        }
    }
    fields.append({name.trimmed(), value});
}

QJsonArray attributesJson(const QList<AdditionalAttribute> &attributes)
{
    QJsonArray array;
    for (const AdditionalAttribute &attribute : attributes) {
        if (attribute.name.trimmed().isEmpty())
            continue;
        array.append(QJsonObject{{QStringLiteral("attributeName"), attribute.name.trimmed()},
                                 {QStringLiteral("attributeValue"), attribute.value.trimmed()}});
    }
    return array;
}

void addMaxLength(QList<QuoteToOrderRequest::Problem> &problems, const QString &field,
                  const QString &value, int max)
{
    if (max > 0 && value.trimmed().size() > max)
        problems.append({field, QCoreApplication::translate("QuoteToOrderRequest",
                                                            "At most %1 characters, not %2.")
                                    .arg(max)
                                    .arg(value.trimmed().size())});
}

void checkParty(QList<QuoteToOrderRequest::Problem> &problems, const QString &prefix,
                const Address &address)
{
    const auto at = [&prefix](const char *key) -> QString {
        return prefix + QLatin1Char('.') + QLatin1String(key);
    };
    addMaxLength(problems, at("contact"), address.contact, 70);
    addMaxLength(problems, at("companyName"), address.companyName, 40);
    addMaxLength(problems, at("addressLine1"), address.addressLine1, 70);
    addMaxLength(problems, at("addressLine2"), address.addressLine2, 70);
    addMaxLength(problems, at("city"), address.city, 25);
    addMaxLength(problems, at("state"), address.state, 3);
    addMaxLength(problems, at("postalCode"), address.postalCode, 10);
    static const QRegularExpression country(QStringLiteral("^[A-Za-z]{2}$"));
    const QString code = address.countryCode.trimmed();
    if (!code.isEmpty() && !country.match(code).hasMatch())
        problems.append({at("countryCode"),
                         QCoreApplication::translate("QuoteToOrderRequest",
                                                     "A two-letter country code such as US.")});
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString mail = address.email.trimmed();
    if (!mail.isEmpty() && !email.match(mail).hasMatch())
        problems.append({at("email"), QCoreApplication::translate("QuoteToOrderRequest",
                                                                  "Not an email address.")});
}

void checkField(QList<QuoteToOrderRequest::Problem> &problems, const QString &path,
                const VendorField &field, const QString &value)
{
    const QString given = value.trimmed();
    if (given.isEmpty()) {
        if (field.required)
            problems.append({path, QCoreApplication::translate("QuoteToOrderRequest",
                                                               "%1 is required by the vendor.")
                                       .arg(field.label())});
        return;
    }
    if (!field.allowedValues.isEmpty() && !field.allowedValues.contains(given))
        problems.append(
            {path, QCoreApplication::translate("QuoteToOrderRequest", "%1 must be one of: %2.")
                       .arg(field.label(), field.allowedValues.join(QStringLiteral(", ")))});
}

} // namespace

QuoteToOrderRequest QuoteToOrderRequest::fromValidation(const QuoteValidation &validation)
{
    QuoteToOrderRequest request;
    request.quoteNumber = validation.quoteNumber;
    for (const VendorField &field : validation.headerFields)
        request.headerVendorFields.append({field.name, field.value});
    for (const QuoteValidationLine &line : validation.lines) {
        if (line.fields.isEmpty())
            continue;
        QuoteToOrderLine ordered;
        ordered.customerLineNumber = line.customerLineNumber;
        ordered.ingramPartNumber = line.ingramPartNumber;
        for (const VendorField &field : line.fields)
            ordered.vendorFields.append({field.name, field.value});
        request.lines.append(ordered);
    }
    return request;
}

QString QuoteToOrderRequest::headerFieldPath(const QString &name)
{
    return QStringLiteral("vmfAdditionalAttributes.") + name.trimmed();
}

QString QuoteToOrderRequest::lineFieldPath(const QString &customerLineNumber, const QString &name)
{
    return QStringLiteral("lines[%1].vmfAdditionalAttributesLines.%2")
        .arg(customerLineNumber.trimmed(), name.trimmed());
}

QString QuoteToOrderRequest::headerFieldValue(const QString &name) const
{
    return valueOf(headerVendorFields, name);
}

QString QuoteToOrderRequest::lineFieldValue(const QString &customerLineNumber,
                                            const QString &name) const
{
    for (const QuoteToOrderLine &line : lines) {
        if (line.customerLineNumber.trimmed() == customerLineNumber.trimmed())
            return valueOf(line.vendorFields, name);
    }
    return {};
}

void QuoteToOrderRequest::setHeaderFieldValue(const QString &name, const QString &value)
{
    setValue(headerVendorFields, name, value);
}

void QuoteToOrderRequest::setLineFieldValue(const QString &customerLineNumber, const QString &name,
                                            const QString &value)
{
    for (QuoteToOrderLine &line : lines) {
        if (line.customerLineNumber.trimmed() == customerLineNumber.trimmed()) {
            setValue(line.vendorFields, name, value);
            return;
        }
    }
    QuoteToOrderLine line;
    line.customerLineNumber = customerLineNumber.trimmed();
    line.vendorFields.append({name.trimmed(), value});
    lines.append(line);
}

QJsonObject QuoteToOrderRequest::toJson(OrderApiVersion version) const
{
    const bool v7 = version == OrderApiVersion::V7;
    QJsonObject json;
    JsonWrite::insertText(json, QStringLiteral("quoteNumber"), quoteNumber);
    JsonWrite::insertText(json, QStringLiteral("customerOrderNumber"), customerOrderNumber);
    // The quote-to-order endpoint spells the end customer's PO its own way.
    JsonWrite::insertText(
        json, v7 ? QStringLiteral("endCustomerOrderNumber") : QStringLiteral("enduserOrderNumber"),
        endCustomerOrderNumber);
    JsonWrite::insertText(json, QStringLiteral("notes"), notes);
    JsonWrite::insertText(json, QStringLiteral("billToAddressId"), billToAddressId);
    if (!endUserInfo.isEmpty())
        json.insert(QStringLiteral("endUserInfo"), endUserInfo.toRequestJson(!v7));
    QJsonObject shipToJson = shipTo.isEmpty() ? QJsonObject() : shipTo.toRequestJson(!v7);
    if (shipTo.isEmpty())
        JsonWrite::insertText(shipToJson, QStringLiteral("addressId"), shipToAddressId);
    if (!shipToJson.isEmpty())
        json.insert(QStringLiteral("shipToInfo"), shipToJson);
    const QJsonArray attributes = attributesJson(additionalAttributes);
    if (!attributes.isEmpty())
        json.insert(QStringLiteral("additionalAttributes"), attributes);
    const QJsonArray header = attributesJson(headerVendorFields);
    if (!header.isEmpty())
        json.insert(QStringLiteral("vmfAdditionalAttributes"), header);
    QJsonArray linesJson;
    for (const QuoteToOrderLine &line : lines) {
        QJsonObject lineJson;
        JsonWrite::insertText(lineJson, QStringLiteral("customerLineNumber"),
                              line.customerLineNumber);
        JsonWrite::insertText(lineJson, QStringLiteral("ingramPartNumber"), line.ingramPartNumber);
        if (line.quantity > 0)
            lineJson.insert(QStringLiteral("quantity"), line.quantity);
        const QJsonArray fields = attributesJson(line.vendorFields);
        if (!fields.isEmpty())
            lineJson.insert(QStringLiteral("vmfAdditionalAttributesLines"), fields);
        if (!lineJson.isEmpty())
            linesJson.append(lineJson);
    }
    if (!linesJson.isEmpty())
        json.insert(QStringLiteral("lines"), linesJson);
    return json;
}

QJsonObject QuoteToOrderRequest::toJsonV6() const
{
    return toJson(OrderApiVersion::V6);
}

QJsonObject QuoteToOrderRequest::toJsonV7() const
{
    return toJson(OrderApiVersion::V7);
}

QList<QuoteToOrderRequest::Problem>
QuoteToOrderRequest::validate(OrderApiVersion version, const QuoteValidation *requirements) const
{
    const bool v7 = version == OrderApiVersion::V7;
    QList<Problem> problems;
    if (quoteNumber.trimmed().isEmpty())
        problems.append(
            {QStringLiteral("quoteNumber"),
             QCoreApplication::translate("QuoteToOrderRequest", "The quote number is required.")});
    addMaxLength(problems, QStringLiteral("quoteNumber"), quoteNumber, QuoteNumberMaxLength);
    if (customerOrderNumber.trimmed().isEmpty())
        problems.append(
            {QStringLiteral("customerOrderNumber"),
             QCoreApplication::translate("QuoteToOrderRequest", "The customer PO is required.")});
    addMaxLength(problems, QStringLiteral("customerOrderNumber"), customerOrderNumber,
                 v7 ? OrderCreateRequest::CustomerOrderNumberMaxLengthV7
                    : OrderCreateRequest::CustomerOrderNumberMaxLengthV6);
    addMaxLength(problems,
                 v7 ? QStringLiteral("endCustomerOrderNumber")
                    : QStringLiteral("enduserOrderNumber"),
                 endCustomerOrderNumber, v7 ? 18 : 35);
    addMaxLength(problems, QStringLiteral("billToAddressId"), billToAddressId, 10);
    if (shipTo.isEmpty()) {
        addMaxLength(problems, QStringLiteral("shipToInfo.addressId"), shipToAddressId, 10);
    } else {
        checkParty(problems, QStringLiteral("shipToInfo"), shipTo);
        const QList<QPair<const char *, QString>> required = {{"addressLine1", shipTo.addressLine1},
                                                              {"city", shipTo.city},
                                                              {"postalCode", shipTo.postalCode},
                                                              {"countryCode", shipTo.countryCode}};
        for (const auto &part : required) {
            if (part.second.trimmed().isEmpty())
                problems.append({QStringLiteral("shipToInfo.") + QLatin1String(part.first),
                                 QCoreApplication::translate(
                                     "QuoteToOrderRequest", "A ship-to address needs a street, a "
                                                            "city, a postal code and a country.")});
        }
    }
    if (!endUserInfo.isEmpty())
        checkParty(problems, QStringLiteral("endUserInfo"), endUserInfo);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QuoteToOrderLine &line = lines.at(i);
        if (line.quantity < 0)
            problems.append({QStringLiteral("lines[%1].quantity").arg(i),
                             QCoreApplication::translate("QuoteToOrderRequest",
                                                         "The quantity must not be negative.")});
        addMaxLength(problems, QStringLiteral("lines[%1].customerLineNumber").arg(i),
                     line.customerLineNumber,
                     v7 ? OrderCreateRequest::CustomerLineNumberMaxLength : -1);
    }
    if (!requirements)
        return problems;

    for (const VendorField &field : requirements->headerFields)
        checkField(problems, headerFieldPath(field.name), field, headerFieldValue(field.name));
    for (const QuoteValidationLine &line : requirements->lines) {
        for (const VendorField &field : line.fields)
            checkField(problems, lineFieldPath(line.customerLineNumber, field.name), field,
                       lineFieldValue(line.customerLineNumber, field.name));
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QuoteToOrderLine &ordered = lines.at(i);
        for (const QuoteValidationLine &line : requirements->lines) {
            if (ordered.customerLineNumber.trimmed() == line.customerLineNumber &&
                line.quantity > 0 && ordered.quantity > line.quantity)
                problems.append(
                    {QStringLiteral("lines[%1].quantity").arg(i),
                     QCoreApplication::translate("QuoteToOrderRequest",
                                                 "At most %n can be ordered from this quote line.",
                                                 nullptr, line.quantity)});
        }
    }
    return problems;
}
