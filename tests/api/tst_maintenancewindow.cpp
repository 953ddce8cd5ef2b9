// The vendor's nightly maintenance window: its boundaries in Pacific time, across clock
// changes, and a v6 create failing inside it saying so (over loopback against the sandbox).
#include "apiclient.h"
#include "maintenancewindow.h"
#include "orderwriteservice.h"
#include "sandbox/sandboxcatalog.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "secretsource.h"

#include <QTest>

namespace {
QDateTime pacific(int year, int month, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second),
                     MaintenanceWindow::timeZone());
}
} // namespace

class TestMaintenanceWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrderWriteService> m_writer;

    OrderCreateRequest order(const QString &po) const
    {
        OrderCreateRequest request;
        request.customerOrderNumber = po;
        OrderCreateLine line;
        for (const auto &product : SandboxCatalog::products()) {
            if (!product->license && !product->directShip && !product->alwaysBackordered) {
                line.ingramPartNumber = product->ingramPartNumber;
                break;
            }
        }
        request.lines.append(line);
        request.numberLines();
        return request;
    }

    ApiError createAt(const QDateTime &now)
    {
        m_writer->setClock([now] { return now; });
        OrderCreateJob *job = m_writer->createV6(order(QStringLiteral("MW-1")));
        job->setAutoDelete(false);
        std::unique_ptr<OrderCreateJob> owned(job);
        if (!QTest::qWaitFor([&] { return job->isFinished(); }, 10000))
            QTest::qFail("the create did not finish", __FILE__, __LINE__);
        return job->error();
    }

