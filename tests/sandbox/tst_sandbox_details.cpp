// Order details of the sandbox: every OrderDetailB2B field, sub-orders, simulateStatus, 404.

#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "sandboxtestclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <functional>

namespace {
const QDate today(2025, 6, 15);

// The property names the spec lists for a schema, following $ref and arrays.
QJsonObject specSchema(const QJsonObject &spec, QJsonObject schema)
{
    while (schema.contains(QStringLiteral("$ref"))) {
        const QString name = schema.value(QStringLiteral("$ref")).toString().section(u'/', -1);
        schema = spec.value(QStringLiteral("components"))
                     .toObject()
                     .value(QStringLiteral("schemas"))
                     .toObject()
                     .value(name)
                     .toObject();
    }
    if (schema.value(QStringLiteral("type")).toString() == QLatin1String("array"))
        return specSchema(spec, schema.value(QStringLiteral("items")).toObject());
    return schema;
}

// Every property of the schema is present in value, recursively through objects and arrays.
void checkAllFields(const QJsonObject &spec, const QJsonObject &schema, const QJsonValue &value,
                    const QString &where, QStringList *missing)
{
    const QJsonObject resolved = specSchema(spec, schema);
    const QJsonObject properties = resolved.value(QStringLiteral("properties")).toObject();
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            checkAllFields(spec, resolved, item, where + QStringLiteral("[]"), missing);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!object.contains(it.key())) {
            missing->append(where + u'.' + it.key());
            continue;
        }
        checkAllFields(spec, it.value().toObject(), object.value(it.key()), where + u'.' + it.key(),
                       missing);
    }
}
} // namespace

class TestSandboxDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySchemaFieldPresent();
    void matchesStore();
    void shippedLinesCarryTracking();
    void backorderHasEta();
    void subOrderDetails();
    void unknownOrderIs404();
    void simulateStatus_data();
    void simulateStatus();
    void simulateDoesNotChangeStore();
    void optionalParameters();
    void invalidParameters_data();
    void invalidParameters();

private:
    const SandboxOrder *findOrder(const std::function<bool(const SandboxOrder &)> &predicate) const;
    QJsonObject details(const QString &number, const QByteArray &query = {},
                        int expectedStatus = 200);

    SandboxServer *m_server = nullptr;
    SandboxTestClient *m_client = nullptr;
    QJsonObject m_spec;
};

void TestSandboxDetails::initTestCase()
{
    SandboxOptions options;
    options.orderCount = 300;
    options.referenceDate = today;
    m_server = new SandboxServer(options, this);
    QVERIFY(m_server->listen());
    m_client = new SandboxTestClient(m_server);
    QFile file(QStringLiteral(RD_SPEC_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly), RD_SPEC_FILE);
    m_spec = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!m_spec.isEmpty());
}

const SandboxOrder *
TestSandboxDetails::findOrder(const std::function<bool(const SandboxOrder &)> &predicate) const
{
    for (const SandboxOrder &order : m_server->store()->orders())
        if (predicate(order))
            return &order;
    return nullptr;
}

QJsonObject TestSandboxDetails::details(const QString &number, const QByteArray &query,
                                        int expectedStatus)
{
    const SandboxTestReply reply =
        m_client->api(QStringLiteral("/resellers/v6.1/orders/") + number, query);
    if (reply.status != expectedStatus)
        qWarning() << reply.status << reply.body.left(500);
    return reply.status == expectedStatus
               ? reply.json()
               : QJsonObject{{QStringLiteral("unexpected"), reply.status}};
}

