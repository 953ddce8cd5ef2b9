// Resetting the sandbox's data on a worker thread: the server keeps answering from the old data,
// the new data equals what regenerate() builds, progress is reported, and a cancel changes nothing.
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "sandboxtestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString search = QStringLiteral("/resellers/v6/orders/search");
const QByteArray fullRange = "ingramOrderDate-bt=2000-01-01&ingramOrderDate-bt=2030-12-31";

SandboxOptions optionsFor(int orderCount, quint64 seed)
{
    SandboxOptions options;
    options.orderCount = orderCount;
    options.seed = seed;
    options.referenceDate = QDate(2025, 6, 15);
    return options;
}

int recordsFound(SandboxTestClient &client)
{
    const SandboxTestReply reply = client.api(search, fullRange + "&pageSize=1");
    if (reply.status != 200)
        return -reply.status;
    return reply.json().value(QLatin1String("recordsFound")).toVariant().toInt();
}
} // namespace

class TestSandboxRegeneration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newDataMatchesSynchronousRegenerate()
    {
        SandboxServer server(optionsFor(50, 7));
        QVERIFY(server.listen());
        SandboxTestClient client(&server);
        QCOMPARE(recordsFound(client), 50);
        QSignalSpy reset(&server, &SandboxServer::dataReset);
        QSignalSpy progress(&server, &SandboxServer::regenerationProgress);
        QSignalSpy finished(&server, &SandboxServer::regenerationFinished);

        QVERIFY(server.startRegeneration(3000, 11));
        QVERIFY(server.isRegenerating());
        QVERIFY(QTest::qWaitFor([&] { return finished.count() > 0; }, 60000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.constFirst().at(0).toBool(), true);
        QCOMPARE(reset.count(), 1);
        QVERIFY(!server.isRegenerating());
        QVERIFY(progress.count() >= 2);
        // Progress only grows and ends complete.
        qint64 last = -1;
        for (const QList<QVariant> &step : std::as_const(progress)) {
            QVERIFY(step.at(0).toLongLong() >= last);
            last = step.at(0).toLongLong();
        }
        QCOMPARE(progress.constLast().at(0).toLongLong(), progress.constLast().at(1).toLongLong());

        QCOMPARE(server.options().orderCount, 3000);
        QCOMPARE(server.options().seed, quint64(11));
        QCOMPARE(recordsFound(client), 3000);
        const SandboxStore expected(optionsFor(3000, 11));
        QCOMPARE(server.store()->orderCount(), expected.orderCount());
        for (int i : {0, 1, 1499, 2999}) {
            QCOMPARE(server.store()->orders().at(i).ingramOrderNumber,
                     expected.orders().at(i).ingramOrderNumber);
            QCOMPARE(server.store()->orders().at(i).customerOrderNumber,
                     expected.orders().at(i).customerOrderNumber);
        }
    }

    void serverKeepsAnsweringMeanwhile()
    {
        SandboxServer server(optionsFor(40, 3));
        QVERIFY(server.listen());
        SandboxTestClient client(&server);
        QCOMPARE(recordsFound(client), 40);
        QSignalSpy finished(&server, &SandboxServer::regenerationFinished);
        QVERIFY(server.startRegeneration(SandboxServer::MaxOrderCount, 3));
        // Requests during generation are answered at once, from the old data.
        int answeredDuring = 0;
        QElapsedTimer timer;
        timer.start();
        while (finished.isEmpty() && timer.elapsed() < 60000) {
            const int found = recordsFound(client);
            if (!finished.isEmpty())
                break;
            QCOMPARE(found, 40);
            ++answeredDuring;
        }
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000));
        QVERIFY2(answeredDuring >= 3, qPrintable(QString::number(answeredDuring)));
        QCOMPARE(recordsFound(client), SandboxServer::MaxOrderCount);
    }

    void cancelLeavesTheDataAsItWas()
    {
        SandboxServer server(optionsFor(60, 5));
        QVERIFY(server.listen());
        SandboxTestClient client(&server);
        const QString first = server.store()->orders().front().ingramOrderNumber;
        QSignalSpy progress(&server, &SandboxServer::regenerationProgress);
        QSignalSpy finished(&server, &SandboxServer::regenerationFinished);
        QSignalSpy reset(&server, &SandboxServer::dataReset);
        QVERIFY(server.startRegeneration(SandboxServer::MaxOrderCount, 99));
        QVERIFY(QTest::qWaitFor([&] { return !progress.isEmpty(); }, 30000));
        server.cancelRegeneration();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(server.options().orderCount, 60);
        QCOMPARE(server.store()->orderCount(), 60);
        QCOMPARE(server.store()->orders().front().ingramOrderNumber, first);
        QCOMPARE(recordsFound(client), 60);
        // And a new one can start afterwards.
        QVERIFY(server.startRegeneration(70, 5));
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 2; }, 30000));
        QCOMPARE(server.store()->orderCount(), 70);
    }

    void refusedWhenRunningOrOutOfRange()
    {
        SandboxServer server(optionsFor(10, 1));
        QVERIFY(!server.startRegeneration(-1, 1));
        QVERIFY(!server.startRegeneration(SandboxServer::MaxOrderCount + 1, 1));
        QVERIFY(!server.isRegenerating());
        QSignalSpy finished(&server, &SandboxServer::regenerationFinished);
        QVERIFY(server.startRegeneration(20000, 1));
        QVERIFY(!server.startRegeneration(30, 1));
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(server.store()->orderCount(), 20000);
    }

    void destroyedWhileRunning()
    {
        QElapsedTimer timer;
        timer.start();
        {
            auto server = std::make_unique<SandboxServer>(optionsFor(10, 1));
            QSignalSpy progress(server.get(), &SandboxServer::regenerationProgress);
            QVERIFY(server->startRegeneration(SandboxServer::MaxOrderCount, 2));
            QVERIFY(QTest::qWaitFor([&] { return !progress.isEmpty(); }, 30000));
        }
        // The worker stops at the next step instead of finishing 100,000 orders.
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestSandboxRegeneration)
#include "tst_sandbox_regeneration.moc"
