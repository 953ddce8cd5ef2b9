// Token endpoints of the sandbox: both forms, refusals, expiry, and the token guard on API calls.

#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"

#include <QJsonObject>
#include <QTest>

class TestSandboxTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tokenByGetQuery();
    void tokenByPostForm();
    void tokenByBasicAuth();
    void wrongCredentials_data();
    void wrongCredentials();
    void missingGrantType();
    void unsupportedGrantType();
    void customCredentials();
    void apiCallWithoutToken_data();
    void apiCallWithoutToken();
    void expireAllTokens();
    void tokenLifetime();
    void secretsAreRedactedInRecords();

private:
    SandboxOptions options() const;
    SandboxServer *m_server = nullptr;
    SandboxTestClient *m_client = nullptr;
};

SandboxOptions TestSandboxTokens::options() const
{
    SandboxOptions o;
    o.orderCount = 50;
    o.referenceDate = QDate(2025, 6, 15);
    return o;
}

void TestSandboxTokens::initTestCase()
{
    m_server = new SandboxServer(options(), this);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_client = new SandboxTestClient(m_server);
}

void TestSandboxTokens::tokenByGetQuery()
{
    const SandboxTestReply reply = m_client->send(
        "GET", QStringLiteral("/oauth/oauth20/token"),
        "grant_type=client_credentials&client_id=resellerdesk&client_secret=sandbox-secret");
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonObject json = reply.json();
    QVERIFY(json.value(QStringLiteral("access_token")).toString().size() >= 20);
    QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    // The real endpoint sends the lifetime as a string.
    QVERIFY(json.value(QStringLiteral("expires_in")).isString());
    QCOMPARE(json.value(QStringLiteral("expires_in")).toString(), QStringLiteral("86399"));
}

void TestSandboxTokens::tokenByPostForm()
{
    const SandboxTestReply reply = m_client->send(
        "POST", QStringLiteral("/oauth/oauth30/token"), {}, {},
        "grant_type=client_credentials&client_id=resellerdesk&client_secret=sandbox-secret");
    QCOMPARE(reply.status, 200);
    const QByteArray token =
        reply.json().value(QStringLiteral("access_token")).toString().toLatin1();
    QVERIFY(!token.isEmpty());
    QVERIFY(token != m_client->fetchToken()); // random, one per request

    const SandboxTestReply call =
        m_client->send("GET", QStringLiteral("/resellers/v6/orders/search"), {},
                       {{"Authorization", "Bearer " + token},
                        {"IM-CustomerNumber", "20-222222"},
                        {"IM-CountryCode", "US"},
                        {"IM-CorrelationID", "abc"}});
    QCOMPARE(call.status, 200);
}

void TestSandboxTokens::tokenByBasicAuth()
{
    const SandboxTestReply reply = m_client->send(
        "POST", QStringLiteral("/oauth/oauth30/token"), {},
        {{"Authorization", "Basic " + QByteArray("resellerdesk:sandbox-secret").toBase64()}},
        "grant_type=client_credentials");
    QCOMPARE(reply.status, 200);
}

void TestSandboxTokens::wrongCredentials_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("wrong secret") << QByteArray(
        "grant_type=client_credentials&client_id=resellerdesk&client_secret=nope");
    QTest::newRow("wrong id") << QByteArray(
        "grant_type=client_credentials&client_id=someone&client_secret=sandbox-secret");
    QTest::newRow("no secret") << QByteArray(
        "grant_type=client_credentials&client_id=resellerdesk");
    QTest::newRow("nothing") << QByteArray("grant_type=client_credentials");
}

void TestSandboxTokens::wrongCredentials()
{
    QFETCH(QByteArray, body);
    const SandboxTestReply reply =
        m_client->send("POST", QStringLiteral("/oauth/oauth30/token"), {}, {}, body);
    QCOMPARE(reply.status, 401);
    const QJsonObject fault = reply.json().value(QStringLiteral("fault")).toObject();
    QCOMPARE(fault.value(QStringLiteral("faultstring")).toString(),
             QStringLiteral("Invalid client identifier {0}"));
    QCOMPARE(fault.value(QStringLiteral("detail"))
                 .toObject()
                 .value(QStringLiteral("errorcode"))
                 .toString(),
             QStringLiteral("oauth.v2.InvalidClientIdentifier"));
    QVERIFY(!reply.json().contains(QStringLiteral("access_token")));
}

void TestSandboxTokens::missingGrantType()
{
    const SandboxTestReply reply =
        m_client->send("GET", QStringLiteral("/oauth/oauth20/token"),
                       "client_id=resellerdesk&client_secret=sandbox-secret");
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.json().value(QStringLiteral("message")).toString().isEmpty());
}

