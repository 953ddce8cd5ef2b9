// The filters and paging of one order search, parsed and validated from its query parameters.
#pragma once

#include "sandbox/sandboxquery.h"
#include "sandbox/sandboxresponse.h"
#include "sandbox/sandboxstatus.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

struct SandboxDateRange
{
    QDate from;
    QDate to;
    bool contains(QDate date) const { return date.isValid() && date >= from && date <= to; }
};

class SandboxSearchCriteria
{
public:
    static constexpr int DefaultPageSize = 25;
    static constexpr int MaxPageSize = 100;
    // With no filter at all, search answers with the orders of the last this many days.
    static constexpr int DefaultWindowDays = 20;

    // Returns false and fills errors when a parameter is malformed.
    bool parse(const SandboxQuery &query, QList<SandboxFieldError> *errors);
    bool hasFilter() const;

    QString ingramOrderNumber;
    QString customerOrderNumber;
    QString endCustomerOrderNumber;
    QString ingramPartNumber;
    QString vendorPartNumber;
    QString serialNumber;
    QString trackingNumber;
    QString vendorName;
    QString specialBidNumber;
    QList<SandboxOrderStatus> orderStatus;   // from orderStatus
    QList<SandboxOrderStatus> orderStatusIn; // from orderStatus-in
    std::optional<SandboxDateRange> orderDate;
    std::optional<SandboxDateRange> invoiceDate;
    std::optional<SandboxDateRange> shipDate;
    std::optional<SandboxDateRange> deliveryDate;
    int pageSize = DefaultPageSize;
    int pageNumber = 1;
};
