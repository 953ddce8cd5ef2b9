// Order creation in the sandbox: v6 (201, 207, 400, duplicates, backorders) and v7 (strict types,
// confirmation first, the order later), over loopback HTTP.

#include "sandbox/sandboxcatalog.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "sandboxtestclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString createV6 = QStringLiteral("/resellers/v6/orders");
const QString createV7 = QStringLiteral("/resellers/v7/orders");
const QString search = QStringLiteral("/resellers/v6/orders/search");

QJsonObject line(const QString &customerLine, const QString &part, const QJsonValue &quantity)
{
    return {{QStringLiteral("customerLineNumber"), customerLine},
            {QStringLiteral("ingramPartNumber"), part},
            {QStringLiteral("quantity"), quantity}};
}

QJsonObject order(const QString &po, const QJsonArray &lines)
{
    return {{QStringLiteral("customerOrderNumber"), po}, {QStringLiteral("lines"), lines}};
}

QStringList fieldNames(const QJsonObject &body)
{
    QStringList names;
    const QJsonArray errors = body.value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &error : errors) {
        const QJsonArray fields = error.toObject().value(QStringLiteral("fields")).toArray();
        for (const QJsonValue &field : fields)
            names.append(field.toObject().value(QStringLiteral("field")).toString());
    }
    return names;
}

QByteArray poQuery(const QString &po)
{
    return "customerOrderNumber=" + QUrl::toPercentEncoding(po);
}

} // namespace

class TestSandboxOrders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void v6CreatedAndFound();
    void v6SplitsDirectShipAndWarehouses();
    void v6PartialIs207();
    void v6AllLinesRejectedIs400();
    void v6FieldErrors_data();
    void v6FieldErrors();
    void v6DuplicatePo();
    void v6NoBackorderWanted();
    void v6SpecExamples();
    void v7StrictTypes_data();
    void v7StrictTypes();
    void v7ConfirmationThenOrder();
    void v7QuoteNotFound();
    void v7DuplicateOfPending();

private:
    SandboxServer *m_server = nullptr;
    SandboxTestClient *m_client = nullptr;
    // A physical part with plenty of stock in the first US warehouse.
    std::shared_ptr<const SandboxProduct> m_stocked;
};

void TestSandboxOrders::initTestCase()
{
    SandboxOptions options;
    options.orderCount = 50;
    options.referenceDate = QDate(2025, 6, 15);
    options.v7OrderDelaySeconds = 10;
    m_server = new SandboxServer(options, this);
    QVERIFY(m_server->listen());
    m_client = new SandboxTestClient(m_server);
    QVERIFY(SandboxCatalog::products().size() >= 300);
    for (const auto &product : SandboxCatalog::products()) {
        if (!product->license && !product->directShip && !product->alwaysBackordered &&
            m_server->catalog().stock(*product, QStringLiteral("10")) >= 20) {
            m_stocked = product;
            break;
        }
    }
    QVERIFY(m_stocked);
}

