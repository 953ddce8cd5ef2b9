#include "additionalattribute.h"

#include "jsonread.h"

AdditionalAttribute AdditionalAttribute::fromJson(const QJsonObject &json)
{
    AdditionalAttribute attribute;
    attribute.name = JsonRead::string(json, u"attributeName");
    attribute.value = JsonRead::string(json, u"attributeValue");
    return attribute;
}

QJsonObject AdditionalAttribute::toJson() const
{
    return {{QStringLiteral("attributeName"), name}, {QStringLiteral("attributeValue"), value}};
}
