// A field the vendor requires to order a quote, as validate quote lists it at header
// (vmfAdditionalAttributes) or line level (vmfAdditionalAttributesLines).
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

struct VendorField
{
    QString name;        // attributeName: what goes back in the order request
    QString description; // attributeDescription: the label people see
    QString value;       // attributeValue: pre-filled by the vendor, may be empty
    // The endpoint lists the fields the vendor requires; an answer may mark one optional.
    bool required = true;
    // When the answer restricts the value to a list.
    QStringList allowedValues;

    static VendorField fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // The description, or the name when the answer has none.
    QString label() const;
    // The API pads its lists with entries that have no name; they are not fields.
    bool isBlank() const { return name.trimmed().isEmpty(); }
};