void TestSandboxOrders::v6CreatedAndFound()
{
    const int stockBefore = m_server->catalog().stock(*m_stocked, QStringLiteral("10"));
    const QString po = QStringLiteral("RD-V6-CREATE");
    const SandboxTestReply reply =
        m_client->apiJson("POST", createV6,
                          order(po, {line(QStringLiteral("1"), m_stocked->ingramPartNumber, 2),
                                     line(QStringLiteral("2"), QStringLiteral("DF4128"), 1)}));
    QCOMPARE(reply.status, 201);
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("customerOrderNumber")).toString(), po);
    QCOMPARE(body.value(QStringLiteral("orderSplit")).toBool(true), false);
    const QJsonArray orders = body.value(QStringLiteral("orders")).toArray();
    QCOMPARE(orders.size(), 1);
    const QJsonObject created = orders.first().toObject();
    const QString number = created.value(QStringLiteral("ingramOrderNumber")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^20-[0-9A-Z]{5}$")).match(number).hasMatch(),
             qPrintable(number));
    QVERIFY(created.value(QStringLiteral("rejectedLineItems")).isArray());
    QVERIFY(created.value(QStringLiteral("rejectedLineItems")).toArray().isEmpty());
    QCOMPARE(created.value(QStringLiteral("numberOfLinesWithSuccess")).toInt(), 2);
    const QJsonArray lines = created.value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = lines.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("lineStatus")).toString(), QStringLiteral("In Progress"));
    QCOMPARE(first.value(QStringLiteral("unitPrice")).toDouble(),
             SandboxCatalog::listPrice(*m_stocked, SandboxCountry::table()[0]));
    QCOMPARE(first.value(QStringLiteral("quantityConfirmed")).toInt(), 2);
    QVERIFY(first.value(QStringLiteral("shipmentDetails")).isArray());
    QCOMPARE(first.value(QStringLiteral("shipmentDetails"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("shipFromWarehouseId"))
                 .toString(),
             QStringLiteral("10"));
    const QJsonObject backordered = lines.at(1).toObject();
    QCOMPARE(backordered.value(QStringLiteral("lineStatus")).toString(),
             QStringLiteral("Backordered"));
    QCOMPARE(backordered.value(QStringLiteral("quantityBackOrdered")).toInt(), 1);
    QCOMPARE(backordered.value(QStringLiteral("quantityConfirmed")).toInt(), 0);
    QCOMPARE(m_server->catalog().stock(*m_stocked, QStringLiteral("10")), stockBefore - 2);

    // At once in search and in details.
    const SandboxTestReply found = m_client->api(search, poQuery(po));
    QCOMPARE(found.status, 200);
    const QJsonArray results = found.json().value(QStringLiteral("orders")).toArray();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().toObject().value(QStringLiteral("ingramOrderNumber")).toString(),
             number);
    QCOMPARE(results.first().toObject().value(QStringLiteral("orderStatus")).toString(),
             QStringLiteral("BACKORDERED"));
    QCOMPARE(results.first().toObject().value(QStringLiteral("orderTotal")).toString(),
             QString::number(created.value(QStringLiteral("orderTotal")).toDouble(), 'f', 2));
    const SandboxTestReply details =
        m_client->api(QStringLiteral("/resellers/v6.1/orders/") + number);
    QCOMPARE(details.status, 200);
    QCOMPARE(details.json().value(QStringLiteral("customerOrderNumber")).toString(), po);
    QCOMPARE(details.json().value(QStringLiteral("lines")).toArray().size(), 2);
    // Dated by the sandbox clock, which runs on the reference date: the US date is that day or,
    // early in the UTC day, the one before.
    const QDate placed = m_server->store()->order(number)->orderDate;
    QVERIFY2(placed == QDate(2025, 6, 15) || placed == QDate(2025, 6, 14),
             qPrintable(placed.toString(Qt::ISODate)));
}

