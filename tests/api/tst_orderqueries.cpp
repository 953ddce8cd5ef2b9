#include "api/orderdetailsquery.h"
#include "api/ordersearchquery.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using Items = QList<QPair<QString, QString>>;

namespace {

QStringList fields(const QList<OrderSearchQuery::Problem> &problems)
{
    QStringList result;
    for (const OrderSearchQuery::Problem &problem : problems) {
        result.append(problem.field);
        if (problem.message.isEmpty())
            result.append(u"(no message)"_s);
    }
    return result;
}

QStringList fields(const QList<OrderDetailsQuery::Problem> &problems)
{
    QStringList result;
    for (const OrderDetailsQuery::Problem &problem : problems)
        result.append(problem.field);
    return result;
}

QStringList values(const Items &items, const QString &key)
{
    QStringList result;
    for (const auto &item : items) {
        if (item.first == key)
            result.append(item.second);
    }
    return result;
}

} // namespace

class TestOrderQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchDefaults();
    void searchAllParameters();
    void searchRepeatedKeys();
    void searchStatusSpellings();
    void searchValidation_data();
    void searchValidation();
    void searchSummary();
    void detailsQueryItems();
    void detailsValidation();
};

void TestOrderQueries::initTestCase()
{
    // Separated lists are locale-dependent; the expectations below are English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestOrderQueries::searchDefaults()
{
    const OrderSearchQuery query;
    QVERIFY(query.isEmpty());
    QVERIFY(query.isValid());
    QCOMPARE(query.toQueryItems(), (Items{{u"pageSize"_s, u"25"_s}, {u"pageNumber"_s, u"1"_s}}));
    QVERIFY(query.filterDescriptions().isEmpty());
    QCOMPARE(query.summary(), u"No orders were found."_s);

    OrderSearchQuery paged;
    paged.pageNumber = 4;
    paged.pageSize = 100;
    // Paging alone is not a filter.
    QVERIFY(paged.isEmpty());
    QVERIFY(paged.isValid());

    OrderSearchQuery blank;
    blank.customerOrderNumber = u"   "_s;
    QVERIFY(blank.isEmpty());
    QCOMPARE(blank.toQueryItems().size(), 2);
}

void TestOrderQueries::searchAllParameters()
{
    OrderSearchQuery query;
    query.ingramOrderNumber = u" 20-RD128 "_s;
    query.orderStatus = u"SHIPPED"_s;
    query.orderStatusIn = {u"BACKORDERED"_s};
    query.ingramOrderDate = QDate(2024, 1, 15);
    query.customerOrderNumber = u"PO-1"_s;
    query.pageSize = 50;
    query.pageNumber = 2;
    query.endCustomerOrderNumber = u"EU-7"_s;
    query.invoiceDateRange = {QDate(2024, 2, 1), QDate(2024, 2, 29)};
    query.shipDateRange = {QDate(2024, 3, 1), QDate(2024, 3, 2)};
    query.deliveryDateRange = {QDate(2024, 4, 1), QDate(2024, 4, 30)};
    query.ingramPartNumber = u"4AW708"_s;
    query.vendorPartNumber = u"BE7H-M5-K9"_s;
    query.serialNumber = u"Q2EV-5SJ3-E6LN"_s;
    query.trackingNumber = u"390064340282"_s;
    query.vendorName = u"Cisco"_s;
    query.specialBidNumber = u"3223A"_s;
    QVERIFY(!query.isEmpty());

    const Items expected = {
        {u"ingramOrderNumber"_s, u"20-RD128"_s},
        {u"orderStatus"_s, u"SHIPPED"_s},
        {u"orderStatus-in"_s, u"BACKORDERED"_s},
        {u"ingramOrderDate"_s, u"2024-01-15"_s},
        {u"customerOrderNumber"_s, u"PO-1"_s},
        {u"pageSize"_s, u"50"_s},
        {u"pageNumber"_s, u"2"_s},
        {u"endCustomerOrderNumber"_s, u"EU-7"_s},
        {u"invoiceDate_bt"_s, u"2024-02-01"_s},
        {u"invoiceDate_bt"_s, u"2024-02-29"_s},
        {u"shipDate_bt"_s, u"2024-03-01"_s},
        {u"shipDate_bt"_s, u"2024-03-02"_s},
        {u"deliveryDate_bt"_s, u"2024-04-01"_s},
        {u"deliveryDate_bt"_s, u"2024-04-30"_s},
        {u"ingramPartNumber"_s, u"4AW708"_s},
        {u"vendorPartNumber"_s, u"BE7H-M5-K9"_s},
        {u"serialNumber"_s, u"Q2EV-5SJ3-E6LN"_s},
        {u"trackingNumber"_s, u"390064340282"_s},
        {u"vendorName"_s, u"Cisco"_s},
        {u"specialBidNumber"_s, u"3223A"_s},
    };
    QCOMPARE(query.toQueryItems(), expected);
    QCOMPARE(query.validate().size(), 0);
}

void TestOrderQueries::searchRepeatedKeys()
{
    OrderSearchQuery query;
    query.setStatusKinds(
        {OrderStatus::Kind::Shipped, OrderStatus::Kind::Backordered, OrderStatus::Kind::Shipped});
    QCOMPARE(query.orderStatusIn, (QStringList{u"SHIPPED"_s, u"BACKORDERED"_s}));
    query.ingramOrderDateRange = {QDate(2024, 1, 1), QDate(2024, 1, 31)};
    const Items items = query.toQueryItems();
    QCOMPARE(values(items, u"orderStatus-in"_s), (QStringList{u"SHIPPED"_s, u"BACKORDERED"_s}));
    QCOMPARE(values(items, u"ingramOrderDate-bt"_s),
             (QStringList{u"2024-01-01"_s, u"2024-01-31"_s}));
    QVERIFY(values(items, u"ingramOrderDate"_s).isEmpty());
    QVERIFY(query.isValid());

    // A half-filled range is reported, and sent as a one-day range if sent anyway.
    OrderSearchQuery half;
    half.shipDateRange.from = QDate(2024, 5, 6);
    QCOMPARE(values(half.toQueryItems(), u"shipDate_bt"_s),
             (QStringList{u"2024-05-06"_s, u"2024-05-06"_s}));
    QCOMPARE(fields(half.validate()), QStringList{u"shipDate_bt"_s});
}

void TestOrderQueries::searchStatusSpellings()
{
    OrderSearchQuery query;
    query.orderStatus = u"On Hold"_s;
    query.orderStatusIn = {u"Canceled"_s, u"im::backordered"_s, u"Delivered"_s, u"FUTURE"_s};
    QCOMPARE(values(query.toQueryItems(), u"orderStatus"_s), QStringList{u"ON HOLD"_s});
    // Documented kinds take the documented spelling; others are passed through as given.
    QCOMPARE(values(query.toQueryItems(), u"orderStatus-in"_s),
             (QStringList{u"CANCELLED"_s, u"BACKORDERED"_s, u"Delivered"_s, u"FUTURE"_s}));
    QVERIFY(query.isValid());
    QCOMPARE(OrderSearchQuery::orderStatusValues(),
             (QStringList{u"SHIPPED"_s, u"PROCESSING"_s, u"ON HOLD"_s, u"BACKORDERED"_s,
                          u"CANCELLED"_s}));
}

void TestOrderQueries::searchValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("maxLength");

    QTest::newRow("ingramOrderNumber") << u"ingramOrderNumber"_s << QString() << 11;
    for (const QString &field : {u"customerOrderNumber"_s, u"endCustomerOrderNumber"_s,
                                 u"ingramPartNumber"_s, u"vendorPartNumber"_s, u"serialNumber"_s,
                                 u"trackingNumber"_s, u"vendorName"_s, u"specialBidNumber"_s}) {
        QTest::newRow(qPrintable(field)) << field << QString() << 35;
    }
}

