// Order search of the sandbox: every filter against the store's own data, combinations, paging.

#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "sandboxtestclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>

namespace {
const QDate today(2025, 6, 15);
using Predicate = std::function<bool(const SandboxOrder &)>;

template<typename F>
bool anyShipment(const SandboxOrder &order, F f)
{
    for (const SandboxLine &line : order.lines)
        for (const SandboxShipment &s : line.shipments)
            if (f(s))
                return true;
    return false;
}

bool inRange(QDate d, QDate from, QDate to)
{
    return d.isValid() && d >= from && d <= to;
}
} // namespace

class TestSandboxSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noFilterReturnsLast20Days();
    void responseShape();
    void filter_data();
    void filter();
    void subOrderNumberFindsOrder();
    void combinations();
    void paging();
    void pageSizeLimits_data();
    void pageSizeLimits();
    void followNextPage();
    void noResultsIs204();
    void invalidInput_data();
    void invalidInput();

private:
    QSet<QString> searchAll(const QByteArray &query, int *records = nullptr);
    QSet<QString> expected(const Predicate &predicate) const;
    const SandboxOrder *findOrder(const Predicate &predicate) const;

    SandboxServer *m_server = nullptr;
    SandboxTestClient *m_client = nullptr;
    const QString m_path = QStringLiteral("/resellers/v6/orders/search");
};

void TestSandboxSearch::initTestCase()
{
    SandboxOptions options;
    options.orderCount = 400;
    options.referenceDate = today;
    m_server = new SandboxServer(options, this);
    QVERIFY(m_server->listen());
    m_client = new SandboxTestClient(m_server);
}

QSet<QString> TestSandboxSearch::searchAll(const QByteArray &query, int *records)
{
    QSet<QString> numbers;
    int recordsFound = 0;
    for (int page = 1; page < 50; ++page) {
        const QByteArray q = query + (query.isEmpty() ? "" : "&") +
                             "pageSize=100&pageNumber=" + QByteArray::number(page);
        const SandboxTestReply reply = m_client->api(m_path, q);
        if (reply.status == 204)
            break;
        if (reply.status != 200) {
            qWarning() << "status" << reply.status << reply.body;
            return {QStringLiteral("<error>")};
        }
        const QJsonObject json = reply.json();
        recordsFound = json.value(QStringLiteral("recordsFound")).toString().toInt();
        const QJsonArray orders = json.value(QStringLiteral("orders")).toArray();
        for (const QJsonValue &order : orders)
            numbers.insert(order.toObject().value(QStringLiteral("ingramOrderNumber")).toString());
        if (!json.contains(QStringLiteral("nextPage")))
            break;
    }
    if (records)
        *records = recordsFound;
    return numbers;
}

QSet<QString> TestSandboxSearch::expected(const Predicate &predicate) const
{
    QSet<QString> numbers;
    for (const SandboxOrder &order : m_server->store()->orders()) {
        if (predicate(order))
            numbers.insert(order.ingramOrderNumber);
    }
    return numbers;
}

const SandboxOrder *TestSandboxSearch::findOrder(const Predicate &predicate) const
{
    for (const SandboxOrder &order : m_server->store()->orders()) {
        if (predicate(order))
            return &order;
    }
    return nullptr;
}

void TestSandboxSearch::noFilterReturnsLast20Days()
{
    int records = 0;
    const QSet<QString> found = searchAll({}, &records);
    const QSet<QString> want = expected([](const SandboxOrder &o) {
        return o.orderDate >= today.addDays(-19) && o.orderDate <= today;
    });
    QVERIFY(want.size() > 25); // more than a page, so paging is exercised
    QVERIFY(want.size() < m_server->store()->orderCount());
    QCOMPARE(found, want);
    QCOMPARE(records, want.size());
}