void TestSandboxDetails::everySchemaFieldPresent()
{
    const QJsonObject schema{
        {QStringLiteral("$ref"), QStringLiteral("#/components/schemas/OrderDetailB2B")}};
    // A shipped licence line has a service contract; a shipped hardware line has tracking and
    // serials.
    const SandboxOrder *order = findOrder([](const SandboxOrder &o) {
        bool licence = false, serial = false;
        for (const SandboxLine &l : o.lines) {
            licence = licence || (l.serviceContract && !l.shipments.isEmpty());
            for (const SandboxShipment &s : l.shipments)
                for (const SandboxCarrierShipment &c : s.carriers)
                    for (const SandboxPackage &p : c.packages)
                        serial = serial || !p.serialNumbers.isEmpty();
        }
        return licence && serial && !o.miscCharges.isEmpty() && !o.attributes.isEmpty();
    });
    if (!order)
        order = findOrder([](const SandboxOrder &o) {
            return o.status == SandboxOrderStatus::Shipped && o.lines.size() > 1;
        });
    QVERIFY(order);
    const QJsonObject json = details(order->ingramOrderNumber);
    QStringList missing;
    checkAllFields(m_spec, schema, json, QStringLiteral("order"), &missing);
    // serviceContractInfo and estimated dates are null where they do not apply.
    missing.removeIf([](const QString &m) {
        return m.contains(QLatin1String("serviceContractInfo.")) ||
               m.contains(QLatin1String(".ship.")) || m.contains(QLatin1String(".delivery."));
    });
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));

    const SandboxOrder *open = findOrder(
        [](const SandboxOrder &o) { return o.status == SandboxOrderStatus::Backordered; });
    missing.clear();
    checkAllFields(m_spec, schema, details(open->ingramOrderNumber), QStringLiteral("open"),
                   &missing);
    missing.removeIf([](const QString &m) {
        return m.contains(QLatin1String("serviceContractInfo.")) ||
               m.contains(QLatin1String(".ship.")) || m.contains(QLatin1String(".delivery."));
    });
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
}

void TestSandboxDetails::matchesStore()
{
    const SandboxOrder *order = findOrder([](const SandboxOrder &o) {
        return o.orderType == QLatin1Char('D') && o.lines.size() > 1;
    });
    QVERIFY(order);
    const QJsonObject json = details(order->ingramOrderNumber);
    QCOMPARE(json.value(QStringLiteral("ingramOrderNumber")).toString(), order->ingramOrderNumber);
    QCOMPARE(json.value(QStringLiteral("orderType")).toString(), QStringLiteral("D"));
    QVERIFY(!json.value(QStringLiteral("vendorSalesOrderNumber")).toString().isEmpty());
    QCOMPARE(json.value(QStringLiteral("customerOrderNumber")).toString(),
             order->customerOrderNumber);
    QCOMPARE(json.value(QStringLiteral("orderStatus")).toString(),
             SandboxStatus::detailName(order->status));
    QCOMPARE(json.value(QStringLiteral("currencyCode")).toString(), order->currencyCode);
    QCOMPARE(json.value(QStringLiteral("lines")).toArray().size(), order->lines.size());
    QCOMPARE(json.value(QStringLiteral("orderTotal")).toDouble(), order->total());
    double sum = 0;
    for (const QJsonValue &line : json.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = line.toObject();
        sum += l.value(QStringLiteral("extendedPrice")).toDouble();
        QCOMPARE(l.value(QStringLiteral("currencyCode")).toString(), order->currencyCode);
        QVERIFY(l.value(QStringLiteral("subOrderNumber"))
                    .toString()
                    .startsWith(order->ingramOrderNumber + u'-'));
    }
    if (order->status != SandboxOrderStatus::Cancelled)
        QVERIFY(qAbs(sum - json.value(QStringLiteral("orderSubTotal")).toDouble()) < 0.02);
    QCOMPARE(json.value(QStringLiteral("endUserInfo"))
                 .toObject()
                 .value(QStringLiteral("companyName"))
                 .toString(),
             order->endUser->companyName);
}

