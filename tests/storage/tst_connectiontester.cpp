// ConnectionTester over real loopback HTTP: the offline sandbox for what it emulates, a canned
// server for the vendor's rarer answers, closed and silent ports for network failures.
#include "cannedhttpserver.h"

#include "connectiontester.h"
#include "secretsource.h"

#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTest>

namespace {
ConnectionProfile profileFor(const QUrl &baseUrl)
{
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.name = QStringLiteral("Loopback");
    profile.environment = ConnectionProfile::Environment::Custom;
    profile.customUrl = baseUrl;
    profile.customerNumber = QStringLiteral("20-222222");
    profile.countryCode = QStringLiteral("US");
    profile.clientId = QLatin1String(SandboxDefaults::ClientId);
    return profile;
}

std::shared_ptr<SecretSource> secret(const QString &value)
{
    return std::make_shared<InMemorySecretSource>(value);
}

const QString SandboxSecret = QLatin1String(SandboxDefaults::ClientSecret);
} // namespace

class TestConnectionTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void succeedsAgainstTheSandbox();
    void emptySearchIsASuccess();
    void wrongSecretIsWrongCredentials();
    void wrongClientIdIsWrongCredentials();
    void closedPortIsUnreachable();
    void unknownHostIsUnreachable();
    void silentServerTimesOut();
    void plainServerOverHttpsIsATlsProblem();
    void apiProductNotEnabled();
    void customerNumberRejected();
    void otherHttpErrorCarriesServerMessageAndCorrelationId();
    void missingSecret();
    void invalidProfileSendsNothing();
    void cancelEndsOnce();

private:
    ConnectionTester::Result run(ConnectionTester &tester, const ConnectionProfile &profile,
                                 std::shared_ptr<SecretSource> source);

    SandboxServer m_sandbox;
};

void TestConnectionTester::initTestCase()
{
    QVERIFY2(m_sandbox.listen(), qPrintable(m_sandbox.errorString()));
}

ConnectionTester::Result TestConnectionTester::run(ConnectionTester &tester,
                                                   const ConnectionProfile &profile,
                                                   std::shared_ptr<SecretSource> source)
{
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(profile, std::move(source));
    if (!tester.isRunning() || !finished.wait(30000) || finished.size() != 1)
        return {};
    return finished.at(0).at(0).value<ConnectionTester::Result>();
}

void TestConnectionTester::succeedsAgainstTheSandbox()
{
    m_sandbox.clearReceivedRequests();
    ConnectionTester tester;
    const auto result = run(tester, profileFor(m_sandbox.baseUrl()), secret(SandboxSecret));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.outcome, ConnectionTester::Outcome::Success);
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(result.recordsFound > 0);
    QVERIFY(!result.correlationId.isEmpty());
    QVERIFY2(result.message.startsWith(QStringLiteral("Connection works: signed in to 127.0.0.1 "
                                                      "and searched the orders of customer "
                                                      "20-222222 in US")),
             qPrintable(result.message));
    QVERIFY(!tester.isRunning());

    // One token request, one search for one result, and the secret never in a URL.
    const QList<SandboxRequestRecord> requests = m_sandbox.receivedRequests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).path, QStringLiteral("/oauth/oauth30/token"));
    QVERIFY(!requests.at(0).query.contains("secret"));
    QCOMPARE(requests.at(1).path, QStringLiteral("/resellers/v6/orders/search"));
    QCOMPARE(requests.at(1).query, QByteArray("pageSize=1"));
    QCOMPARE(QString::fromLatin1(requests.at(1).header("IM-CorrelationID")), result.correlationId);
}

void TestConnectionTester::emptySearchIsASuccess()
{
    CannedHttpServer server;
    server.status = 204;
    ConnectionTester tester;
    const auto result = run(tester, profileFor(server.baseUrl()), secret(QStringLiteral("x")));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.recordsFound, 0);
    QVERIFY(result.message.contains(QStringLiteral("0 order")));
}

void TestConnectionTester::wrongSecretIsWrongCredentials()
{
    ConnectionTester tester;
    const auto result =
        run(tester, profileFor(m_sandbox.baseUrl()), secret(QStringLiteral("not-the-secret")));
    QCOMPARE(result.outcome, ConnectionTester::Outcome::WrongCredentials);
    QCOMPARE(result.message, QStringLiteral("The client ID or client secret was not accepted: "
                                            "Invalid client identifier {0}"));
    QVERIFY(result.nextStep.contains(QStringLiteral("client ID and secret")));
    QVERIFY(!result.message.contains(QStringLiteral("not-the-secret")));
}

void TestConnectionTester::wrongClientIdIsWrongCredentials()
{
    ConnectionProfile profile = profileFor(m_sandbox.baseUrl());
    profile.clientId = QStringLiteral("someone-else");
    ConnectionTester tester;
    const auto result = run(tester, profile, secret(SandboxSecret));
    QCOMPARE(result.outcome, ConnectionTester::Outcome::WrongCredentials);
    QCOMPARE(result.httpStatus, 401);
}

void TestConnectionTester::closedPortIsUnreachable()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    ConnectionTester tester;
    const auto result =
        run(tester, profileFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))),
            secret(SandboxSecret));
    QCOMPARE(result.outcome, ConnectionTester::Outcome::Unreachable);
    QVERIFY2(result.message.startsWith(QStringLiteral("Could not reach 127.0.0.1: ")),
             qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
             qPrintable(result.message));
}

