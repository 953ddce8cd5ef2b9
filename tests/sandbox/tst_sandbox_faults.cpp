// Fault switches of the sandbox: every kind does what it says, modes, path matching, CLI syntax.

#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void latency();
    void tooManyRequests();
    void serverError_data();
    void serverError();
    void badGateway();
    void unavailableAndTimeout();
    void malformedJson();
    void truncatedBody();
    void dropConnection();
    void slowBody();
    void expiredToken();
    void nextRequestsMode();
    void fractionModeIsDeterministic();
    void pathAndMethodMatching();
    void removeRule();
    void parseSpec_data();
    void parseSpec();
    void parseSpecErrors_data();
    void parseSpecErrors();

private:
    QByteArray rawExchange(const QByteArray &path, bool *closed);
    SandboxServer *m_server = nullptr;
    SandboxTestClient *m_client = nullptr;
    const QString m_search = QStringLiteral("/resellers/v6/orders/search");
};

void TestSandboxFaults::initTestCase()
{
    SandboxOptions options;
    options.orderCount = 80;
    options.referenceDate = QDate(2025, 6, 15);
    m_server = new SandboxServer(options, this);
    QVERIFY(m_server->listen());
    m_client = new SandboxTestClient(m_server);
    m_client->apiHeaders(); // the token is fetched before any fault is switched on
}

void TestSandboxFaults::cleanup()
{
    m_server->faults()->clear();
}

QByteArray TestSandboxFaults::rawExchange(const QByteArray &path, bool *closed)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    if (socket.state() != QAbstractSocket::ConnectedState && !connected.wait(3000))
        return {};
    QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &h : m_client->apiHeaders())
        request += h.first + ": " + h.second + "\r\n";
    socket.write(request + "\r\n");
    QByteArray received;
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    QElapsedTimer timer;
    timer.start();
    while (disconnected.isEmpty() && timer.elapsed() < 3000) {
        disconnected.wait(50);
        received += socket.readAll();
    }
    received += socket.readAll();
    *closed = !disconnected.isEmpty();
    return received;
}

void TestSandboxFaults::latency()
{
    m_server->faults()->add(SandboxFaultRule(SandboxFaultKind::Latency, 300));
    const SandboxTestReply reply = m_client->api(m_search);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.elapsedMs >= 290, qPrintable(QString::number(reply.elapsedMs)));
    m_server->faults()->clear();
    QVERIFY(m_client->api(m_search).elapsedMs < 250);
}

void TestSandboxFaults::tooManyRequests()
{
    m_server->faults()->add(SandboxFaultRule(SandboxFaultKind::TooManyRequests, 7));
    const SandboxTestReply reply = m_client->api(m_search);
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.header("Retry-After"), QByteArray("7"));
    QVERIFY(reply.json().contains(QStringLiteral("fault")));
    QCOMPARE(reply.header("IM-CorrelationID"), QByteArray("test-correlation-0001"));
}

void TestSandboxFaults::serverError_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<QString>("key");
    QTest::newRow("errors") << int(SandboxErrorShape::Errors) << QStringLiteral("errors");
    QTest::newRow("message") << int(SandboxErrorShape::Message) << QStringLiteral("message");
    QTest::newRow("fault") << int(SandboxErrorShape::Fault) << QStringLiteral("fault");
}

void TestSandboxFaults::serverError()
{
    QFETCH(int, shape);
    QFETCH(QString, key);
    m_server->faults()->add(
        SandboxFaultRule(SandboxFaultKind::ServerError).withShape(SandboxErrorShape(shape)));
    const SandboxTestReply reply = m_client->api(m_search);
    QCOMPARE(reply.status, 500);
    const QJsonObject json = reply.json();
    QCOMPARE(json.keys(), QStringList{key});
}

void TestSandboxFaults::badGateway()
{
    m_server->faults()->add(SandboxFaultRule(SandboxFaultKind::BadGateway));
    const SandboxTestReply reply = m_client->api(m_search);
    QCOMPARE(reply.status, 502);
    QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    QVERIFY(reply.body.contains("<html>"));
}

void TestSandboxFaults::unavailableAndTimeout()
{
    m_server->faults()->add(SandboxFaultRule(SandboxFaultKind::ServiceUnavailable).times(1));
    m_server->faults()->add(SandboxFaultRule(SandboxFaultKind::GatewayTimeout).times(1));
    SandboxTestReply reply = m_client->api(m_search);
    QCOMPARE(reply.status, 503);
    QVERIFY(reply.json().contains(QStringLiteral("fault")));
    reply = m_client->api(m_search);
    QCOMPARE(reply.status, 504);
    QVERIFY(reply.json().contains(QStringLiteral("fault")));
    QCOMPARE(m_client->api(m_search).status, 200);
}