void TestOrderQueries::searchValidation()
{
    QFETCH(QString, field);
    QFETCH(int, maxLength);

    const auto queryWith = [&field](const QString &value) {
        OrderSearchQuery query;
        QString *target = field == u"ingramOrderNumber"        ? &query.ingramOrderNumber
                          : field == u"customerOrderNumber"    ? &query.customerOrderNumber
                          : field == u"endCustomerOrderNumber" ? &query.endCustomerOrderNumber
                          : field == u"ingramPartNumber"       ? &query.ingramPartNumber
                          : field == u"vendorPartNumber"       ? &query.vendorPartNumber
                          : field == u"serialNumber"           ? &query.serialNumber
                          : field == u"trackingNumber"         ? &query.trackingNumber
                          : field == u"vendorName"             ? &query.vendorName
                                                               : &query.specialBidNumber;
        *target = value;
        return query;
    };
    QVERIFY(queryWith(QString(maxLength, u'X')).isValid());
    // Surrounding blanks are trimmed before sending, so they do not count.
    QVERIFY(queryWith(u" "_s + QString(maxLength, u'X') + u" "_s).isValid());
    const QList<OrderSearchQuery::Problem> problems =
        queryWith(QString(maxLength + 1, u'X')).validate();
    QCOMPARE(fields(problems), QStringList{field});
    QVERIFY(problems.first().message.contains(QString::number(maxLength)));
}

