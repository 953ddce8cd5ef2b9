// The sandbox's parts catalog: products with vendors, list prices and stock per warehouse.
#pragma once

#include "sandbox/sandboxcountry.h"
#include "sandbox/sandboxorder.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class SandboxCatalog
{
public:
    explicit SandboxCatalog(quint64 seed = 0);

    // Every part, in a fixed order: the same on every run and for every seed. Includes the parts
    // the spec's examples order (DF4128, RQ6000, 4U0212, ...).
    static const QList<std::shared_ptr<const SandboxProduct>> &products();
    // Case-insensitive; null for a part the catalog does not know.
    static std::shared_ptr<const SandboxProduct> find(const QString &ingramPartNumber);
    static std::shared_ptr<const SandboxProduct> findByVendorPart(const QString &vendorPartNumber);
    // The list price converted to the country's currency, rounded to cents.
    static double listPrice(const SandboxProduct &product, const SandboxCountry &country);

    // Units on hand in a warehouse now: the seed decides the starting stock, orders take from it.
    int stock(const SandboxProduct &product, const QString &warehouseId) const;
    void take(const SandboxProduct &product, const QString &warehouseId, int quantity);
    void putBack(const SandboxProduct &product, const QString &warehouseId, int quantity);

private:
    static QString key(const SandboxProduct &product, const QString &warehouseId);
    int initialStock(const SandboxProduct &product, const QString &warehouseId) const;

    quint64 m_seed;
    QHash<QString, int> m_taken;
};
