// Resetting the sandbox's data in place: created orders go, the seeded orders come back for the
// chosen size and seed, on the same port and over loopback HTTP.

#include "sandbox/sandboxcatalog.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString createV6 = QStringLiteral("/resellers/v6/orders");
const QString createV7 = QStringLiteral("/resellers/v7/orders");
const QString search = QStringLiteral("/resellers/v6/orders/search");
const QDate referenceDate(2025, 6, 15);
// Wider than any seeded or created order date.
const QByteArray fullRange = "ingramOrderDate-bt=2000-01-01&ingramOrderDate-bt=2030-12-31";

QJsonObject orderBody(const QString &po, const QString &part, int quantity)
{
    return {{QStringLiteral("customerOrderNumber"), po},
            {QStringLiteral("lines"),
             QJsonArray{QJsonObject{{QStringLiteral("customerLineNumber"), QStringLiteral("1")},
                                    {QStringLiteral("ingramPartNumber"), part},
                                    {QStringLiteral("quantity"), quantity}}}}};
}

QByteArray poQuery(const QString &po)
{
    return "customerOrderNumber=" + QUrl::toPercentEncoding(po);
}

SandboxOptions optionsFor(int orderCount, quint64 seed)
{
    SandboxOptions options;
    options.orderCount = orderCount;
    options.seed = seed;
    options.referenceDate = referenceDate;
    return options;
}

struct SearchAll
{
    int status = 0;
    int recordsFound = 0;
    QStringList numbers; // in the order the pages list them
};

SearchAll searchAll(SandboxTestClient &client)
{
    SearchAll result;
    for (int page = 1; page < 100; ++page) {
        const SandboxTestReply reply =
            client.api(search, fullRange + "&pageSize=100&pageNumber=" + QByteArray::number(page));
        result.status = reply.status;
        if (reply.status != 200)
            break;
        const QJsonObject json = reply.json();
        result.recordsFound = json.value(QStringLiteral("recordsFound")).toString().toInt();
        const QJsonArray orders = json.value(QStringLiteral("orders")).toArray();
        for (const QJsonValue &order : orders)
            result.numbers.append(
                order.toObject().value(QStringLiteral("ingramOrderNumber")).toString());
        if (!json.contains(QStringLiteral("nextPage")))
            break;
    }
    return result;
}

} // namespace

class TestSandboxReset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createdOrderGoneAfterReset();
    void newSizeMatchesFreshServer_data();
    void newSizeMatchesFreshServer();
    void newSeedChangesData();
    void stockAndPendingRestored();
    void faultsAndTokensSurvive();
    void outOfRangeRefused();

private:
    SandboxServer *m_server = nullptr;
    SandboxTestClient *m_client = nullptr;
    quint16 m_port = 0;
    std::shared_ptr<const SandboxProduct> m_stocked;
};

void TestSandboxReset::initTestCase()
{
    SandboxOptions options = optionsFor(50, SandboxDefaults::Seed);
    options.v7OrderDelaySeconds = 10;
    m_server = new SandboxServer(options, this);
    QVERIFY(m_server->listen());
    m_port = m_server->port();
    QVERIFY(m_port != 0);
    m_client = new SandboxTestClient(m_server);
    for (const auto &product : SandboxCatalog::products()) {
        if (!product->license && !product->directShip && !product->alwaysBackordered &&
            m_server->catalog().stock(*product, QStringLiteral("10")) >= 20) {
            m_stocked = product;
            break;
        }
    }
    QVERIFY(m_stocked);
}

void TestSandboxReset::createdOrderGoneAfterReset()
{
    const QString po = QStringLiteral("RD-RESET-CREATED");
    const SandboxTestReply created =
        m_client->apiJson("POST", createV6, orderBody(po, m_stocked->ingramPartNumber, 2));
    QCOMPARE(created.status, 201);
    const QString number = created.json()
                               .value(QStringLiteral("orders"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("ingramOrderNumber"))
                               .toString();
    QVERIFY(!number.isEmpty());
    QCOMPARE(m_client->api(search, poQuery(po)).status, 200);
    QCOMPARE(m_server->store()->orderCount(), 51);

    QSignalSpy reset(m_server, &SandboxServer::dataReset);
    QVERIFY(m_server->resetData());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_server->port(), m_port);
    QVERIFY(m_server->isListening());
    QCOMPARE(m_server->store()->orderCount(), 50);

    QCOMPARE(m_client->api(search, poQuery(po)).status, 204);
    QVERIFY(!searchAll(*m_client).numbers.contains(number));
    QVERIFY(!m_server->store()->order(number));
    // The same PO can be used again: the old order is not a duplicate any more.
    QCOMPARE(
        m_client->apiJson("POST", createV6, orderBody(po, m_stocked->ingramPartNumber, 1)).status,
        201);
    QVERIFY(m_server->resetData());
}