void TestSandboxDetails::shippedLinesCarryTracking()
{
    const SandboxOrder *order = findOrder([](const SandboxOrder &o) {
        if (o.status != SandboxOrderStatus::Shipped)
            return false;
        for (const SandboxLine &l : o.lines)
            if (l.product->license)
                return false;
        return true;
    });
    QVERIFY(order);
    const QJsonArray lines =
        details(order->ingramOrderNumber).value(QStringLiteral("lines")).toArray();
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        const QJsonArray shipments = line.value(QStringLiteral("shipmentDetails")).toArray();
        QVERIFY(!shipments.isEmpty());
        const QJsonObject shipment = shipments.first().toObject();
        QVERIFY(QDate::fromString(shipment.value(QStringLiteral("shippedDate")).toString(),
                                  Qt::ISODate) <= today);
        const QJsonObject carrier =
            shipment.value(QStringLiteral("carrierDetails")).toArray().first().toObject();
        QVERIFY(!carrier.value(QStringLiteral("carrierName")).toString().isEmpty());
        const QJsonArray tracking = carrier.value(QStringLiteral("trackingDetails")).toArray();
        QVERIFY(!tracking.isEmpty());
        for (const QJsonValue &t : tracking) {
            const QString number = t.toObject().value(QStringLiteral("trackingNumber")).toString();
            const QString url = t.toObject().value(QStringLiteral("trackingUrl")).toString();
            QVERIFY(url.startsWith(QLatin1String("https://")));
            QVERIFY2(url.contains(number), qPrintable(url));
            QVERIFY(t.toObject().value(QStringLiteral("serialNumbers")).isArray());
        }
    }
}

void TestSandboxDetails::backorderHasEta()
{
    const SandboxOrder *order = findOrder(
        [](const SandboxOrder &o) { return o.status == SandboxOrderStatus::Backordered; });
    QVERIFY(order);
    bool found = false;
    for (const QJsonValue &value :
         details(order->ingramOrderNumber).value(QStringLiteral("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        if (line.value(QStringLiteral("quantityBackOrdered")).toInt() == 0)
            continue;
        found = true;
        QVERIFY(QDate::fromString(line.value(QStringLiteral("backOrderETADate")).toString(),
                                  Qt::ISODate) > today);
        QVERIFY(!line.value(QStringLiteral("scheduleLines")).toArray().isEmpty());
        QVERIFY(!line.value(QStringLiteral("estimatedDates")).toArray().isEmpty());
    }
    QVERIFY(found);
}

void TestSandboxDetails::subOrderDetails()
{
    const SandboxOrder *order =
        findOrder([](const SandboxOrder &o) { return o.subOrders().size() > 1; });
    QVERIFY(order);
    const int sub = order->subOrders().last();
    const QString number = order->subOrderNumber(sub);
    const QJsonArray lines = details(number).value(QStringLiteral("lines")).toArray();
    int expected = 0;
    for (const SandboxLine &l : order->lines)
        expected += l.subOrder == sub ? 1 : 0;
    QCOMPARE(lines.size(), expected);
    for (const QJsonValue &l : lines)
        QCOMPARE(l.toObject().value(QStringLiteral("subOrderNumber")).toString(), number);
}

void TestSandboxDetails::unknownOrderIs404()
{
    const SandboxTestReply reply = m_client->api(QStringLiteral("/resellers/v6.1/orders/20-ZZZZZ"));
    QCOMPARE(reply.status, 404);
    const QJsonObject error =
        reply.json().value(QStringLiteral("errors")).toArray().first().toObject();
    QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Order not found."));
    QCOMPARE(reply.header("IM-CorrelationID"), QByteArray("test-correlation-0001"));
}

void TestSandboxDetails::simulateStatus_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("status");
    QTest::newRow("shipped") << QByteArray("IM::SHIPPED") << QStringLiteral("Shipped");
    QTest::newRow("partially shipped")
        << QByteArray("IM::PARTIALLY_SHIPPED") << QStringLiteral("Partially Shipped");
    QTest::newRow("hold") << QByteArray("IM::HOLD") << QStringLiteral("On Hold");
    QTest::newRow("invoiced") << QByteArray("IM::INVOICED") << QStringLiteral("Shipped");
}

void TestSandboxDetails::simulateStatus()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, status);
    // A fresh order, so that the simulation has to make up shipments.
    const SandboxOrder *order = findOrder([](const SandboxOrder &o) {
        return o.status == SandboxOrderStatus::Processing && o.orderDate >= today.addDays(-3);
    });
    QVERIFY(order);
    const QJsonObject json = details(order->ingramOrderNumber, "simulateStatus=" + value);
    QCOMPARE(json.value(QStringLiteral("orderStatus")).toString(), status);
    int shipped = 0, waiting = 0, invoiced = 0, invoicedEarly = 0;
    for (const QJsonValue &item : json.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject line = item.toObject();
        const QJsonArray shipments = line.value(QStringLiteral("shipmentDetails")).toArray();
        shipped += shipments.isEmpty() ? 0 : 1;
        waiting +=
            line.value(QStringLiteral("quantityBackOrdered")).toInt() > 0 || shipments.isEmpty()
                ? 1
                : 0;
        for (const QJsonValue &s : shipments) {
            const bool hasInvoice =
                !s.toObject().value(QStringLiteral("invoiceNumber")).toString().isEmpty();
            invoiced += hasInvoice ? 1 : 0;
            // Shipped today and already invoiced happens only when invoicing is simulated.
            invoicedEarly +=
                hasInvoice && s.toObject().value(QStringLiteral("shippedDate")).toString() ==
                                  today.toString(Qt::ISODate)
                    ? 1
                    : 0;
        }
        if (value == QByteArray("IM::HOLD"))
            QVERIFY(line.value(QStringLiteral("lineStatus"))
                        .toString()
                        .contains(QLatin1String("hold"), Qt::CaseInsensitive));
    }
    const int lines = json.value(QStringLiteral("lines")).toArray().size();
    if (value == "IM::SHIPPED") {
        QCOMPARE(shipped, lines);
        QCOMPARE(invoicedEarly, 0);
    } else if (value == "IM::INVOICED") {
        QCOMPARE(shipped, lines);
        QVERIFY(invoiced >= lines);
    } else if (value == "IM::PARTIALLY_SHIPPED") {
        QVERIFY(shipped > 0);
        QVERIFY(waiting > 0);
        QCOMPARE(invoicedEarly, 0);
    } else {
        QCOMPARE(shipped, 0);
    }
}

