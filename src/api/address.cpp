#include "address.h"

#include "jsonread.h"

Address Address::fromJson(const QJsonObject &json)
{
    Address address;
    address.contact = JsonRead::string(json, u"contact");
    address.companyName = JsonRead::string(json, u"companyName");
    address.addressLine1 = JsonRead::string(json, u"addressLine1");
    address.addressLine2 = JsonRead::string(json, u"addressLine2");
    address.addressLine3 = JsonRead::string(json, u"addressLine3");
    address.city = JsonRead::string(json, u"city");
    address.state = JsonRead::string(json, u"state");
    address.postalCode = JsonRead::string(json, u"postalCode");
    address.countryCode = JsonRead::string(json, u"countryCode");
    address.phoneNumber = JsonRead::string(json, u"phoneNumber");
    address.email = JsonRead::string(json, u"email");
    return address;
}

QJsonObject Address::toJson() const
{
    return {{QStringLiteral("contact"), contact},
            {QStringLiteral("companyName"), companyName},
            {QStringLiteral("addressLine1"), addressLine1},
            {QStringLiteral("addressLine2"), addressLine2},
            {QStringLiteral("addressLine3"), addressLine3},
            {QStringLiteral("city"), city},
            {QStringLiteral("state"), state},
            {QStringLiteral("postalCode"), postalCode},
            {QStringLiteral("countryCode"), countryCode},
            {QStringLiteral("phoneNumber"), phoneNumber},
            {QStringLiteral("email"), email}};
}

bool Address::isEmpty() const
{
    for (const QString *field :
         {&contact, &companyName, &addressLine1, &addressLine2, &addressLine3, &city, &state,
          &postalCode, &countryCode, &phoneNumber, &email}) {
        if (!field->trimmed().isEmpty())
            return false;
    }
    return true;
}

QStringList Address::postalLines() const
{
    // Postal order differs by country; "city state postcode" is the US and Canadian form the
    // API's own examples use, and a readable fallback elsewhere.
    const QString cityLine =
        QStringList{city.trimmed(), state.trimmed(), postalCode.trimmed()}.join(QLatin1Char(' '));
    QStringList lines{companyName,  contact,  addressLine1, addressLine2,
                      addressLine3, cityLine, countryCode};
    for (QString &line : lines)
        line = line.simplified();
    lines.removeAll(QString());
    return lines;
}

QJsonObject Address::toRequestJson(bool withAddressLine3) const
{
    QJsonObject object;
    JsonWrite::insertText(object, QStringLiteral("contact"), contact);
    JsonWrite::insertText(object, QStringLiteral("companyName"), companyName);
    JsonWrite::insertText(object, QStringLiteral("addressLine1"), addressLine1);
    JsonWrite::insertText(object, QStringLiteral("addressLine2"), addressLine2);
    if (withAddressLine3)
        JsonWrite::insertText(object, QStringLiteral("addressLine3"), addressLine3);
    JsonWrite::insertText(object, QStringLiteral("city"), city);
    JsonWrite::insertText(object, QStringLiteral("state"), state);
    JsonWrite::insertText(object, QStringLiteral("postalCode"), postalCode);
    JsonWrite::insertText(object, QStringLiteral("countryCode"), countryCode);
    // Always a string: v7 refuses a number here.
    JsonWrite::insertText(object, QStringLiteral("phoneNumber"), phoneNumber);
    JsonWrite::insertText(object, QStringLiteral("email"), email);
    return object;
}
