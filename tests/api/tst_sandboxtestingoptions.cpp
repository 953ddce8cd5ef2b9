// Session-wide sandbox testing options of the orders service, checked on the wire against the
// in-process offline sandbox: they reach sandboxes, per-call values win, and a profile that is not
// a sandbox never sends them.
#include "apiclient.h"
#include "ordersservice.h"
#include "sandboxserver.h"
#include "sandboxstore.h"
#include "sandboxtestingoptions.h"
#include "secretsource.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

class TestSandboxTestingOptions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrdersService> m_orders;
    QString m_orderNumber;

    void useEnvironment(ConnectionProfile::Environment environment)
    {
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.environment = environment;
        profile.customUrl = m_sandbox->baseUrl();
        m_client->setProfile(profile, std::make_shared<InMemorySecretSource>(
                                          QLatin1String(SandboxDefaults::ClientSecret)));
    }
    // Runs a details request and returns the query the sandbox received for it.
    QUrlQuery sentDetailsQuery(const OrderDetailsQuery &query, bool *ok)
    {
        *ok = false;
        m_sandbox->clearReceivedRequests();
        OrderDetailsJob *job = m_orders->details(query);
        job->setAutoDelete(false);
        if (!QTest::qWaitFor([job] { return job->isFinished(); }, 15000)) {
            job->cancel();
            delete job;
            return {};
        }
        const bool failed = job->hasError();
        if (failed)
            qWarning() << job->error().message();
        delete job;
        const QString path = query.path();
        for (const SandboxRequestRecord &record : m_sandbox->receivedRequests()) {
            if (record.path == path) {
                *ok = !failed;
                return QUrlQuery(QString::fromUtf8(record.query));
            }
        }
        return {};
    }
    static QString value(const QUrlQuery &query, const char *key)
    {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    }
    static SandboxTestingOptions everything()
    {
        SandboxTestingOptions options;
        options.simulateStatus = QStringLiteral("IM::SHIPPED");
        options.regionCode = QStringLiteral("NA");
        options.isIml = true;
        return options;
    }