void TestSandboxDetails::simulateDoesNotChangeStore()
{
    const SandboxOrder *order =
        findOrder([](const SandboxOrder &o) { return o.status == SandboxOrderStatus::Processing; });
    const QJsonObject before = details(order->ingramOrderNumber);
    details(order->ingramOrderNumber, "simulateStatus=IM::SHIPPED");
    QCOMPARE(details(order->ingramOrderNumber), before);
    QCOMPARE(details(order->ingramOrderNumber, "simulateStatus=IM::SHIPPED"),
             details(order->ingramOrderNumber, "simulateStatus=IM::SHIPPED"));
}

void TestSandboxDetails::optionalParameters()
{
    const SandboxOrder *order = findOrder([](const SandboxOrder &o) {
        return o.lines.size() > 1 &&
               o.lines.first().product->vendorNumber != o.lines.last().product->vendorNumber;
    });
    QVERIFY(order);
    const QString number = order->ingramOrderNumber;
    QCOMPARE(details(number, "ingramOrderDate=" + order->orderDate.toString(Qt::ISODate).toLatin1())
                 .value(QStringLiteral("ingramOrderNumber"))
                 .toString(),
             number);
    details(number,
            "ingramOrderDate=" + order->orderDate.addDays(-1).toString(Qt::ISODate).toLatin1(),
            404);
    const QString vendor = order->lines.first().product->vendorNumber;
    const QJsonArray lines = details(number, "vendorNumber=" + vendor.toLatin1())
                                 .value(QStringLiteral("lines"))
                                 .toArray();
    QVERIFY(!lines.isEmpty());
    QVERIFY(lines.size() < order->lines.size());
    details(number, "vendorNumber=99999", 404);
    QVERIFY(details(number, "isIml=true&regionCode=US").contains(QStringLiteral("lines")));
}

void TestSandboxDetails::invalidParameters_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("simulate") << QByteArray("simulateStatus=IM::LOST")
                              << QStringLiteral("simulateStatus");
    QTest::newRow("isIml") << QByteArray("isIml=maybe") << QStringLiteral("isIml");
    QTest::newRow("date") << QByteArray("ingramOrderDate=yesterday")
                          << QStringLiteral("ingramOrderDate");
}

void TestSandboxDetails::invalidParameters()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, field);
    const QString number = m_server->store()->orders().front().ingramOrderNumber;
    const SandboxTestReply reply =
        m_client->api(QStringLiteral("/resellers/v6.1/orders/") + number, query);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("fields"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("field"))
                 .toString(),
             field);
}

QTEST_GUILESS_MAIN(TestSandboxDetails)
#include "tst_sandbox_details.moc"
