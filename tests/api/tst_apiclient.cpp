// The API core against the in-process offline sandbox over real loopback HTTP.
#include "apiclient.h"
#include "correlationid.h"
#include "ordersservice.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "secretsource.h"
#include "tokenprovider.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {
const QString TokenPath = QStringLiteral("/oauth/oauth30/token");

// Runs a job to its end, counting how often it finished.
struct Outcome
{
    ApiError error;
    ApiResponse response;
    int finishedCount = 0;
};
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrdersService> m_orders;

    ConnectionProfile profile(ConnectionProfile::Environment environment =
                                  ConnectionProfile::Environment::OfflineSandbox) const
    {
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.environment = environment;
        profile.customUrl = m_sandbox->baseUrl();
        profile.senderId = QStringLiteral("DeskTests");
        return profile;
    }
    void connectClient(
        const QString &secret = QLatin1String(SandboxDefaults::ClientSecret),
        ConnectionProfile::Environment environment = ConnectionProfile::Environment::OfflineSandbox)
    {
        m_client->setProfile(profile(environment), std::make_shared<InMemorySecretSource>(secret));
    }
    int count(const QString &path) const
    {
        int n = 0;
        for (const SandboxRequestRecord &record : m_sandbox->receivedRequests())
            n += record.path == path ? 1 : 0;
        return n;
    }
    QList<SandboxRequestRecord> apiRequests() const
    {
        QList<SandboxRequestRecord> records;
        for (const SandboxRequestRecord &record : m_sandbox->receivedRequests()) {
            if (record.path != TokenPath)
                records.append(record);
        }
        return records;
    }
    template<typename Job>
    Outcome run(Job *job, int timeoutMs = 15000)
    {
        auto outcome = std::make_shared<Outcome>();
        job->setAutoDelete(false);
        connect(job, &ApiJob::finished, this, [outcome](ApiJob *finished) {
            outcome->finishedCount += 1;
            outcome->error = finished->error();
            outcome->response = finished->response();
        });
        if (!QTest::qWaitFor([job] { return job->isFinished(); }, timeoutMs)) {
            job->cancel();
            QTest::qFail("the job did not finish in time", __FILE__, __LINE__);
        }
        QTest::qWait(20); // a second finished() would arrive here
        Outcome result = *outcome;
        delete job;
        return result;
    }
    Outcome get(const QString &path)
    {
        auto *job = new JsonApiJob;
        m_client->start(job, ApiRequest::get(path));
        return run(job);
    }
    Outcome search(const OrderSearchQuery &query = {}, OrderSearchPage *page = nullptr)
    {
        OrderSearchJob *job = m_orders->search(query);
        job->setAutoDelete(false);
        connect(job, &ApiJob::finished, this, [page](ApiJob *finished) {
            if (page && !finished->hasError())
                *page = static_cast<OrderSearchJob *>(finished)->page();
        });
        return run(job);
    }

