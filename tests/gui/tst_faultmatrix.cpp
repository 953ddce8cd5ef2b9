// Every fault switch of the offline sandbox against each read operation, through the real order
// search and order details views: retried to success where the API core may retry, a clear error
// banner otherwise, and the window's event loop never stalls while it happens.
#include "apiclient.h"
#include "messagebanner.h"
#include "orderdetailsview.h"
#include "ordersearchmodel.h"
#include "ordersearchview.h"
#include "ordersservice.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "sandboxstore.h"
#include "secretsource.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

namespace {
const QString SearchPath = QLatin1String(OrdersService::SearchPath);
const QString DetailsPath = QStringLiteral("/resellers/v6.1/orders/");

enum class Operation
{
    Search,
    Details
};

// Ticks on the GUI thread and remembers the longest gap between two ticks.
class StallMeter : public QObject
{
public:
    explicit StallMeter(int intervalMs = 10)
    {
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_longest = std::max(m_longest, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};
} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrdersService> m_orders;
    qint64 m_worstStallMs = 0;

    int requestsTo(const QString &pathStart) const
    {
        int n = 0;
        for (const SandboxRequestRecord &record : m_sandbox->receivedRequests())
            n += record.path.startsWith(pathStart) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        SandboxOptions options;
        options.referenceDate = QDate(2026, 6, 15);
        options.orderCount = 200;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen());
        m_client = std::make_unique<ApiClient>();
        // Three attempts as in production, with short backoff; Retry-After up to 5 s is waited for.
        m_client->setRetryPolicy({3, 50, 300, 5});
        m_client->setTimeout(3000);
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.customUrl = m_sandbox->baseUrl();
        m_client->setProfile(profile, std::make_shared<InMemorySecretSource>(
                                          QLatin1String(SandboxDefaults::ClientSecret)));
        m_orders = std::make_unique<OrdersService>(m_client.get());
    }

    void cleanup()
    {
        m_orders.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void cleanupTestCase()
    {
        qInfo("longest GUI-thread stall over all rows: %lld ms", m_worstStallMs);
    }

    void faultAgainstRead_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("parameter");
        QTest::addColumn<bool>("always");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<int>("minRequests");

        struct Row
        {
            const char *name;
            SandboxFaultKind kind;
            int parameter;
            bool always;
            bool succeeds;
            int minRequests; // requests that reached the read's path
        };
        const Row rows[] = {
            // Slow but fine: the answer arrives within the timeout.
            {"latency", SandboxFaultKind::Latency, 1200, false, true, 1},
            {"slow body", SandboxFaultKind::SlowBody, 1200, false, true, 1},
            // Transient: a GET is retried and succeeds.
            {"429 once", SandboxFaultKind::TooManyRequests, 1, false, true, 2},
            {"502 once", SandboxFaultKind::BadGateway, -1, false, true, 2},
            {"503 once", SandboxFaultKind::ServiceUnavailable, -1, false, true, 2},
            {"504 once", SandboxFaultKind::GatewayTimeout, -1, false, true, 2},
            {"dropped once", SandboxFaultKind::DropConnection, -1, false, true, 2},
            {"expired token", SandboxFaultKind::ExpiredToken, -1, false, true, 2},
            {"commit then drop once", SandboxFaultKind::CommitThenDrop, -1, false, true, 2},
            // Transient but persistent: retried up to the limit, then a clear error.
            {"429 always", SandboxFaultKind::TooManyRequests, 1, true, false, 3},
            {"502 always", SandboxFaultKind::BadGateway, -1, true, false, 3},
            {"503 always", SandboxFaultKind::ServiceUnavailable, -1, true, false, 3},
            {"504 always", SandboxFaultKind::GatewayTimeout, -1, true, false, 3},
            {"dropped always", SandboxFaultKind::DropConnection, -1, true, false, 2},
            {"expired token always", SandboxFaultKind::ExpiredToken, -1, true, false, 2},
            // Not transient: a clear error at once.
            {"500", SandboxFaultKind::ServerError, -1, false, false, 1},
            {"malformed JSON", SandboxFaultKind::MalformedJson, -1, false, false, 1},
            {"truncated body", SandboxFaultKind::TruncatedBody, -1, true, false, 1},
            {"answer after the timeout", SandboxFaultKind::LateAnswer, 8000, false, false, 1},
        };
        for (const Operation operation : {Operation::Search, Operation::Details}) {
            for (const Row &row : rows) {
                QTest::addRow("%s: %s", operation == Operation::Search ? "search" : "details",
                              row.name)
                    << int(operation) << int(row.kind) << row.parameter << row.always
                    << row.succeeds << row.minRequests;
            }
        }
    }