void TestOrderQueries::detailsValidation()
{
    OrderDetailsQuery query;
    QCOMPARE(fields(query.validate()), QStringList{u"ordernumber"_s});
    query.orderNumber = u"20-RD3QV-1234"_s; // 13
    QCOMPARE(fields(query.validate()), QStringList{u"ordernumber"_s});
    query.orderNumber = u"20-RD3QV-123"_s; // 12
    QVERIFY(query.isValid());
    query.simulateStatus = u"IM::DELIVERED"_s;
    QCOMPARE(fields(query.validate()), QStringList{u"simulateStatus"_s});
    for (const QString &status : OrderDetailsQuery::simulateStatusValues()) {
        query.simulateStatus = status;
        QVERIFY2(query.isValid(), qPrintable(status));
    }
}

void TestOrderQueries::searchSummary()
{
    OrderSearchQuery query;
    query.customerOrderNumber = u"PO-1"_s;
    query.orderStatusIn = {u"SHIPPED"_s, u"Shipped"_s, u"ON HOLD"_s};
    query.ingramOrderDateRange = {QDate(2024, 1, 1), QDate(2024, 1, 31)};
    QCOMPARE(query.filterDescriptions(),
             (QStringList{u"status Shipped and On hold"_s, u"ordered 2024-01-01 – 2024-01-31"_s,
                          u"customer PO “PO-1”"_s}));
    QCOMPARE(query.summary(),
             u"No orders match status Shipped and On hold, ordered 2024-01-01 – 2024-01-31, "
             u"and customer PO “PO-1”."_s);

    OrderSearchQuery bad;
    bad.pageSize = 0;
    bad.pageNumber = 0;
    bad.orderStatus = u"SOMEDAY"_s;
    bad.ingramOrderDate = QDate(2024, 1, 5);
    bad.ingramOrderDateRange = {QDate(2024, 2, 1), QDate(2024, 1, 1)};
    QCOMPARE(fields(bad.validate()),
             (QStringList{u"orderStatus"_s, u"ingramOrderDate"_s, u"ingramOrderDate-bt"_s,
                          u"pageSize"_s, u"pageNumber"_s}));
    bad.pageSize = 101;
    QVERIFY(fields(bad.validate()).contains(u"pageSize"_s));
    bad.pageSize = 100;
    QVERIFY(!fields(bad.validate()).contains(u"pageSize"_s));
}

void TestOrderQueries::detailsQueryItems()
{
    OrderDetailsQuery query;
    query.orderNumber = u"20-RD3QV"_s;
    query.ingramOrderDate = QDate(2020, 5, 13);
    query.vendorNumber = u"V1"_s;
    query.simulateStatus = u"IM::HOLD"_s;
    query.isIml = false;
    query.regionCode = u"NA"_s;
    QCOMPARE(query.path(), u"/resellers/v6.1/orders/20-RD3QV"_s);
    QCOMPARE(query.toQueryItems(), (Items{{u"ingramOrderDate"_s, u"2020-05-13"_s},
                                          {u"vendorNumber"_s, u"V1"_s},
                                          {u"simulateStatus"_s, u"IM::HOLD"_s},
                                          {u"isIml"_s, u"false"_s},
                                          {u"regionCode"_s, u"NA"_s}}));
    // Production never receives the sandbox-only parameters.
    QCOMPARE(query.toQueryItems(OrderDetailsQuery::SandboxParameters::Strip),
             (Items{{u"ingramOrderDate"_s, u"2020-05-13"_s}, {u"vendorNumber"_s, u"V1"_s}}));
    QCOMPARE(OrderDetailsQuery::sandboxOnlyParameters(),
             (QStringList{u"simulateStatus"_s, u"isIml"_s, u"regionCode"_s}));
    QVERIFY(OrderDetailsQuery::isSandboxOnlyParameter(u"regionCode"));
    QVERIFY(!OrderDetailsQuery::isSandboxOnlyParameter(u"vendorNumber"));

    OrderDetailsQuery plain;
    plain.orderNumber = u"20-A B/C"_s;
    QVERIFY(plain.toQueryItems().isEmpty());
    QCOMPARE(plain.path(), u"/resellers/v6.1/orders/20-A%20B%2FC"_s);
}

QTEST_GUILESS_MAIN(TestOrderQueries)
#include "tst_orderqueries.moc"
