// The order number and optional parameters of GET /resellers/v6.1/orders/{ordernumber}.
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

class OrderDetailsQuery
{
public:
    // regionCode, simulateStatus and isIml only make sense against the vendor sandbox; the
    // production API must never receive them.
    enum class SandboxParameters
    {
        Include,
        Strip
    };

    struct Problem
    {
        QString field;
        QString message;
    };

    static constexpr int OrderNumberMaxLength = 12;

    QString orderNumber; // the path parameter
    QDate ingramOrderDate;
    QString vendorNumber;
    std::optional<bool> isIml; // sandbox only
    QString regionCode;        // sandbox only
    QString simulateStatus;    // sandbox only, one of simulateStatusValues()

    static QStringList simulateStatusValues();
    static QStringList sandboxOnlyParameters();
    static bool isSandboxOnlyParameter(QStringView name);

    // The query string parameters (not the order number), in the spec's order.
    QList<QPair<QString, QString>>
    toQueryItems(SandboxParameters sandbox = SandboxParameters::Include) const;
    // The path with the order number percent-encoded.
    QString path() const;
    QList<Problem> validate() const;
    bool isValid() const { return validate().isEmpty(); }
};
