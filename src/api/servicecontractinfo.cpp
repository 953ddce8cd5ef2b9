#include "servicecontractinfo.h"

#include "jsonread.h"

#include <QJsonArray>

ContractInfo ContractInfo::fromJson(const QJsonObject &json)
{
    ContractInfo contract;
    contract.contractDescription = JsonRead::string(json, u"contractDescription");
    contract.contractNumber = JsonRead::string(json, u"contractNumber");
    contract.contractStatus = JsonRead::string(json, u"contractStatus");
    contract.contractStartDate = ApiDate(JsonRead::string(json, u"contractStartDate"));
    contract.contractEndDate = ApiDate(JsonRead::string(json, u"contractEndDate"));
    contract.contractDuration = JsonRead::string(json, u"contractDuration");
    return contract;
}

QJsonObject ContractInfo::toJson() const
{
    return {{QStringLiteral("contractDescription"), contractDescription},
            {QStringLiteral("contractNumber"), contractNumber},
            {QStringLiteral("contractStatus"), contractStatus},
            {QStringLiteral("contractStartDate"), contractStartDate.raw()},
            {QStringLiteral("contractEndDate"), contractEndDate.raw()},
            {QStringLiteral("contractDuration"), contractDuration}};
}

bool ContractInfo::isEmpty() const
{
    return contractDescription.isEmpty() && contractNumber.isEmpty() && contractStatus.isEmpty() &&
           contractStartDate.isEmpty() && contractEndDate.isEmpty() && contractDuration.isEmpty();
}

SubscriptionInfo SubscriptionInfo::fromJson(const QJsonObject &json)
{
    SubscriptionInfo subscription;
    subscription.subscriptionId = JsonRead::string(json, u"subscriptionId");
    subscription.subscriptionTerm = JsonRead::string(json, u"subscriptionTerm");
    subscription.renewalTerm = JsonRead::string(json, u"renewalTerm");
    subscription.billingModel = JsonRead::string(json, u"billingModel");
    subscription.subscriptionStartDate =
        ApiDate(JsonRead::firstString(json, {u"subcriptionStartDate", u"subscriptionStartDate"}));
    subscription.subscriptionEndDate =
        ApiDate(JsonRead::firstString(json, {u"subcriptionEndDate", u"subscriptionEndDate"}));
    return subscription;
}

QJsonObject SubscriptionInfo::toJson() const
{
    return {{QStringLiteral("subscriptionId"), subscriptionId},
            {QStringLiteral("subscriptionTerm"), subscriptionTerm},
            {QStringLiteral("renewalTerm"), renewalTerm},
            {QStringLiteral("billingModel"), billingModel},
            {QStringLiteral("subcriptionStartDate"), subscriptionStartDate.raw()},
            {QStringLiteral("subcriptionEndDate"), subscriptionEndDate.raw()}};
}

bool SubscriptionInfo::isEmpty() const
{
    return subscriptionId.isEmpty() && subscriptionTerm.isEmpty() && renewalTerm.isEmpty() &&
           billingModel.isEmpty() && subscriptionStartDate.isEmpty() &&
           subscriptionEndDate.isEmpty();
}

LicenseInfo LicenseInfo::fromJson(const QJsonObject &json)
{
    LicenseInfo license;
    license.licenseNumbers = JsonRead::stringList(json, u"licenseNumber");
    license.licenseStartDate = ApiDate(JsonRead::string(json, u"licenseStartDate"));
    license.licenseEndDate = ApiDate(JsonRead::string(json, u"licenseEndDate"));
    license.description = JsonRead::string(json, u"description");
    license.quantity = JsonRead::integer(json, u"quantity");
    return license;
}

QJsonObject LicenseInfo::toJson() const
{
    return {{QStringLiteral("licenseNumber"), QJsonArray::fromStringList(licenseNumbers)},
            {QStringLiteral("licenseStartDate"), licenseStartDate.raw()},
            {QStringLiteral("licenseEndDate"), licenseEndDate.raw()},
            {QStringLiteral("description"), description},
            {QStringLiteral("quantity"), QString::number(quantity)}};
}

bool LicenseInfo::isEmpty() const
{
    return licenseNumbers.isEmpty() && licenseStartDate.isEmpty() && licenseEndDate.isEmpty() &&
           description.isEmpty() && quantity == 0;
}

ServiceContractInfo ServiceContractInfo::fromJson(const QJsonObject &json)
{
    ServiceContractInfo info;
    info.contractInfo = ContractInfo::fromJson(JsonRead::object(json, u"contractInfo"));
    info.subscriptions = SubscriptionInfo::fromJson(JsonRead::object(json, u"subscriptions"));
    info.licenseInfo = LicenseInfo::fromJson(JsonRead::object(json, u"licenseInfo"));
    return info;
}

QJsonObject ServiceContractInfo::toJson() const
{
    return {{QStringLiteral("contractInfo"), contractInfo.toJson()},
            {QStringLiteral("subscriptions"), subscriptions.toJson()},
            {QStringLiteral("licenseInfo"), licenseInfo.toJson()}};
}

bool ServiceContractInfo::isEmpty() const
{
    return contractInfo.isEmpty() && subscriptions.isEmpty() && licenseInfo.isEmpty();
}