void TestSandboxFaults::malformedJson()
{
    m_server->faults()->add(SandboxFaultRule(SandboxFaultKind::MalformedJson));
    const SandboxTestReply reply = m_client->api(m_search);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.body.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestSandboxFaults::truncatedBody()
{
    m_server->faults()->add(SandboxFaultRule(SandboxFaultKind::TruncatedBody));
    bool closed = false;
    const QByteArray raw = rawExchange("/resellers/v6/orders/search", &closed);
    QVERIFY(closed);
    const qsizetype end = raw.indexOf("\r\n\r\n");
    QVERIFY(end > 0);
    QVERIFY(raw.startsWith("HTTP/1.1 200"));
    qsizetype declared = -1;
    for (const QByteArray &line : raw.left(end).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            declared = line.mid(15).trimmed().toLongLong();
    }
    const qsizetype received = raw.size() - end - 4;
    QVERIFY2(declared > received && received > 0,
             qPrintable(QStringLiteral("%1 declared, %2 received").arg(declared).arg(received)));

    const SandboxTestReply reply = m_client->api(m_search);
    QVERIFY(reply.error != QNetworkReply::NoError);
}

void TestSandboxFaults::dropConnection()
{
    m_server->faults()->add(SandboxFaultRule(SandboxFaultKind::DropConnection));
    bool closed = false;
    const QByteArray raw = rawExchange("/resellers/v6/orders/search", &closed);
    QVERIFY(closed);
    QVERIFY(raw.isEmpty());
    const SandboxTestReply reply = m_client->api(m_search);
    QVERIFY(reply.error != QNetworkReply::NoError);
    QCOMPARE(reply.status, 0);
}

void TestSandboxFaults::slowBody()
{
    m_server->faults()->add(SandboxFaultRule(SandboxFaultKind::SlowBody, 500));
    const SandboxTestReply reply = m_client->api(m_search);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.elapsedMs >= 400, qPrintable(QString::number(reply.elapsedMs)));
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestSandboxFaults::expiredToken()
{
    m_server->faults()->add(SandboxFaultRule(SandboxFaultKind::ExpiredToken).times(1));
    const SandboxTestReply reply = m_client->api(m_search);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json()
                 .value(QStringLiteral("fault"))
                 .toObject()
                 .value(QStringLiteral("detail"))
                 .toObject()
                 .value(QStringLiteral("errorcode"))
                 .toString(),
             QStringLiteral("keymanagement.service.access_token_expired"));
    QCOMPARE(m_client->api(m_search).status, 200);
}

void TestSandboxFaults::nextRequestsMode()
{
    m_server->faults()->add(SandboxFaultRule(SandboxFaultKind::ServiceUnavailable).times(2));
    QCOMPARE(m_client->api(m_search).status, 503);
    QCOMPARE(m_client->api(m_search).status, 503);
    QCOMPARE(m_client->api(m_search).status, 200);
    QVERIFY(m_server->faults()->isEmpty());
}

void TestSandboxFaults::fractionModeIsDeterministic()
{
    const auto pattern = [](quint64 seed) {
        SandboxFaults faults(seed);
        faults.add(SandboxFaultRule(SandboxFaultKind::ServiceUnavailable).withProbability(0.3));
        QString hits;
        for (int i = 0; i < 400; ++i)
            hits += faults.decide("GET", QStringLiteral("/x")).fault ? u'1' : u'0';
        return hits;
    };
    const QString first = pattern(42);
    QCOMPARE(pattern(42), first);
    QVERIFY(pattern(43) != first);
    const auto count = first.count(u'1');
    QVERIFY2(count > 80 && count < 160, qPrintable(QString::number(count)));

    m_server->faults()->add(
        SandboxFaultRule(SandboxFaultKind::ServiceUnavailable).withProbability(0.5));
    int failed = 0;
    for (int i = 0; i < 40; ++i)
        failed += m_client->api(m_search).status == 503 ? 1 : 0;
    QVERIFY2(failed > 5 && failed < 35, qPrintable(QString::number(failed)));
}

void TestSandboxFaults::pathAndMethodMatching()
{
    m_server->faults()->add(SandboxFaultRule(SandboxFaultKind::ServiceUnavailable)
                                .onPath(QStringLiteral("/orders/search")));
    QCOMPARE(m_client->api(m_search).status, 503);
    QCOMPARE(m_client->api(QStringLiteral("/resellers/v6.1/orders/NOPE")).status, 404);
    m_server->faults()->clear();

    m_server->faults()->add(SandboxFaultRule(SandboxFaultKind::ServiceUnavailable)
                                .onPathMatching(QStringLiteral("^/resellers/v6\\.1/")));
    QCOMPARE(m_client->api(m_search).status, 200);
    QCOMPARE(m_client->api(QStringLiteral("/resellers/v6.1/orders/NOPE")).status, 503);
    m_server->faults()->clear();

    m_server->faults()->add(
        SandboxFaultRule(SandboxFaultKind::ServiceUnavailable).onMethod("POST"));
    QCOMPARE(m_client->api(m_search).status, 200);
    QCOMPARE(m_client
                 ->send("POST", QStringLiteral("/oauth/oauth30/token"), {}, {},
                        "grant_type=client_credentials")
                 .status,
             503);
}