void TestSandboxOrders::v6SplitsDirectShipAndWarehouses()
{
    // A part the first warehouse lacks but the second has: a second sub-order.
    std::shared_ptr<const SandboxProduct> elsewhere;
    for (const auto &product : SandboxCatalog::products()) {
        if (!product->license && !product->directShip && !product->alwaysBackordered &&
            m_server->catalog().stock(*product, QStringLiteral("10")) == 0 &&
            m_server->catalog().stock(*product, QStringLiteral("40")) >= 1) {
            elsewhere = product;
            break;
        }
    }
    QVERIFY(elsewhere);
    const SandboxTestReply reply =
        m_client->apiJson("POST", createV6,
                          order(QStringLiteral("RD-SPLIT"),
                                {line(QStringLiteral("1"), m_stocked->ingramPartNumber, 1),
                                 line(QStringLiteral("2"), elsewhere->ingramPartNumber, 1),
                                 line(QStringLiteral("3"), QStringLiteral("RQ6000"), 1)}));
    QCOMPARE(reply.status, 201);
    const QJsonObject body = reply.json();
    QVERIFY(body.value(QStringLiteral("orderSplit")).toBool());
    const QJsonArray orders = body.value(QStringLiteral("orders")).toArray();
    QCOMPARE(orders.size(), 2);
    QCOMPARE(orders.at(0).toObject().value(QStringLiteral("orderType")).toString(),
             QStringLiteral("S"));
    QCOMPARE(orders.at(1).toObject().value(QStringLiteral("orderType")).toString(),
             QStringLiteral("D"));
    const QString number =
        orders.at(0).toObject().value(QStringLiteral("ingramOrderNumber")).toString();
    const QJsonArray lines = orders.at(0).toObject().value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("subOrderNumber")).toString(),
             number + QStringLiteral("-11"));
    QCOMPARE(lines.at(1).toObject().value(QStringLiteral("subOrderNumber")).toString(),
             number + QStringLiteral("-21"));
    // Sub-order numbers find the order in details.
    QCOMPARE(
        m_client->api(QStringLiteral("/resellers/v6.1/orders/") + number + QStringLiteral("-21"))
            .status,
        200);
    const double purchaseTotal = body.value(QStringLiteral("purchaseOrderTotal")).toDouble();
    const double sum = orders.at(0).toObject().value(QStringLiteral("orderTotal")).toDouble() +
                       orders.at(1).toObject().value(QStringLiteral("orderTotal")).toDouble();
    QVERIFY(qAbs(purchaseTotal - sum) < 0.005);
    QVERIFY(purchaseTotal > 34205.10);
}

void TestSandboxOrders::v6PartialIs207()
{
    const SandboxTestReply reply =
        m_client->apiJson("POST", createV6,
                          order(QStringLiteral("RD-PARTIAL"),
                                {line(QStringLiteral("1"), m_stocked->ingramPartNumber, 1),
                                 line(QStringLiteral("2"), QStringLiteral("XXXXXX"), 1),
                                 line(QStringLiteral("3"), m_stocked->ingramPartNumber, 0)}));
    QCOMPARE(reply.status, 207);
    const QJsonObject body = reply.json();
    QVERIFY(body.value(QStringLiteral("processedPartially")).toBool());
    const QJsonObject created = body.value(QStringLiteral("orders")).toArray().first().toObject();
    QCOMPARE(created.value(QStringLiteral("numberOfLinesWithSuccess")).toInt(), 1);
    QCOMPARE(created.value(QStringLiteral("numberOfLinesWithError")).toInt(), 2);
    const QJsonArray rejected = created.value(QStringLiteral("rejectedLineItems")).toArray();
    QCOMPARE(rejected.size(), 2);
    const QJsonObject unknown = rejected.at(0).toObject();
    QCOMPARE(unknown.value(QStringLiteral("customerLinenumber")).toString(), QStringLiteral("2"));
    QCOMPARE(unknown.value(QStringLiteral("rejectCode")).toString(), QStringLiteral("EN"));
    QCOMPARE(unknown.value(QStringLiteral("rejectReason")).toString(),
             QStringLiteral("SKU-NOTFOUND    XXXXXX"));
    const QJsonObject quantity = rejected.at(1).toObject();
    QCOMPARE(quantity.value(QStringLiteral("rejectCode")).toString(), QStringLiteral("EQ"));
    QCOMPARE(quantity.value(QStringLiteral("rejectReason")).toString(),
             QStringLiteral("ERROR-INVALID-QTY"));
    const QString number = created.value(QStringLiteral("ingramOrderNumber")).toString();
    QCOMPARE(m_server->store()->order(number)->lines.size(), 1);
}

