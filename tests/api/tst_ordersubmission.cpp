// One order attempt end to end against the in-process offline sandbox over real loopback HTTP:
// the submit guard, the duplicate check, v6 and v7 creates, refusals, and lost answers that are
// reconciled by search and never sent twice.
#include "apiclient.h"
#include "ordersservice.h"
#include "ordersubmission.h"
#include "orderwriteservice.h"
#include "sandbox/sandboxcatalog.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "secretsource.h"

#include <QSignalSpy>
#include <QTest>

namespace {
const QString CreateV6Path = QStringLiteral("/resellers/v6/orders");
const QString CreateV7Path = QStringLiteral("/resellers/v7/orders");
using Outcome = OrderSubmission::Outcome;
using State = OrderSubmission::State;
} // namespace

class TestOrderSubmission : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrdersService> m_orders;
    std::unique_ptr<OrderWriteService> m_writer;
    QString m_part;

    std::unique_ptr<OrderSubmission> submission()
    {
        auto result = std::make_unique<OrderSubmission>(m_orders.get(), m_writer.get());
        result->setReconcileAttempts(3);
        result->setReconcileIntervalMs(150);
        return result;
    }

    OrderCreateRequest order(const QString &po) const
    {
        OrderCreateRequest request;
        request.customerOrderNumber = po;
        OrderCreateLine line;
        line.ingramPartNumber = m_part;
        line.quantity = 1;
        request.lines.append(line);
        request.numberLines();
        return request;
    }

    static bool waitFinished(OrderSubmission *s, int timeoutMs = 15000)
    {
        return QTest::qWaitFor([s] { return s->isFinished(); }, timeoutMs);
    }

    int posts(const QString &path) const
    {
        int n = 0;
        for (const SandboxRequestRecord &record : m_sandbox->receivedRequests())
            n += record.method == "POST" && record.path == path ? 1 : 0;
        return n;
    }

    // Orders the sandbox holds with the customer PO, straight from its store.
    int ordersWithPo(const QString &po)
    {
        OrderSearchQuery query;
        query.customerOrderNumber = po;
        auto *job = m_orders->search(query);
        job->setAutoDelete(false);
        std::unique_ptr<OrderSearchJob> owned(job);
        if (!QTest::qWaitFor([job] { return job->isFinished(); }, 10000) || job->hasError())
            return -1;
        int n = 0;
        for (const OrderSummary &summary : job->page().orders)
            n += summary.customerOrderNumber == po ? 1 : 0;
        return n;
    }

    void loseAnswers(SandboxFaultKind kind, const QString &path)
    {
        m_sandbox->faults()->add(SandboxFaultRule(kind, 10000).onMethod("POST").onPath(path));
        if (kind == SandboxFaultKind::LateAnswer)
            m_client->setTimeout(600);
    }

    void answersBack()
    {
        m_sandbox->faults()->clear();
        m_client->setTimeout(5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
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
        options.v7OrderDelaySeconds = 60;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen());
        m_client = std::make_unique<ApiClient>();
        m_client->setRetryPolicy({3, 20, 200, 5});
        m_client->setTimeout(5000);
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.customUrl = m_sandbox->baseUrl();
        m_client->setProfile(profile, std::make_shared<InMemorySecretSource>(
                                          QLatin1String(SandboxDefaults::ClientSecret)));
        m_orders = std::make_unique<OrdersService>(m_client.get());
        m_writer = std::make_unique<OrderWriteService>(m_client.get());
    }

    void cleanup()
    {
        m_writer.reset();
        m_orders.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void v6CreatedAndSecondStartRefused()
    {
        auto s = submission();
        QSignalSpy states(s.get(), &OrderSubmission::stateChanged);
        QSignalSpy finished(s.get(), &OrderSubmission::finished);
        QVERIFY(s->start(order(QStringLiteral("SUB-V6")), OrderApiVersion::V6));
        QVERIFY(!s->start(order(QStringLiteral("SUB-V6")), OrderApiVersion::V6));
        QVERIFY(waitFinished(s.get()));
        QCOMPARE(s->outcome(), Outcome::CreatedV6);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(states.first().first().value<State>(), State::CheckingDuplicates);
        QCOMPARE(states.at(1).first().value<State>(), State::Sending);
        QCOMPARE(states.last().first().value<State>(), State::Finished);
        QCOMPARE(s->createResult().orderNumbers().size(), 1);
        QVERIFY(s->wasSent());
        QVERIFY(s->message().contains(QStringLiteral("SUB-V6")));
        QVERIFY(!s->start(order(QStringLiteral("SUB-V6")), OrderApiVersion::V6));
        QTest::qWait(100);
        QCOMPARE(posts(CreateV6Path), 1);
        QCOMPARE(ordersWithPo(QStringLiteral("SUB-V6")), 1);
    }

    void duplicatePoWaitsForDecision()
    {
        auto first = submission();
        first->start(order(QStringLiteral("SUB-DUP")), OrderApiVersion::V6);
        QVERIFY(waitFinished(first.get()));
        QCOMPARE(first->outcome(), Outcome::CreatedV6);

        auto second = submission();
        QSignalSpy duplicates(second.get(), &OrderSubmission::duplicatesFound);
        second->start(order(QStringLiteral("SUB-DUP")), OrderApiVersion::V6);
        QVERIFY(QTest::qWaitFor([&] { return second->state() == State::AwaitingDuplicateDecision; },
                                10000));
        QCOMPARE(duplicates.size(), 1);
        QCOMPARE(second->duplicates().size(), 1);
        QCOMPARE(second->duplicates().first().ingramOrderNumber,
                 first->createResult().orderNumbers().first());
        QVERIFY(!second->wasSent());
        QTest::qWait(100);
        QCOMPARE(posts(CreateV6Path), 1);

        second->confirmDuplicate();
        QVERIFY(waitFinished(second.get()));
        QCOMPARE(second->outcome(), Outcome::CreatedV6);
        QVERIFY(second->request().allowDuplicateCustomerOrderNumber);
        QCOMPARE(posts(CreateV6Path), 2);
        QCOMPARE(ordersWithPo(QStringLiteral("SUB-DUP")), 2);

        auto third = submission();
        third->start(order(QStringLiteral("SUB-DUP")), OrderApiVersion::V6);
        QVERIFY(QTest::qWaitFor([&] { return third->state() == State::AwaitingDuplicateDecision; },
                                10000));
        QCOMPARE(third->duplicates().size(), 2);
        third->abandon();
        QCOMPARE(third->outcome(), Outcome::Abandoned);
        third->confirmDuplicate(); // too late: nothing happens
        QTest::qWait(100);
        QCOMPARE(posts(CreateV6Path), 2);
    }

    void v7Confirmed()
    {
        auto s = submission();
        s->start(order(QStringLiteral("SUB-V7")), OrderApiVersion::V7);
        QVERIFY(waitFinished(s.get()));
        QCOMPARE(s->outcome(), Outcome::ConfirmedV7);
        QVERIFY(!s->confirmation().confirmationNumber.isEmpty());
        QVERIFY(s->message().contains(s->confirmation().confirmationNumber));
        QCOMPARE(posts(CreateV7Path), 1);
    }

    // An order built elsewhere (an order from a quote) gets the same guard, duplicate check
    // and single send through a sender function.
    void senderIsCalledOnceAfterTheDuplicateCheck()
    {
        const QString po = QStringLiteral("SUB-SENDER");
        auto first = submission();
        first->start(order(po), OrderApiVersion::V6);
        QVERIFY(waitFinished(first.get()));

        auto s = submission();
        QList<bool> calls;
        const auto sender = [this, &calls, po](bool allowDuplicate, QObject *parent) -> ApiJob * {
            calls.append(allowDuplicate);
            OrderCreateRequest request = order(po);
            request.allowDuplicateCustomerOrderNumber = allowDuplicate;
            return m_writer->createV7(request, parent);
        };
        QVERIFY(s->start(po, OrderApiVersion::V7, sender));
        QVERIFY(!s->start(po, OrderApiVersion::V7, sender));
        QVERIFY(!s->start(order(po), OrderApiVersion::V7));
        QVERIFY(QTest::qWaitFor([&] { return s->state() == State::AwaitingDuplicateDecision; },
                                10000));
        QVERIFY(calls.isEmpty());
        QCOMPARE(s->duplicates().size(), 1);
        s->confirmDuplicate();
        QVERIFY(waitFinished(s.get()));
        QCOMPARE(s->outcome(), Outcome::ConfirmedV7);
        QCOMPARE(calls, QList<bool>{true});
        QCOMPARE(s->request().customerOrderNumber, po);
        QCOMPARE(posts(CreateV7Path), 1);

        auto empty = submission();
        QVERIFY(empty->start(QString(), OrderApiVersion::V7, sender));
        QVERIFY(waitFinished(empty.get()));
        QCOMPARE(empty->outcome(), Outcome::Rejected);
        QCOMPARE(calls.size(), 1);
    }

    void refusedInputIsRejected()
    {
        OrderCreateRequest unknown = order(QStringLiteral("SUB-400"));
        unknown.lines.first().ingramPartNumber = QStringLiteral("ZZNOSUCHPART");
        auto s = submission();
        s->start(unknown, OrderApiVersion::V6);
        QVERIFY(waitFinished(s.get()));
        QCOMPARE(s->outcome(), Outcome::Rejected);
        QCOMPARE(s->error().httpStatus, 400);
        QVERIFY(!s->error().fieldMessage(QStringLiteral("lines[0].ingramPartNumber")).isEmpty());

        m_sandbox->clearReceivedRequests();
        auto local = submission();
        local->start(order(QString(19, QLatin1Char('P'))), OrderApiVersion::V7);
        QVERIFY(waitFinished(local.get()));
        QCOMPARE(local->outcome(), Outcome::Rejected);
        QCOMPARE(local->error().kind, ApiError::Kind::InvalidRequest);
        QVERIFY(!local->error().fieldMessage(QStringLiteral("customerOrderNumber")).isEmpty());
        QVERIFY(!local->wasSent());
        QTest::qWait(50);
        QCOMPARE(m_sandbox->receivedRequests().size(), 0);
    }

    void refusedConnectionFailsWithoutSending()
    {
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        const QUrl base = m_sandbox->baseUrl();
        m_sandbox.reset(); // nothing listens on that port any more
        profile.customUrl = base;
        m_client->setProfile(profile, std::make_shared<InMemorySecretSource>(
                                          QLatin1String(SandboxDefaults::ClientSecret)));
        auto s = submission();
        s->start(order(QStringLiteral("SUB-DOWN")), OrderApiVersion::V6);
        QVERIFY(waitFinished(s.get()));
        QCOMPARE(s->outcome(), Outcome::Failed);
        QVERIFY(s->error().isError());
        QVERIFY(!s->wasSent());
        QVERIFY(!s->message().isEmpty());
    }

    void lostAnswerIsReconciledNotResent_data()
    {
        QTest::addColumn<SandboxFaultKind>("kind");
        QTest::newRow("late answer") << SandboxFaultKind::LateAnswer;
        QTest::newRow("commit then drop") << SandboxFaultKind::CommitThenDrop;
    }

    void lostAnswerIsReconciledNotResent()
    {
        QFETCH(SandboxFaultKind, kind);
        loseAnswers(kind, CreateV6Path);
        auto s = submission();
        QSignalSpy states(s.get(), &OrderSubmission::stateChanged);
        s->start(order(QStringLiteral("SUB-LOST")), OrderApiVersion::V6);
        QVERIFY(waitFinished(s.get()));
        QCOMPARE(s->outcome(), Outcome::FoundAfterLostAnswer);
        QVERIFY(s->error().isError());
        bool reconciled = false;
        for (const auto &args : states)
            reconciled = reconciled || args.first().value<State>() == State::Reconciling;
        QVERIFY(reconciled);
        QCOMPARE(s->foundOrders().size(), 1);
        QVERIFY(s->message().contains(s->foundOrders().first().ingramOrderNumber));
        QTest::qWait(300); // a resend would arrive here
        QCOMPARE(posts(CreateV6Path), 1);
        answersBack();
        QCOMPARE(ordersWithPo(QStringLiteral("SUB-LOST")), 1);
    }

    void lostAnswerAfterDuplicateFindsOnlyTheNewOrder()
    {
        auto first = submission();
        first->start(order(QStringLiteral("SUB-DUPLOST")), OrderApiVersion::V6);
        QVERIFY(waitFinished(first.get()));
        const QString existing = first->createResult().orderNumbers().value(0);

        loseAnswers(SandboxFaultKind::CommitThenDrop, CreateV6Path);
        auto second = submission();
        second->start(order(QStringLiteral("SUB-DUPLOST")), OrderApiVersion::V6);
        QVERIFY(QTest::qWaitFor([&] { return second->state() == State::AwaitingDuplicateDecision; },
                                10000));
        second->confirmDuplicate();
        QVERIFY(waitFinished(second.get()));
        QCOMPARE(second->outcome(), Outcome::FoundAfterLostAnswer);
        QCOMPARE(second->foundOrders().size(), 1);
        QVERIFY(second->foundOrders().first().ingramOrderNumber != existing);
        QCOMPARE(posts(CreateV6Path), 2);

        // Duplicates allowed up front: no pause, and still neither old order taken for the new.
        OrderCreateRequest allowed = order(QStringLiteral("SUB-DUPLOST"));
        allowed.allowDuplicateCustomerOrderNumber = true;
        auto third = submission();
        QSignalSpy states(third.get(), &OrderSubmission::stateChanged);
        third->start(allowed, OrderApiVersion::V6);
        QVERIFY(waitFinished(third.get()));
        QCOMPARE(third->outcome(), Outcome::FoundAfterLostAnswer);
        QCOMPARE(third->duplicates().size(), 2);
        QCOMPARE(third->foundOrders().size(), 1);
        for (const OrderSummary &old : third->duplicates())
            QVERIFY(old.ingramOrderNumber != third->foundOrders().first().ingramOrderNumber);
        for (const auto &args : states)
            QVERIFY(args.first().value<State>() != State::AwaitingDuplicateDecision);
        answersBack();
        QCOMPARE(posts(CreateV6Path), 3);
        QCOMPARE(ordersWithPo(QStringLiteral("SUB-DUPLOST")), 3);
    }

    void lostV7AnswerNotFoundThenCheckAgain()
    {
        loseAnswers(SandboxFaultKind::CommitThenDrop, CreateV7Path);
        auto s = submission();
        s->start(order(QStringLiteral("SUB-V7LOST")), OrderApiVersion::V7);
        QVERIFY(waitFinished(s.get()));
        QCOMPARE(s->outcome(), Outcome::NotFoundAfterLostAnswer);
        QCOMPARE(s->reconcileSearches(), 3);
        QVERIFY(s->message().contains(QStringLiteral("check again later")));
        QVERIFY(s->wasSent());
        QCOMPARE(m_sandbox->pendingOrderCount(), 1);

        m_sandbox->advanceClock(120);
        QSignalSpy finished(s.get(), &OrderSubmission::finished);
        QVERIFY(s->checkAgain());
        QVERIFY(!s->isFinished());
        QVERIFY(waitFinished(s.get()));
        QCOMPARE(s->outcome(), Outcome::FoundAfterLostAnswer);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(posts(CreateV7Path), 1);
        answersBack();
        QCOMPARE(ordersWithPo(QStringLiteral("SUB-V7LOST")), 1);
    }

    void serverErrorIsCheckedNotTrusted()
    {
        m_sandbox->faults()->add(
            SandboxFaultRule(SandboxFaultKind::ServerError).onMethod("POST").onPath(CreateV6Path));
        auto s = submission();
        s->start(order(QStringLiteral("SUB-500")), OrderApiVersion::V6);
        QVERIFY(waitFinished(s.get()));
        // The sandbox's 500 did not store the order; the desk searched instead of guessing.
        QCOMPARE(s->outcome(), Outcome::NotFoundAfterLostAnswer);
        QCOMPARE(s->error().httpStatus, 500);
        QCOMPARE(posts(CreateV6Path), 1);
    }

    void cancelBeforeAndAfterSending()
    {
        auto early = submission();
        early->start(order(QStringLiteral("SUB-CANCEL1")), OrderApiVersion::V6);
        early->cancel();
        QCOMPARE(early->outcome(), Outcome::Abandoned);
        QVERIFY(!early->wasSent());
        QTest::qWait(200);
        QCOMPARE(posts(CreateV6Path), 0);

        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::LateAnswer, 3000)
                                     .onMethod("POST")
                                     .onPath(CreateV6Path));
        auto late = submission();
        late->start(order(QStringLiteral("SUB-CANCEL2")), OrderApiVersion::V6);
        QVERIFY(QTest::qWaitFor([&] { return posts(CreateV6Path) == 1; }, 10000));
        QCOMPARE(late->state(), State::Sending);
        late->cancel();
        QCOMPARE(late->outcome(), Outcome::StoppedWaiting);
        QVERIFY(late->wasSent());
        QVERIFY(late->message().contains(QStringLiteral("may have been placed")));
        answersBack();
        QCOMPARE(ordersWithPo(QStringLiteral("SUB-CANCEL2")), 1);
    }
};

QTEST_GUILESS_MAIN(TestOrderSubmission)
#include "tst_ordersubmission.moc"
