// The quote-to-order wizard's drafts: every field survives a round trip through the file, one
// draft per profile, and a damaged file is reported and left where it is.
#include "quoteorderdraftstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestQuoteOrderDraftStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldSurvivesTheFile();
    void oneDraftPerProfile();
    void damagedFileIsReportedAndKept();
    void removeIsQuietWhenThereIsNone();

private:
    static QuoteOrderDraft sample(const QString &profileId)
    {
        QuoteOrderDraft draft = QuoteOrderDraft::create(profileId, OrderApiVersion::V7);
        draft.quoteNumber = QStringLiteral("QUO-20410-H4D7R2");
        draft.page = 2;
        draft.order.request.customerOrderNumber = QStringLiteral("PO-Ü-4711");
        draft.order.request.endCustomerOrderNumber = QStringLiteral("EC-1");
        draft.order.request.notes = QStringLiteral("Deliver to the back door");
        draft.order.request.billToAddressId = QStringLiteral("000");
        draft.order.request.shipTo.companyName = QStringLiteral("Acme Labs");
        draft.order.request.shipTo.addressLine1 = QStringLiteral("1 Main St");
        draft.order.request.shipTo.city = QStringLiteral("Irvine");
        draft.order.request.shipTo.postalCode = QStringLiteral("92612");
        draft.order.request.shipTo.countryCode = QStringLiteral("US");
        draft.order.request.endUserInfo.email = QStringLiteral("it@acme.example");
        draft.headerFieldValues.insert(QStringLiteral("VEND_AUTH_NBR_FLG"), QStringLiteral("A1"));
        draft.lineFieldValues[QStringLiteral("2")].insert(QStringLiteral("resellerCtacEmail"),
                                                          QStringLiteral("a@b.example"));
        return draft;
    }
};

void TestQuoteOrderDraftStore::everyFieldSurvivesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QuoteOrderDraftStore store(dir.path());
    const QuoteOrderDraft draft = sample(QStringLiteral("profile-a"));
    QString error;
    QVERIFY2(store.save(draft, &error), qPrintable(error));
    QVERIFY(store.contains(QStringLiteral("profile-a")));

    QuoteOrderDraft loaded;
    QVERIFY2(store.load(QStringLiteral("profile-a"), &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.quoteNumber, draft.quoteNumber);
    QCOMPARE(loaded.page, 2);
    QCOMPARE(loaded.order.request.customerOrderNumber, QStringLiteral("PO-Ü-4711"));
    QCOMPARE(loaded.order.request.shipTo.city, QStringLiteral("Irvine"));
    QCOMPARE(loaded.lineFieldValues.value(QStringLiteral("2"))
                 .value(QStringLiteral("resellerCtacEmail")),
             QStringLiteral("a@b.example"));
    QCOMPARE(loaded, draft);

    // Saving again replaces it; no temporary files stay behind.
    QuoteOrderDraft changed = loaded;
    changed.page = 3;
    QVERIFY(store.save(changed));
    QVERIFY(store.load(QStringLiteral("profile-a"), &loaded));
    QCOMPARE(loaded.page, 3);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

void TestQuoteOrderDraftStore::oneDraftPerProfile()
{
    QTemporaryDir dir;
    QuoteOrderDraftStore store(dir.path());
    QVERIFY(store.save(sample(QStringLiteral("profile-a"))));
    QuoteOrderDraft other = sample(QStringLiteral("profile-b"));
    other.quoteNumber = QStringLiteral("QUO-20411-L8N2C5");
    QVERIFY(store.save(other));
    QuoteOrderDraft loaded;
    QVERIFY(store.load(QStringLiteral("profile-a"), &loaded));
    QCOMPARE(loaded.quoteNumber, QStringLiteral("QUO-20410-H4D7R2"));
    QVERIFY(store.load(QStringLiteral("profile-b"), &loaded));
    QCOMPARE(loaded.quoteNumber, QStringLiteral("QUO-20411-L8N2C5"));
    QVERIFY(!store.contains(QStringLiteral("profile-c")));
    QString error;
    QVERIFY(!store.load(QStringLiteral("profile-c"), &loaded, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!store.save(QuoteOrderDraft(), &error)); // no profile
}

void TestQuoteOrderDraftStore::damagedFileIsReportedAndKept()
{
    QTemporaryDir dir;
    QuoteOrderDraftStore store(dir.path());
    QVERIFY(store.save(sample(QStringLiteral("profile-a"))));
    const QString path = store.filePath(QStringLiteral("profile-a"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray data = file.readAll();
    file.resize(0);
    file.write(data.left(data.size() / 2)); // a half-written file
    file.close();

    QuoteOrderDraft loaded;
    QString error;
    QVERIFY(!store.load(QStringLiteral("profile-a"), &loaded, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QVERIFY(QFile::exists(path));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"format":"resellerdesk-order-draft","formatVersion":1})");
    file.close();
    QVERIFY(!store.load(QStringLiteral("profile-a"), &loaded, &error));
    QVERIFY2(error.contains(QStringLiteral("not a draft")), qPrintable(error));
    QVERIFY(QFile::exists(path));
}

void TestQuoteOrderDraftStore::removeIsQuietWhenThereIsNone()
{
    QTemporaryDir dir;
    QuoteOrderDraftStore store(dir.path());
    QVERIFY(store.remove(QStringLiteral("profile-a")));
    QVERIFY(store.save(sample(QStringLiteral("profile-a"))));
    QVERIFY(store.remove(QStringLiteral("profile-a")));
    QVERIFY(!store.contains(QStringLiteral("profile-a")));
}

QTEST_GUILESS_MAIN(TestQuoteOrderDraftStore)
#include "tst_quoteorderdraftstore.moc"