void TestSandboxSearch::responseShape()
{
    const SandboxTestReply reply = m_client->api(m_path);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QStringLiteral("pageSize")).toString(), QStringLiteral("25"));
    QCOMPARE(json.value(QStringLiteral("pageNumber")).toString(), QStringLiteral("1"));
    QVERIFY(json.value(QStringLiteral("recordsFound")).isString());
    QCOMPARE(json.value(QStringLiteral("nextPage")).toString(),
             QStringLiteral("/resellers/v6/orders/search?pageNumber=2"));
    const QJsonArray orders = json.value(QStringLiteral("orders")).toArray();
    QCOMPARE(orders.size(), 25);
    static const QRegularExpression dateTime(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"));
    static const QRegularExpression money(QStringLiteral("^\\d+\\.\\d\\d$"));
    QString previous;
    for (const QJsonValue &value : orders) {
        const QJsonObject order = value.toObject();
        for (const char *key : {"ingramOrderNumber", "ingramOrderDate", "customerOrderNumber",
                                "vendorSalesOrderNumber", "vendorName", "endUserCompanyName",
                                "orderTotal", "orderStatus", "subOrders", "links"})
            QVERIFY2(order.contains(QLatin1String(key)), key);
        const QString date = order.value(QStringLiteral("ingramOrderDate")).toString();
        QVERIFY2(dateTime.match(date).hasMatch(), qPrintable(date));
        QVERIFY(money.match(order.value(QStringLiteral("orderTotal")).toString()).hasMatch());
        const QJsonArray links = order.value(QStringLiteral("links")).toArray();
        QCOMPARE(links.size(), 1);
        const QString number = order.value(QStringLiteral("ingramOrderNumber")).toString();
        QCOMPARE(links.first().toObject().value(QStringLiteral("href")).toString(),
                 QStringLiteral("/resellers/v6.1/orders/") + number);
        const QJsonArray subOrders = order.value(QStringLiteral("subOrders")).toArray();
        QVERIFY(!subOrders.isEmpty());
        for (const QJsonValue &sub : subOrders) {
            const QJsonObject s = sub.toObject();
            QVERIFY(s.value(QStringLiteral("subOrderNumber")).toString().startsWith(number + u'-'));
            QVERIFY(money.match(s.value(QStringLiteral("subOrderTotal")).toString()).hasMatch());
            QVERIFY(!s.value(QStringLiteral("subOrderStatus")).toString().isEmpty());
            QVERIFY(s.value(QStringLiteral("links")).isArray());
        }
        const SandboxOrder *stored = m_server->store()->order(number);
        QVERIFY(stored);
        QCOMPARE(order.value(QStringLiteral("orderStatus")).toString(),
                 SandboxStatus::searchName(stored->status));
        QCOMPARE(order.value(QStringLiteral("customerOrderNumber")).toString(),
                 stored->customerOrderNumber);
        // Newest first, by the instant: local dates of different UTC offsets may run backwards.
        if (!previous.isEmpty())
            QVERIFY2(QDateTime::fromString(date, Qt::ISODate) <=
                         QDateTime::fromString(previous, Qt::ISODate),
                     qPrintable(date + QStringLiteral(" after ") + previous));
        previous = date;
    }
}

