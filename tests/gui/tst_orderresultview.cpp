// The order result view fed by real order attempts against the in-process sandbox: a v6 order,
// a 207 partial order with EN and EQ lines, a v7 confirmation, lost answers found and not found
// (with Check again), and a refused order.
#include "../sandbox/sandboxtestclient.h"
#include "apiclient.h"
#include "messagebanner.h"
#include "orderresultview.h"
#include "ordersservice.h"
#include "ordersubmission.h"
#include "orderwriteservice.h"
#include "sandbox/sandboxcatalog.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "secretsource.h"

#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

class TestOrderResultView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrdersService> m_orders;
    std::unique_ptr<OrderWriteService> m_writer;
    std::unique_ptr<OrderResultView> m_view;
    QString m_part;

    template<typename T>
    T *find(const char *name) const
    {
        auto *widget = m_view->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("missing widget %s", name);
        return widget;
    }

    void grab(const char *name)
    {
        const QByteArray dir = qgetenv("RD_SCREENSHOT_DIR");
        QTest::qWait(50); // let the layout settle as it does on screen
        if (!dir.isEmpty())
            m_view->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') +
                                QLatin1String(name));
    }

    OrderCreateRequest order(const QString &po) const
    {
        OrderCreateRequest request;
        request.customerOrderNumber = po;
        OrderCreateLine line;
        line.ingramPartNumber = m_part;
        line.quantity = 2;
        request.lines.append(line);
        request.numberLines();
        return request;
    }

    std::unique_ptr<OrderSubmission> submit(const OrderCreateRequest &request,
                                            OrderApiVersion version)
    {
        auto submission = std::make_unique<OrderSubmission>(m_orders.get(), m_writer.get());
        submission->setReconcileAttempts(2);
        submission->setReconcileIntervalMs(100);
        submission->start(request, version);
        if (!QTest::qWaitFor([&] { return submission->isFinished(); }, 15000))
            QTest::qFail("the order attempt did not finish", __FILE__, __LINE__);
        return submission;
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
        m_client->setRetryPolicy({2, 20, 100, 5});
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.customUrl = m_sandbox->baseUrl();
        m_client->setProfile(profile, std::make_shared<InMemorySecretSource>(
                                          QLatin1String(SandboxDefaults::ClientSecret)));
        m_orders = std::make_unique<OrdersService>(m_client.get());
        m_writer = std::make_unique<OrderWriteService>(m_client.get());
        m_view = std::make_unique<OrderResultView>();
        m_view->resize(1000, 620);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_writer.reset();
        m_orders.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void v6FullSuccess()
    {
        auto submission = submit(order(QStringLiteral("RES-V6")), OrderApiVersion::V6);
        QCOMPARE(submission->outcome(), OrderSubmission::Outcome::CreatedV6);
        m_view->showSubmission(submission.get());
        const QString number = submission->createResult().orderNumbers().first();
        QCOMPARE(m_view->headline(), QStringLiteral("Order placed"));
        QVERIFY2(m_view->summaryText().contains(number), qPrintable(m_view->summaryText()));
        QVERIFY(m_view->summaryText().contains(QStringLiteral("$")));
        QVERIFY(find<QGroupBox>("linesGroup")->isVisible());
        QVERIFY(!find<QGroupBox>("rejectedGroup")->isVisible());
        QVERIFY(!m_view->banner()->isVisible());

        auto *tree = find<QTreeWidget>("linesTree");
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *orderItem = tree->topLevelItem(0);
        QVERIFY(orderItem->text(0).contains(number));
        QCOMPARE(orderItem->childCount(), 1);
        QTreeWidgetItem *line = orderItem->child(0);
        QCOMPARE(line->text(1), m_part);
        QCOMPARE(line->text(4), QStringLiteral("2"));
        QVERIFY(!line->text(3).isEmpty());
        QVERIFY(line->text(7).contains(QStringLiteral("$")));

        // Opening the order from its line, by keyboard as from a double-click.
        QSignalSpy open(m_view.get(), &OrderResultView::openOrderRequested);
        tree->setFocus();
        tree->setCurrentItem(line);
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), number);
        // And from its link in the summary.
        auto *summary = find<QLabel>("summary");
        Q_EMIT summary->linkActivated(QStringLiteral("order:") + number);
        QCOMPARE(open.size(), 2);
    }

    void partialOrderSaysWhatWasOrdered()
    {
        // The desk never sends a zero quantity, so the EQ line comes from a raw request.
        SandboxTestClient raw(m_sandbox.get());
        auto line = [](const QString &number, const QString &part, int quantity) {
            return QJsonObject{{QStringLiteral("customerLineNumber"), number},
                               {QStringLiteral("ingramPartNumber"), part},
                               {QStringLiteral("quantity"), quantity}};
        };
        const SandboxTestReply reply = raw.apiJson(
            "POST", QStringLiteral("/resellers/v6/orders"),
            QJsonObject{{QStringLiteral("customerOrderNumber"), QStringLiteral("RES-207")},
                        {QStringLiteral("lines"),
                         QJsonArray{line(QStringLiteral("1"), m_part, 3),
                                    line(QStringLiteral("2"), QStringLiteral("ZZNOSUCHPART"), 1),
                                    line(QStringLiteral("3"), m_part, 0)}}});
        QCOMPARE(reply.status, 207);
        const OrderCreateResult result = OrderCreateResult::fromJson(reply.json(), reply.status);
        m_view->showCreated(result);

        QVERIFY2(m_view->headline().contains(QStringLiteral("1 of 3")),
                 qPrintable(m_view->headline()));
        const QString summary = m_view->summaryText();
        QVERIFY2(summary.contains(QStringLiteral("Ordered: line(s) 1.")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("line 2 (EN – part not found)")));
        QVERIFY(summary.contains(QStringLiteral("line 3 (EQ – invalid quantity)")));
        QVERIFY(summary.contains(result.orderNumbers().first()));

        auto *rejected = find<QTreeWidget>("rejectedTree");
        QVERIFY(find<QGroupBox>("rejectedGroup")->isVisible());
        QCOMPARE(rejected->topLevelItemCount(), 2);
        QCOMPARE(rejected->topLevelItem(0)->text(0), QStringLiteral("2"));
        QCOMPARE(rejected->topLevelItem(0)->text(1), QStringLiteral("ZZNOSUCHPART"));
        QCOMPARE(rejected->topLevelItem(0)->text(4), QStringLiteral("EN – part not found"));
        QVERIFY(rejected->topLevelItem(0)->text(5).contains(QStringLiteral("ZZNOSUCHPART")));
        QCOMPARE(rejected->topLevelItem(1)->text(4), QStringLiteral("EQ – invalid quantity"));
        QCOMPARE(rejected->topLevelItem(1)->text(5), QStringLiteral("ERROR-INVALID-QTY"));
        auto *lines = find<QTreeWidget>("linesTree");
        QCOMPARE(lines->topLevelItem(0)->childCount(), 1);
        QCOMPARE(lines->topLevelItem(0)->child(0)->text(1), m_part);
        grab("orderresultview-207.png");
    }

    void backorderedLinesAreCounted()
    {
        QString backordered;
        for (const auto &product : SandboxCatalog::products()) {
            if (product->alwaysBackordered && !product->directShip && !product->license) {
                backordered = product->ingramPartNumber;
                break;
            }
        }
        QVERIFY(!backordered.isEmpty());
        OrderCreateRequest request = order(QStringLiteral("RES-BO"));
        request.lines.first().ingramPartNumber = backordered;
        request.lines.first().quantity = 4;
        auto submission = submit(request, OrderApiVersion::V6);
        QCOMPARE(submission->outcome(), OrderSubmission::Outcome::CreatedV6);
        m_view->showSubmission(submission.get());
        QVERIFY2(m_view->summaryText().contains(QStringLiteral("backordered, 4 unit(s)")),
                 qPrintable(m_view->summaryText()));
        QCOMPARE(find<QTreeWidget>("linesTree")->topLevelItem(0)->child(0)->text(6),
                 QStringLiteral("4"));
    }

    void v7Confirmation()
    {
        auto submission = submit(order(QStringLiteral("RES-V7")), OrderApiVersion::V7);
        QCOMPARE(submission->outcome(), OrderSubmission::Outcome::ConfirmedV7);
        m_view->showSubmission(submission.get());
        QCOMPARE(m_view->headline(), QStringLiteral("Order accepted for processing"));
        QVERIFY(m_view->summaryText().contains(submission->confirmation().confirmationNumber));
        QVERIFY(m_view->summaryText().contains(QStringLiteral("Pending orders")));
        auto *pending = find<QPushButton>("pendingOrdersButton");
        QVERIFY(pending->isVisible());
        QSignalSpy requested(m_view.get(), &OrderResultView::pendingOrdersRequested);
        QTest::mouseClick(pending, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QVERIFY(!find<QGroupBox>("linesGroup")->isVisible());
    }

    void lostAnswerFound()
    {
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::CommitThenDrop)
                                     .onMethod("POST")
                                     .onPath(QStringLiteral("/resellers/v6/orders")));
        auto submission = submit(order(QStringLiteral("RES-LOST")), OrderApiVersion::V6);
        QCOMPARE(submission->outcome(), OrderSubmission::Outcome::FoundAfterLostAnswer);
        m_view->showSubmission(submission.get());
        const QString number = submission->foundOrders().first().ingramOrderNumber;
        QVERIFY(m_view->headline().contains(QStringLiteral("found after the answer was lost")));
        QVERIFY(m_view->summaryText().contains(number));
        QVERIFY(m_view->summaryText().contains(QStringLiteral("not sent again")));
        auto *found = find<QTreeWidget>("foundTree");
        QVERIFY(found->isVisible());
        QCOMPARE(found->topLevelItemCount(), 1);
        QCOMPARE(found->topLevelItem(0)->text(0), number);
        QVERIFY(!find<QPushButton>("checkAgainButton")->isVisible());
    }

    void lostAnswerNotFoundThenCheckAgain()
    {
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::CommitThenDrop)
                                     .onMethod("POST")
                                     .onPath(QStringLiteral("/resellers/v7/orders")));
        auto submission = submit(order(QStringLiteral("RES-V7LOST")), OrderApiVersion::V7);
        QCOMPARE(submission->outcome(), OrderSubmission::Outcome::NotFoundAfterLostAnswer);
        m_view->showSubmission(submission.get());
        QCOMPARE(m_view->headline(), QStringLiteral("Not known yet whether the order was placed"));
        QVERIFY(m_view->banner()->isVisible());
        QCOMPARE(m_view->banner()->type(), MessageBanner::Type::Warning);
        QVERIFY(m_view->banner()->text().contains(QStringLiteral("check again later")));
        QVERIFY(m_view->summaryText().contains(QStringLiteral("will not be sent again")));
        grab("orderresultview-notfound.png");

        auto *checkAgain = find<QPushButton>("checkAgainButton");
        QVERIFY(checkAgain->isVisible());
        connect(m_view.get(), &OrderResultView::checkAgainRequested, submission.get(),
                [&] { submission->checkAgain(); });
        m_sandbox->advanceClock(120);
        QTest::mouseClick(checkAgain, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return submission->isFinished(); }, 10000));
        QCOMPARE(submission->outcome(), OrderSubmission::Outcome::FoundAfterLostAnswer);
        m_view->showSubmission(submission.get());
        QCOMPARE(find<QTreeWidget>("foundTree")->topLevelItemCount(), 1);
        QVERIFY(!m_view->banner()->isVisible());
    }

    void refusedOrderKeepsTheInput()
    {
        OrderCreateRequest request = order(QStringLiteral("RES-400"));
        request.lines.first().ingramPartNumber = QStringLiteral("ZZNOSUCHPART");
        auto submission = submit(request, OrderApiVersion::V6);
        QCOMPARE(submission->outcome(), OrderSubmission::Outcome::Rejected);
        m_view->showSubmission(submission.get());
        QVERIFY(m_view->headline().startsWith(QStringLiteral("Order not placed")));
        QVERIFY(m_view->banner()->isVisible());
        QCOMPARE(m_view->banner()->type(), MessageBanner::Type::Error);
        QVERIFY(!m_view->banner()->correlationId().isEmpty());
        QVERIFY(m_view->summaryText().contains(QStringLiteral("lines[0].ingramPartNumber")));
        QVERIFY(m_view->summaryText().contains(QStringLiteral("Nothing was ordered")));
        grab("orderresultview-refused.png");
    }
};

QTEST_MAIN(TestOrderResultView)
#include "tst_orderresultview.moc"