private Q_SLOTS:
    void pacificZoneIsKnown()
    {
        QVERIFY(MaintenanceWindow::timeZone().isValid());
        QCOMPARE(MaintenanceWindow::timeZone().id(), QByteArray("America/Los_Angeles"));
    }

    void boundaries_data()
    {
        QTest::addColumn<QDateTime>("instant");
        QTest::addColumn<bool>("inside");
        // 2026-06-15 is a Monday.
        QTest::newRow("Mon 22:59:59") << pacific(2026, 6, 15, 22, 59, 59) << false;
        QTest::newRow("Mon 23:00") << pacific(2026, 6, 15, 23) << true;
        QTest::newRow("Tue 03:59:59") << pacific(2026, 6, 16, 3, 59, 59) << true;
        QTest::newRow("Tue 04:00") << pacific(2026, 6, 16, 4) << false;
        QTest::newRow("Tue noon") << pacific(2026, 6, 16, 12) << false;
        QTest::newRow("Fri 18:00 is a weekday evening") << pacific(2026, 6, 19, 18) << false;
        QTest::newRow("Fri 23:00") << pacific(2026, 6, 19, 23) << true;
        QTest::newRow("Sat 03:59") << pacific(2026, 6, 20, 3, 59) << true;
        QTest::newRow("Sat 04:00") << pacific(2026, 6, 20, 4) << false;
        QTest::newRow("Sat 04:30") << pacific(2026, 6, 20, 4, 30) << false;
        QTest::newRow("Sat 17:59") << pacific(2026, 6, 20, 17, 59) << false;
        QTest::newRow("Sat 18:00") << pacific(2026, 6, 20, 18) << true;
        QTest::newRow("Sun 04:59") << pacific(2026, 6, 21, 4, 59) << true;
        QTest::newRow("Sun 05:00") << pacific(2026, 6, 21, 5) << false;
        QTest::newRow("Sun 18:00") << pacific(2026, 6, 21, 18) << true;
        QTest::newRow("Mon 04:30 after Sunday night") << pacific(2026, 6, 22, 4, 30) << true;
        QTest::newRow("Mon 05:00") << pacific(2026, 6, 22, 5) << false;
        // The same instants given in UTC: 23:00 PDT is 06:00 UTC the next day.
        QTest::newRow("UTC Tue 06:00")
            << QDateTime(QDate(2026, 6, 16), QTime(6, 0), QTimeZone::utc()) << true;
        QTest::newRow("UTC Tue 05:59")
            << QDateTime(QDate(2026, 6, 16), QTime(5, 59), QTimeZone::utc()) << false;
        // In winter (PST, UTC-8) the same wall clock is an hour later in UTC.
        QTest::newRow("UTC Tue 06:30 in January")
            << QDateTime(QDate(2026, 1, 13), QTime(6, 30), QTimeZone::utc()) << false;
        QTest::newRow("UTC Tue 07:00 in January")
            << QDateTime(QDate(2026, 1, 13), QTime(7, 0), QTimeZone::utc()) << true;
        QTest::newRow("invalid") << QDateTime() << false;
    }

    void boundaries()
    {
        QFETCH(QDateTime, instant);
        QFETCH(bool, inside);
        QCOMPARE(MaintenanceWindow::contains(instant), inside);
    }

    void clockChanges()
    {
        // 2026-03-08 (Sunday) 02:00 PST jumps to 03:00 PDT: Saturday night is an hour shorter.
        const MaintenanceWindow::Span spring = MaintenanceWindow::spanStartingOn(QDate(2026, 3, 7));
        QCOMPARE(spring.start.secsTo(spring.end), 10 * 3600);
        QCOMPARE(spring.start.toUTC(), QDateTime(QDate(2026, 3, 8), QTime(2, 0), QTimeZone::utc()));
        QCOMPARE(spring.end.toUTC(), QDateTime(QDate(2026, 3, 8), QTime(12, 0), QTimeZone::utc()));
        QVERIFY(MaintenanceWindow::contains(
            QDateTime(QDate(2026, 3, 8), QTime(11, 59), QTimeZone::utc())));
        QVERIFY(!MaintenanceWindow::contains(
            QDateTime(QDate(2026, 3, 8), QTime(12, 0), QTimeZone::utc())));

        // 2026-11-01 (Sunday) 02:00 PDT falls back to 01:00 PST: Saturday night is longer.
        const MaintenanceWindow::Span autumn =
            MaintenanceWindow::spanStartingOn(QDate(2026, 10, 31));
        QCOMPARE(autumn.start.secsTo(autumn.end), 12 * 3600);
        QCOMPARE(autumn.end.toUTC(), QDateTime(QDate(2026, 11, 1), QTime(13, 0), QTimeZone::utc()));
        // 01:30 happens twice that night; both are inside.
        QVERIFY(MaintenanceWindow::contains(
            QDateTime(QDate(2026, 11, 1), QTime(8, 30), QTimeZone::utc())));
        QVERIFY(MaintenanceWindow::contains(
            QDateTime(QDate(2026, 11, 1), QTime(9, 30), QTimeZone::utc())));
        QVERIFY(!MaintenanceWindow::contains(
            QDateTime(QDate(2026, 11, 1), QTime(13, 0), QTimeZone::utc())));

        // A weekday night across the spring change's Monday keeps its five hours.
        const MaintenanceWindow::Span monday = MaintenanceWindow::spanStartingOn(QDate(2026, 3, 9));
        QCOMPARE(monday.start.secsTo(monday.end), 5 * 3600);
    }

    void nextSpan()
    {
        const MaintenanceWindow::Span inside = MaintenanceWindow::nextSpan(pacific(2026, 6, 16, 2));
        QCOMPARE(inside.end, pacific(2026, 6, 16, 4));
        const MaintenanceWindow::Span afternoon =
            MaintenanceWindow::nextSpan(pacific(2026, 6, 16, 15));
        QCOMPARE(afternoon.start, pacific(2026, 6, 16, 23));
        const MaintenanceWindow::Span friday =
            MaintenanceWindow::nextSpan(pacific(2026, 6, 20, 10));
        QCOMPARE(friday.start, pacific(2026, 6, 20, 18));
        QCOMPARE(friday.end, pacific(2026, 6, 21, 5));
    }

    void init()
    {
        SandboxOptions options;
        options.orderCount = 10;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen());
        m_client = std::make_unique<ApiClient>();
        m_client->setTimeout(5000);
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.customUrl = m_sandbox->baseUrl();
        m_client->setProfile(profile, std::make_shared<InMemorySecretSource>(
                                          QLatin1String(SandboxDefaults::ClientSecret)));
        m_writer = std::make_unique<OrderWriteService>(m_client.get());
    }

    void cleanup()
    {
        m_writer.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void createFailingInsideTheWindowSaysSo()
    {
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::ServerError)
                                     .onMethod("POST")
                                     .onPath(QLatin1String(OrderWriteService::CreateV6Path)));
        const ApiError error = createAt(pacific(2026, 6, 16, 1));
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, 500);
        QCOMPARE(error.maintenanceWindowEnd, pacific(2026, 6, 16, 4).toUTC());
        QVERIFY2(error.message().contains(QLatin1String("maintenance window")),
                 qPrintable(error.message()));
        QVERIFY2(error.nextStep().contains(QLatin1String("v7")), qPrintable(error.nextStep()));
        QVERIFY(!error.serverMessage.isEmpty());
        QVERIFY(error.message().startsWith(error.serverMessage));
    }

    void createFailingOutsideTheWindowDoesNotMentionIt()
    {
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::ServerError)
                                     .onMethod("POST")
                                     .onPath(QLatin1String(OrderWriteService::CreateV6Path)));
        const ApiError error = createAt(pacific(2026, 6, 16, 12));
        QCOMPARE(error.httpStatus, 500);
        QVERIFY(!error.maintenanceWindowEnd.isValid());
        QVERIFY(!error.message().contains(QLatin1String("maintenance window")));
        QVERIFY(!error.nextStep().contains(QLatin1String("maintenance")));
    }

    void otherFailuresInsideTheWindowAreLeftAlone()
    {
        // A 400 is the order's own fault, whatever the hour.
        OrderCreateRequest bad = order(QStringLiteral("MW-2"));
        bad.lines.first().ingramPartNumber = QStringLiteral("NOSUCHPART");
        m_writer->setClock([] { return pacific(2026, 6, 16, 1); });
        OrderCreateJob *job = m_writer->createV6(bad);
        job->setAutoDelete(false);
        std::unique_ptr<OrderCreateJob> owned(job);
        QVERIFY(QTest::qWaitFor([&] { return job->isFinished(); }, 10000));
        QVERIFY(!job->error().maintenanceWindowEnd.isValid());
        QVERIFY(!job->error().message().contains(QLatin1String("maintenance window")));
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceWindow)
#include "tst_maintenancewindow.moc"