void TestSandboxSearch::filter_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<Predicate>("predicate");
    const SandboxStore &store = *m_server->store();

    const SandboxOrder *some = findOrder([](const SandboxOrder &o) { return o.lines.size() > 2; });
    QVERIFY(some);
    QTest::newRow("ingramOrderNumber")
        << ("ingramOrderNumber=" + some->ingramOrderNumber.toLower().toLatin1())
        << Predicate([n = some->ingramOrderNumber](const SandboxOrder &o) {
               return o.ingramOrderNumber == n;
           });
    QTest::newRow("customerOrderNumber")
        << ("customerOrderNumber=" + some->customerOrderNumber.toLatin1())
        << Predicate([n = some->customerOrderNumber](const SandboxOrder &o) {
               return o.customerOrderNumber == n;
           });
    const SandboxOrder *withEnd =
        findOrder([](const SandboxOrder &o) { return !o.endCustomerOrderNumber.isEmpty(); });
    QTest::newRow("endCustomerOrderNumber")
        << ("endCustomerOrderNumber=" + withEnd->endCustomerOrderNumber.toLatin1())
        << Predicate([n = withEnd->endCustomerOrderNumber](const SandboxOrder &o) {
               return o.endCustomerOrderNumber == n;
           });

    for (const char *status :
         {"SHIPPED", "PROCESSING", "ON%20HOLD", "BACKORDERED", "CANCELLED", "PARTIALLY+SHIPPED"}) {
        const QString name = QString::fromLatin1(status)
                                 .replace(QStringLiteral("%20"), QStringLiteral(" "))
                                 .replace(u'+', u' ');
        const auto wanted = SandboxStatus::fromName(name);
        QVERIFY(wanted);
        QTest::newRow(qPrintable(QStringLiteral("orderStatus ") + name))
            << ("orderStatus=" + QByteArray(status))
            << Predicate([s = *wanted](const SandboxOrder &o) { return o.status == s; });
    }
    const Predicate heldOrBackordered = [](const SandboxOrder &o) {
        return o.status == SandboxOrderStatus::OnHold ||
               o.status == SandboxOrderStatus::Backordered;
    };
    QTest::newRow("orderStatus-in repeated")
        << QByteArray("orderStatus-in=ON%20HOLD&orderStatus-in=BACKORDERED") << heldOrBackordered;
    QTest::newRow("orderStatus-in comma")
        << QByteArray("orderStatus-in=ON%20HOLD,BACKORDERED") << heldOrBackordered;

    const QDate day = some->orderDate;
    QTest::newRow("ingramOrderDate")
        << ("ingramOrderDate=" + day.toString(Qt::ISODate).toLatin1())
        << Predicate([day](const SandboxOrder &o) { return o.orderDate == day; });
    const QDate from(2025, 1, 10), to(2025, 2, 20);
    QTest::newRow("ingramOrderDate-bt")
        << QByteArray("ingramOrderDate-bt=2025-01-10&ingramOrderDate-bt=2025-02-20")
        << Predicate([=](const SandboxOrder &o) { return inRange(o.orderDate, from, to); });
    QTest::newRow("invoiceDate_bt")
        << QByteArray("invoiceDate_bt=2025-01-10&invoiceDate_bt=2025-02-20")
        << Predicate([=](const SandboxOrder &o) {
               return anyShipment(
                   o, [&](const SandboxShipment &s) { return inRange(s.invoiceDate, from, to); });
           });
    QTest::newRow("shipDate_bt") << QByteArray("shipDate_bt=2025-01-10&shipDate_bt=2025-02-20")
                                 << Predicate([=](const SandboxOrder &o) {
                                        return anyShipment(o, [&](const SandboxShipment &s) {
                                            return inRange(s.shippedDate, from, to);
                                        });
                                    });
    QTest::newRow("deliveryDate_bt")
        << QByteArray("deliveryDate_bt=2025-01-10&deliveryDate_bt=2025-02-20")
        << Predicate([=](const SandboxOrder &o) {
               return anyShipment(o, [&](const SandboxShipment &s) {
                   for (const SandboxCarrierShipment &c : s.carriers)
                       if (inRange(c.deliveredDate, from, to))
                           return true;
                   return false;
               });
           });

    const SandboxProduct &product = *some->lines.first().product;
    QTest::newRow("ingramPartNumber")
        << ("ingramPartNumber=" + product.ingramPartNumber.toLatin1())
        << Predicate([p = product.ingramPartNumber](const SandboxOrder &o) {
               for (const SandboxLine &l : o.lines)
                   if (l.product->ingramPartNumber == p)
                       return true;
               return false;
           });
    QTest::newRow("vendorPartNumber")
        << ("vendorPartNumber=" + QUrl::toPercentEncoding(product.vendorPartNumber))
        << Predicate([p = product.vendorPartNumber](const SandboxOrder &o) {
               for (const SandboxLine &l : o.lines)
                   if (l.product->vendorPartNumber == p)
                       return true;
               return false;
           });
    QTest::newRow("vendorName") << QByteArray("vendorName=cisco")
                                << Predicate([](const SandboxOrder &o) {
                                       for (const SandboxLine &l : o.lines)
                                           if (l.product->vendorName.startsWith(
                                                   QLatin1String("CISCO")))
                                               return true;
                                       return false;
                                   });
    const SandboxOrder *withBid = findOrder([](const SandboxOrder &o) {
        for (const SandboxLine &l : o.lines)
            if (!l.specialBidNumber.isEmpty())
                return true;
        return false;
    });
    QString bid;
    for (const SandboxLine &l : withBid->lines)
        if (!l.specialBidNumber.isEmpty())
            bid = l.specialBidNumber;
    QTest::newRow("specialBidNumber")
        << ("specialBidNumber=" + bid.toLatin1()) << Predicate([bid](const SandboxOrder &o) {
               for (const SandboxLine &l : o.lines)
                   if (l.specialBidNumber == bid)
                       return true;
               return false;
           });

    QString serial, tracking;
    for (const SandboxOrder &o : store.orders())
        for (const SandboxLine &l : o.lines)
            for (const SandboxShipment &s : l.shipments)
                for (const SandboxCarrierShipment &c : s.carriers)
                    for (const SandboxPackage &p : c.packages) {
                        if (tracking.isEmpty())
                            tracking = p.trackingNumber;
                        if (serial.isEmpty() && !p.serialNumbers.isEmpty())
                            serial = p.serialNumbers.last();
                    }
    QVERIFY(!serial.isEmpty() && !tracking.isEmpty());
    const auto hasPackage = [](const SandboxOrder &o,
                               const std::function<bool(const SandboxPackage &)> &f) {
        return anyShipment(o, [&](const SandboxShipment &s) {
            for (const SandboxCarrierShipment &c : s.carriers)
                for (const SandboxPackage &p : c.packages)
                    if (f(p))
                        return true;
            return false;
        });
    };
    QTest::newRow("serialNumber") << ("serialNumber=" + serial.toLatin1())
                                  << Predicate([=](const SandboxOrder &o) {
                                         return hasPackage(o, [&](const SandboxPackage &p) {
                                             return p.serialNumbers.contains(serial);
                                         });
                                     });
    QTest::newRow("trackingNumber")
        << ("trackingNumber=" + tracking.toLatin1()) << Predicate([=](const SandboxOrder &o) {
               return hasPackage(
                   o, [&](const SandboxPackage &p) { return p.trackingNumber == tracking; });
           });
}

