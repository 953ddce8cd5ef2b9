// The sandbox's order data: holds the generated orders, looks them up and searches them.
#pragma once

#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxorder.h"
#include "sandbox/sandboxquotebook.h"
#include "sandbox/sandboxsearchcriteria.h"

#include <QHash>
#include <QList>

#include <vector>

class SandboxStore
{
public:
    explicit SandboxStore(const SandboxOptions &options = {});

    QDate referenceDate() const { return m_today; }
    quint64 seed() const { return m_seed; }
    int orderCount() const { return static_cast<int>(m_orders.size()); }
    qint64 generationMilliseconds() const { return m_generationMs; }
    const std::vector<SandboxOrder> &orders() const { return m_orders; }
    // The seeded quotes; rebuilt with the orders.
    const SandboxQuoteBook &quotes() const { return m_quotes; }

    // Finds an order by its number or by the number of one of its sub-orders (case-insensitive).
    const SandboxOrder *order(const QString &number) const;

    struct SearchResult
    {
        int recordsFound = 0;
        QList<const SandboxOrder *> page;
    };
    // Newest orders first.
    SearchResult search(const SandboxSearchCriteria &criteria) const;

    // Adds an order as it is; order creation goes through here.
    void addOrder(SandboxOrder order);
    // For changes to an order in place (modify, release, cancel). The pointer is valid until the
    // next addOrder(); after lines move to new sub-orders, call indexSubOrders().
    SandboxOrder *editableOrder(const QString &number);
    void indexSubOrders(const QString &orderNumber);
    // A number no order has yet, in the seed's format, continuing after the seeded orders.
    QString nextOrderNumber(const QString &branch);
    // Case-insensitive, as the API compares customer PO numbers.
    bool hasCustomerOrderNumber(const QString &customerOrderNumber) const;

    // simulateStatus of order details: a copy of order with status, lines and shipments rewritten.
    SandboxOrder simulated(const SandboxOrder &order, SandboxOrderStatus status,
                           bool invoiced) const;

private:
    // Whether a product passes the product filters, worked out once per product and search.
    using ProductMatches = QHash<const SandboxProduct *, bool>;
    bool matches(const SandboxOrder &order, const SandboxSearchCriteria &criteria,
                 const SandboxDateRange &window, ProductMatches &productMatches) const;
    void index(int position);

    std::vector<SandboxOrder> m_orders;
    QList<int> m_newestFirst;
    QHash<QString, int> m_byNumber;
    // Upper-cased keys; an order appears once per key.
    QMultiHash<QString, int> m_bySerial;
    QMultiHash<QString, int> m_byTracking;
    QMultiHash<QString, int> m_byCustomerOrder;
    QMultiHash<QString, int> m_byEndCustomerOrder;
    SandboxQuoteBook m_quotes;
    QDate m_today;
    quint64 m_seed = 0;
    qint64 m_generationMs = 0;
    quint64 m_nextNumberIndex = 0;
};
