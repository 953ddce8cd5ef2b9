#include "miscellaneouscharge.h"

#include "jsonread.h"

MiscellaneousCharge MiscellaneousCharge::fromJson(const QJsonObject &json)
{
    MiscellaneousCharge charge;
    charge.subOrderNumber = JsonRead::string(json, u"subOrderNumber");
    charge.chargeLineReference = JsonRead::string(json, u"chargeLineReference");
    charge.chargeDescription = JsonRead::string(json, u"chargeDescription");
    charge.chargeAmount = JsonRead::number(json, u"chargeAmount");
    return charge;
}

QJsonObject MiscellaneousCharge::toJson() const
{
    return {{QStringLiteral("subOrderNumber"), subOrderNumber},
            {QStringLiteral("chargeLineReference"), chargeLineReference},
            {QStringLiteral("chargeDescription"), chargeDescription},
            {QStringLiteral("chargeAmount"), JsonRead::toString(chargeAmount)}};
}