private Q_SLOTS:
    void init()
    {
        SandboxOptions options;
        options.referenceDate = QDate(2026, 6, 15);
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen());
        m_client = std::make_unique<ApiClient>();
        m_client->setRetryPolicy({3, 20, 200, 5});
        m_client->setTimeout(5000);
        m_orders = std::make_unique<OrdersService>(m_client.get());
        connectClient();
    }
    void cleanup()
    {
        m_orders.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void searchReturnsOrders()
    {
        OrderSearchPage page;
        const Outcome outcome = search({}, &page);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.response.status, 200);
        QVERIFY(page.recordsFound > 0);
        QVERIFY(!page.orders.isEmpty());
        QVERIFY(!page.orders.constFirst().ingramOrderNumber.isEmpty());
    }

    void tokenIsFetchedOnceAndShared()
    {
        QList<OrderSearchJob *> jobs;
        for (int i = 0; i < 5; ++i) {
            jobs.append(m_orders->search({}));
            jobs.last()->setAutoDelete(false);
        }
        for (OrderSearchJob *job : jobs)
            QTRY_VERIFY(job->isFinished());
        for (OrderSearchJob *job : jobs) {
            QVERIFY2(!job->hasError(), qPrintable(job->error().message()));
            delete job;
        }
        QCOMPARE(count(TokenPath), 1);
        QVERIFY(!search().error.isError());
        QCOMPARE(count(TokenPath), 1);
    }

    void secretTravelsInTheBodyOnly()
    {
        QVERIFY(!search().error.isError());
        const auto records = m_sandbox->receivedRequests();
        QVERIFY(!records.isEmpty());
        const SandboxRequestRecord &token = records.constFirst();
        QCOMPARE(token.path, TokenPath);
        QCOMPARE(token.method, QByteArray("POST"));
        QVERIFY(token.query.isEmpty());
        QVERIFY(token.body.contains("grant_type=client_credentials"));
        QVERIFY(token.body.contains("client_secret="));
    }

    void everyRequestCarriesTheHeaders()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(!search().error.isError());
        const auto records = apiRequests();
        QCOMPARE(records.size(), 3);
        QSet<QByteArray> ids;
        for (const SandboxRequestRecord &record : records) {
            QVERIFY(record.header("Authorization").startsWith("Bearer "));
            QCOMPARE(record.header("IM-CustomerNumber"), QByteArray("20-222222"));
            QCOMPARE(record.header("IM-CountryCode"), QByteArray("US"));
            QCOMPARE(record.header("IM-SenderID"), QByteArray("DeskTests"));
            QCOMPARE(record.header("Accept"), QByteArray("application/json"));
            const QByteArray id = record.header("IM-CorrelationID");
            QVERIFY(!id.isEmpty());
            QVERIFY(id.size() <= CorrelationId::MaxLength);
            ids.insert(id);
        }
        QCOMPARE(ids.size(), 3);
    }

    void senderIdIsLeftOutWhenEmpty()
    {
        ConnectionProfile p = profile();
        p.senderId.clear();
        m_client->setProfile(p, std::make_shared<InMemorySecretSource>(
                                    QLatin1String(SandboxDefaults::ClientSecret)));
        QVERIFY(!search().error.isError());
        QVERIFY(!apiRequests().constFirst().hasHeader("IM-SenderID"));
    }

    void expiredTokenIsRenewedOnceAndRetried()
    {
        QVERIFY(!search().error.isError());
        m_sandbox->expireAllTokens();
        const Outcome outcome = search();
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
        QCOMPARE(outcome.response.attempts, 2);
        QCOMPARE(count(TokenPath), 2);
        const auto records = apiRequests();
        QCOMPARE(records.size(), 3);
        // The retry is a new request with its own correlation ID.
        QVERIFY(records.at(1).header("IM-CorrelationID") !=
                records.at(2).header("IM-CorrelationID"));
    }

    void persistent401IsReportedAfterOneRenewal()
    {
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::ExpiredToken)
                                     .onPath(QLatin1String(OrdersService::SearchPath)));
        const Outcome outcome = search();
        QCOMPARE(outcome.error.kind, ApiError::Kind::Http);
        QCOMPARE(outcome.error.httpStatus, 401);
        QCOMPARE(outcome.response.attempts, 2);
        QCOMPARE(count(TokenPath), 2);
        QCOMPARE(outcome.finishedCount, 1);
    }

    void tokenLifetimeIsHonoured()
    {
        m_sandbox->setTokenLifetimeSeconds(1);
        QVERIFY(!search().error.isError());
        QVERIFY(m_client->tokenProvider()->hasValidToken());
        QTRY_VERIFY_WITH_TIMEOUT(!m_client->tokenProvider()->hasValidToken(), 3000);
        QVERIFY(!search().error.isError());
        QCOMPARE(count(TokenPath), 2);
    }

    void wrongSecretIsAnAuthenticationError()
    {
        connectClient(QStringLiteral("not-the-secret"));
        const Outcome outcome = search();
        QCOMPARE(outcome.error.kind, ApiError::Kind::Authentication);
        QVERIFY(!outcome.error.serverMessage.isEmpty());
        QVERIFY(outcome.error.message().contains(outcome.error.serverMessage));
        QCOMPARE(apiRequests().size(), 0);
    }

    void missingSecretIsAConfigurationError()
    {
        m_client->setProfile(profile(), std::make_shared<InMemorySecretSource>());
        const Outcome outcome = search();
        QCOMPARE(outcome.error.kind, ApiError::Kind::Configuration);
        QCOMPARE(m_sandbox->receivedRequests().size(), 0);
    }

    void serverErrorShapes_data()
    {
        QTest::addColumn<int>("shape");
        QTest::newRow("errors") << int(SandboxErrorShape::Errors);
        QTest::newRow("message") << int(SandboxErrorShape::Message);
        QTest::newRow("fault") << int(SandboxErrorShape::Fault);
    }
    void serverErrorShapes()
    {
        QFETCH(int, shape);
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::ServerError)
                                     .withShape(SandboxErrorShape(shape))
                                     .onPath(QLatin1String(OrdersService::SearchPath)));
        const Outcome outcome = search();
        QCOMPARE(outcome.error.kind, ApiError::Kind::Http);
        QCOMPARE(outcome.error.httpStatus, 500);
        QVERIFY(!outcome.error.serverMessage.isEmpty());
        QVERIFY(!outcome.error.correlationId.isEmpty());
        QCOMPARE(outcome.error.correlationId, outcome.response.correlationId);
        QCOMPARE(outcome.response.attempts, 1); // 500 is not retried
    }

    void badGatewayHtmlIsRetriedThenReported()
    {
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::BadGateway)
                                     .onPath(QLatin1String(OrdersService::SearchPath)));
        const Outcome outcome = search();
        QCOMPARE(outcome.error.httpStatus, 502);
        QCOMPARE(outcome.response.attempts, 3);
        QVERIFY(!outcome.error.technicalDetail.isEmpty());
        QCOMPARE(apiRequests().size(), 3);
    }

    void transientFailuresRecover_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("503") << int(SandboxFaultKind::ServiceUnavailable);
        QTest::newRow("504") << int(SandboxFaultKind::GatewayTimeout);
    }
    void transientFailuresRecover()
    {
        QFETCH(int, kind);
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind(kind))
                                     .onPath(QLatin1String(OrdersService::SearchPath))
                                     .times(1));
        const Outcome outcome = search();
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
        QCOMPARE(outcome.response.attempts, 2);
    }

    void droppedConnectionOfAGetRecovers()
    {
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::DropConnection)
                                     .onPath(QLatin1String(OrdersService::SearchPath))
                                     .times(1));
        const Outcome outcome = search();
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
        // Sent again, either by Qt on the kept-alive connection or by the client's own retry.
        QCOMPARE(apiRequests().size(), 2);
    }

    void retryAfterIsHonoured()
    {
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::TooManyRequests, 1)
                                     .onPath(QLatin1String(OrdersService::SearchPath))
                                     .times(1));
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = search();
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
        QCOMPARE(outcome.response.attempts, 2);
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    }

    void longRetryAfterIsReportedNotAwaited()
    {
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::TooManyRequests, 120)
                                     .onPath(QLatin1String(OrdersService::SearchPath)));
        const Outcome outcome = search();
        QCOMPARE(outcome.error.httpStatus, 429);
        QCOMPARE(outcome.error.retryAfterSeconds, 120);
        QCOMPARE(outcome.response.attempts, 1);
    }

    void postAndPutAreNeverRetried_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("kind");
        QTest::newRow("POST 503") << int(ApiRequest::Method::Post)
                                  << int(SandboxFaultKind::ServiceUnavailable);
        QTest::newRow("POST dropped")
            << int(ApiRequest::Method::Post) << int(SandboxFaultKind::DropConnection);
        QTest::newRow("PUT 502") << int(ApiRequest::Method::Put)
                                 << int(SandboxFaultKind::BadGateway);
    }
    void postAndPutAreNeverRetried()
    {
        QFETCH(int, method);
        QFETCH(int, kind);
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind(kind))
                                     .onPath(QStringLiteral("/resellers/v6/orders")));
        ApiRequest request;
        request.method = ApiRequest::Method(method);
        request.path = QStringLiteral("/resellers/v6/orders");
        request.body = R"({"customerOrderNumber":"PO-1"})";
        auto *job = new JsonApiJob;
        m_client->start(job, request);
        const Outcome outcome = run(job);
        QVERIFY(outcome.error.isError());
        QCOMPARE(outcome.response.attempts, 1);
        QCOMPARE(apiRequests().size(), 1);
        if (SandboxFaultKind(kind) == SandboxFaultKind::DropConnection)
            QVERIFY(outcome.error.maybeProcessed);
    }

    void timeoutEndsTheRequest()
    {
        m_client->setTimeout(300);
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::Latency, 3000)
                                     .onPath(QLatin1String(OrdersService::SearchPath)));
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = search();
        QCOMPARE(outcome.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(outcome.response.attempts, 1);
        QVERIFY(timer.elapsed() < 2500);
        QVERIFY(!outcome.error.nextStep().isEmpty());
    }

    void slowBodyWithinTheTimeoutSucceeds()
    {
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::SlowBody, 400)
                                     .onPath(QLatin1String(OrdersService::SearchPath)));
        OrderSearchPage page;
        const Outcome outcome = search({}, &page);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
        QVERIFY(!page.orders.isEmpty());
    }

    void brokenBodiesAreErrorsNotEmptyResults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("malformed") << int(SandboxFaultKind::MalformedJson);
        QTest::newRow("truncated") << int(SandboxFaultKind::TruncatedBody);
    }
    void brokenBodiesAreErrorsNotEmptyResults()
    {
        QFETCH(int, kind);
        m_client->setRetryPolicy({1, 20, 200, 5});
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind(kind))
                                     .onPath(QLatin1String(OrdersService::SearchPath)));
        OrderSearchPage page;
        page.recordsFound = -1;
        const Outcome outcome = search({}, &page);
        QVERIFY(outcome.error.isError());
        QVERIFY(outcome.error.kind == ApiError::Kind::InvalidResponse ||
                outcome.error.kind == ApiError::Kind::Network);
        QVERIFY(!outcome.error.message().isEmpty());
        QCOMPARE(page.recordsFound, -1); // nothing was handed out as a result
    }

    void connectionRefusedIsANetworkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ConnectionProfile p = profile();
        p.customUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        m_client->setProfile(p, std::make_shared<InMemorySecretSource>(QStringLiteral("x")));
        const Outcome outcome = search();
        QCOMPARE(outcome.error.kind, ApiError::Kind::Network);
        QVERIFY(!outcome.error.message().isEmpty());
    }

    void cancelFinishesOnce()
    {
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::Latency, 2000)
                                     .onPath(QLatin1String(OrdersService::SearchPath)));
        OrderSearchJob *job = m_orders->search({});
        job->setAutoDelete(false);
        QSignalSpy spy(job, &ApiJob::finished);
        QTRY_COMPARE(apiRequests().size() + (m_client->activeJobCount() == 1 ? 0 : 1), 1);
        job->cancel();
        QCOMPARE(spy.size(), 1);
        QVERIFY(job->wasCancelled());
        QTest::qWait(100);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(m_client->activeJobCount(), 0);
        delete job;
    }

    void switchingProfileCancelsRequestsInFlight()
    {
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::Latency, 2000)
                                     .onPath(QLatin1String(OrdersService::SearchPath)));
        OrderSearchJob *job = m_orders->search({});
        job->setAutoDelete(false);
        QSignalSpy spy(job, &ApiJob::finished);
        QTest::qWait(50);
        connectClient();
        QCOMPARE(spy.size(), 1);
        QVERIFY(job->wasCancelled());
        QVERIFY(!m_client->tokenProvider()->hasValidToken());
        delete job;
    }

    void sandboxOnlyParametersNeverReachOtherEnvironments_data()
    {
        QTest::addColumn<int>("environment");
        QTest::addColumn<bool>("sent");
        QTest::newRow("offline sandbox")
            << int(ConnectionProfile::Environment::OfflineSandbox) << true;
        QTest::newRow("custom URL") << int(ConnectionProfile::Environment::Custom) << false;
    }
    void sandboxOnlyParametersNeverReachOtherEnvironments()
    {
        QFETCH(int, environment);
        QFETCH(bool, sent);
        connectClient(QLatin1String(SandboxDefaults::ClientSecret),
                      ConnectionProfile::Environment(environment));
        OrderSearchPage page;
        QVERIFY(!search({}, &page).error.isError());
        QVERIFY(!page.orders.isEmpty());
        OrderDetailsQuery query;
        query.orderNumber = page.orders.constFirst().ingramOrderNumber;
        query.simulateStatus = QStringLiteral("IM::SHIPPED");
        query.regionCode = QStringLiteral("US");
        query.isIml = true;
        m_sandbox->clearReceivedRequests();
        const Outcome outcome = run(m_orders->details(query));
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
        const QByteArray sentQuery = apiRequests().constFirst().query;
        QCOMPARE(sentQuery.contains("simulateStatus"), sent);
        QCOMPARE(sentQuery.contains("regionCode"), sent);
        QCOMPARE(sentQuery.contains("isIml"), sent);
    }

    void arrayParametersAreRepeatedKeys()
    {
        OrderSearchQuery query;
        query.orderStatusIn = {QStringLiteral("SHIPPED"), QStringLiteral("BACKORDERED")};
        query.ingramOrderDateRange = {QDate(2026, 1, 1), QDate(2026, 6, 1)};
        QVERIFY(!search(query).error.isError());
        const QByteArray sentQuery = apiRequests().constFirst().query;
        QCOMPARE(sentQuery.count("orderStatus-in="), 2);
        QCOMPARE(sentQuery.count("ingramOrderDate-bt="), 2);
    }

    void noResultsIsAnEmptyPageNotAnError()
    {
        OrderSearchQuery query;
        query.customerOrderNumber = QStringLiteral("NO-SUCH-PO-4711");
        OrderSearchPage page;
        page.recordsFound = -1;
        const Outcome outcome = search(query, &page);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
        QCOMPARE(outcome.response.status, 204);
        QCOMPARE(page.recordsFound, 0);
        QVERIFY(page.orders.isEmpty());
    }

    void invalidQueryIsRefusedBeforeSending()
    {
        OrderSearchQuery query;
        query.pageSize = 101;
        const Outcome outcome = search(query);
        QCOMPARE(outcome.error.kind, ApiError::Kind::InvalidRequest);
        QVERIFY(!outcome.error.fieldErrors.isEmpty());
        QCOMPARE(m_sandbox->receivedRequests().size(), 0);
    }

    void detailsOfAnUnknownOrderIs404()
    {
        const Outcome outcome = run(m_orders->details(QStringLiteral("99-ZZZZZ")));
        QCOMPARE(outcome.error.httpStatus, 404);
        QVERIFY(!outcome.error.serverMessage.isEmpty());
    }

    void getCallsArePacedPerEndpoint()
    {
        m_client->setRateLimit(2, 600);
        QElapsedTimer timer;
        timer.start();
        QList<OrderSearchJob *> jobs;
        for (int i = 0; i < 3; ++i) {
            jobs.append(m_orders->search({}));
            jobs.last()->setAutoDelete(false);
        }
        QTRY_VERIFY(jobs.at(1)->isFinished());
        QVERIFY(!jobs.at(2)->isFinished());
        QTRY_VERIFY(jobs.at(2)->isFinished());
        QVERIFY2(timer.elapsed() >= 550, qPrintable(QString::number(timer.elapsed())));
        for (OrderSearchJob *job : jobs) {
            QVERIFY(!job->hasError());
            delete job;
        }
    }

    void exchangesAreLoggedWithoutSecrets()
    {
        QSignalSpy spy(m_client.get(), &ApiClient::exchangeFinished);
        QVERIFY(!search().error.isError());
        QCOMPARE(spy.size(), 2); // the token request and the search
        for (const QList<QVariant> &arguments : spy) {
            const ApiExchange exchange = arguments.at(0).value<ApiExchange>();
            QVERIFY(!exchange.requestBody.contains(SandboxDefaults::ClientSecret));
            QVERIFY(!exchange.responseBody.contains("access_token\":\"") ||
                    exchange.responseBody.contains("<redacted>"));
            for (const auto &header : exchange.requestHeaders) {
                if (header.first == "Authorization")
                    QCOMPARE(header.second, QByteArray("<redacted>"));
            }
        }
        const ApiExchange search = spy.at(1).at(0).value<ApiExchange>();
        QCOMPARE(search.status, 200);
        QVERIFY(!search.correlationId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
