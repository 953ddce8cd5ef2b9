#include "quotevalidation.h"

#include "jsonread.h"

#include <QJsonArray>

namespace {
QList<VendorField> fieldsOf(const QJsonObject &json, std::initializer_list<QStringView> keys)
{
    QList<VendorField> fields;
    for (const QStringView key : keys) {
        const QList<VendorField> listed = JsonRead::list<VendorField>(json, key);
        for (const VendorField &field : listed) {
            if (!field.isBlank())
                fields.append(field);
        }
    }
    return fields;
}

QJsonArray fieldsJson(const QList<VendorField> &fields)
{
    return JsonRead::toArray(fields);
}
} // namespace

QuoteValidationLine QuoteValidationLine::fromJson(const QJsonObject &json)
{
    QuoteValidationLine line;
    line.customerLineNumber = JsonRead::string(json, u"customerLineNumber").trimmed();
    line.ingramPartNumber = JsonRead::string(json, u"ingramPartNumber").trimmed();
    line.quantity = JsonRead::integer(json, u"quantity");
    line.fields =
        fieldsOf(json, {u"vmfAdditionalAttributesLines", u"linesVendorMandatoryAttributes"});
    return line;
}

QJsonObject QuoteValidationLine::toJson() const
{
    return {{QStringLiteral("customerLineNumber"), customerLineNumber},
            {QStringLiteral("ingramPartNumber"), ingramPartNumber},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("vmfAdditionalAttributesLines"), fieldsJson(fields)}};
}

QuoteValidation QuoteValidation::fromJson(const QJsonObject &json)
{
    QuoteValidation validation;
    validation.quoteNumber = JsonRead::string(json, u"quoteNumber");
    validation.vendorName = JsonRead::string(json, u"vendorName");
    validation.vendorGroupName = JsonRead::string(json, u"vendorGroupName");
    validation.vendorQuoteNumber = JsonRead::string(json, u"vendorQuoteNumber");
    validation.vendorMasterNumber = JsonRead::string(json, u"vendorMasterNumber");
    validation.quoteType = JsonRead::integer(json, u"quoteType");
    validation.headerFields = fieldsOf(json, {u"vmfAdditionalAttributes"});
    validation.lines = JsonRead::list<QuoteValidationLine>(json, u"lines");
    return validation;
}

QJsonObject QuoteValidation::toJson() const
{
    return {{QStringLiteral("quoteNumber"), quoteNumber},
            {QStringLiteral("vendorName"), vendorName},
            {QStringLiteral("vendorGroupName"), vendorGroupName},
            {QStringLiteral("vendorQuoteNumber"), vendorQuoteNumber},
            {QStringLiteral("vendorMasterNumber"), vendorMasterNumber},
            {QStringLiteral("quoteType"), quoteType},
            {QStringLiteral("vmfAdditionalAttributes"), fieldsJson(headerFields)},
            {QStringLiteral("lines"), JsonRead::toArray(lines)}};
}

bool QuoteValidation::hasVendorFields() const
{
    if (!headerFields.isEmpty())
        return true;
    for (const QuoteValidationLine &line : lines) {
        if (!line.fields.isEmpty())
            return true;
    }
    return false;
}

int QuoteValidation::requiredFieldCount() const
{
    int count = 0;
    for (const VendorField &field : headerFields)
        count += field.required ? 1 : 0;
    for (const QuoteValidationLine &line : lines) {
        for (const VendorField &field : line.fields)
            count += field.required ? 1 : 0;
    }
    return count;
}