void TestSandboxSearch::filter()
{
    QFETCH(QByteArray, query);
    QFETCH(Predicate, predicate);
    const QSet<QString> want = expected(predicate);
    QVERIFY2(!want.isEmpty(), "the seed should have at least one match");
    int records = 0;
    const QSet<QString> found = searchAll(query, &records);
    QCOMPARE(found, want);
    QCOMPARE(records, want.size());
}

void TestSandboxSearch::subOrderNumberFindsOrder()
{
    const SandboxOrder *split =
        findOrder([](const SandboxOrder &o) { return o.subOrders().size() > 1; });
    QVERIFY(split);
    const QString sub = split->subOrderNumber(split->subOrders().last());
    QCOMPARE(searchAll("ingramOrderNumber=" + sub.toLatin1()),
             QSet<QString>{split->ingramOrderNumber});
}

void TestSandboxSearch::combinations()
{
    const QDate from(2024, 9, 1), to(2025, 5, 31);
    QSet<QString> want = expected([=](const SandboxOrder &o) {
        bool vendor = false;
        for (const SandboxLine &l : o.lines)
            vendor =
                vendor || l.product->vendorName.contains(QLatin1String("HP"), Qt::CaseInsensitive);
        return vendor && o.status == SandboxOrderStatus::Shipped && inRange(o.orderDate, from, to);
    });
    QVERIFY(!want.isEmpty());
    QCOMPARE(
        searchAll("vendorName=hp&orderStatus=SHIPPED&ingramOrderDate-bt=2024-09-01,2025-05-31"),
        want);

    want = expected([=](const SandboxOrder &o) {
        const bool status =
            o.status == SandboxOrderStatus::Delivered || o.status == SandboxOrderStatus::Shipped;
        return status && anyShipment(o, [&](const SandboxShipment &s) {
                   return inRange(s.shippedDate, QDate(2025, 3, 1), QDate(2025, 3, 31));
               });
    });
    QVERIFY(!want.isEmpty());
    QCOMPARE(searchAll("orderStatus-in=DELIVERED&orderStatus-in=SHIPPED&shipDate_bt=2025-03-01&"
                       "shipDate_bt=2025-03-31"),
             want);

    // Contradicting filters: nothing.
    const SandboxOrder *some = &m_server->store()->orders().front();
    const QString other = some->status == SandboxOrderStatus::Cancelled
                              ? QStringLiteral("SHIPPED")
                              : QStringLiteral("CANCELLED");
    QCOMPARE(m_client
                 ->api(m_path, "ingramOrderNumber=" + some->ingramOrderNumber.toLatin1() +
                                   "&orderStatus=" + other.toLatin1())
                 .status,
             204);
}

