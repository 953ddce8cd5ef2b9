#include "api/orderstatus.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = OrderStatus::Kind;

class TestOrderStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalise_data();
    void normalise();
    void displayNames();
    void displayText();
    void apiTextRoundTrips();
    void searchValues();
};

void TestOrderStatus::normalise_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<Kind>("kind");

    const QList<QPair<QString, Kind>> spellings = {
        {u"SHIPPED"_s, Kind::Shipped},
        {u"Shipped"_s, Kind::Shipped},
        {u"IM::shipped"_s, Kind::Shipped},
        {u"IM::SHIPPED"_s, Kind::Shipped},
        {u"im::order_shipped"_s, Kind::Shipped},
        {u"Canceled"_s, Kind::Cancelled},
        {u"CANCELLED"_s, Kind::Cancelled},
        {u"cancelled"_s, Kind::Cancelled},
        {u"im::hold"_s, Kind::OnHold},
        {u"IM::HOLD"_s, Kind::OnHold},
        {u"ON HOLD"_s, Kind::OnHold},
        {u"On Hold"_s, Kind::OnHold},
        {u"on_hold"_s, Kind::OnHold},
        {u"Customer Hold"_s, Kind::OnHold},
        {u"Backordered"_s, Kind::Backordered},
        {u"BACKORDERED"_s, Kind::Backordered},
        {u"im::backordered"_s, Kind::Backordered},
        {u"Back Order"_s, Kind::Backordered},
        {u"PROCESSING"_s, Kind::Processing},
        {u"Processing"_s, Kind::Processing},
        {u"In Progress"_s, Kind::Processing},
        {u"IN-PROGRESS"_s, Kind::Processing},
        {u"PARTIALLY SHIPPED"_s, Kind::PartiallyShipped},
        {u"Partially Shipped"_s, Kind::PartiallyShipped},
        {u"IM::PARTIALLY_SHIPPED"_s, Kind::PartiallyShipped},
        {u"Open"_s, Kind::Open},
        {u"OPEN"_s, Kind::Open},
        {u"im::open"_s, Kind::Open},
        {u"Delivered"_s, Kind::Delivered},
        {u"DELIVERED"_s, Kind::Delivered},
        {u"Invoiced"_s, Kind::Invoiced},
        {u"IM::INVOICED"_s, Kind::Invoiced},
        {u"Closed"_s, Kind::Closed},
        {u"CLOSED"_s, Kind::Closed},
        {u"Completed"_s, Kind::Closed},
        {u"Submitted"_s, Kind::Submitted},
        {u"Pending"_s, Kind::Submitted},
        {u"IM::created"_s, Kind::Submitted},
        {u"Rejected"_s, Kind::Rejected},
        {u"REJECTED"_s, Kind::Rejected},
        {u"  Shipped  "_s, Kind::Shipped},
        {u""_s, Kind::Unknown},
        {u"Teleported"_s, Kind::Unknown},
        {u"IM::"_s, Kind::Unknown},
    };
    for (const auto &spelling : spellings)
        QTest::newRow(qPrintable(u"\""_s + spelling.first + u"\""_s))
            << spelling.first << spelling.second;
}

void TestOrderStatus::normalise()
{
    QFETCH(QString, raw);
    QFETCH(Kind, kind);
    QCOMPARE(OrderStatus::normalise(raw), kind);
    const OrderStatus status(raw);
    QCOMPARE(status.kind(), kind);
    QCOMPARE(status.raw(), raw);
}

void TestOrderStatus::displayNames()
{
    QSet<QString> names;
    for (const Kind kind : OrderStatus::allKinds()) {
        const QString name = OrderStatus::displayName(kind);
        QVERIFY(!name.isEmpty());
        names.insert(name);
    }
    QCOMPARE(names.size(), OrderStatus::allKinds().size());
    QCOMPARE(OrderStatus::displayName(Kind::OnHold), u"On hold"_s);
    QCOMPARE(OrderStatus::displayName(Kind::Cancelled), u"Cancelled"_s);
}

void TestOrderStatus::displayText()
{
    QCOMPARE(OrderStatus(u"CANCELLED"_s).displayText(), u"Cancelled"_s);
    QCOMPARE(OrderStatus(u"In Progress"_s).displayText(), u"Processing"_s);
    // An unknown status is shown as the API wrote it rather than as "Unknown".
    QCOMPARE(OrderStatus(u"Awaiting Vendor "_s).displayText(), u"Awaiting Vendor"_s);
    QCOMPARE(OrderStatus().displayText(), QString());
    QVERIFY(OrderStatus().isEmpty());
}

void TestOrderStatus::apiTextRoundTrips()
{
    for (const Kind kind : OrderStatus::allKinds()) {
        if (kind == Kind::Unknown) {
            QVERIFY(OrderStatus::apiText(kind).isEmpty());
            continue;
        }
        QCOMPARE(OrderStatus::normalise(OrderStatus::apiText(kind)), kind);
        QCOMPARE(OrderStatus::fromKind(kind).kind(), kind);
        QCOMPARE(OrderStatus::normalise(OrderStatus::searchValue(kind)), kind);
    }
    QCOMPARE(OrderStatus::fromKind(Kind::OnHold).raw(), u"On Hold"_s);
}

void TestOrderStatus::searchValues()
{
    QStringList values;
    for (const Kind kind : OrderStatus::searchableKinds())
        values.append(OrderStatus::searchValue(kind));
    // The enum of the search's orderStatus parameter, in the spec's order.
    QCOMPARE(values, (QStringList{u"SHIPPED"_s, u"PROCESSING"_s, u"ON HOLD"_s, u"BACKORDERED"_s,
                                  u"CANCELLED"_s}));
    QCOMPARE(OrderStatus::searchValue(Kind::PartiallyShipped), u"PARTIALLY SHIPPED"_s);
}

QTEST_GUILESS_MAIN(TestOrderStatus)
#include "tst_orderstatus.moc"