void TestSandboxTokens::unsupportedGrantType()
{
    const SandboxTestReply reply =
        m_client->send("POST", QStringLiteral("/oauth/oauth30/token"), {}, {},
                       "grant_type=password&client_id=resellerdesk&client_secret=sandbox-secret");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()
                 .value(QStringLiteral("fault"))
                 .toObject()
                 .value(QStringLiteral("detail"))
                 .toObject()
                 .value(QStringLiteral("errorcode"))
                 .toString(),
             QStringLiteral("oauth.v2.UnsupportedGrantType"));
}

void TestSandboxTokens::customCredentials()
{
    SandboxOptions o = options();
    o.clientId = QStringLiteral("acme");
    o.clientSecret = QStringLiteral("s3cr3t with space");
    SandboxServer server(o);
    QVERIFY(server.listen());
    SandboxTestClient client(&server);
    QCOMPARE(
        client
            .send(
                "GET", QStringLiteral("/oauth/oauth20/token"),
                "grant_type=client_credentials&client_id=resellerdesk&client_secret=sandbox-secret")
            .status,
        401);
    QCOMPARE(
        client
            .send("POST", QStringLiteral("/oauth/oauth30/token"), {}, {},
                  "grant_type=client_credentials&client_id=acme&client_secret=s3cr3t+with%20space")
            .status,
        200);
    QVERIFY(!client.fetchToken().isEmpty());
}

void TestSandboxTokens::apiCallWithoutToken_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("unknown token") << QByteArray("Bearer NotAToken123");
    QTest::newRow("not bearer") << QByteArray("Basic cmVzZWxsZXJkZXNrOnNhbmRib3gtc2VjcmV0");
}

void TestSandboxTokens::apiCallWithoutToken()
{
    QFETCH(QByteArray, authorization);
    HeaderList headers{
        {"IM-CustomerNumber", "20-222222"}, {"IM-CountryCode", "US"}, {"IM-CorrelationID", "abc"}};
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    for (const QString &path : {QStringLiteral("/resellers/v6/orders/search"),
                                QStringLiteral("/resellers/v6.1/orders/20-XXXXX")}) {
        const SandboxTestReply reply = m_client->send("GET", path, {}, headers);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json()
                     .value(QStringLiteral("fault"))
                     .toObject()
                     .value(QStringLiteral("detail"))
                     .toObject()
                     .value(QStringLiteral("errorcode"))
                     .toString(),
                 QStringLiteral("keymanagement.service.invalid_access_token"));
    }
}

void TestSandboxTokens::expireAllTokens()
{
    SandboxTestClient client(m_server);
    QCOMPARE(client.api(QStringLiteral("/resellers/v6/orders/search")).status, 200);
    m_server->expireAllTokens();
    const SandboxTestReply expired = client.api(QStringLiteral("/resellers/v6/orders/search"));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.json()
                 .value(QStringLiteral("fault"))
                 .toObject()
                 .value(QStringLiteral("detail"))
                 .toObject()
                 .value(QStringLiteral("errorcode"))
                 .toString(),
             QStringLiteral("keymanagement.service.access_token_expired"));
    client.resetToken();
    QCOMPARE(client.api(QStringLiteral("/resellers/v6/orders/search")).status, 200);
}

void TestSandboxTokens::tokenLifetime()
{
    SandboxOptions o = options();
    o.tokenLifetimeSeconds = 1;
    SandboxServer server(o);
    QVERIFY(server.listen());
    SandboxTestClient client(&server);
    const SandboxTestReply token = client.send(
        "GET", QStringLiteral("/oauth/oauth20/token"),
        "grant_type=client_credentials&client_id=resellerdesk&client_secret=sandbox-secret");
    QCOMPARE(token.json().value(QStringLiteral("expires_in")).toString(), QStringLiteral("1"));
    QCOMPARE(client.api(QStringLiteral("/resellers/v6/orders/search")).status, 200);
    QTest::qWait(1100);
    QCOMPARE(client.api(QStringLiteral("/resellers/v6/orders/search")).status, 401);
}

void TestSandboxTokens::secretsAreRedactedInRecords()
{
    m_server->clearReceivedRequests();
    m_client->send(
        "GET", QStringLiteral("/oauth/oauth20/token"),
        "grant_type=client_credentials&client_id=resellerdesk&client_secret=sandbox-secret");
    m_client->send(
        "POST", QStringLiteral("/oauth/oauth30/token"), {}, {},
        "grant_type=client_credentials&client_id=resellerdesk&client_secret=sandbox-secret");
    const QList<SandboxRequestRecord> records = m_server->receivedRequests();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).method, QByteArray("GET"));
    QVERIFY(records.at(0).query.contains("client_secret=***"));
    QVERIFY(!records.at(0).query.contains("sandbox-secret"));
    QCOMPARE(records.at(1).method, QByteArray("POST"));
    QVERIFY(records.at(1).body.contains("client_id=resellerdesk"));
    QVERIFY(!records.at(1).body.contains("sandbox-secret"));
}

QTEST_GUILESS_MAIN(TestSandboxTokens)
#include "tst_sandbox_tokens.moc"