void TestSandboxOrders::v6AllLinesRejectedIs400()
{
    const SandboxTestReply reply =
        m_client->apiJson("POST", createV6,
                          order(QStringLiteral("RD-NOTHING"),
                                {line(QStringLiteral("1"), QStringLiteral("NOPART"), 1)}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(fieldNames(reply.json()), QStringList{QStringLiteral("lines[0].ingramPartNumber")});
    QCOMPARE(m_client->api(search, poQuery(QStringLiteral("RD-NOTHING"))).status, 204);
}

void TestSandboxOrders::v6FieldErrors_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QJsonArray oneLine{line(QStringLiteral("1"), QStringLiteral("DF4128"), 1)};
    QTest::newRow("PO of 36 characters")
        << order(QString(36, u'P'), oneLine) << QStringLiteral("customerOrderNumber");
    QTest::newRow("no PO") << QJsonObject{{QStringLiteral("lines"), oneLine}}
                           << QStringLiteral("customerOrderNumber");
    QJsonObject emptyEndUser = order(QStringLiteral("RD-EU"), oneLine);
    emptyEndUser.insert(QStringLiteral("endUserInfo"), QJsonObject());
    QTest::newRow("empty endUserInfo") << emptyEndUser << QStringLiteral("endUserInfo");
    QTest::newRow("no lines") << QJsonObject{{QStringLiteral("customerOrderNumber"),
                                              QStringLiteral("RD-NOLINES")}}
                              << QStringLiteral("lines");
    QTest::newRow("empty lines") << order(QStringLiteral("RD-NOLINES"), {})
                                 << QStringLiteral("lines");
    QTest::newRow("customer line number of 4")
        << order(QStringLiteral("RD-CLN"),
                 {line(QStringLiteral("1234"), QStringLiteral("DF4128"), 1)})
        << QStringLiteral("lines[0].customerLineNumber");
    QJsonObject partialAddress = order(QStringLiteral("RD-ADDR"), oneLine);
    partialAddress.insert(QStringLiteral("shipToInfo"),
                          QJsonObject{{QStringLiteral("city"), QStringLiteral("LENEXA")},
                                      {QStringLiteral("postalCode"), QStringLiteral("66219")},
                                      {QStringLiteral("countryCode"), QStringLiteral("US")}});
    QTest::newRow("ship-to without street")
        << partialAddress << QStringLiteral("shipToInfo.addressLine1");
    QJsonObject longCity = order(QStringLiteral("RD-CITY"), oneLine);
    longCity.insert(QStringLiteral("shipToInfo"),
                    QJsonObject{{QStringLiteral("addressLine1"), QStringLiteral("1 MAIN ST")},
                                {QStringLiteral("city"), QString(26, u'C')},
                                {QStringLiteral("postalCode"), QStringLiteral("66219")},
                                {QStringLiteral("countryCode"), QStringLiteral("US")}});
    QTest::newRow("city of 26") << longCity << QStringLiteral("shipToInfo.city");
}

void TestSandboxOrders::v6FieldErrors()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const SandboxTestReply reply = m_client->apiJson("POST", createV6, body);
    QCOMPARE(reply.status, 400);
    const QJsonObject error =
        reply.json().value(QStringLiteral("errors")).toArray().first().toObject();
    QCOMPARE(error.value(QStringLiteral("type")).toString(),
             QStringLiteral("/errors/validation-failed"));
    QVERIFY2(fieldNames(reply.json()).contains(field),
             qPrintable(fieldNames(reply.json()).join(u',')));
}

void TestSandboxOrders::v6DuplicatePo()
{
    const QString po = QStringLiteral("RD-DUP-1");
    const QJsonObject body = order(po, {line(QStringLiteral("1"), m_stocked->ingramPartNumber, 1)});
    QCOMPARE(m_client->apiJson("POST", createV6, body).status, 201);
    // Customer PO numbers compare without regard to case.
    SandboxTestReply again = m_client->apiJson(
        "POST", createV6, order(po.toLower(), body.value(QStringLiteral("lines")).toArray()));
    QCOMPARE(again.status, 400);
    QCOMPARE(fieldNames(again.json()), QStringList{QStringLiteral("customerOrderNumber")});

    QJsonObject withAttribute = body;
    withAttribute.insert(
        QStringLiteral("additionalAttributes"),
        QJsonArray{QJsonObject{
            {QStringLiteral("attributeName"), QStringLiteral("allowDuplicateCustomerOrderNumber")},
            {QStringLiteral("attributeValue"), QStringLiteral("true")}}});
    QCOMPARE(m_client->apiJson("POST", createV6, withAttribute).status, 201);
    QJsonObject withFlag = body;
    withFlag.insert(QStringLiteral("allowDuplicateCustomerOrderNumber"), true);
    QCOMPARE(m_client->apiJson("POST", createV6, withFlag).status, 201);

    const SandboxTestReply found = m_client->api(search, poQuery(po));
    QCOMPARE(found.json().value(QStringLiteral("recordsFound")).toString(), QStringLiteral("3"));
}