    void faultAgainstRead()
    {
        QFETCH(int, operation);
        QFETCH(int, kind);
        QFETCH(int, parameter);
        QFETCH(bool, always);
        QFETCH(bool, succeeds);
        QFETCH(int, minRequests);

        const bool search = Operation(operation) == Operation::Search;
        const QString path = search ? SearchPath : DetailsPath;
        const QString number = m_sandbox->store()->orders().front().ingramOrderNumber;
        SandboxFaultRule rule(SandboxFaultKind(kind), parameter);
        rule.onPath(path);
        if (!always)
            rule.times(1);
        m_sandbox->faults()->add(rule);

        StallMeter meter;
        std::unique_ptr<QWidget> view;
        MessageBanner *banner = nullptr;
        std::function<bool()> loaded;
        if (search) {
            auto *searchView = new OrderSearchView(m_orders.get());
            view.reset(searchView);
            view->resize(1000, 600);
            view->show();
            QVERIFY(QTest::qWaitForWindowExposed(view.get()));
            auto *edit = view->findChild<QLineEdit *>(QStringLiteral("quickSearchEdit"));
            QVERIFY(edit);
            edit->setFocus();
            QTest::keyClicks(edit, number);
            QTest::keyClick(edit, Qt::Key_Return);
            loaded = [searchView] {
                return searchView->model()->rowCount() > 0;
            };
        } else {
            auto *detailsView = new OrderDetailsView(m_orders.get(), number);
            view.reset(detailsView);
            view->resize(1000, 600);
            view->show();
            QVERIFY(QTest::qWaitForWindowExposed(view.get()));
            loaded = [detailsView] {
                return detailsView->hasDetails();
            };
        }
        banner = view->findChild<MessageBanner *>(QStringLiteral("messageBanner"));
        QVERIFY(banner);
        const auto failed = [banner] {
            return banner->isVisible() && banner->type() == MessageBanner::Type::Error;
        };
        QVERIFY2(QTest::qWaitFor([&] { return loaded() || failed(); }, 30000),
                 "neither a result nor an error");
        QTest::qWait(50);

        if (succeeds) {
            QVERIFY2(loaded(), qPrintable(banner->text()));
            QVERIFY(!failed());
        } else {
            QVERIFY(!loaded());
            QVERIFY(failed());
            // A clear error: a message, what to do, and the request to hand to support.
            QVERIFY(!banner->text().isEmpty());
            QVERIFY(!banner->detail().isEmpty());
            if (SandboxFaultKind(kind) != SandboxFaultKind::LateAnswer)
                QVERIFY2(!banner->correlationId().isEmpty(), qPrintable(banner->text()));
        }
        QVERIFY2(m_sandbox->faults()->hitCount() > 0, "the fault switch never fired");
        QVERIFY2(requestsTo(path) >= minRequests,
                 qPrintable(QStringLiteral("%1 requests").arg(requestsTo(path))));
        // GET is retried at most RetryPolicy::maxAttempts times (plus one token renewal).
        QVERIFY(requestsTo(path) <= 4);

        // The window kept painting and handling input all along: no nested wait, no blocking.
        m_worstStallMs = std::max(m_worstStallMs, meter.longestMs());
        QVERIFY2(meter.longestMs() < 750,
                 qPrintable(QStringLiteral("GUI thread stalled %1 ms").arg(meter.longestMs())));
    }
};

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
