#include "sandbox/sandboxstore.h"

#include "sandbox/sandboxdatagenerator.h"
#include "sandbox/sandboxlogging.h"

#include <QElapsedTimer>

#include <algorithm>

SandboxStore::SandboxStore(const SandboxOptions &options)
    : m_today(options.referenceDate.isValid() ? options.referenceDate : QDate::currentDate())
    , m_seed(options.seed)
{
    QElapsedTimer timer;
    timer.start();
    SandboxDataGenerator generator(options.seed, m_today);
    m_orders = generator.generate(qMax(0, options.orderCount));
    m_quotes = SandboxQuoteBook(options.seed, m_today);
    m_newestFirst.reserve(static_cast<qsizetype>(m_orders.size()));
    m_byNumber.reserve(orderCount() * 3);
    m_byCustomerOrder.reserve(orderCount());
    m_bySerial.reserve(orderCount() * 4);
    m_byTracking.reserve(orderCount() * 2);
    for (int i = 0; i < orderCount(); ++i) {
        m_newestFirst.append(i);
        index(i);
    }
    std::sort(m_newestFirst.begin(), m_newestFirst.end(),
              [this](int a, int b) { return m_orders[a].utcSortKey() > m_orders[b].utcSortKey(); });
    m_nextNumberIndex = static_cast<quint64>(orderCount());
    m_generationMs = timer.elapsed();
    qCDebug(lcSandbox) << "generated" << orderCount() << "orders in" << m_generationMs << "ms";
}

void SandboxStore::index(int position)
{
    const SandboxOrder &order = m_orders[position];
    m_byNumber.insert(order.ingramOrderNumber.toUpper(), position);
    const QList<int> subOrders = order.subOrders();
    for (int subOrder : subOrders)
        m_byNumber.insert(order.subOrderNumber(subOrder).toUpper(), position);
    m_byCustomerOrder.insert(order.customerOrderNumber.toUpper(), position);
    if (!order.endCustomerOrderNumber.isEmpty())
        m_byEndCustomerOrder.insert(order.endCustomerOrderNumber.toUpper(), position);
    const auto insertOnce = [position](QMultiHash<QString, int> &hash, const QString &key) {
        const QString upper = key.toUpper();
        if (!hash.contains(upper, position))
            hash.insert(upper, position);
    };
    for (const SandboxLine &line : order.lines) {
        for (const SandboxShipment &shipment : line.shipments) {
            for (const SandboxCarrierShipment &carrier : shipment.carriers) {
                for (const SandboxPackage &package : carrier.packages) {
                    insertOnce(m_byTracking, package.trackingNumber);
                    for (const QString &serial : package.serialNumbers)
                        insertOnce(m_bySerial, serial);
                }
            }
        }
    }
}

void SandboxStore::addOrder(SandboxOrder order)
{
    m_orders.push_back(std::move(order));
    const int position = orderCount() - 1;
    index(position);
    const qint64 key = m_orders.back().utcSortKey();
    const auto at = std::lower_bound(
        m_newestFirst.begin(), m_newestFirst.end(), key,
        [this](int existing, qint64 value) { return m_orders[existing].utcSortKey() > value; });
    m_newestFirst.insert(at, position);
}

SandboxOrder *SandboxStore::editableOrder(const QString &number)
{
    const auto it = m_byNumber.constFind(number.trimmed().toUpper());
    return it == m_byNumber.cend() ? nullptr : &m_orders[*it];
}

void SandboxStore::indexSubOrders(const QString &orderNumber)
{
    const auto it = m_byNumber.constFind(orderNumber.trimmed().toUpper());
    if (it == m_byNumber.cend())
        return;
    const int position = *it;
    const SandboxOrder &order = m_orders[position];
    const QList<int> subOrders = order.subOrders();
    for (int subOrder : subOrders)
        m_byNumber.insert(order.subOrderNumber(subOrder).toUpper(), position);
}

QString SandboxStore::nextOrderNumber(const QString &branch)
{
    QString number;
    do {
        number = SandboxDataGenerator::orderNumber(m_seed, m_nextNumberIndex++, branch);
    } while (m_byNumber.contains(number));
    return number;
}

bool SandboxStore::hasCustomerOrderNumber(const QString &customerOrderNumber) const
{
    return m_byCustomerOrder.contains(customerOrderNumber.trimmed().toUpper());
}

const SandboxOrder *SandboxStore::order(const QString &number) const
{
    const auto it = m_byNumber.constFind(number.trimmed().toUpper());
    return it == m_byNumber.cend() ? nullptr : &m_orders[*it];
}

SandboxOrder SandboxStore::simulated(const SandboxOrder &order, SandboxOrderStatus status,
                                     bool invoiced) const
{
    SandboxOrder copy = order;
    // Seeded from the order so that the same simulation answers the same way every time.
    SandboxDataGenerator generator(m_seed ^ qHash(order.ingramOrderNumber, 0x5eed), m_today);
    generator.applyStatus(copy, status, invoiced);
    return copy;
}

namespace {

bool equalsText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

template<typename Predicate>
bool anyShipment(const SandboxOrder &order, Predicate predicate)
{
    for (const SandboxLine &line : order.lines) {
        for (const SandboxShipment &shipment : line.shipments) {
            if (predicate(shipment))
                return true;
        }
    }
    return false;
}

} // namespace

