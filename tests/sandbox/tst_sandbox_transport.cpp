// The sandbox's HTTP transport: keep-alive, Connection: close, round-trip time, request records.

#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

namespace {

struct RawResponse
{
    QByteArray head;
    QByteArray body;
    bool complete = false;
};

// Reads one HTTP response with a Content-Length from socket.
RawResponse readResponse(QTcpSocket &socket, QByteArray &buffer, int timeoutMs = 5000)
{
    RawResponse response;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            response.head = buffer.left(end);
            qsizetype length = 0;
            for (const QByteArray &line : response.head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() >= end + 4 + length) {
                response.body = buffer.mid(end + 4, length);
                buffer.remove(0, end + 4 + length);
                response.complete = true;
                return response;
            }
        }
        if (socket.state() != QAbstractSocket::ConnectedState && !socket.bytesAvailable())
            break;
        // The server runs on this thread: wait in the event loop, never in a blocking call.
        QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
        if (!socket.bytesAvailable())
            readyRead.wait(100);
        buffer += socket.readAll();
    }
    return response;
}

} // namespace

class TestSandboxTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keepAliveServesSeveralRequests();
    void connectionCloseIsHonoured();
    void roundTripIsFast();
    void requestRecords();
    void requestRecordLimit();

private:
    QByteArray rawRequest(const QByteArray &path, const QByteArray &extra = {});
    SandboxServer *m_server = nullptr;
    SandboxTestClient *m_client = nullptr;
};

void TestSandboxTransport::initTestCase()
{
    SandboxOptions options;
    options.orderCount = 60;
    options.referenceDate = QDate(2025, 6, 15);
    m_server = new SandboxServer(options, this);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_server->baseUrl().port() > 0);
    m_client = new SandboxTestClient(m_server);
}

QByteArray TestSandboxTransport::rawRequest(const QByteArray &path, const QByteArray &extra)
{
    QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &h : m_client->apiHeaders())
        request += h.first + ": " + h.second + "\r\n";
    return request + extra + "\r\n";
}

void TestSandboxTransport::keepAliveServesSeveralRequests()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(3000));
    QByteArray buffer;
    for (int i = 0; i < 3; ++i) {
        socket.write(rawRequest("/resellers/v6/orders/search?pageSize=5"));
        const RawResponse response = readResponse(socket, buffer);
        QVERIFY(response.complete);
        QVERIFY2(response.head.startsWith("HTTP/1.1 200 OK"), response.head.constData());
        QVERIFY(response.head.contains("Connection: keep-alive"));
        QVERIFY(response.body.startsWith("{"));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
}

void TestSandboxTransport::connectionCloseIsHonoured()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(3000));
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write(rawRequest("/resellers/v6/orders/search?pageSize=5", "Connection: close\r\n"));
    QByteArray buffer;
    const RawResponse response = readResponse(socket, buffer);
    QVERIFY(response.complete);
    QVERIFY(response.head.contains("Connection: close"));
    QVERIFY(disconnected.count() > 0 || disconnected.wait(3000));
}

void TestSandboxTransport::roundTripIsFast()
{
    // A delayed-ACK stall would show as ~40 ms per request; a healthy loopback answer takes ~1.
    QList<qint64> samples;
    for (int i = 0; i < 30; ++i)
        samples.append(
            m_client->api(QStringLiteral("/resellers/v6/orders/search"), "pageSize=5").elapsedMs);
    std::sort(samples.begin(), samples.end());
    const qint64 median = samples.at(samples.size() / 2);
    qInfo() << "median round trip" << median << "ms";
    QVERIFY2(median < 20, qPrintable(QString::number(median)));
}

void TestSandboxTransport::requestRecords()
{
    m_server->clearReceivedRequests();
    m_client->api(QStringLiteral("/resellers/v6/orders/search"), "orderStatus=SHIPPED",
                  {{"IM-CorrelationID", "record-me"}, {"IM-SenderID", "tester"}});
    const QList<SandboxRequestRecord> records = m_server->receivedRequests();
    QCOMPARE(records.size(), 1);
    const SandboxRequestRecord &record = records.first();
    QCOMPARE(record.method, QByteArray("GET"));
    QCOMPARE(record.path, QStringLiteral("/resellers/v6/orders/search"));
    QCOMPARE(record.query, QByteArray("orderStatus=SHIPPED"));
    QCOMPARE(record.header("im-correlationid"), QByteArray("record-me"));
    QCOMPARE(record.header("IM-SenderID"), QByteArray("tester"));
    QVERIFY(record.header("Authorization").startsWith("Bearer "));
    QVERIFY(record.receivedAt.isValid());
    m_server->clearReceivedRequests();
    QVERIFY(m_server->receivedRequests().isEmpty());
}

void TestSandboxTransport::requestRecordLimit()
{
    SandboxOptions options;
    options.orderCount = 10;
    options.requestRecordLimit = 3;
    SandboxServer server(options);
    QVERIFY(server.listen());
    SandboxTestClient client(&server);
    for (int i = 0; i < 6; ++i)
        client.api(QStringLiteral("/resellers/v6/orders/search"), {},
                   {{"IM-CorrelationID", "n" + QByteArray::number(i)}});
    const QList<SandboxRequestRecord> records = server.receivedRequests();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.last().header("IM-CorrelationID"), QByteArray("n5"));
    QCOMPARE(records.first().header("IM-CorrelationID"), QByteArray("n3"));
}

QTEST_GUILESS_MAIN(TestSandboxTransport)
#include "tst_sandbox_transport.moc"
