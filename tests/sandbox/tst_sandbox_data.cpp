// The sandbox's seeded data: deterministic, and covering what an order desk meets in real life.

#include "sandbox/sandboxorderjson.h"
#include "sandbox/sandboxstore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

namespace {
const QDate today(2025, 6, 15);

QByteArray fingerprint(const SandboxStore &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const SandboxOrder &order : store.orders())
        hash.addData(
            QJsonDocument(SandboxOrderJson::details(order)).toJson(QJsonDocument::Compact));
    return hash.result().toHex();
}

SandboxOptions options(quint64 seed, int count = 300)
{
    SandboxOptions o;
    o.seed = seed;
    o.orderCount = count;
    o.referenceDate = today;
    return o;
}
} // namespace

class TestSandboxData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSeedSameData();
    void coverage();
    void statusesAreConsistent();
    void uniqueNumbersAtScale();

private:
    std::unique_ptr<SandboxStore> m_store;
};

void TestSandboxData::initTestCase()
{
    m_store = std::make_unique<SandboxStore>(options(SandboxDefaults::Seed));
    QCOMPARE(m_store->orderCount(), 300);
    QCOMPARE(m_store->referenceDate(), today);
}

void TestSandboxData::sameSeedSameData()
{
    const QByteArray first = fingerprint(*m_store);
    QCOMPARE(fingerprint(SandboxStore(options(SandboxDefaults::Seed))), first);
    QVERIFY(fingerprint(SandboxStore(options(7))) != first);
    QVERIFY(SandboxStore(options(7)).orders().front().ingramOrderNumber !=
            m_store->orders().front().ingramOrderNumber);
}

void TestSandboxData::coverage()
{
    QSet<int> statuses;
    QSet<QString> currencies, carriers, lineSpellings, endUsers;
    int multiLine = 0, split = 0, serials = 0, backorders = 0, directShip = 0, invoices = 0,
        charges = 0, contracts = 0;
    QDate oldest = today;
    for (const SandboxOrder &order : m_store->orders()) {
        statuses.insert(int(order.status));
        currencies.insert(order.currencyCode);
        endUsers.insert(order.endUser->companyName);
        oldest = qMin(oldest, order.orderDate);
        multiLine += order.lines.size() > 1 ? 1 : 0;
        split += order.subOrders().size() > 1 ? 1 : 0;
        directShip += !order.vendorSalesOrderNumber.isEmpty() ? 1 : 0;
        charges += order.miscCharges.size();
        for (const SandboxLine &line : order.lines) {
            lineSpellings.insert(SandboxStatus::lineName(line.status, line.statusSpelling));
            contracts += line.serviceContract ? 1 : 0;
            if (line.quantityBackOrdered > 0) {
                ++backorders;
                QVERIFY(line.backOrderEtaDate > today);
            }
            for (const SandboxShipment &s : line.shipments) {
                invoices += s.invoiceNumber.isEmpty() ? 0 : 1;
                for (const SandboxCarrierShipment &c : s.carriers) {
                    carriers.insert(c.carrierName);
                    for (const SandboxPackage &p : c.packages)
                        serials += p.serialNumbers.size();
                }
            }
        }
    }
    QCOMPARE(statuses.size(), SandboxStatus::OrderStatusCount);
    QVERIFY(oldest <= today.addMonths(-12));
    QVERIFY(currencies.contains(QStringLiteral("USD")) &&
            currencies.contains(QStringLiteral("CAD")) &&
            currencies.contains(QStringLiteral("EUR")));
    QVERIFY2(carriers.size() >= 5, qPrintable(QStringList(carriers.values()).join(u',')));
    for (const char *name : {"UPS GROUND", "FEDEX GROUND", "USPS PRIORITY MAIL"})
        QVERIFY2(carriers.contains(QLatin1String(name)), name);
    QVERIFY(lineSpellings.contains(QStringLiteral("Shipped")) &&
            lineSpellings.contains(QStringLiteral("SHIPPED")));
    QVERIFY(endUsers.size() > 30);
    QVERIFY(multiLine > 50);
    QVERIFY(split > 10);
    QVERIFY(serials > 100);
    QVERIFY(backorders > 5);
    QVERIFY(directShip > 30);
    QVERIFY(invoices > 100);
    QVERIFY(charges > 20);
    QVERIFY(contracts > 10);
}

void TestSandboxData::statusesAreConsistent()
{
    for (const SandboxOrder &order : m_store->orders()) {
        QVERIFY(order.orderDate <= today);
        for (const SandboxLine &line : order.lines) {
            const bool shippedLine = line.status == SandboxLineStatus::Shipped ||
                                     line.status == SandboxLineStatus::Delivered;
            switch (order.status) {
            case SandboxOrderStatus::Shipped:
            case SandboxOrderStatus::Delivered:
                QVERIFY(shippedLine);
                QVERIFY(!line.shipments.isEmpty());
                break;
            case SandboxOrderStatus::Cancelled:
                QCOMPARE(line.status, SandboxLineStatus::Cancelled);
                QVERIFY(line.shipments.isEmpty());
                break;
            case SandboxOrderStatus::OnHold:
            case SandboxOrderStatus::Processing:
                QVERIFY(line.shipments.isEmpty());
                break;
            default:
                break;
            }
            for (const SandboxShipment &s : line.shipments) {
                QVERIFY(s.shippedDate >= order.orderDate && s.shippedDate <= today);
                for (const SandboxCarrierShipment &c : s.carriers)
                    QVERIFY(!c.deliveredDate.isValid() || c.deliveredDate <= today);
            }
        }
    }
}

void TestSandboxData::uniqueNumbersAtScale()
{
    QElapsedTimer timer;
    timer.start();
    const SandboxStore big(options(3, 30000));
    qInfo() << "30000 orders in" << timer.elapsed() << "ms";
    QSet<QString> numbers, serials, tracking;
    for (const SandboxOrder &order : big.orders()) {
        QVERIFY(!numbers.contains(order.ingramOrderNumber));
        numbers.insert(order.ingramOrderNumber);
        QVERIFY(order.ingramOrderNumber.size() <= 8);
        QSet<QString> own;
        for (const SandboxLine &line : order.lines)
            for (const SandboxShipment &s : line.shipments)
                for (const SandboxCarrierShipment &c : s.carriers)
                    for (const SandboxPackage &p : c.packages) {
                        for (const QString &serial : p.serialNumbers) {
                            QVERIFY2(!serials.contains(serial), qPrintable(serial));
                            serials.insert(serial);
                        }
                        own.insert(p.trackingNumber);
                    }
        for (const QString &t : own) {
            QVERIFY2(!tracking.contains(t), qPrintable(t));
            tracking.insert(t);
        }
    }
    QCOMPARE(numbers.size(), 30000);
}

QTEST_GUILESS_MAIN(TestSandboxData)
#include "tst_sandbox_data.moc"
