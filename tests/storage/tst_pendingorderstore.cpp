// The pending v7 orders file: a full round trip, one file per profile, atomic writes, a damaged
// file set aside rather than overwritten, and a tracker's entries surviving a restart.
#include "apiclient.h"
#include "ordersservice.h"
#include "pendingorderstore.h"
#include "pendingordertracker.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestPendingOrderStore : public QObject
{
    Q_OBJECT

private:
    static PendingOrder sample()
    {
        PendingOrder entry;
        entry.id = QStringLiteral("e1");
        entry.customerOrderNumber = QStringLiteral("PO-77");
        entry.confirmationNumber = QStringLiteral("US-I-T-1234");
        entry.confirmationMessage = QStringLiteral("Order is being processed");
        entry.submittedAt = QDateTime(QDate(2026, 6, 15), QTime(10, 0, 1, 250), Qt::UTC);
        entry.state = PendingOrder::State::Found;
        entry.orderNumbers = {QStringLiteral("20-ABCDE"), QStringLiteral("20-ABCDF")};
        entry.orderStatus = QStringLiteral("Processing");
        entry.lastCheckedAt = entry.submittedAt.addSecs(60);
        entry.nextCheckAt = entry.submittedAt.addSecs(90);
        entry.checks = 3;
        entry.lastError = QStringLiteral("timeout");
        entry.resolution = QStringLiteral("Placed as 20-ABCDE");
        entry.excludedOrderNumbers = {QStringLiteral("20-OLD00")};
        return entry;
    }

private Q_SLOTS:
    void roundTripPerProfile()
    {
        QTemporaryDir dir;
        PendingOrderStore store(dir.path());
        QVERIFY(store.load(QStringLiteral("p1")).isEmpty());
        PendingOrder pending = sample();
        pending.id = QStringLiteral("e2");
        pending.state = PendingOrder::State::NotFound;
        QString error;
        QVERIFY2(store.save(QStringLiteral("p1"), {sample(), pending}, &error), qPrintable(error));

        const QList<PendingOrder> loaded = store.load(QStringLiteral("p1"), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(loaded.size(), 2);
        const PendingOrder &entry = loaded.first();
        const PendingOrder expected = sample();
        QCOMPARE(entry.id, expected.id);
        QCOMPARE(entry.customerOrderNumber, expected.customerOrderNumber);
        QCOMPARE(entry.confirmationNumber, expected.confirmationNumber);
        QCOMPARE(entry.confirmationMessage, expected.confirmationMessage);
        QCOMPARE(entry.submittedAt, expected.submittedAt);
        QCOMPARE(entry.state, PendingOrder::State::Found);
        QCOMPARE(entry.orderNumbers, expected.orderNumbers);
        QCOMPARE(entry.orderStatus, expected.orderStatus);
        QCOMPARE(entry.lastCheckedAt, expected.lastCheckedAt);
        QCOMPARE(entry.nextCheckAt, expected.nextCheckAt);
        QCOMPARE(entry.checks, 3);
        QCOMPARE(entry.lastError, expected.lastError);
        QCOMPARE(entry.resolution, expected.resolution);
        QCOMPARE(entry.excludedOrderNumbers, expected.excludedOrderNumbers);
        QCOMPARE(loaded.at(1).state, PendingOrder::State::NotFound);

        // Another profile has its own file.
        QVERIFY(store.load(QStringLiteral("p2")).isEmpty());
        QVERIFY(store.filePath(QStringLiteral("p1")) != store.filePath(QStringLiteral("p2")));
        QVERIFY(store.filePath(QStringLiteral("../../evil")).startsWith(dir.path()));
        // Atomic writes leave no temporary files behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);

        QVERIFY(store.save(QStringLiteral("p1"), {}));
        QVERIFY(store.load(QStringLiteral("p1")).isEmpty());
        QVERIFY(store.remove(QStringLiteral("p1")));
        QVERIFY(!QFile::exists(store.filePath(QStringLiteral("p1"))));
    }

    void damagedFileIsSetAside()
    {
        QTemporaryDir dir;
        PendingOrderStore store(dir.path());
        {
            QFile file(store.filePath(QStringLiteral("p1")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"pendingOrders\": [ {\"customerOrderNumber\": \"PO-1\"");
        }
        QString error;
        QVERIFY(store.load(QStringLiteral("p1"), &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("damaged")));

        ApiClient client;
        OrdersService orders(&client);
        PendingOrderTracker tracker(&orders);
        store.bind(&tracker);
        QSignalSpy failed(&store, &PendingOrderStore::failed);
        store.switchProfile(QStringLiteral("p1"));
        QCOMPARE(failed.size(), 1);
        QVERIFY(QFile::exists(store.filePath(QStringLiteral("p1")) + QStringLiteral(".damaged")));
    }

    void trackerEntriesSurviveARestart()
    {
        QTemporaryDir dir;
        ApiClient client;
        OrdersService orders(&client);
        PendingOrderPolicy idle;
        idle.firstCheckMs = 3600 * 1000; // nothing is searched in this test
        OrderConfirmation confirmation;
        confirmation.confirmationNumber = QStringLiteral("US-I-T-99");
        {
            PendingOrderStore store(dir.path());
            PendingOrderTracker tracker(&orders);
            tracker.setPolicy(idle);
            store.bind(&tracker);
            store.switchProfile(QStringLiteral("p1"));
            tracker.track(QStringLiteral("PO-RESTART"), confirmation);
            store.switchProfile(QStringLiteral("p2"));
            QVERIFY(tracker.entries().isEmpty());
            tracker.track(QStringLiteral("PO-OTHER"), confirmation);
        }
        PendingOrderStore store(dir.path());
        PendingOrderTracker tracker(&orders);
        tracker.setPolicy(idle);
        store.bind(&tracker);
        store.switchProfile(QStringLiteral("p1"));
        QCOMPARE(tracker.entries().size(), 1);
        QCOMPARE(tracker.entries().first().customerOrderNumber, QStringLiteral("PO-RESTART"));
        QCOMPARE(tracker.entries().first().confirmationNumber, QStringLiteral("US-I-T-99"));
        QVERIFY(tracker.entries().first().isPending());
        QCOMPARE(tracker.pendingCount(), 1);
        store.switchProfile(QStringLiteral("p2"));
        QCOMPARE(tracker.entries().first().customerOrderNumber, QStringLiteral("PO-OTHER"));

        // The file holds order references only.
        QFile file(store.filePath(QStringLiteral("p2")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("PO-OTHER"));
        QVERIFY(!text.contains("secret") && !text.contains("token") && !text.contains("Bearer"));
    }
};

QTEST_GUILESS_MAIN(TestPendingOrderStore)
#include "tst_pendingorderstore.moc"
