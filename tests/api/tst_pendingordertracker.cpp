// Following v7 orders after their confirmation against the in-process offline sandbox: entries
// resolve when the order appears (the sandbox clock is advanced), give up after the limit,
// keep their pace, and can be checked now or removed.
#include "apiclient.h"
#include "ordersservice.h"
#include "ordersubmission.h"
#include "orderwritejobs.h"
#include "orderwriteservice.h"
#include "pendingordertracker.h"
#include "sandbox/sandboxcatalog.h"
#include "sandboxserver.h"
#include "secretsource.h"

#include <QSignalSpy>
#include <QTest>

namespace {
const QString SearchPath = QStringLiteral("/resellers/v6/orders/search");
}

class TestPendingOrderTracker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrdersService> m_orders;
    std::unique_ptr<OrderWriteService> m_writer;
    std::unique_ptr<PendingOrderTracker> m_tracker;
    QString m_part;

    static PendingOrderPolicy fastPolicy()
    {
        PendingOrderPolicy policy;
        policy.firstCheckMs = 50;
        policy.intervalMs = 100;
        policy.backoff = 1.5;
        policy.maxIntervalMs = 300;
        policy.limitMs = 60 * 1000;
        policy.spacingMs = 20;
        return policy;
    }

    OrderConfirmation confirmV7(const QString &po)
    {
        OrderCreateRequest request;
        request.customerOrderNumber = po;
        OrderCreateLine line;
        line.ingramPartNumber = m_part;
        request.lines.append(line);
        request.numberLines();
        auto *job = m_writer->createV7(request);
        job->setAutoDelete(false);
        std::unique_ptr<OrderConfirmJob> owned(job);
        if (!QTest::qWaitFor([job] { return job->isFinished(); }, 10000) || job->hasError()) {
            QTest::qFail("the v7 create failed", __FILE__, __LINE__);
            return {};
        }
        return job->confirmation();
    }

    int searches() const
    {
        int n = 0;
        for (const SandboxRequestRecord &record : m_sandbox->receivedRequests())
            n += record.method == "GET" && record.path == SearchPath ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<PendingOrder>();
        SandboxServer probe;
        for (const auto &product : SandboxCatalog::products()) {
            if (!product->license && !product->directShip && !product->alwaysBackordered &&
                probe.catalog().stock(*product, QStringLiteral("10")) >= 30) {
                m_part = product->ingramPartNumber;
                break;
            }
        }
        QVERIFY(!m_part.isEmpty());
    }

    void init()
    {
        SandboxOptions options;
        options.orderCount = 20;
        options.referenceDate = QDate(2026, 6, 15);
        options.v7OrderDelaySeconds = 600;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen());
        m_client = std::make_unique<ApiClient>();
        m_client->setRetryPolicy({2, 20, 100, 5});
        m_client->setTimeout(5000);
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.customUrl = m_sandbox->baseUrl();
        m_client->setProfile(profile, std::make_shared<InMemorySecretSource>(
                                          QLatin1String(SandboxDefaults::ClientSecret)));
        m_orders = std::make_unique<OrdersService>(m_client.get());
        m_writer = std::make_unique<OrderWriteService>(m_client.get());
        m_tracker = std::make_unique<PendingOrderTracker>(m_orders.get());
        m_tracker->setPolicy(fastPolicy());
        m_tracker->restart(QStringLiteral("profile-a"), {});
    }

    void cleanup()
    {
        m_tracker.reset();
        m_writer.reset();
        m_orders.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void defaultsRespectThePacing()
    {
        const PendingOrderPolicy policy;
        QVERIFY(policy.intervalMs >= 20 * 1000 && policy.intervalMs <= 30 * 1000);
        QCOMPARE(policy.limitMs, qint64(30) * 60 * 1000);
        // Even with many entries the tracker alone stays far below 60 searches a minute.
        QVERIFY(60 * 1000 / policy.spacingMs <= 30);
    }

    void entryResolvesWhenTheOrderAppears()
    {
        const OrderConfirmation confirmation = confirmV7(QStringLiteral("TRK-1"));
        QSignalSpy resolved(m_tracker.get(), &PendingOrderTracker::resolved);
        QSignalSpy counts(m_tracker.get(), &PendingOrderTracker::pendingCountChanged);
        const QString id = m_tracker->track(QStringLiteral("TRK-1"), confirmation);
        QCOMPARE(m_tracker->pendingCount(), 1);
        QCOMPARE(m_tracker->entry(id).confirmationNumber, confirmation.confirmationNumber);

        // Checked a few times while the sandbox has not published it yet.
        QVERIFY(QTest::qWaitFor([&] { return m_tracker->entry(id).checks >= 3; }, 5000));
        QVERIFY(m_tracker->entry(id).isPending());
        QCOMPARE(resolved.size(), 0);
        QVERIFY(m_tracker->entry(id).lastCheckedAt.isValid());
        QVERIFY(m_tracker->entry(id).nextCheckAt > m_tracker->entry(id).lastCheckedAt);

        m_sandbox->advanceClock(700);
        QVERIFY(resolved.wait(5000));
        const PendingOrder entry = resolved.first().first().value<PendingOrder>();
        QCOMPARE(entry.id, id);
        QCOMPARE(entry.state, PendingOrder::State::Found);
        QCOMPARE(entry.orderNumbers.size(), 1);
        QVERIFY(!entry.orderStatus.isEmpty());
        QCOMPARE(m_tracker->pendingCount(), 0);
        QCOMPARE(counts.last().first().toInt(), 0);

        // Resolved entries are not searched any more.
        const int before = searches();
        QTest::qWait(400);
        QCOMPARE(searches(), before);
    }

    void backoffSpacesTheChecks()
    {
        const QString id = m_tracker->track(QStringLiteral("TRK-NONE"), {});
        QVERIFY(QTest::qWaitFor([&] { return m_tracker->entry(id).checks >= 4; }, 5000));
        const PendingOrder entry = m_tracker->entry(id);
        const qint64 gap = entry.lastCheckedAt.msecsTo(entry.nextCheckAt);
        QVERIFY2(gap >= 200 && gap <= 300, qPrintable(QString::number(gap)));
    }

    void givesUpAfterTheLimit()
    {
        PendingOrderPolicy policy = fastPolicy();
        policy.limitMs = 600;
        m_tracker->setPolicy(policy);
        QSignalSpy resolved(m_tracker.get(), &PendingOrderTracker::resolved);
        const QString id = m_tracker->track(QStringLiteral("TRK-NEVER"), {});
        QVERIFY(resolved.wait(5000));
        const PendingOrder entry = m_tracker->entry(id);
        QCOMPARE(entry.state, PendingOrder::State::NotFound);
        QVERIFY2(entry.resolution.startsWith(QLatin1String("Not found after 1 minute")),
                 qPrintable(entry.resolution));
        QVERIFY(entry.submittedAt.msecsTo(entry.lastCheckedAt) >= 600);
        const int before = searches();
        QTest::qWait(300);
        QCOMPARE(searches(), before);

        // A manual check of an entry that gave up still finds a late order.
        const OrderConfirmation confirmation = confirmV7(QStringLiteral("TRK-LATE"));
        const QString late = m_tracker->track(QStringLiteral("TRK-LATE"), confirmation);
        QVERIFY(resolved.wait(5000));
        QCOMPARE(m_tracker->entry(late).state, PendingOrder::State::NotFound);
        m_sandbox->advanceClock(700);
        QVERIFY(m_tracker->checkNow(late));
        QVERIFY(resolved.wait(5000));
        QCOMPARE(m_tracker->entry(late).state, PendingOrder::State::Found);
    }

    void existingOrdersWithThePoAreNotMistaken()
    {
        // Place an order with the PO first: the tracked one is a second order with it.
        OrderCreateRequest first;
        first.customerOrderNumber = QStringLiteral("TRK-DUP");
        OrderCreateLine line;
        line.ingramPartNumber = m_part;
        first.lines.append(line);
        first.numberLines();
        auto *job = m_writer->createV6(first);
        job->setAutoDelete(false);
        std::unique_ptr<OrderCreateJob> owned(job);
        QVERIFY(QTest::qWaitFor([&] { return job->isFinished(); }, 10000));
        QVERIFY(!job->hasError());
        const QString existing = job->result().orderNumbers().first();

        const QString id = m_tracker->track(QStringLiteral("TRK-DUP"), {}, QStringList{existing});
        QVERIFY(QTest::qWaitFor([&] { return m_tracker->entry(id).checks >= 2; }, 5000));
        QVERIFY(m_tracker->entry(id).isPending());
    }

    void checkNowAndRemove()
    {
        PendingOrderPolicy slow = fastPolicy();
        slow.firstCheckMs = 60 * 1000;
        m_tracker->setPolicy(slow);
        QSignalSpy removed(m_tracker.get(), &PendingOrderTracker::entryRemoved);
        QSignalSpy saved(m_tracker.get(), &PendingOrderTracker::entriesChanged);
        const QString id = m_tracker->track(QStringLiteral("TRK-NOW"), {});
        QTest::qWait(200);
        QCOMPARE(m_tracker->entry(id).checks, 0);
        QVERIFY(m_tracker->checkNow(id));
        QVERIFY(QTest::qWaitFor([&] { return m_tracker->entry(id).checks == 1; }, 5000));
        QVERIFY(m_tracker->remove(id));
        QCOMPARE(removed.size(), 1);
        QVERIFY(saved.size() >= 3);
        QVERIFY(m_tracker->entries().isEmpty());
        QVERIFY(!m_tracker->remove(id));
        QVERIFY(!m_tracker->checkNow(id));
    }

    void restartSwitchesProfileAndCarriesOn()
    {
        const OrderConfirmation confirmation = confirmV7(QStringLiteral("TRK-RESTART"));
        PendingOrder saved;
        saved.id = QStringLiteral("saved-1");
        saved.customerOrderNumber = QStringLiteral("TRK-RESTART");
        saved.confirmationNumber = confirmation.confirmationNumber;
        saved.submittedAt = QDateTime::currentDateTimeUtc().addSecs(-5);
        // Round trip through JSON, as the store keeps it.
        const PendingOrder loaded = PendingOrder::fromJson(saved.toJson());
        QCOMPARE(loaded.submittedAt, saved.submittedAt);

        QSignalSpy reset(m_tracker.get(), &PendingOrderTracker::entriesReset);
        QSignalSpy resolved(m_tracker.get(), &PendingOrderTracker::resolved);
        m_tracker->restart(QStringLiteral("profile-b"), {loaded});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_tracker->profileId(), QStringLiteral("profile-b"));
        m_sandbox->advanceClock(700);
        QVERIFY(resolved.wait(5000));
        QCOMPARE(m_tracker->entry(QStringLiteral("saved-1")).state, PendingOrder::State::Found);

        m_tracker->stop();
        m_tracker->track(QStringLiteral("TRK-STOPPED"), {});
        const int before = searches();
        QTest::qWait(300);
        QCOMPARE(searches(), before);
    }

    void tracksAV7Submission()
    {
        OrderSubmission submission(m_orders.get(), m_writer.get());
        OrderCreateRequest request;
        request.customerOrderNumber = QStringLiteral("TRK-SUB");
        OrderCreateLine line;
        line.ingramPartNumber = m_part;
        request.lines.append(line);
        request.numberLines();
        QVERIFY(m_tracker->track(&submission).isEmpty());
        submission.start(request, OrderApiVersion::V7);
        QVERIFY(QTest::qWaitFor([&] { return submission.isFinished(); }, 10000));
        QCOMPARE(submission.outcome(), OrderSubmission::Outcome::ConfirmedV7);
        const QString id = m_tracker->track(&submission);
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_tracker->entry(id).confirmationNumber,
                 submission.confirmation().confirmationNumber);
    }
};

QTEST_GUILESS_MAIN(TestPendingOrderTracker)
#include "tst_pendingordertracker.moc"