void TestSandboxReset::newSizeMatchesFreshServer_data()
{
    QTest::addColumn<int>("orderCount");
    QTest::newRow("0") << 0;
    QTest::newRow("1") << 1;
    QTest::newRow("120") << 120;
    QTest::newRow("700") << 700;
    QTest::newRow("50 again") << 50;
}

void TestSandboxReset::newSizeMatchesFreshServer()
{
    QFETCH(int, orderCount);
    QVERIFY(m_server->regenerate(orderCount, SandboxDefaults::Seed));
    QCOMPARE(m_server->port(), m_port);
    QCOMPARE(m_server->options().orderCount, orderCount);
    QCOMPARE(m_server->store()->orderCount(), orderCount);

    SandboxServer fresh(optionsFor(orderCount, SandboxDefaults::Seed));
    QVERIFY(fresh.listen());
    SandboxTestClient freshClient(&fresh);

    const SearchAll got = searchAll(*m_client);
    const SearchAll want = searchAll(freshClient);
    QCOMPARE(got.status, want.status);
    QCOMPARE(got.recordsFound, want.recordsFound);
    QCOMPARE(got.numbers, want.numbers);
    if (orderCount == 0) {
        QCOMPARE(got.status, 204);
    } else {
        QCOMPARE(got.status, 200);
        QCOMPARE(got.recordsFound, orderCount);
    }
}

void TestSandboxReset::newSeedChangesData()
{
    QVERIFY(m_server->regenerate(80, SandboxDefaults::Seed));
    const SearchAll before = searchAll(*m_client);
    QVERIFY(m_server->regenerate(80, 777));
    QCOMPARE(m_server->options().seed, quint64(777));
    const SearchAll after = searchAll(*m_client);
    QCOMPARE(after.recordsFound, 80);

    SandboxServer fresh(optionsFor(80, 777));
    QVERIFY(fresh.listen());
    SandboxTestClient freshClient(&fresh);
    QCOMPARE(after.numbers, searchAll(freshClient).numbers);

    QVERIFY(after.numbers != before.numbers);
    // The orders behind the numbers are the fresh server's too.
    const QString number = after.numbers.first();
    const QByteArray details =
        m_client->api(QStringLiteral("/resellers/v6.1/orders/") + number).body;
    QCOMPARE(details, freshClient.api(QStringLiteral("/resellers/v6.1/orders/") + number).body);
    QVERIFY(m_server->regenerate(50, SandboxDefaults::Seed));
}

void TestSandboxReset::stockAndPendingRestored()
{
    const int stockBefore = m_server->catalog().stock(*m_stocked, QStringLiteral("10"));
    QCOMPARE(
        m_client
            ->apiJson("POST", createV6,
                      orderBody(QStringLiteral("RD-RESET-STOCK"), m_stocked->ingramPartNumber, 3))
            .status,
        201);
    QCOMPARE(m_server->catalog().stock(*m_stocked, QStringLiteral("10")), stockBefore - 3);

    const QJsonObject v7 = orderBody(QStringLiteral("RD-RESET-V7"), m_stocked->ingramPartNumber, 1);
    const SandboxTestReply pending = m_client->apiJson("POST", createV7, v7);
    QCOMPARE(pending.status, 200);
    QCOMPARE(m_server->pendingOrderCount(), 1);

    QVERIFY(m_server->resetData());
    QCOMPARE(m_server->pendingOrderCount(), 0);
    QCOMPARE(m_server->catalog().stock(*m_stocked, QStringLiteral("10")), stockBefore);
    // The v7 order does not turn up later either.
    m_server->advanceClock(3600);
    QCOMPARE(m_client->api(search, poQuery(QStringLiteral("RD-RESET-V7"))).status, 204);
    QCOMPARE(searchAll(*m_client).recordsFound, 50);
}

void TestSandboxReset::faultsAndTokensSurvive()
{
    const HeaderList headers = m_client->apiHeaders(); // token issued before the reset
    m_server->faults()->add(SandboxFaultRule(SandboxFaultKind::ServerError).times(1));
    QVERIFY(m_server->resetData());
    QCOMPARE(m_server->faults()->rules().size(), 1);
    QCOMPARE(m_client->send("GET", search, {}, headers).status, 500);
    QCOMPARE(m_client->send("GET", search, {}, headers).status, 200);
}

void TestSandboxReset::outOfRangeRefused()
{
    QSignalSpy reset(m_server, &SandboxServer::dataReset);
    QVERIFY(!m_server->regenerate(SandboxServer::MaxOrderCount + 1, 1));
    QVERIFY(!m_server->regenerate(-1, 1));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_server->store()->orderCount(), 50);
    QCOMPARE(m_server->options().orderCount, 50);
    QCOMPARE(m_server->options().seed, SandboxDefaults::Seed);
}

QTEST_GUILESS_MAIN(TestSandboxReset)
#include "tst_sandbox_reset.moc"
