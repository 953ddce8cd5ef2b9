// Builds the sandbox's deterministic order data set from a seed and a reference date.
#pragma once

#include "sandbox/sandboxcountry.h"
#include "sandbox/sandboxorder.h"

#include <QDate>
#include <QRandomGenerator>

#include <functional>
#include <vector>

class SandboxDataGenerator
{
public:
    SandboxDataGenerator(quint64 seed, QDate referenceDate);

    // Called every few hundred orders with how many are done; returning false stops early.
    using Progress = std::function<bool(int done)>;

    std::vector<SandboxOrder> generate(int count, const Progress &progress = {});

    // Rewrites lines, shipments and invoices so that they agree with status. Used for the seed
    // and for the simulateStatus parameter of order details; invoiced adds invoices to shipped
    // lines even when they shipped today.
    void applyStatus(SandboxOrder &order, SandboxOrderStatus status, bool invoiced = false);

    QDate referenceDate() const { return m_today; }

    // The order number the data set gives the order at index; orders created later continue the
    // sequence so that they never collide with seeded ones.
    static QString orderNumber(quint64 seed, quint64 index, const QString &branch);

private:
    using Country = SandboxCountry;
    using Carrier = SandboxCountry::Carrier;

    SandboxOrder makeOrder(int index);
    SandboxOrderStatus pickStatus(int ageDays);
    const Country &countryOf(const SandboxOrder &order) const;
    std::shared_ptr<const SandboxParty> makeEndUser(const Country &country);
    QString trackingNumber(const Carrier &carrier, QString *url);
    QString serialNumber(const SandboxProduct &product);
    QString base36(quint64 value, int width) const;
    int bounded(int lowest, int highest); // inclusive
    bool chance(double probability);
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(static_cast<int>(m_rng.bounded(static_cast<quint32>(list.size()))));
    }

    QRandomGenerator m_rng;
    quint64 m_seed;
    QDate m_today;
    quint64 m_trackingCounter = 0;
    quint64 m_serialCounter = 0;
    quint64 m_deliveryCounter = 0;
    QList<std::shared_ptr<const SandboxParty>> m_endUsers[8];
    std::shared_ptr<const SandboxParty> m_billTo;
};