void TestConnectionTester::unknownHostIsUnreachable()
{
    ConnectionTester tester;
    const auto result =
        run(tester, profileFor(QUrl(QStringLiteral("https://no-such-host.invalid"))),
            secret(SandboxSecret));
    QCOMPARE(result.outcome, ConnectionTester::Outcome::Unreachable);
    QVERIFY2(result.message.contains(QStringLiteral("no-such-host.invalid")),
             qPrintable(result.message));
}

void TestConnectionTester::silentServerTimesOut()
{
    CannedHttpServer server;
    server.silent = true;
    ConnectionTester tester;
    tester.setTimeout(500);
    const auto result = run(tester, profileFor(server.baseUrl()), secret(SandboxSecret));
    QCOMPARE(result.outcome, ConnectionTester::Outcome::Timeout);
    QCOMPARE(result.message, QStringLiteral("127.0.0.1 did not answer in time."));
    QCOMPARE(server.requests, 1);
}

void TestConnectionTester::plainServerOverHttpsIsATlsProblem()
{
    CannedHttpServer server;
    ConnectionTester tester;
    tester.setTimeout(5000);
    const auto result =
        run(tester, profileFor(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port()))),
            secret(SandboxSecret));
    QCOMPARE(result.outcome, ConnectionTester::Outcome::Tls);
    QVERIFY2(result.message.startsWith(QStringLiteral("The secure connection to 127.0.0.1 could "
                                                      "not be verified")),
             qPrintable(result.message));
}

void TestConnectionTester::apiProductNotEnabled()
{
    CannedHttpServer server;
    server.status = 401;
    server.body = R"({"fault":{"faultstring":"Invalid API call as no apiproduct match found",)"
                  R"("detail":{"errorcode":"keymanagement.service.)"
                  R"(InvalidAPICallAsNoApiProductMatchFound"}}})";
    ConnectionTester tester;
    const auto result = run(tester, profileFor(server.baseUrl()), secret(SandboxSecret));
    QCOMPARE(result.outcome, ConnectionTester::Outcome::ApiProductNotEnabled);
    QCOMPARE(result.httpStatus, 401);
    QVERIFY(!result.correlationId.isEmpty());
    QVERIFY2(result.message.startsWith(
                 QStringLiteral("The client ID and secret are valid, but the API application is "
                                "not enabled for this API (\"Invalid API call as no apiproduct "
                                "match found\").")),
             qPrintable(result.message));
    QVERIFY(result.message.endsWith(result.correlationId));
    QVERIFY(result.nextStep.contains(QStringLiteral("developer portal")));
}

void TestConnectionTester::customerNumberRejected()
{
    CannedHttpServer server;
    server.status = 400;
    server.body = R"({"errors":[{"type":"/errors/validation-failed","message":"Validation failed",)"
                  R"("fields":[{"field":"IM-CustomerNumber","message":"Invalid customer number",)"
                  R"("value":"20-222222"}]}]})";
    ConnectionTester tester;
    const auto result = run(tester, profileFor(server.baseUrl()), secret(SandboxSecret));
    QCOMPARE(result.outcome, ConnectionTester::Outcome::AccountRejected);
    QVERIFY2(result.message.startsWith(
                 QStringLiteral("The Reseller API rejected the customer number or country code: "
                                "Validation failed (IM-CustomerNumber: Invalid customer number)")),
             qPrintable(result.message));
}

void TestConnectionTester::otherHttpErrorCarriesServerMessageAndCorrelationId()
{
    CannedHttpServer server;
    server.status = 500;
    server.body = R"({"errors":[{"type":"/errors/server-error","message":"Connectivity issue"}]})";
    ConnectionTester tester;
    const auto result = run(tester, profileFor(server.baseUrl()), secret(SandboxSecret));
    QCOMPARE(result.outcome, ConnectionTester::Outcome::HttpError);
    QCOMPARE(result.httpStatus, 500);
    QCOMPARE(result.message, QStringLiteral("The order search failed (HTTP 500): Connectivity "
                                            "issue Correlation ID: %1")
                                 .arg(result.correlationId));
    QCOMPARE(result.correlationId.size(), 32);
}

void TestConnectionTester::missingSecret()
{
    ConnectionTester tester;
    const auto result = run(tester, profileFor(m_sandbox.baseUrl()), secret(QString()));
    QCOMPARE(result.outcome, ConnectionTester::Outcome::SecretUnavailable);
    QCOMPARE(result.message, QStringLiteral("No client secret is set for this profile."));
}

void TestConnectionTester::invalidProfileSendsNothing()
{
    CannedHttpServer server;
    ConnectionProfile profile = profileFor(server.baseUrl());
    profile.countryCode = QStringLiteral("usa");
    ConnectionTester tester;
    const auto result = run(tester, profile, secret(SandboxSecret));
    QCOMPARE(result.outcome, ConnectionTester::Outcome::InvalidProfile);
    QCOMPARE(result.message,
             QStringLiteral("The profile is incomplete: Use two capital letters, for example US."));
    QCOMPARE(server.requests, 0);
}

void TestConnectionTester::cancelEndsOnce()
{
    CannedHttpServer server;
    server.silent = true;
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(profileFor(server.baseUrl()), secret(SandboxSecret));
    QVERIFY(tester.isRunning());
    QTRY_COMPARE(server.requests, 1);
    tester.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!tester.isRunning());
    const auto result = finished.at(0).at(0).value<ConnectionTester::Result>();
    QCOMPARE(result.outcome, ConnectionTester::Outcome::Cancelled);
    tester.cancel();
    // A late answer must not produce a second finished(): run a full test and count.
    const auto next = run(tester, profileFor(m_sandbox.baseUrl()), secret(SandboxSecret));
    QVERIFY(next.ok());
    QCOMPARE(finished.size(), 2);
}

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