void TestSandboxSearch::paging()
{
    int records = 0;
    const QSet<QString> all = searchAll("orderStatus=SHIPPED", &records);
    QVERIFY(records > 30);
    const int pageSize = 12;
    const int lastPage = (records + pageSize - 1) / pageSize;
    QSet<QString> collected;
    for (int page = 1; page <= lastPage; ++page) {
        const SandboxTestReply reply = m_client->api(
            m_path, "orderStatus=SHIPPED&pageSize=12&pageNumber=" + QByteArray::number(page));
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        const QJsonArray orders = json.value(QStringLiteral("orders")).toArray();
        QCOMPARE(json.value(QStringLiteral("pageNumber")).toString(), QString::number(page));
        QCOMPARE(json.value(QStringLiteral("recordsFound")).toString(), QString::number(records));
        QCOMPARE(orders.size(), page < lastPage ? pageSize : records - (lastPage - 1) * pageSize);
        for (const QJsonValue &o : orders)
            collected.insert(o.toObject().value(QStringLiteral("ingramOrderNumber")).toString());
        const QString prefix = QStringLiteral(
            "/resellers/v6/orders/search?orderStatus=SHIPPED&pageSize=12&pageNumber=");
        if (page < lastPage)
            QCOMPARE(json.value(QStringLiteral("nextPage")).toString(),
                     prefix + QString::number(page + 1));
        else
            QVERIFY(!json.contains(QStringLiteral("nextPage")));
        QCOMPARE(json.value(QStringLiteral("previousPage")).toString(),
                 prefix + QString::number(qMax(1, page - 1)));
    }
    QCOMPARE(collected, all);

    // Past the end: the count is still right, the page is empty.
    const SandboxTestReply beyond = m_client->api(
        m_path, "orderStatus=SHIPPED&pageSize=12&pageNumber=" + QByteArray::number(lastPage + 3));
    QCOMPARE(beyond.status, 200);
    QCOMPARE(beyond.json().value(QStringLiteral("orders")).toArray().size(), 0);
    QCOMPARE(beyond.json().value(QStringLiteral("recordsFound")).toString(),
             QString::number(records));
    QVERIFY(!beyond.json().contains(QStringLiteral("nextPage")));
}

void TestSandboxSearch::pageSizeLimits_data()
{
    QTest::addColumn<QByteArray>("pageSize");
    QTest::addColumn<int>("status");
    QTest::newRow("1") << QByteArray("1") << 200;
    QTest::newRow("100") << QByteArray("100") << 200;
    QTest::newRow("101") << QByteArray("101") << 400;
    QTest::newRow("0") << QByteArray("0") << 400;
    QTest::newRow("-5") << QByteArray("-5") << 400;
    QTest::newRow("text") << QByteArray("many") << 400;
}

