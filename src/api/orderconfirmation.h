// What POST /resellers/v7/orders answers: only a confirmation; the order itself comes later.
#pragma once

#include <QJsonObject>
#include <QString>

struct OrderConfirmation
{
    QString quoteNumber;
    QString confirmationNumber;
    QString message;

    static OrderConfirmation fromJson(const QJsonObject &json);
};
