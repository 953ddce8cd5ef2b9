// The service contract, subscription and licence data of a service or software order line.
#pragma once

// ContractInfo, SubscriptionInfo and LicenseInfo exist only as the three parts of a line's
// serviceContractInfo and are never used apart, so they share one header.

#include "apidate.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

struct ContractInfo
{
    QString contractDescription;
    QString contractNumber;
    QString contractStatus; // contract-specific values such as "MANUALLY_CONVERTED"
    ApiDate contractStartDate;
    ApiDate contractEndDate;
    QString contractDuration;

    static ContractInfo fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool isEmpty() const;
};

struct SubscriptionInfo
{
    QString subscriptionId;
    QString subscriptionTerm;
    QString renewalTerm;
    QString billingModel; // "YEAR"
    // "subcriptionStartDate"/"subcriptionEndDate" on the wire (sic).
    ApiDate subscriptionStartDate;
    ApiDate subscriptionEndDate;

    static SubscriptionInfo fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool isEmpty() const;
};

struct LicenseInfo
{
    QStringList licenseNumbers; // "licenseNumber" on the wire, an array
    ApiDate licenseStartDate;
    ApiDate licenseEndDate;
    QString description;
    int quantity = 0; // a string on the wire

    static LicenseInfo fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool isEmpty() const;
};

struct ServiceContractInfo
{
    ContractInfo contractInfo;
    SubscriptionInfo subscriptions;
    LicenseInfo licenseInfo;

    static ServiceContractInfo fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool isEmpty() const;
};
