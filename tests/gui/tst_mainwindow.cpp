// The main window driven through its real widgets against the in-process sandbox: keyboard
// flow from search to details and back, the request log behind "Show request", profile
// switches, and the layout remembered between runs.
#include "apiclient.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "orderdetailsview.h"
#include "orderspage.h"
#include "ordersservice.h"
#include "requestlogmodel.h"
#include "requestlogview.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "secretsource.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrdersService> m_orders;
    std::unique_ptr<RequestLogModel> m_log;
    std::unique_ptr<MainWindow> m_window;

    ConnectionProfile sandboxProfile() const
    {
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.customUrl = m_sandbox->baseUrl();
        return profile;
    }
    template<typename T>
    T *find(const char *name) const
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("missing widget %s", name);
        return widget;
    }
    // The visible banner of the search view (details views have their own).
    MessageBanner *searchBanner() const
    {
        return m_window->ordersPage()->findChild<MessageBanner *>(QStringLiteral("messageBanner"));
    }
    QString existingCustomerPo()
    {
        OrderSearchJob *job = m_orders->search({});
        job->setAutoDelete(false);
        if (!QTest::qWaitFor([job] { return job->isFinished(); }, 10000))
            return {};
        const QString po = job->hasError() || job->page().orders.isEmpty()
                               ? QString()
                               : job->page().orders.constFirst().customerOrderNumber;
        delete job;
        return po;
    }
    void grab(const char *name)
    {
        const QByteArray dir = qgetenv("RD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_window->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') +
                                  QLatin1String(name));
    }
    int requestsTo(const QString &pathPart) const
    {
        int n = 0;
        for (const SandboxRequestRecord &record : m_sandbox->receivedRequests())
            n += record.path.contains(pathPart) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        SandboxOptions options;
        options.referenceDate = QDate(2026, 6, 15);
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen());
        m_client = std::make_unique<ApiClient>();
        m_client->setRetryPolicy({1, 10, 10, 1});
        m_client->setProfile(sandboxProfile(), std::make_shared<InMemorySecretSource>(
                                                   QLatin1String(SandboxDefaults::ClientSecret)));
        m_orders = std::make_unique<OrdersService>(m_client.get());
        m_log = std::make_unique<RequestLogModel>();
        connect(m_client.get(), &ApiClient::exchangeFinished, m_log.get(),
                &RequestLogModel::append);
        m_window = std::make_unique<MainWindow>(m_client.get(), m_orders.get(), m_log.get());
        m_window->resize(1360, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_orders.reset();
        m_client.reset();
        m_log.reset();
        m_sandbox.reset();
    }

    void keyboardFromSearchToDetailsAndBack()
    {
        const QString po = existingCustomerPo();
        QVERIFY(!po.isEmpty());
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *quickSearch = find<QLineEdit>("quickSearchEdit");
        QTRY_VERIFY(quickSearch->hasFocus());
        QTest::keyClicks(quickSearch, po);
        QTest::keyClick(quickSearch, Qt::Key_Return);
        auto *results = find<QTreeView>("resultsView");
        QTRY_VERIFY(results->model()->rowCount() > 0);
        grab("mainwindow-search.png");

        results->setFocus();
        results->setCurrentIndex(results->model()->index(0, 0));
        const QString number = results->model()->index(0, 0).data().toString();
        QTest::keyClick(results, Qt::Key_Return);
        auto *tabs = find<QTabWidget>("orderTabs");
        QTRY_COMPARE(tabs->count(), 2);
        auto *details = qobject_cast<OrderDetailsView *>(tabs->currentWidget());
        QVERIFY(details);
        QCOMPARE(details->orderNumber(), number);
        QTRY_VERIFY(details->hasDetails());
        QTRY_VERIFY(tabs->tabText(1).contains(number));
        grab("mainwindow-details.png");

        // Opening it again reuses the tab.
        m_window->ordersPage()->openOrder(number);
        QCOMPARE(tabs->count(), 2);

        // F5 refreshes the order shown.
        const int before = requestsTo(QStringLiteral("/resellers/v6.1/orders/"));
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_COMPARE(requestsTo(QStringLiteral("/resellers/v6.1/orders/")), before + 1);

        // Ctrl+W closes the details tab but never the search tab.
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(tabs->count(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(tabs->count(), 1);
    }

    void errorBannerLeadsToTheRequestLog()
    {
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::ServerError)
                                     .onPath(QStringLiteral("/orders/search")));
        auto *quickSearch = find<QLineEdit>("quickSearchEdit");
        QTest::keyClicks(quickSearch, QStringLiteral("PO-ANY"));
        QTest::keyClick(quickSearch, Qt::Key_Return);
        MessageBanner *banner = searchBanner();
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(!banner->correlationId().isEmpty());
        grab("mainwindow-error.png");

        auto *showRequest = banner->findChild<QPushButton *>(QStringLiteral("bannerShowRequest"));
        QVERIFY(showRequest && showRequest->isVisible());
        QTest::mouseClick(showRequest, Qt::LeftButton);
        QVERIFY(banner->lastShowRequestHandled());
        auto *pages = find<QStackedWidget>("pages");
        QCOMPARE(pages->currentWidget(), m_window->requestLogView());
        QCOMPARE(find<QListWidget>("navigation")->currentRow(), 1);
        QVERIFY(m_window->requestLogView()->requestText().contains(banner->correlationId()));
        QVERIFY(m_window->requestLogView()->responseText().contains(QStringLiteral("HTTP 500")));
    }

    void switchingProfileClearsWhatWasShown()
    {
        const QString po = existingCustomerPo();
        auto *quickSearch = find<QLineEdit>("quickSearchEdit");
        QTest::keyClicks(quickSearch, po);
        QTest::keyClick(quickSearch, Qt::Key_Return);
        auto *results = find<QTreeView>("resultsView");
        QTRY_VERIFY(results->model()->rowCount() > 0);
        m_window->ordersPage()->openOrder(results->model()->index(0, 0).data().toString());
        auto *tabs = find<QTabWidget>("orderTabs");
        QCOMPARE(tabs->count(), 2);

        ConnectionProfile production = sandboxProfile();
        production.id = QStringLiteral("production-profile");
        production.name = QStringLiteral("Main account");
        production.environment = ConnectionProfile::Environment::Production;
        m_window->setProfile(production);
        QCOMPARE(tabs->count(), 1);
        QCOMPARE(results->model()->rowCount(), 0);
        auto *badge = find<QLabel>("environmentBadge");
        QVERIFY(badge->text().contains(QStringLiteral("PRODUCTION")));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Main account")));
    }

    void layoutIsRememberedBetweenRuns()
    {
        m_window->resize(1111, 777);
        m_window->saveLayout();
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_client.get(), m_orders.get(), m_log.get());
        m_window->restoreLayout();
        QCOMPARE(m_window->size(), QSize(1111, 777));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