bool SandboxStore::matches(const SandboxOrder &order, const SandboxSearchCriteria &c,
                           const SandboxDateRange &window, ProductMatches &productMatches) const
{
    if (!window.contains(order.orderDate))
        return false;
    if (!c.ingramOrderNumber.isEmpty()) {
        const auto it = m_byNumber.constFind(c.ingramOrderNumber.toUpper());
        if (it == m_byNumber.cend() || &m_orders[*it] != &order)
            return false;
    }
    if (!c.customerOrderNumber.isEmpty() &&
        !equalsText(order.customerOrderNumber, c.customerOrderNumber))
        return false;
    if (!c.endCustomerOrderNumber.isEmpty() &&
        !equalsText(order.endCustomerOrderNumber, c.endCustomerOrderNumber))
        return false;
    if (!c.orderStatus.isEmpty() && !c.orderStatus.contains(order.status))
        return false;
    if (!c.orderStatusIn.isEmpty() && !c.orderStatusIn.contains(order.status))
        return false;
    if (!c.ingramPartNumber.isEmpty() || !c.vendorPartNumber.isEmpty() || !c.vendorName.isEmpty() ||
        !c.specialBidNumber.isEmpty()) {
        const bool productFilter = !c.ingramPartNumber.isEmpty() || !c.vendorPartNumber.isEmpty() ||
                                   !c.vendorName.isEmpty();
        bool found = false;
        for (const SandboxLine &line : order.lines) {
            if (productFilter) {
                const SandboxProduct *product = line.product.get();
                auto known = productMatches.constFind(product);
                if (known == productMatches.cend()) {
                    // Vendor names are long ("CISCO - HW NETWORKING"); people search for "cisco".
                    const bool match =
                        (c.ingramPartNumber.isEmpty() ||
                         equalsText(product->ingramPartNumber, c.ingramPartNumber)) &&
                        (c.vendorPartNumber.isEmpty() ||
                         equalsText(product->vendorPartNumber, c.vendorPartNumber)) &&
                        (c.vendorName.isEmpty() ||
                         product->vendorName.contains(c.vendorName, Qt::CaseInsensitive));
                    known = productMatches.insert(product, match);
                }
                if (!*known)
                    continue;
            }
            if (!c.specialBidNumber.isEmpty() &&
                !equalsText(line.specialBidNumber, c.specialBidNumber))
                continue;
            found = true;
            break;
        }
        if (!found)
            return false;
    }
    if (c.invoiceDate && !anyShipment(order, [&](const SandboxShipment &s) {
            return c.invoiceDate->contains(s.invoiceDate);
        }))
        return false;
    if (c.shipDate && !anyShipment(order, [&](const SandboxShipment &s) {
            return c.shipDate->contains(s.shippedDate);
        }))
        return false;
    if (c.deliveryDate && !anyShipment(order, [&](const SandboxShipment &s) {
            for (const SandboxCarrierShipment &carrier : s.carriers) {
                if (c.deliveryDate->contains(carrier.deliveredDate))
                    return true;
            }
            return false;
        }))
        return false;
    return true;
}

SandboxStore::SearchResult SandboxStore::search(const SandboxSearchCriteria &criteria) const
{
    SandboxDateRange window{QDate(1, 1, 1), QDate(9999, 12, 31)};
    if (criteria.orderDate)
        window = *criteria.orderDate;
    else if (!criteria.hasFilter())
        window = {m_today.addDays(-(SandboxSearchCriteria::DefaultWindowDays - 1)), m_today};

    // The exact-match keys have indexes; the rest is a scan over the date-sorted list, which
    // stays in the low milliseconds at 100,000 orders.
    QList<int> candidates;
    const QList<int> *scan = &m_newestFirst;
    const auto fromIndex = [&](const QMultiHash<QString, int> &hash, const QString &key) {
        candidates = hash.values(key.toUpper());
        std::sort(candidates.begin(), candidates.end(), [this](int a, int b) {
            return m_orders[a].utcSortKey() > m_orders[b].utcSortKey();
        });
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        scan = &candidates;
    };
    if (!criteria.ingramOrderNumber.isEmpty()) {
        const auto it = m_byNumber.constFind(criteria.ingramOrderNumber.toUpper());
        if (it != m_byNumber.cend())
            candidates.append(*it);
        scan = &candidates;
    } else if (!criteria.serialNumber.isEmpty()) {
        fromIndex(m_bySerial, criteria.serialNumber);
    } else if (!criteria.trackingNumber.isEmpty()) {
        fromIndex(m_byTracking, criteria.trackingNumber);
    } else if (!criteria.customerOrderNumber.isEmpty()) {
        fromIndex(m_byCustomerOrder, criteria.customerOrderNumber);
    } else if (!criteria.endCustomerOrderNumber.isEmpty()) {
        fromIndex(m_byEndCustomerOrder, criteria.endCustomerOrderNumber);
    }

    const QString serialKey = criteria.serialNumber.toUpper();
    const QString trackingKey = criteria.trackingNumber.toUpper();
    ProductMatches productMatches;

    SearchResult result;
    const qsizetype first = static_cast<qsizetype>(criteria.pageNumber - 1) * criteria.pageSize;
    for (int position : *scan) {
        const SandboxOrder &order = m_orders[position];
        if (!serialKey.isEmpty() && !m_bySerial.contains(serialKey, position))
            continue;
        if (!trackingKey.isEmpty() && !m_byTracking.contains(trackingKey, position))
            continue;
        if (!matches(order, criteria, window, productMatches))
            continue;
        if (result.recordsFound >= first && result.page.size() < criteria.pageSize)
            result.page.append(&order);
        ++result.recordsFound;
    }
    return result;
}
