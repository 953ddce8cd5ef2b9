// The filters and paging of one order search (GET /resellers/v6/orders/search).
#pragma once

#include "orderstatus.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class OrderSearchQuery
{
public:
    // A "-bt"/"_bt" parameter: the API takes exactly two dates, start and end.
    struct DateRange
    {
        QDate from;
        QDate to;

        bool isNull() const { return from.isNull() && to.isNull(); }
    };

    // One rejected parameter; field is the API's parameter name so that a form can mark the
    // matching input.
    struct Problem
    {
        QString field;
        QString message;
    };

    // The spec's limits.
    static constexpr int IngramOrderNumberMaxLength = 11;
    static constexpr int TextFilterMaxLength = 35;
    static constexpr int MaxPageSize = 100;
    static constexpr int DefaultPageSize = 25;

    QString ingramOrderNumber;
    QString orderStatus; // one of orderStatusValues(); see OrderStatus::searchValue()
    QStringList orderStatusIn;
    QDate ingramOrderDate;
    DateRange ingramOrderDateRange; // ingramOrderDate-bt
    QString customerOrderNumber;
    QString endCustomerOrderNumber;
    DateRange invoiceDateRange;  // invoiceDate_bt, not available in Australia
    DateRange shipDateRange;     // shipDate_bt
    DateRange deliveryDateRange; // deliveryDate_bt, not available in Australia
    QString ingramPartNumber;
    QString vendorPartNumber;
    QString serialNumber;
    QString trackingNumber; // not available in Australia
    QString vendorName;
    QString specialBidNumber; // not available in Australia
    int pageSize = DefaultPageSize;
    int pageNumber = 1;

    // The values the spec lists for orderStatus.
    static QStringList orderStatusValues();
    // Sets orderStatusIn to the search values of kinds.
    void setStatusKinds(const QList<OrderStatus::Kind> &kinds);

    // Names and values in the spec's order, text trimmed, unset filters left out; array
    // parameters repeat their key (orderStatus-in=SHIPPED&orderStatus-in=BACKORDERED) and
    // dates are yyyy-MM-dd. Paging is always included.
    QList<QPair<QString, QString>> toQueryItems() const;
    QList<Problem> validate() const;
    bool isValid() const { return validate().isEmpty(); }
    // No filter set; paging does not count.
    bool isEmpty() const;
    // One translated phrase per filter set ("Customer PO “PO-1”").
    QStringList filterDescriptions() const;
    // A translated sentence naming every filter, for an empty result.
    QString summary() const;
};
