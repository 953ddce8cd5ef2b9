// A bill-to, ship-to or end-user address block of an order.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

struct Address
{
    QString contact;
    QString companyName;
    QString addressLine1;
    QString addressLine2;
    QString addressLine3;
    QString city;
    QString state;
    QString postalCode;
    QString countryCode;
    QString phoneNumber;
    QString email;

    static Address fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // For request bodies: trimmed, empty fields left out, the phone number always a string.
    QJsonObject toRequestJson(bool withAddressLine3 = true) const;

    bool isEmpty() const;
    // The non-empty postal lines, top to bottom, for a multi-line label; contact details
    // (phone, email) are left to the caller, which shows them in their own fields.
    QStringList postalLines() const;
};