void TestSandboxSearch::pageSizeLimits()
{
    QFETCH(QByteArray, pageSize);
    QFETCH(int, status);
    const SandboxTestReply reply =
        m_client->api(m_path, "orderStatus=SHIPPED&pageSize=" + pageSize);
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QCOMPARE(reply.json().value(QStringLiteral("orders")).toArray().size(), pageSize.toInt());
    } else {
        const QJsonObject error =
            reply.json().value(QStringLiteral("errors")).toArray().first().toObject();
        QCOMPARE(error.value(QStringLiteral("fields"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("pageSize"));
    }
}

void TestSandboxSearch::followNextPage()
{
    const SandboxTestReply first = m_client->api(m_path, "vendorName=apc&pageSize=3");
    QCOMPARE(first.status, 200);
    const QUrl next(first.json().value(QStringLiteral("nextPage")).toString());
    const SandboxTestReply second =
        m_client->api(next.path(), next.query(QUrl::FullyEncoded).toLatin1());
    const SandboxTestReply direct = m_client->api(m_path, "vendorName=apc&pageSize=3&pageNumber=2");
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(QStringLiteral("orders")),
             direct.json().value(QStringLiteral("orders")));
    QVERIFY(second.json().value(QStringLiteral("orders")) !=
            first.json().value(QStringLiteral("orders")));
}

void TestSandboxSearch::noResultsIs204()
{
    const SandboxTestReply reply = m_client->api(m_path, "customerOrderNumber=NO-SUCH-PO");
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(reply.header("IM-CorrelationID"), QByteArray("test-correlation-0001"));
    QCOMPARE(
        m_client->api(m_path, "ingramOrderDate-bt=2030-01-01&ingramOrderDate-bt=2030-02-01").status,
        204);
}

void TestSandboxSearch::invalidInput_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("bad date") << QByteArray("ingramOrderDate=15/06/2025")
                              << QStringLiteral("ingramOrderDate/ingramOrderDate-bt");
    QTest::newRow("impossible date") << QByteArray("ingramOrderDate=2025-02-30")
                                     << QStringLiteral("ingramOrderDate/ingramOrderDate-bt");
    QTest::newRow("one range date")
        << QByteArray("ingramOrderDate-bt=2025-01-01") << QStringLiteral("ingramOrderDate-bt");
    QTest::newRow("three range dates")
        << QByteArray("shipDate_bt=2025-01-01&shipDate_bt=2025-01-02&shipDate_bt=2025-01-03")
        << QStringLiteral("shipDate_bt");
    QTest::newRow("bad range date")
        << QByteArray("invoiceDate_bt=2025-01-01&invoiceDate_bt=yesterday")
        << QStringLiteral("invoiceDate_bt");
    QTest::newRow("bad status") << QByteArray("orderStatus=LOST") << QStringLiteral("orderStatus");
    QTest::newRow("bad status in")
        << QByteArray("orderStatus-in=SHIPPED,LOST") << QStringLiteral("orderStatus-in");
    QTest::newRow("page number") << QByteArray("pageNumber=0") << QStringLiteral("pageNumber");
    QTest::newRow("page number text")
        << QByteArray("pageNumber=two") << QStringLiteral("pageNumber");
    QTest::newRow("order number too long")
        << QByteArray("ingramOrderNumber=20-ABCDE-112") << QStringLiteral("ingramOrderNumber");
    QTest::newRow("po too long") << ("customerOrderNumber=" + QByteArray(36, 'P'))
                                 << QStringLiteral("customerOrderNumber");
}

void TestSandboxSearch::invalidInput()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, field);
    const SandboxTestReply reply = m_client->api(m_path, query);
    QCOMPARE(reply.status, 400);
    const QJsonObject error =
        reply.json().value(QStringLiteral("errors")).toArray().first().toObject();
    QCOMPARE(error.value(QStringLiteral("type")).toString(),
             QStringLiteral("/errors/validation-failed"));
    const QJsonArray fields = error.value(QStringLiteral("fields")).toArray();
    QVERIFY(!fields.isEmpty());
    QCOMPARE(fields.first().toObject().value(QStringLiteral("field")).toString(), field);
}

QTEST_GUILESS_MAIN(TestSandboxSearch)
#include "tst_sandbox_search.moc"
