#include "vendorfield.h"

#include "jsonread.h"

#include <QJsonArray>

VendorField VendorField::fromJson(const QJsonObject &json)
{
    VendorField field;
    field.name = JsonRead::string(json, u"attributeName").trimmed();
    field.description = JsonRead::string(json, u"attributeDescription").trimmed();
    field.value = JsonRead::string(json, u"attributeValue");
    for (const QStringView key : {u"isMandatory", u"mandatory", u"required", u"isRequired"}) {
        const QJsonValue flag = json.value(key.toString());
        if (!flag.isUndefined() && !flag.isNull())
            field.required = JsonRead::toBool(flag, true);
    }
    for (const QStringView key : {u"allowedValues", u"possibleValues", u"attributeValues"}) {
        const QStringList values = JsonRead::stringList(json, key);
        if (!values.isEmpty()) {
            field.allowedValues = values;
            break;
        }
    }
    return field;
}

QJsonObject VendorField::toJson() const
{
    QJsonObject json{{QStringLiteral("attributeName"), name},
                     {QStringLiteral("attributeValue"), value},
                     {QStringLiteral("attributeDescription"), description}};
    if (!required)
        json.insert(QStringLiteral("isMandatory"), false);
    if (!allowedValues.isEmpty())
        json.insert(QStringLiteral("allowedValues"), QJsonArray::fromStringList(allowedValues));
    return json;
}

QString VendorField::label() const
{
    return description.isEmpty() ? name : description;
}