void TestSandboxOrders::v6NoBackorderWanted()
{
    QJsonObject body = order(QStringLiteral("RD-NOBACKORDER"),
                             {line(QStringLiteral("1"), m_stocked->ingramPartNumber, 1),
                              line(QStringLiteral("2"), QStringLiteral("TSXML1"), 1)});
    body.insert(QStringLiteral("acceptBackOrder"), false);
    const SandboxTestReply reply = m_client->apiJson("POST", createV6, body);
    QCOMPARE(reply.status, 207);
    const QJsonArray rejected = reply.json()
                                    .value(QStringLiteral("orders"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("rejectedLineItems"))
                                    .toArray();
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().toObject().value(QStringLiteral("ingramPartNumber")).toString(),
             QStringLiteral("TSXML1"));
}

void TestSandboxOrders::v6SpecExamples()
{
    // The vendor's own request examples are placed as they are (duplicates allowed by their
    // attribute); only the customer-part-number one has nothing the catalog knows.
    QFile file(QStringLiteral(RD_SPEC_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonObject examples = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QStringLiteral("paths"))
                                     .toObject()
                                     .value(createV6)
                                     .toObject()
                                     .value(QStringLiteral("post"))
                                     .toObject()
                                     .value(QStringLiteral("requestBody"))
                                     .toObject()
                                     .value(QStringLiteral("content"))
                                     .toObject()
                                     .value(QStringLiteral("application/json"))
                                     .toObject()
                                     .value(QStringLiteral("examples"))
                                     .toObject();
    QVERIFY(examples.size() >= 10);
    for (auto it = examples.begin(); it != examples.end(); ++it) {
        const QJsonObject body = it.value().toObject().value(QStringLiteral("value")).toObject();
        const SandboxTestReply reply = m_client->apiJson("POST", createV6, body);
        if (it.key().contains(QLatin1String("CPN"))) {
            QCOMPARE(reply.status, 400);
            continue;
        }
        QVERIFY2(reply.status == 201 || reply.status == 207,
                 qPrintable(it.key() + QStringLiteral(": ") + QString::number(reply.status) +
                            QLatin1Char(' ') + QString::fromUtf8(reply.body)));
    }
}

void TestSandboxOrders::v7StrictTypes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("boolean") << QStringLiteral("acceptBackOrder") << QJsonValue(true) << 200
                             << QString();
    QTest::newRow("quoted boolean")
        << QStringLiteral("acceptBackOrder") << QJsonValue(QStringLiteral("true")) << 400
        << QStringLiteral("acceptBackOrder");
    QTest::newRow("phone as number")
        << QStringLiteral("endUserInfo")
        << QJsonValue(QJsonObject{{QStringLiteral("companyName"), QStringLiteral("ACME")},
                                  {QStringLiteral("phoneNumber"), 6105400202.0}})
        << 400 << QStringLiteral("endUserInfo.phoneNumber");
    QTest::newRow("phone as string")
        << QStringLiteral("endUserInfo")
        << QJsonValue(QJsonObject{{QStringLiteral("companyName"), QStringLiteral("ACME")},
                                  {QStringLiteral("phoneNumber"), QStringLiteral("6105400202")}})
        << 200 << QString();
    QTest::newRow("quoted quantity")
        << QStringLiteral("lines")
        << QJsonValue(
               QJsonArray{line(QStringLiteral("1"), QStringLiteral("DF4128"), QStringLiteral("2"))})
        << 400 << QStringLiteral("lines[0].quantity");
    QTest::newRow("PO of 19") << QStringLiteral("customerOrderNumber")
                              << QJsonValue(QString(19, u'7')) << 400
                              << QStringLiteral("customerOrderNumber");
}

