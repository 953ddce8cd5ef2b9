// Header validation of the sandbox's API calls, correlation ID echo and unknown routes.

#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestSandboxHeaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void invalidHeader_data();
    void invalidHeader();
    void longestValidValues();
    void missingHeadersAllReported();
    void tokenCheckedFirst();
    void correlationIdEchoed();
    void unknownPath();
    void wrongMethod();
    void vendorSandboxPrefix();

private:
    SandboxServer *m_server = nullptr;
    SandboxTestClient *m_client = nullptr;
};

void TestSandboxHeaders::initTestCase()
{
    SandboxOptions options;
    options.orderCount = 50;
    options.referenceDate = QDate(2025, 6, 15);
    m_server = new SandboxServer(options, this);
    QVERIFY(m_server->listen());
    m_client = new SandboxTestClient(m_server);
}

void TestSandboxHeaders::invalidHeader_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value"); // empty: header left out
    QTest::newRow("customer number missing") << QByteArray("IM-CustomerNumber") << QByteArray();
    QTest::newRow("customer number 11")
        << QByteArray("IM-CustomerNumber") << QByteArray("20-22222222");
    QTest::newRow("country code missing") << QByteArray("IM-CountryCode") << QByteArray();
    QTest::newRow("country code 1") << QByteArray("IM-CountryCode") << QByteArray("U");
    QTest::newRow("country code 3") << QByteArray("IM-CountryCode") << QByteArray("USA");
    QTest::newRow("correlation missing") << QByteArray("IM-CorrelationID") << QByteArray();
    QTest::newRow("correlation dashed uuid 36")
        << QByteArray("IM-CorrelationID") << QByteArray("fbac82ba-cf0a-4bcf-fc03-0c5084123456");
    QTest::newRow("correlation 33") << QByteArray("IM-CorrelationID") << QByteArray(33, 'a');
    QTest::newRow("sender 33") << QByteArray("IM-SenderID") << QByteArray(33, 's');
}

void TestSandboxHeaders::invalidHeader()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    HeaderList headers = m_client->apiHeaders();
    headers.removeIf([&](const auto &h) { return h.first == name; });
    if (!value.isEmpty())
        headers.append({name, value});
    for (const QString &path : {QStringLiteral("/resellers/v6/orders/search"),
                                QStringLiteral("/resellers/v6.1/orders/20-XXXXX")}) {
        const SandboxTestReply reply = m_client->send("GET", path, {}, headers);
        QCOMPARE(reply.status, 400);
        const QJsonArray errors = reply.json().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        const QJsonObject error = errors.first().toObject();
        QVERIFY(!error.value(QStringLiteral("type")).toString().isEmpty());
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        const QJsonArray fields = error.value(QStringLiteral("fields")).toArray();
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.first().toObject().value(QStringLiteral("field")).toString(),
                 QString::fromLatin1(name));
        QCOMPARE(fields.first().toObject().value(QStringLiteral("value")).toString(),
                 QString::fromLatin1(value));
        QVERIFY(!fields.first().toObject().value(QStringLiteral("message")).toString().isEmpty());
    }
}

void TestSandboxHeaders::longestValidValues()
{
    const SandboxTestReply reply = m_client->api(QStringLiteral("/resellers/v6/orders/search"), {},
                                                 {{"IM-CustomerNumber", "20-2222222"},
                                                  {"IM-CorrelationID", QByteArray(32, 'c')},
                                                  {"IM-SenderID", QByteArray(32, 's')}});
    QCOMPARE(reply.status, 200);
}

void TestSandboxHeaders::missingHeadersAllReported()
{
    const SandboxTestReply reply = m_client->send(
        "GET", QStringLiteral("/resellers/v6/orders/search"), {}, {m_client->apiHeaders().first()});
    QCOMPARE(reply.status, 400);
    const QJsonArray fields = reply.json()
                                  .value(QStringLiteral("errors"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("fields"))
                                  .toArray();
    QStringList names;
    for (const QJsonValue &field : fields)
        names.append(field.toObject().value(QStringLiteral("field")).toString());
    QCOMPARE(names,
             (QStringList{QStringLiteral("IM-CustomerNumber"), QStringLiteral("IM-CountryCode"),
                          QStringLiteral("IM-CorrelationID")}));
}

void TestSandboxHeaders::tokenCheckedFirst()
{
    const SandboxTestReply reply =
        m_client->send("GET", QStringLiteral("/resellers/v6/orders/search"));
    QCOMPARE(reply.status, 401);
}

void TestSandboxHeaders::correlationIdEchoed()
{
    SandboxTestReply reply =
        m_client->api(QStringLiteral("/resellers/v6/orders/search"), {},
                      {{"IM-CorrelationID", "echo-me-1"}, {"IM-SenderID", "ResellerDesk"}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("IM-CorrelationID"), QByteArray("echo-me-1"));
    QCOMPARE(reply.header("IM-SenderID"), QByteArray("ResellerDesk"));
    reply = m_client->api(QStringLiteral("/resellers/v6/orders/search"), {},
                          {{"IM-CorrelationID", "echo-me-2"}, {"IM-CountryCode", "USA"}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.header("IM-CorrelationID"), QByteArray("echo-me-2"));
}

void TestSandboxHeaders::unknownPath()
{
    const SandboxTestReply reply = m_client->api(QStringLiteral("/resellers/v9/nothing"));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json()
                 .value(QStringLiteral("fault"))
                 .toObject()
                 .value(QStringLiteral("detail"))
                 .toObject()
                 .value(QStringLiteral("errorcode"))
                 .toString(),
             QStringLiteral("messaging.adaptors.http.flow.ApplicationNotFound"));
}

void TestSandboxHeaders::wrongMethod()
{
    const SandboxTestReply reply = m_client->send(
        "DELETE", QStringLiteral("/resellers/v6/orders/search"), {}, m_client->apiHeaders());
    QCOMPARE(reply.status, 405);
    QVERIFY(reply.json().value(QStringLiteral("errors")).isArray());
}

void TestSandboxHeaders::vendorSandboxPrefix()
{
    QCOMPARE(m_client->api(QStringLiteral("/sandbox/resellers/v6/orders/search")).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxHeaders)
#include "tst_sandbox_headers.moc"