void TestSandboxFaults::removeRule()
{
    const int id = m_server->faults()->add(SandboxFaultRule(SandboxFaultKind::GatewayTimeout));
    QCOMPARE(m_client->api(m_search).status, 504);
    QVERIFY(m_server->faults()->remove(id));
    QCOMPARE(m_client->api(m_search).status, 200);
}

void TestSandboxFaults::parseSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("parameter");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("fraction");
    const int always = int(SandboxFaultRule::Mode::Always);
    const int next = int(SandboxFaultRule::Mode::NextRequests);
    const int fraction = int(SandboxFaultRule::Mode::Fraction);
    QTest::newRow("latency") << "latency:300" << int(SandboxFaultKind::Latency) << 300 << QString()
                             << QString() << QByteArray() << always << 0 << 1.0;
    QTest::newRow("late answer on order create")
        << "late-answer:60000@POST:/resellers/v6/orders#1" << int(SandboxFaultKind::LateAnswer)
        << 60000 << QStringLiteral("/resellers/v6/orders") << QString() << QByteArray("POST")
        << next << 1 << 1.0;
    QTest::newRow("commit then drop")
        << "commit-drop@/orders" << int(SandboxFaultKind::CommitThenDrop) << -1
        << QStringLiteral("/orders") << QString() << QByteArray() << always << 0 << 1.0;
    QTest::newRow("429 path count")
        << "429:5@/orders/search#3" << int(SandboxFaultKind::TooManyRequests) << 5
        << "/orders/search" << QString() << QByteArray() << next << 3 << 1.0;
    QTest::newRow("drop fraction")
        << "drop%0.25" << int(SandboxFaultKind::DropConnection) << -1 << QString() << QString()
        << QByteArray() << fraction << 0 << 0.25;
    QTest::newRow("500 method regex")
        << "500:fault@POST:~^/oauth" << int(SandboxFaultKind::ServerError) << -1 << QString()
        << "^/oauth" << QByteArray("POST") << always << 0 << 1.0;
    QTest::newRow("slow body") << "slow-body:1500" << int(SandboxFaultKind::SlowBody) << 1500
                               << QString() << QString() << QByteArray() << always << 0 << 1.0;
    QTest::newRow("expired") << "expired-token#1" << int(SandboxFaultKind::ExpiredToken) << -1
                             << QString() << QString() << QByteArray() << next << 1 << 1.0;
    QTest::newRow("502") << "502" << int(SandboxFaultKind::BadGateway) << -1 << QString()
                         << QString() << QByteArray() << always << 0 << 1.0;
    QTest::newRow("truncated") << "truncated@/v6.1/" << int(SandboxFaultKind::TruncatedBody) << -1
                               << "/v6.1/" << QString() << QByteArray() << always << 0 << 1.0;
}

void TestSandboxFaults::parseSpec()
{
    QFETCH(QString, spec);
    QFETCH(int, kind);
    QFETCH(int, parameter);
    QFETCH(QString, path);
    QFETCH(QString, pattern);
    QFETCH(QByteArray, method);
    QFETCH(int, mode);
    QFETCH(int, count);
    QFETCH(double, fraction);
    QString error;
    const auto rule = SandboxFaultRule::parse(spec, &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(int(rule->kind), kind);
    QCOMPARE(rule->parameter, parameter);
    QCOMPARE(rule->path, path);
    QCOMPARE(rule->pathPattern.pattern(), pattern);
    QCOMPARE(rule->method, method);
    QCOMPARE(int(rule->mode), mode);
    if (mode == int(SandboxFaultRule::Mode::NextRequests))
        QCOMPARE(rule->remaining, count);
    if (mode == int(SandboxFaultRule::Mode::Fraction))
        QCOMPARE(rule->fraction, fraction);
}

void TestSandboxFaults::parseSpecErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("unknown kind") << QStringLiteral("explode");
    QTest::newRow("bad parameter") << QStringLiteral("latency:soon");
    QTest::newRow("bad shape") << QStringLiteral("500:html");
    QTest::newRow("fraction above 1") << QStringLiteral("drop%1.5");
    QTest::newRow("count zero") << QStringLiteral("503#0");
    QTest::newRow("bad regex") << QStringLiteral("503@~(unclosed");
}

void TestSandboxFaults::parseSpecErrors()
{
    QFETCH(QString, spec);
    QString error;
    QVERIFY(!SandboxFaultRule::parse(spec, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
