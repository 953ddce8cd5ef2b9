// The Pending orders page in the real main window against the in-process sandbox: a v7 order is
// tracked, Check now finds nothing until the sandbox clock passes its delay, then the entry turns
// into the order, the window notifies, and Open order and Remove work.
#include "apiclient.h"
#include "mainwindow.h"
#include "orderdetailsview.h"
#include "orderspage.h"
#include "ordersservice.h"
#include "ordersubmission.h"
#include "orderwriteservice.h"
#include "pendingordersmodel.h"
#include "pendingordersview.h"
#include "pendingordertracker.h"
#include "requestlogmodel.h"
#include "sandbox/sandboxcatalog.h"
#include "sandboxserver.h"
#include "secretsource.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

class TestPendingOrdersView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrdersService> m_orders;
    std::unique_ptr<OrderWriteService> m_writer;
    std::unique_ptr<RequestLogModel> m_log;
    std::unique_ptr<PendingOrderTracker> m_tracker;
    std::unique_ptr<MainWindow> m_window;
    QString m_part;

    template<typename T>
    T *find(const char *name) const
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("missing widget %s", name);
        return widget;
    }

    void grab(const char *name)
    {
        const QByteArray dir = qgetenv("RD_SCREENSHOT_DIR");
        QTest::qWait(50);
        if (!dir.isEmpty())
            m_window->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') +
                                  QLatin1String(name));
    }

    QListWidgetItem *pendingItem() const
    {
        auto *navigation = find<QListWidget>("navigation");
        for (int row = 0; row < navigation->count(); ++row) {
            if (navigation->item(row)->text().startsWith(QLatin1String("Pending orders")))
                return navigation->item(row);
        }
        return nullptr;
    }

    // Places a v7 order through OrderSubmission and hands it to the tracker, as the editor does.
    QString placeV7(const QString &po)
    {
        OrderCreateRequest request;
        request.customerOrderNumber = po;
        OrderCreateLine line;
        line.ingramPartNumber = m_part;
        line.quantity = 1;
        request.lines.append(line);
        request.numberLines();
        OrderSubmission submission(m_orders.get(), m_writer.get());
        submission.start(request, OrderApiVersion::V7);
        if (!QTest::qWaitFor([&] { return submission.isFinished(); }, 10000) ||
            submission.outcome() != OrderSubmission::Outcome::ConfirmedV7) {
            QTest::qFail("the v7 order was not confirmed", __FILE__, __LINE__);
            return {};
        }
        return m_tracker->track(&submission);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
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
        QSettings().clear();
        SandboxOptions options;
        options.orderCount = 20;
        options.referenceDate = QDate(2026, 6, 15);
        options.v7OrderDelaySeconds = 600;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen());
        m_client = std::make_unique<ApiClient>();
        m_client->setRetryPolicy({1, 10, 10, 1});
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.customUrl = m_sandbox->baseUrl();
        m_client->setProfile(profile, std::make_shared<InMemorySecretSource>(
                                          QLatin1String(SandboxDefaults::ClientSecret)));
        m_orders = std::make_unique<OrdersService>(m_client.get());
        m_writer = std::make_unique<OrderWriteService>(m_client.get());
        m_log = std::make_unique<RequestLogModel>();
        m_tracker = std::make_unique<PendingOrderTracker>(m_orders.get());
        // Only Check now searches in this test, so what happens is what the buttons do.
        PendingOrderPolicy policy;
        policy.firstCheckMs = 3600 * 1000;
        policy.intervalMs = 3600 * 1000;
        policy.spacingMs = 10;
        m_tracker->setPolicy(policy);
        m_tracker->restart(profile.id, {});
        m_window = std::make_unique<MainWindow>(m_client.get(), m_orders.get(), m_log.get());
        m_window->setPendingOrderTracker(m_tracker.get());
        m_window->resize(1360, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_tracker.reset();
        m_writer.reset();
        m_orders.reset();
        m_client.reset();
        m_log.reset();
        m_sandbox.reset();
    }

    void entryResolvesIntoAnOrder()
    {
        PendingOrdersView *view = m_window->pendingOrdersView();
        QVERIFY(view);
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(pendingItem());
        QCOMPARE(pendingItem()->text(), QStringLiteral("Pending orders"));
        auto *navigation = find<QListWidget>("navigation");
        navigation->setCurrentItem(pendingItem());
        QCOMPARE(find<QStackedWidget>("pages")->currentWidget(), view);
        QVERIFY(find<QLabel>("emptyLabel")->isVisible());

        const QString id = placeV7(QStringLiteral("PEND-1"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(pendingItem()->text(), QStringLiteral("Pending orders (1)"));
        // The request log has a table of the same name.
        auto *table = view->findChild<QTableView *>(QStringLiteral("entriesView"));
        QVERIFY(table);
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, PendingOrdersModel::CustomerPo).data().toString(),
                 QStringLiteral("PEND-1"));
        QCOMPARE(table->model()->index(0, PendingOrdersModel::Confirmation).data().toString(),
                 m_tracker->entry(id).confirmationNumber);
        QCOMPARE(table->model()->index(0, PendingOrdersModel::LastChecked).data().toString(),
                 QStringLiteral("Not yet"));

        auto *checkNow = find<QPushButton>("checkNowButton");
        auto *open = find<QPushButton>("openOrderButton");
        QVERIFY(!checkNow->isEnabled());
        table->selectRow(0);
        QVERIFY(checkNow->isEnabled());
        QVERIFY(!open->isEnabled());

        // Not there yet: the sandbox publishes v7 orders after its delay.
        QTest::mouseClick(checkNow, Qt::LeftButton);
        QTRY_COMPARE(m_tracker->entry(id).checks, 1);
        QVERIFY(m_tracker->entry(id).isPending());
        QVERIFY(table->model()->index(0, PendingOrdersModel::LastChecked).data().toString() !=
                QStringLiteral("Not yet"));
        grab("pendingordersview-waiting.png");

        QSignalSpy notified(m_window.get(), &MainWindow::notificationShown);
        QSignalSpy resolved(m_tracker.get(), &PendingOrderTracker::resolved);
        m_sandbox->advanceClock(700);
        QTest::mouseClick(checkNow, Qt::LeftButton);
        QVERIFY(notified.wait(5000));
        QCOMPARE(resolved.size(), 1);
        const PendingOrder entry = m_tracker->entry(id);
        QCOMPARE(entry.state, PendingOrder::State::Found);
        QCOMPARE(entry.orderNumbers.size(), 1);
        const QString number = entry.orderNumbers.first();
        QVERIFY(notified.first().first().toString().contains(number));
        QVERIFY(m_window->statusBar()->currentMessage().contains(number));
        QCOMPARE(pendingItem()->text(), QStringLiteral("Pending orders"));
        QCOMPARE(table->model()->index(0, PendingOrdersModel::OrderNumbers).data().toString(),
                 number);
        QVERIFY(table->model()
                    ->index(0, PendingOrdersModel::State)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Found")));
        QVERIFY(open->isEnabled());
        grab("pendingordersview-found.png");

        // Open order goes to the order's details tab.
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(find<QStackedWidget>("pages")->currentWidget(), m_window->ordersPage());
        QTRY_VERIFY(m_window->ordersPage()->detailsView(number));
        QTRY_VERIFY(m_window->ordersPage()->detailsView(number)->hasDetails());

        // Remove stops tracking it.
        navigation->setCurrentItem(pendingItem());
        table->selectRow(0);
        QTest::mouseClick(find<QPushButton>("removeButton"), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(m_tracker->entries().isEmpty());
        QVERIFY(find<QLabel>("emptyLabel")->isVisible());
    }

    void entryGivingUpNotifiesToo()
    {
        PendingOrderPolicy policy;
        policy.firstCheckMs = 20;
        policy.intervalMs = 50;
        policy.spacingMs = 10;
        policy.limitMs = 300;
        m_tracker->setPolicy(policy);
        QSignalSpy notified(m_window.get(), &MainWindow::notificationShown);
        const QString id = placeV7(QStringLiteral("PEND-2"));
        QCOMPARE(pendingItem()->text(), QStringLiteral("Pending orders (1)"));
        QVERIFY(notified.wait(5000));
        QCOMPARE(m_tracker->entry(id).state, PendingOrder::State::NotFound);
        QVERIFY(notified.first().first().toString().contains(QStringLiteral("PEND-2")));
        QVERIFY(notified.first().first().toString().contains(QStringLiteral("Not found after")));
        QCOMPARE(pendingItem()->text(), QStringLiteral("Pending orders"));
    }
};

QTEST_MAIN(TestPendingOrdersView)
#include "tst_pendingordersview.moc"