private Q_SLOTS:
    void init()
    {
        SandboxOptions options;
        options.referenceDate = QDate(2026, 6, 15);
        options.orderCount = 40;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen());
        QVERIFY(!m_sandbox->store()->orders().empty());
        m_orderNumber = m_sandbox->store()->orders().front().ingramOrderNumber;
        m_client = std::make_unique<ApiClient>();
        m_client->setRetryPolicy({1, 10, 10, 1});
        m_client->setTimeout(5000);
        m_orders = std::make_unique<OrdersService>(m_client.get());
        useEnvironment(ConnectionProfile::Environment::OfflineSandbox);
    }
    void cleanup()
    {
        m_orders.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void valueType()
    {
        SandboxTestingOptions options;
        QVERIFY(options.isEmpty());
        QVERIFY(options.isValid());
        options.isIml = false;
        QVERIFY(!options.isEmpty());
        options.simulateStatus = QStringLiteral("IM::SOMETHING");
        QVERIFY(!options.isValid());
        options.simulateStatus = QStringLiteral("IM::HOLD");
        options.regionCode =
            QString(SandboxTestingOptions::RegionCodeMaxLength + 1, QLatin1Char('A'));
        QVERIFY(!options.isValid());
        options.regionCode.chop(1);
        QVERIFY(options.isValid());
    }

    void settingEmitsOnlyOnChange()
    {
        QSignalSpy spy(m_orders.get(), &OrdersService::sandboxTestingOptionsChanged);
        m_orders->setSandboxTestingOptions(everything());
        m_orders->setSandboxTestingOptions(everything());
        QCOMPARE(spy.count(), 1);
        QVERIFY(m_orders->sandboxTestingOptions() == everything());
        m_orders->setSandboxTestingOptions({});
        QCOMPARE(spy.count(), 2);
        QVERIFY(m_orders->sandboxTestingOptions().isEmpty());
    }

    void noOptionsSendNothing()
    {
        OrderDetailsQuery query;
        query.orderNumber = m_orderNumber;
        bool ok = false;
        const QUrlQuery sent = sentDetailsQuery(query, &ok);
        QVERIFY(ok);
        for (const QString &name : sandboxOnlyParameterNames())
            QVERIFY2(!sent.hasQueryItem(name), qPrintable(name));
    }

    void globalOptionsReachTheSandbox()
    {
        m_orders->setSandboxTestingOptions(everything());
        OrderDetailsQuery query;
        query.orderNumber = m_orderNumber;
        bool ok = false;
        const QUrlQuery sent = sentDetailsQuery(query, &ok);
        QVERIFY(ok);
        QCOMPARE(value(sent, "simulateStatus"), QStringLiteral("IM::SHIPPED"));
        QCOMPARE(value(sent, "regionCode"), QStringLiteral("NA"));
        QCOMPARE(value(sent, "isIml"), QStringLiteral("true"));
    }

    void globalOptionsApplyToTheOrderNumberShortcut()
    {
        SandboxTestingOptions options;
        options.isIml = false;
        m_orders->setSandboxTestingOptions(options);
        m_sandbox->clearReceivedRequests();
        OrderDetailsJob *job = m_orders->details(m_orderNumber);
        job->setAutoDelete(false);
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 15000);
        QVERIFY2(!job->hasError(), qPrintable(job->error().message()));
        QCOMPARE(job->request().query.size(), 1);
        QCOMPARE(job->request().query.constFirst().key, QStringLiteral("isIml"));
        QCOMPARE(job->request().query.constFirst().value, QStringLiteral("false"));
        delete job;
    }

    void perCallValuesWin()
    {
        m_orders->setSandboxTestingOptions(everything());
        OrderDetailsQuery query;
        query.orderNumber = m_orderNumber;
        query.simulateStatus = QStringLiteral("IM::HOLD");
        query.isIml = false;
        bool ok = false;
        const QUrlQuery sent = sentDetailsQuery(query, &ok);
        QVERIFY(ok);
        QCOMPARE(value(sent, "simulateStatus"), QStringLiteral("IM::HOLD"));
        QCOMPARE(value(sent, "isIml"), QStringLiteral("false"));
        // Not set per call: the session's value fills in.
        QCOMPARE(value(sent, "regionCode"), QStringLiteral("NA"));
        QCOMPARE(sent.allQueryItemValues(QStringLiteral("simulateStatus")).size(), 1);
        QCOMPARE(sent.allQueryItemValues(QStringLiteral("isIml")).size(), 1);
    }

    void neverSentWithoutASandboxProfile_data()
    {
        QTest::addColumn<bool>("global");
        QTest::addColumn<bool>("perCall");
        QTest::newRow("global") << true << false;
        QTest::newRow("per call") << false << true;
        QTest::newRow("global and per call") << true << true;
    }
    void neverSentWithoutASandboxProfile()
    {
        QFETCH(bool, global);
        QFETCH(bool, perCall);
        // A custom URL is not a sandbox, even when it points at one; a production profile
        // cannot point at a local sandbox at all, and shares the same rule (isSandbox()).
        useEnvironment(ConnectionProfile::Environment::Custom);
        if (global)
            m_orders->setSandboxTestingOptions(everything());
        OrderDetailsQuery query;
        query.orderNumber = m_orderNumber;
        if (perCall) {
            query.simulateStatus = QStringLiteral("IM::INVOICED");
            query.regionCode = QStringLiteral("EU");
            query.isIml = false;
        }
        bool ok = false;
        const QUrlQuery sent = sentDetailsQuery(query, &ok);
        QVERIFY(ok);
        for (const QString &name : sandboxOnlyParameterNames())
            QVERIFY2(!sent.hasQueryItem(name), qPrintable(name));
        for (const SandboxRequestRecord &record : m_sandbox->receivedRequests()) {
            QVERIFY2(!record.query.contains("simulateStatus"), record.query.constData());
            QVERIFY2(!record.query.contains("regionCode"), record.query.constData());
            QVERIFY2(!record.query.contains("isIml"), record.query.constData());
        }
        ConnectionProfile production;
        production.environment = ConnectionProfile::Environment::Production;
        QVERIFY(!production.isSandbox());
    }
};

QTEST_GUILESS_MAIN(TestSandboxTestingOptions)
#include "tst_sandboxtestingoptions.moc"
