// A name/value custom field the API attaches to an order or a line (additionalAttributes).
#pragma once

#include <QJsonObject>
#include <QString>

struct AdditionalAttribute
{
    QString name;
    QString value;

    static AdditionalAttribute fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
