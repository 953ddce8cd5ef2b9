// A charge on an order beyond its lines: recycling fees, state taxes.
#pragma once

#include <QJsonObject>
#include <QString>

struct MiscellaneousCharge
{
    QString subOrderNumber;
    QString chargeLineReference;
    QString chargeDescription;
    double chargeAmount = 0.0; // a string on the wire, in the order's currency

    static MiscellaneousCharge fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