void TestSandboxOrders::v7StrictTypes()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    QFETCH(QString, field);
    QJsonObject body =
        order(QStringLiteral("V7T-") +
                  QString::fromLatin1(QTest::currentDataTag()).left(10).replace(u' ', u'-'),
              {line(QStringLiteral("1"), m_stocked->ingramPartNumber, 1)});
    body.insert(key, value);
    const SandboxTestReply reply = m_client->apiJson("POST", createV7, body);
    QCOMPARE(reply.status, status);
    if (status == 400)
        QCOMPARE(fieldNames(reply.json()), QStringList{field});
}

void TestSandboxOrders::v7ConfirmationThenOrder()
{
    const QString po = QStringLiteral("RD-V7-LATER");
    const int pendingBefore = m_server->pendingOrderCount();
    const SandboxTestReply reply = m_client->apiJson(
        "POST", createV7, order(po, {line(QStringLiteral("1"), m_stocked->ingramPartNumber, 1)}));
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QStringList keys = body.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("confirmationNumber"), QStringLiteral("message"),
                                QStringLiteral("quoteNumber")}));
    QVERIFY2(QRegularExpression(QStringLiteral("^US-I-T-[0-9]{20}$"))
                 .match(body.value(QStringLiteral("confirmationNumber")).toString())
                 .hasMatch(),
             qPrintable(body.value(QStringLiteral("confirmationNumber")).toString()));
    QVERIFY(body.value(QStringLiteral("message"))
                .toString()
                .startsWith(QLatin1String("Thank you for submitting the order request")));
    QCOMPARE(m_server->pendingOrderCount(), pendingBefore + 1);

    QCOMPARE(m_client->api(search, poQuery(po)).status, 204);
    m_server->advanceClock(8);
    QCOMPARE(m_client->api(search, poQuery(po)).status, 204);
    m_server->advanceClock(3);
    const SandboxTestReply found = m_client->api(search, poQuery(po));
    QCOMPARE(found.status, 200);
    QCOMPARE(found.json().value(QStringLiteral("orders")).toArray().size(), 1);
    QCOMPARE(m_server->pendingOrderCount(), 0);
}

void TestSandboxOrders::v7QuoteNotFound()
{
    QJsonObject body = order(QStringLiteral("RD-V7-QUOTE"), {});
    body.insert(QStringLiteral("quoteNumber"), QStringLiteral("QUO-99999-Z9Z9Z9"));
    const SandboxTestReply reply = m_client->apiJson("POST", createV7, body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(fieldNames(reply.json()), QStringList{QStringLiteral("quoteNumber")});
    QVERIFY(reply.body.contains("QUO-99999-Z9Z9Z9 was not found"));
}

void TestSandboxOrders::v7DuplicateOfPending()
{
    const QString po = QStringLiteral("RD-V7-PEND");
    const QJsonObject body = order(po, {line(QStringLiteral("1"), m_stocked->ingramPartNumber, 1)});
    QCOMPARE(m_client->apiJson("POST", createV7, body).status, 200);
    QCOMPARE(m_client->api(search, poQuery(po)).status, 204);
    // Not yet searchable, yet already known: a second create is a duplicate.
    const SandboxTestReply again = m_client->apiJson("POST", createV6, body);
    QCOMPARE(again.status, 400);
    QCOMPARE(fieldNames(again.json()), QStringList{QStringLiteral("customerOrderNumber")});
    m_server->advanceClock(SandboxDefaults::V7OrderDelaySeconds);
    QCOMPARE(m_client->api(search, poQuery(po)).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxOrders)
#include "tst_sandbox_orders.moc"
