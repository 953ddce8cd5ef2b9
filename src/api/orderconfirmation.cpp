#include "orderconfirmation.h"

#include "jsonread.h"

OrderConfirmation OrderConfirmation::fromJson(const QJsonObject &json)
{
    OrderConfirmation confirmation;
    confirmation.quoteNumber = JsonRead::string(json, u"quoteNumber");
    confirmation.confirmationNumber = JsonRead::string(json, u"confirmationNumber");
    confirmation.message = JsonRead::string(json, u"message");
    return confirmation;
}
