// The local draft store: every field survives a round trip, writes are atomic, and damaged or
// foreign files are reported and left in place.
#include "draftstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestDraftStore : public QObject
{
    Q_OBJECT

private:
    static Address address(const QString &tag)
    {
        Address a;
        a.contact = tag + QStringLiteral(" Contact");
        a.companyName = tag + QStringLiteral(" GmbH");
        a.addressLine1 = tag + QStringLiteral(" Street 1");
        a.addressLine2 = tag + QStringLiteral(" Floor 2");
        a.addressLine3 = tag + QStringLiteral(" Room 3");
        a.city = tag + QStringLiteral(" City");
        a.state = QStringLiteral("CA");
        a.postalCode = QStringLiteral("90210");
        a.countryCode = QStringLiteral("US");
        a.phoneNumber = QStringLiteral("+1 555 0100");
        a.email = tag.toLower() + QStringLiteral("@example.com");
        return a;
    }

    // A draft in which no field has its default value.
    static OrderDraft fullDraft()
    {
        OrderDraft draft = OrderDraft::create(QStringLiteral("profile-1"), OrderApiVersion::V7);
        draft.created = QDateTime(QDate(2026, 3, 1), QTime(10, 11, 12, 345), Qt::UTC);
        draft.updated = QDateTime(QDate(2026, 3, 2), QTime(8, 9, 10, 111), Qt::UTC);
        draft.state = OrderDraft::State::Submitted;
        draft.submitted = QDateTime(QDate(2026, 3, 2), QTime(8, 9, 11, 0), Qt::UTC);
        draft.statusNote = QStringLiteral("May have been placed");
        OrderCreateRequest &r = draft.request;
        r.customerOrderNumber = QStringLiteral("PO-ÄÖÜ-1");
        r.endCustomerOrderNumber = QStringLiteral("END-1");
        r.notes = QStringLiteral("Line one\nline two\twith tab");
        r.billToAddressId = QStringLiteral("BILL1");
        r.specialBidNumber = QStringLiteral("SB-1");
        r.acceptBackOrder = false;
        r.shipToAddressId = QStringLiteral("SHIP1");
        r.shipTo = address(QStringLiteral("Ship"));
        r.endUserInfo = address(QStringLiteral("End"));
        r.shipmentDetails.carrierCode = QStringLiteral("UPS");
        r.shipmentDetails.requestedDeliveryDate = QDate(2026, 4, 30);
        r.shipmentDetails.shipComplete = true;
        r.shipmentDetails.signatureRequired = true;
        r.shipmentDetails.shippingInstructions = QStringLiteral("Back door");
        r.shipmentDetails.freightAccountNumber = QStringLiteral("FA-9");
        r.additionalAttributes = {{QStringLiteral("a"), QStringLiteral("1")},
                                  {QStringLiteral("b"), QString()}};
        r.placeOnCustomerHold = true;
        r.allowDuplicateCustomerOrderNumber = true;
        OrderCreateLine first;
        first.customerLineNumber = QStringLiteral("7");
        first.ingramPartNumber = QStringLiteral("123ABC");
        first.vendorPartNumber = QStringLiteral("VP-1");
        first.quantity = 12;
        first.unitPrice = 19.99;
        first.specialBidNumber = QStringLiteral("LSB");
        first.notes = QStringLiteral("first");
        OrderCreateLine second;
        second.customerLineNumber = QStringLiteral("8");
        second.ingramPartNumber = QStringLiteral("456DEF");
        second.quantity = 3; // no price: the API prices it
        r.lines = {first, second};
        return draft;
    }

    static void writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }

private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        const OrderDraft draft = fullDraft();
        QString error;
        QVERIFY2(store.save(draft, &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(store.filePath(draft.id)));

        OrderDraft loaded;
        QVERIFY2(store.load(draft.id, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.id, draft.id);
        QCOMPARE(loaded.profileId, QStringLiteral("profile-1"));
        QCOMPARE(loaded.apiVersion, OrderApiVersion::V7);
        QCOMPARE(loaded.created, draft.created);
        QCOMPARE(loaded.updated, draft.updated);
        QCOMPARE(loaded.state, OrderDraft::State::Submitted);
        QCOMPARE(loaded.submitted, draft.submitted);
        QCOMPARE(loaded.statusNote, draft.statusNote);
        const OrderCreateRequest &r = loaded.request;
        QCOMPARE(r.customerOrderNumber, QStringLiteral("PO-ÄÖÜ-1"));
        QCOMPARE(r.endCustomerOrderNumber, QStringLiteral("END-1"));
        QCOMPARE(r.notes, QStringLiteral("Line one\nline two\twith tab"));
        QCOMPARE(r.billToAddressId, QStringLiteral("BILL1"));
        QCOMPARE(r.specialBidNumber, QStringLiteral("SB-1"));
        QCOMPARE(r.acceptBackOrder, false);
        QCOMPARE(r.shipToAddressId, QStringLiteral("SHIP1"));
        QCOMPARE(r.shipTo.toJson(), address(QStringLiteral("Ship")).toJson());
        QCOMPARE(r.endUserInfo.toJson(), address(QStringLiteral("End")).toJson());
        QCOMPARE(r.shipmentDetails.carrierCode, QStringLiteral("UPS"));
        QCOMPARE(r.shipmentDetails.requestedDeliveryDate, QDate(2026, 4, 30));
        QVERIFY(r.shipmentDetails.shipComplete);
        QVERIFY(r.shipmentDetails.signatureRequired);
        QCOMPARE(r.shipmentDetails.shippingInstructions, QStringLiteral("Back door"));
        QCOMPARE(r.shipmentDetails.freightAccountNumber, QStringLiteral("FA-9"));
        QCOMPARE(r.additionalAttributes.size(), 2);
        QCOMPARE(r.additionalAttributes.at(0).name, QStringLiteral("a"));
        QCOMPARE(r.additionalAttributes.at(0).value, QStringLiteral("1"));
        QCOMPARE(r.additionalAttributes.at(1).name, QStringLiteral("b"));
        QVERIFY(r.placeOnCustomerHold);
        QVERIFY(r.allowDuplicateCustomerOrderNumber);
        QCOMPARE(r.lines.size(), 2);
        QCOMPARE(r.lines.at(0).customerLineNumber, QStringLiteral("7"));
        QCOMPARE(r.lines.at(0).ingramPartNumber, QStringLiteral("123ABC"));
        QCOMPARE(r.lines.at(0).vendorPartNumber, QStringLiteral("VP-1"));
        QCOMPARE(r.lines.at(0).quantity, 12);
        QVERIFY(r.lines.at(0).unitPrice.has_value());
        QCOMPARE(*r.lines.at(0).unitPrice, 19.99);
        QCOMPARE(r.lines.at(0).specialBidNumber, QStringLiteral("LSB"));
        QCOMPARE(r.lines.at(0).notes, QStringLiteral("first"));
        QVERIFY(!r.lines.at(1).unitPrice.has_value());
        QCOMPARE(r.lines.at(1).quantity, 3);
        QVERIFY(loaded == draft);
    }

    void emptyDraftRoundTripsWithDefaults()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        const OrderDraft draft = OrderDraft::create(QStringLiteral("p"), OrderApiVersion::V6);
        QVERIFY(store.save(draft));
        OrderDraft loaded;
        QVERIFY(store.load(draft.id, &loaded));
        QVERIFY(loaded == draft);
        QCOMPARE(loaded.state, OrderDraft::State::Editing);
        QVERIFY(loaded.request.acceptBackOrder);
        QVERIFY(loaded.request.lines.isEmpty());
        QVERIFY(!loaded.request.shipmentDetails.requestedDeliveryDate.isValid());
    }

    void listIsNewestFirstAndRemoveDeletes()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        OrderDraft older = OrderDraft::create(QStringLiteral("p"), OrderApiVersion::V6);
        older.updated = QDateTime::currentDateTimeUtc().addSecs(-60);
        OrderDraft newer = OrderDraft::create(QStringLiteral("q"), OrderApiVersion::V7);
        QVERIFY(store.save(older));
        QVERIFY(store.save(newer));
        DraftStore::Listing listing = store.list();
        QCOMPARE(listing.drafts.size(), 2);
        QCOMPARE(listing.drafts.at(0).id, newer.id);
        QCOMPARE(listing.drafts.at(1).id, older.id);
        QVERIFY(listing.broken.isEmpty());

        QVERIFY(store.remove(older.id));
        QVERIFY(!store.contains(older.id));
        listing = store.list();
        QCOMPARE(listing.drafts.size(), 1);
        QString error;
        OrderDraft gone;
        QVERIFY(!store.load(older.id, &gone, &error));
        QVERIFY(!error.isEmpty());
    }

    void saveReplacesAtomically()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        OrderDraft draft = OrderDraft::create(QStringLiteral("p"), OrderApiVersion::V6);
        draft.request.customerOrderNumber = QStringLiteral("FIRST");
        QVERIFY(store.save(draft));
        draft.request.customerOrderNumber = QStringLiteral("SECOND");
        QVERIFY(store.save(draft));
        OrderDraft loaded;
        QVERIFY(store.load(draft.id, &loaded));
        QCOMPARE(loaded.request.customerOrderNumber, QStringLiteral("SECOND"));
        // QSaveFile leaves no temporary files behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void corruptFilesAreReportedAndKept_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("half written")
            << QByteArray("{\"format\":\"resellerdesk-order-draft\",\"formatVer");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4);
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("foreign json") << QByteArray("{\"hello\":\"world\"}");
        QTest::newRow("future version")
            << QByteArray("{\"format\":\"resellerdesk-order-draft\",\"formatVersion\":99,"
                          "\"id\":\"abc\",\"request\":{}}");
        QTest::newRow("no request")
            << QByteArray("{\"format\":\"resellerdesk-order-draft\",\"formatVersion\":1,"
                          "\"id\":\"abc\"}");
        QTest::newRow("bad id") << QByteArray(
            "{\"format\":\"resellerdesk-order-draft\",\"formatVersion\":1,"
            "\"id\":\"../../etc\",\"request\":{}}");
    }
    void corruptFilesAreReportedAndKept()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        DraftStore store(dir.path());
        const OrderDraft good = OrderDraft::create(QStringLiteral("p"), OrderApiVersion::V6);
        QVERIFY(store.save(good));
        const QString badPath = store.filePath(QStringLiteral("abc"));
        writeFile(badPath, content);

        const DraftStore::Listing listing = store.list();
        QCOMPARE(listing.drafts.size(), 1);
        QCOMPARE(listing.drafts.first().id, good.id);
        QCOMPARE(listing.broken.size(), 1);
        QCOMPARE(QFileInfo(listing.broken.first().path).fileName(), QStringLiteral("abc.json"));
        QVERIFY(!listing.broken.first().message.isEmpty());

        OrderDraft loaded;
        QString error;
        QVERIFY(!store.load(QStringLiteral("abc"), &loaded, &error));
        QVERIFY(!error.isEmpty());
        // Reported, not deleted: the user may still recover it by hand.
        QVERIFY(QFileInfo::exists(badPath));
        QFile file(badPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void renamedFileIsNotTakenForAnotherDraft()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        const OrderDraft draft = OrderDraft::create(QStringLiteral("p"), OrderApiVersion::V6);
        QVERIFY(store.save(draft));
        QVERIFY(QFile::copy(store.filePath(draft.id), store.filePath(QStringLiteral("copy"))));
        const DraftStore::Listing listing = store.list();
        QCOMPARE(listing.drafts.size(), 1);
        QCOMPARE(listing.broken.size(), 1);
    }

    void invalidIdsAreRefused()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        OrderDraft draft = OrderDraft::create(QStringLiteral("p"), OrderApiVersion::V6);
        draft.id = QStringLiteral("../escape");
        QString error;
        QVERIFY(!store.save(draft, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.remove(QStringLiteral("../x")));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void unwritableDirectoryIsAnError()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        writeFile(blocker, "x");
        DraftStore store(blocker + QStringLiteral("/drafts"));
        QString error;
        QVERIFY(!store.save(OrderDraft::create(QStringLiteral("p"), OrderApiVersion::V6), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(store.list().drafts.isEmpty());
    }

    void draftHoldsNoSecrets()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        const OrderDraft draft = fullDraft();
        QVERIFY(store.save(draft));
        QFile file(store.filePath(draft.id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll().toLower();
        for (const char *word : {"secret", "token", "authorization", "password"})
            QVERIFY2(!text.contains(word), word);
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
