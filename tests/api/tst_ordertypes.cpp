#include "api/jsonread.h"
#include "api/orderdetails.h"
#include "api/ordersearchpage.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;
using Kind = OrderStatus::Kind;

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("Test JSON does not parse: %s", qPrintable(error.errorString()));
    return document.object();
}

// The values that are the same once the API's type looseness is taken out: "120.00" and 120,
// null and "" or [].
bool sameValue(const QJsonValue &source, const QJsonValue &written)
{
    if (source.isNull() || source.isUndefined()) {
        return written.isNull() || JsonRead::toString(written).isEmpty() ||
               (written.isArray() && written.toArray().isEmpty()) ||
               (written.isObject() && written.toObject().isEmpty());
    }
    bool sourceIsNumber = false;
    bool writtenIsNumber = false;
    const double a = JsonRead::toNumber(source, 0.0, &sourceIsNumber);
    const double b = JsonRead::toNumber(written, 0.0, &writtenIsNumber);
    if (sourceIsNumber && writtenIsNumber)
        return std::fabs(a - b) < 1e-9;
    return JsonRead::toString(source) == JsonRead::toString(written);
}

// Every field of source that written lost or changed, as paths: proves fromJson reads and
// toJson writes every field of an example. A single object where written has an array is
// compared with the array's first element, as the readers promote it.
void compareTree(const QJsonValue &source, const QJsonValue &written, const QString &path,
                 QStringList &differences)
{
    if (source.isObject()) {
        QJsonValue target = written;
        if (target.isArray() && target.toArray().size() == 1)
            target = target.toArray().first();
        if (!target.isObject()) {
            differences.append(path + u" (object expected)"_s);
            return;
        }
        const QJsonObject sourceObject = source.toObject();
        const QJsonObject targetObject = target.toObject();
        for (auto it = sourceObject.begin(); it != sourceObject.end(); ++it) {
            const QString childPath = path + u'/' + it.key();
            if (!targetObject.contains(it.key())) {
                differences.append(childPath + u" (missing)"_s);
                continue;
            }
            compareTree(it.value(), targetObject.value(it.key()), childPath, differences);
        }
    } else if (source.isArray()) {
        const QJsonArray sourceArray = source.toArray();
        const QJsonArray targetArray = written.toArray();
        if (sourceArray.size() != targetArray.size()) {
            differences.append(
                path + u" (size %1 became %2)"_s.arg(sourceArray.size()).arg(targetArray.size()));
            return;
        }
        for (int i = 0; i < sourceArray.size(); ++i)
            compareTree(sourceArray.at(i), targetArray.at(i), path + u"[%1]"_s.arg(i), differences);
    } else if (!sameValue(source, written)) {
        differences.append(path + u" (%1 became %2)"_s.arg(JsonRead::toString(source),
                                                           JsonRead::toString(written)));
    }
}

} // namespace

class TestOrderTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void searchExample();
    void detailsExample();
    void everySpecExampleParses_data();
    void everySpecExampleParses();
    void everySpecStatusIsKnown();

    void objectInsteadOfArray();
    void numericStringsAndNulls();
    void malformedTypesTolerated();
    void emptyBodies();
    void roundTrip();
    void paging_data();
    void paging();

private:
    QJsonObject example(const QString &path, const QString &name) const;
    QJsonObject examples(const QString &path) const;

    QJsonObject m_spec;
};

void TestOrderTypes::initTestCase()
{
    QFile file(QStringLiteral(RD_SPEC_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_spec = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(m_spec.value(u"paths").isObject());
}

QJsonObject TestOrderTypes::examples(const QString &path) const
{
    return m_spec
        .value(u"paths")[path][u"get"][u"responses"][u"200"][u"content"][u"application/json"]
                        [u"examples"]
        .toObject();
}

QJsonObject TestOrderTypes::example(const QString &path, const QString &name) const
{
    return examples(path).value(name)[u"value"].toObject();
}

void TestOrderTypes::searchExample()
{
    const QJsonObject json = example(u"/resellers/v6/orders/search"_s, u"Success - 200"_s);
    QVERIFY(!json.isEmpty());
    const OrderSearchPage page = OrderSearchPage::fromJson(json);

    // All three counts are strings in the example.
    QCOMPARE(page.recordsFound, 123);
    QCOMPARE(page.pageSize, 25);
    QCOMPARE(page.pageNumber, 1);
    QCOMPARE(page.nextPage, u"/resellers/v6/orders/[original_parameters]&pageNumber=2"_s);
    QCOMPARE(page.previousPage, u"/resellers/v6/orders/[original_parameters]&pageNumber=1"_s);
    QCOMPARE(page.pageCount(), 5);
    QVERIFY(page.hasMorePages());
    QCOMPARE(page.orders.size(), 1);

    const OrderSummary &order = page.orders.first();
    QCOMPARE(order.ingramOrderNumber, u"20-RD128"_s);
    QCOMPARE(order.ingramOrderDate.raw(), u"2020-04-03T08:54:39+05:30"_s);
    QCOMPARE(order.ingramOrderDate.date(), QDate(2020, 4, 3));
    QCOMPARE(order.ingramOrderDate.dateTime().toUTC(),
             QDateTime(QDate(2020, 4, 3), QTime(3, 24, 39), QTimeZone::utc()));
    QCOMPARE(order.customerOrderNumber, u"MyPONumber"_s);
    QCOMPARE(order.vendorSalesOrderNumber, u"8987380"_s);
    QCOMPARE(order.vendorName, u"Microsoft"_s);
    QCOMPARE(order.endUserCompanyName, u"ABC TECHNOLOGIES"_s);
    QCOMPARE(order.orderTotal, 120.0);
    QCOMPARE(order.orderStatus.raw(), u"OPEN"_s);
    QCOMPARE(order.orderStatus.kind(), Kind::Open);
    QVERIFY(order.links.isEmpty());

    QCOMPARE(order.subOrders.size(), 2);
    const SubOrderSummary &subOrder = order.subOrders.at(0);
    QCOMPARE(subOrder.subOrderNumber, u"20-RD128-11"_s);
    QCOMPARE(subOrder.subOrderTotal, 100.0);
    QCOMPARE(subOrder.subOrderStatus.kind(), Kind::Shipped);
    // links is a single object in the example, an array in the schema.
    QCOMPARE(subOrder.links.size(), 1);
    QCOMPARE(subOrder.links.first().topic, u"orders"_s);
    QCOMPARE(subOrder.links.first().href, u"/resellers/v6.1/orders/20-RD128-11"_s);
    QCOMPARE(subOrder.links.first().type, u"GET"_s);

    // The second entry is only a link to the whole order.
    const SubOrderSummary &linkOnly = order.subOrders.at(1);
    QVERIFY(linkOnly.subOrderNumber.isEmpty());
    QCOMPARE(linkOnly.subOrderTotal, 0.0);
    QCOMPARE(linkOnly.subOrderStatus.kind(), Kind::Unknown);
    QCOMPARE(linkOnly.links.size(), 1);
    QCOMPARE(linkOnly.links.first().href, u"/resellers/v6.1/orders/20-RD128"_s);
    QCOMPARE(order.numberedSubOrders().size(), 1);
    QCOMPARE(order.numberedSubOrders().first().subOrderNumber, u"20-RD128-11"_s);
}

void TestOrderTypes::detailsExample()
{
    const QJsonObject json = example(u"/resellers/v6.1/orders/{ordernumber}"_s, u"Success"_s);
    QVERIFY(!json.isEmpty());
    const OrderDetails order = OrderDetails::fromJson(json);

    QCOMPARE(order.ingramOrderNumber, u"20-RD3QV"_s);
    QCOMPARE(order.ingramOrderDate.date(), QDate(2020, 5, 13));
    QCOMPARE(order.ingramOrderDate.dateTime().toUTC(),
             QDateTime(QDate(2020, 5, 13), QTime(7, 38, 52), QTimeZone::utc()));
    QCOMPARE(order.orderType, u"D"_s);
    QCOMPARE(order.customerOrderNumber, u"16"_s);
    QCOMPARE(order.endCustomerOrderNumber, u"16"_s);
    QCOMPARE(order.webOrderId, u"93455594"_s);
    QCOMPARE(order.vendorSalesOrderNumber, u"114945339"_s);
    QCOMPARE(order.ingramPurchaseOrderNumber, u"80CLY55"_s);
    QCOMPARE(order.orderStatus.raw(), u"Processing"_s);
    QCOMPARE(order.orderStatus.kind(), Kind::Processing);
    QCOMPARE(order.orderTotal, 25371.27);
    QCOMPARE(order.orderSubTotal, 25371.27);
    QCOMPARE(order.freightCharges, 0.0);
    QCOMPARE(order.currencyCode, u"USD"_s);
    QCOMPARE(order.totalWeight, 1.0);
    QCOMPARE(order.totalTax, 0.0);
    QCOMPARE(order.totalFees, 0.0);
    QCOMPARE(order.paymentTerms, u"NET 20 DAYS"_s);
    QVERIFY(order.notes.startsWith(u"********* DIRECT SHIP INFO"_s));
    QVERIFY(order.notes.endsWith(u"EU-PO-ID# 16"_s));

    QCOMPARE(order.billToInfo.contact, u"CLAY MORGANX67468"_s);
    QCOMPARE(order.billToInfo.companyName, u"INGRAM MICRO CAPS TEST ACCOUNT"_s);
    QCOMPARE(order.billToInfo.addressLine1, u"1759 WEHRLE DR"_s);
    QCOMPARE(order.billToInfo.city, u"WILLIAMSVILLE"_s);
    QCOMPARE(order.billToInfo.state, u"NY"_s);
    QCOMPARE(order.billToInfo.postalCode, u"142210000"_s);
    QCOMPARE(order.billToInfo.countryCode, u"US"_s);
    QCOMPARE(order.billToInfo.phoneNumber, u"8286674626"_s);
    QCOMPARE(order.billToInfo.email, u"clay.morgan@ingram.com"_s);
    QCOMPARE(order.billToInfo.postalLines(),
             (QStringList{u"INGRAM MICRO CAPS TEST ACCOUNT"_s, u"CLAY MORGANX67468"_s,
                          u"1759 WEHRLE DR"_s, u"WILLIAMSVILLE NY 142210000"_s, u"US"_s}));
    QCOMPARE(order.shipToInfo.contact, u"RALPH BIZZELL"_s);
    QCOMPARE(order.shipToInfo.companyName, u"ASBURY METHODIST CHURCH"_s);
    QCOMPARE(order.shipToInfo.addressLine2, u"ATTN TOD DEBIE"_s);
    QCOMPARE(order.shipToInfo.addressLine3, u"city"_s);
    QCOMPARE(order.shipToInfo.city, u"SANTA ANA"_s);
    QCOMPARE(order.endUserInfo.postalCode, u"927054931"_s);
    QVERIFY(!order.endUserInfo.isEmpty());

    QCOMPARE(order.lines.size(), 1);
    const OrderLine &line = order.lines.first();
    QCOMPARE(line.subOrderNumber, u"20-RD3QV-11"_s);
    QCOMPARE(line.ingramOrderLineNumber, u"002"_s);
    QCOMPARE(line.vendorSalesOrderLineNumber, u"114945339"_s);
    QCOMPARE(line.customerLineNumber, u"001"_s);
    QCOMPARE(line.lineStatus.raw(), u"In Progress"_s);
    QCOMPARE(line.lineStatus.kind(), Kind::Processing);
    QCOMPARE(line.ingramPartNumber, u"4AW708"_s);
    QCOMPARE(line.vendorPartNumber, u"BE7H-M5-K9"_s);
    QCOMPARE(line.vendorName, u"CISCO - HW UNIFIED COMM"_s);
    QCOMPARE(line.partDescription, u"BUSINESS ED 7000H M5 APPL"_s);
    QCOMPARE(line.unitWeight, 0.0);
    QCOMPARE(line.weightUom, u"EA"_s);
    QCOMPARE(line.unitPrice, 20887.57);
    QCOMPARE(line.extendedPrice, 20887.57);
    QCOMPARE(line.taxAmount, 0.0);
    QCOMPARE(line.currencyCode, u"USD"_s);
    QCOMPARE(line.quantityOrdered, 1);
    QCOMPARE(line.quantityConfirmed, 1);
    QCOMPARE(line.quantityBackOrdered, 0);
    QCOMPARE(line.quantityShipped(), 1);
    QCOMPARE(line.specialBidNumber, u"3223A"_s);
    QVERIFY(line.requestedDeliveryDate.isEmpty());
    QCOMPARE(line.promisedDeliveryDate.date(), QDate(2020, 5, 13));
    QCOMPARE(line.lineNotes, u"EU#- 001837114 ABC Technologies || MC# C"_s);

    QCOMPARE(line.shipmentDetails.size(), 1);
    const ShipmentDetail &shipment = line.shipmentDetails.first();
    QCOMPARE(shipment.quantity, 1);
    QCOMPARE(shipment.deliveryNumber, u"23423423"_s);
    QCOMPARE(shipment.estimatedShipDate.date(), QDate(2022, 10, 7));
    QCOMPARE(shipment.shipFromWarehouseId, u"10"_s);
    QCOMPARE(shipment.shipFromLocation, u"Mira Loma, CA"_s);
    QCOMPARE(shipment.invoiceNumber, u"20RD3QV11"_s);
    QCOMPARE(shipment.invoiceDate.date(), QDate(2022, 10, 7));
    QCOMPARE(shipment.carrierDetails.size(), 1);
    const CarrierDetail &carrier = shipment.carrierDetails.first();
    QCOMPARE(carrier.carrierCode, u"VL"_s);
    QCOMPARE(carrier.carrierName, u"VIRTUAL"_s);
    QCOMPARE(carrier.quantity, 0);
    QCOMPARE(carrier.shippedDate.date(), QDate(2022, 10, 7));
    QCOMPARE(carrier.estimatedDeliveryDate.date(), QDate(2022, 10, 7));
    QCOMPARE(carrier.deliveredDate.date(), QDate(2022, 10, 7));
    QCOMPARE(carrier.carrierPickupDate.date(), QDate(2022, 10, 7));
    QCOMPARE(carrier.trackingDetails.size(), 1);
    const TrackingDetail &tracking = carrier.trackingDetails.first();
    QCOMPARE(tracking.trackingNumber, u"390064340282"_s);
    QCOMPARE(tracking.trackingUrl, u"string"_s);
    QCOMPARE(tracking.packageWeight, 1.2);
    QCOMPARE(tracking.cartonNumber, u"1"_s);
    QCOMPARE(tracking.quantityInBox, 1);
    QCOMPARE(tracking.serialNumbers, QStringList{u"Q2EV-5SJ3-E6LN"_s});
    QCOMPARE(order.trackingNumbers(), QStringList{u"390064340282"_s});
    QCOMPARE(order.serialNumbers(), QStringList{u"Q2EV-5SJ3-E6LN"_s});
    QCOMPARE(order.subOrderNumbers(), QStringList{u"20-RD3QV-11"_s});

    const ServiceContractInfo &service = line.serviceContractInfo;
    QVERIFY(!service.isEmpty());
    QCOMPARE(service.contractInfo.contractDescription,
             u"Cisco IP Phone 7841 with Multiplatform Phone firmwareSNTC-8X"_s);
    QCOMPARE(service.contractInfo.contractNumber, u"205004823"_s);
    QCOMPARE(service.contractInfo.contractStatus, u"MANUALLY_CONVERTED"_s);
    QCOMPARE(service.contractInfo.contractStartDate.date(), QDate(2022, 10, 9));
    QCOMPARE(service.contractInfo.contractEndDate.date(), QDate(2023, 10, 8));
    QVERIFY(service.contractInfo.contractDuration.isEmpty());
    QCOMPARE(service.subscriptions.subscriptionId, u"Cisco IP Phone 7841 with Multiplatform"_s);
    QCOMPARE(service.subscriptions.subscriptionTerm, u"1"_s);
    QCOMPARE(service.subscriptions.renewalTerm, u"1"_s);
    QCOMPARE(service.subscriptions.billingModel, u"YEAR"_s);
    QCOMPARE(service.subscriptions.subscriptionStartDate.date(), QDate(2022, 10, 9));
    QCOMPARE(service.subscriptions.subscriptionEndDate.date(), QDate(2023, 10, 9));
    QCOMPARE(service.licenseInfo.licenseNumbers, QStringList{u"EX2SXV2NBNR"_s});
    QCOMPARE(service.licenseInfo.licenseStartDate.date(), QDate(2022, 10, 7));
    QCOMPARE(service.licenseInfo.licenseEndDate.date(), QDate(2023, 10, 7));
    QCOMPARE(service.licenseInfo.description,
             u"Cisco AnyConnect VPN Only, 25 Simultaneous (eDelivery)"_s);
    QCOMPARE(service.licenseInfo.quantity, 1);

    QCOMPARE(line.additionalAttributes.size(), 1);
    QCOMPARE(line.additionalAttributes.first().name, u"additional description"_s);
    QCOMPARE(line.additionalAttributes.first().value, u"EXPORT RESTR SW"_s);
    QCOMPARE(line.links.size(), 1);
    QCOMPARE(line.links.first().topic, u"invoices"_s);
    QCOMPARE(line.links.first().href,
             u"/resellers/v5/invoices/7870011?customerNumber=70-386612&isoCountryCode=US"_s);

    QCOMPARE(line.estimatedDates.size(), 2);
    const EstimatedDates &shipEstimate = line.estimatedDates.at(0);
    QCOMPARE(shipEstimate.ship.dateType, u"Single"_s);
    QVERIFY(shipEstimate.ship.dateRange.isEmpty());
    QCOMPARE(shipEstimate.ship.source, u"INGRAM"_s);
    QCOMPARE(shipEstimate.ship.description, u"Warehouse is processing your Shipment"_s);
    QCOMPARE(shipEstimate.ship.date.date(), QDate(2023, 6, 5));
    QVERIFY(shipEstimate.delivery.isEmpty());
    const EstimatedDates &deliveryEstimate = line.estimatedDates.at(1);
    QVERIFY(deliveryEstimate.ship.isEmpty());
    QCOMPARE(deliveryEstimate.delivery.dateType, u"Single"_s);
    QVERIFY(deliveryEstimate.delivery.source.isEmpty());
    QCOMPARE(deliveryEstimate.delivery.date.date(), QDate(2023, 6, 8));

    QVERIFY(line.scheduleLines.isEmpty());
    QCOMPARE(line.multipleShipments.size(), 1);
    const MultipleShipment &planned = line.multipleShipments.first();
    QVERIFY(planned.lineNumber.isEmpty());
    QCOMPARE(planned.requestedQuantity, 0);
    QCOMPARE(planned.confirmedQuantity, 1);
    QCOMPARE(planned.dateType, u"Single"_s);
    QVERIFY(planned.dateRange.isEmpty());
    QCOMPARE(planned.source, u"INGRAM"_s);
    QCOMPARE(planned.description, u"Warehouse is processing your Shipment"_s);
    QCOMPARE(planned.date.date(), QDate(2023, 6, 5));
    QCOMPARE(planned.deliveryDate.date(), QDate(2023, 6, 8));
    QVERIFY(line.defaultCarrierName.isEmpty());

    QCOMPARE(order.miscellaneousCharges.size(), 2);
    QCOMPARE(order.miscellaneousCharges.at(0).subOrderNumber, u"20-RD3QV-11"_s);
    QCOMPARE(order.miscellaneousCharges.at(0).chargeLineReference, u"885"_s);
    QCOMPARE(order.miscellaneousCharges.at(0).chargeDescription, u"RECYCLING FEE BC"_s);
    QCOMPARE(order.miscellaneousCharges.at(0).chargeAmount, 4.7);
    QCOMPARE(order.miscellaneousCharges.at(1).chargeLineReference, u"GST"_s);
    QCOMPARE(order.miscellaneousCharges.at(1).chargeAmount, 100.4);
    QVERIFY(qFuzzyCompare(order.miscellaneousChargesTotal(), 105.1));

    QCOMPARE(order.additionalAttributes.size(), 1);
    QCOMPARE(order.additionalAttributes.first().value, u"EXPORT RESTR SW"_s);
}

void TestOrderTypes::everySpecExampleParses_data()
{
    QTest::addColumn<bool>("isSearch");
    QTest::addColumn<QJsonObject>("body");

    int count = 0;
    for (const bool isSearch : {true, false}) {
        const QString path =
            isSearch ? u"/resellers/v6/orders/search"_s : u"/resellers/v6.1/orders/{ordernumber}"_s;
        const QJsonObject all = examples(path);
        for (auto it = all.begin(); it != all.end(); ++it) {
            QTest::newRow(qPrintable(path + u" "_s + it.key()))
                << isSearch << it.value().toObject().value(u"value").toObject();
            ++count;
        }
    }
    // Guards against the walk silently finding nothing after a spec update.
    QVERIFY(count >= 2);
}

void TestOrderTypes::everySpecExampleParses()
{
    QFETCH(bool, isSearch);
    QFETCH(QJsonObject, body);
    QVERIFY(!body.isEmpty());

    QJsonObject written;
    if (isSearch) {
        const OrderSearchPage page = OrderSearchPage::fromJson(body);
        QVERIFY(!page.orders.isEmpty());
        for (const OrderSummary &order : page.orders)
            QVERIFY(!order.ingramOrderNumber.isEmpty());
        written = page.toJson();
    } else {
        const OrderDetails order = OrderDetails::fromJson(body);
        QVERIFY(!order.ingramOrderNumber.isEmpty());
        QVERIFY(!order.lines.isEmpty());
        written = order.toJson();
    }
    // Nothing the example carries is dropped or altered on the way through the types.
    QStringList differences;
    compareTree(body, written, QString(), differences);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"\n"_s)));
}

void TestOrderTypes::everySpecStatusIsKnown()
{
    // Every order, sub-order and line status the spec mentions: example values, parameter
    // enums and the "One of- ..." lists in descriptions.
    const QSet<QString> keys = {u"orderStatus"_s, u"lineStatus"_s, u"subOrderStatus"_s,
                                u"simulateStatus"_s, u"orderStatus-in"_s};
    static const QRegularExpression oneOf(u"One of(?: the following)?[-:. ]*(.*)$"_s);
    static const QRegularExpression parenthesised(u"\\(([A-Z/]+)\\)"_s);
    static const QRegularExpression separators(u"[,/]"_s);
    QSet<QString> statuses;

    std::function<void(const QJsonValue &)> walk = [&](const QJsonValue &value) {
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                walk(item);
            return;
        }
        if (!value.isObject())
            return;
        const QJsonObject object = value.toObject();
        if (keys.contains(object.value(u"name").toString())) {
            for (const QJsonValue &item : object.value(u"schema")[u"enum"].toArray())
                statuses.insert(item.toString());
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (keys.contains(it.key())) {
                if (it.value().isString())
                    statuses.insert(it.value().toString());
                const QJsonObject schema = it.value().toObject();
                for (const QJsonValue &item : schema.value(u"enum").toArray())
                    statuses.insert(item.toString());
                const QString description = schema.value(u"description").toString();
                const QRegularExpressionMatch list = oneOf.match(description);
                if (list.hasMatch()) {
                    for (const QString &part : list.captured(1).split(separators))
                        statuses.insert(part.trimmed().remove(u'.'));
                }
                const QRegularExpressionMatch codes = parenthesised.match(description);
                if (codes.hasMatch()) {
                    for (const QString &part : codes.captured(1).split(u'/'))
                        statuses.insert(part);
                }
            }
            walk(it.value());
        }
    };
    walk(m_spec);
    statuses.remove(QString());

    // The walk itself must work: these are in the spec today.
    for (const QString &expected : {u"ON HOLD"_s, u"im::hold"_s, u"In Progress"_s,
                                    u"IM::PARTIALLY_SHIPPED"_s, u"Canceled"_s, u"CLOSED"_s}) {
        QVERIFY2(statuses.contains(expected), qPrintable(expected));
    }
    QVERIFY(statuses.size() >= 20);
    QStringList unknown;
    for (const QString &status : std::as_const(statuses)) {
        if (OrderStatus::normalise(status) == Kind::Unknown)
            unknown.append(status);
    }
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(u", "_s)));
}

void TestOrderTypes::objectInsteadOfArray()
{
    const QJsonObject details = parse(R"({
        "ingramOrderNumber": "20-AB123",
        "lines": {
            "ingramOrderLineNumber": "001",
            "shipmentDetails": {
                "quantity": "2",
                "carrierDetails": {
                    "carrierCode": "FG",
                    "trackingDetails": {
                        "trackingNumber": "1Z999",
                        "serialNumbers": {"serialNumber": "SN-1"}
                    }
                }
            },
            "links": {"topic": "invoices", "href": "/x", "type": "GET"},
            "additionalAttributes": {"attributeName": "a", "attributeValue": "b"},
            "estimatedDates": {"ship": {"shipDate": "2024-02-01"}},
            "multipleShipments": {"confirmedQuantity": "4"},
            "scheduleLines": {"confirmedQuantity": "3", "scheduleLineDate": "2024-02-02"}
        },
        "miscellaneousCharges": {"chargeAmount": 9},
        "additionalAttributes": {"attributeName": "x", "attributeValue": "y"}
    })");
    const OrderDetails order = OrderDetails::fromJson(details);
    QCOMPARE(order.lines.size(), 1);
    const OrderLine &line = order.lines.first();
    QCOMPARE(line.ingramOrderLineNumber, u"001"_s);
    QCOMPARE(line.shipmentDetails.size(), 1);
    QCOMPARE(line.shipmentDetails.first().quantity, 2);
    QCOMPARE(line.shipmentDetails.first().carrierDetails.size(), 1);
    QCOMPARE(line.shipmentDetails.first().carrierDetails.first().carrierCode, u"FG"_s);
    QCOMPARE(order.trackingNumbers(), QStringList{u"1Z999"_s});
    QCOMPARE(order.serialNumbers(), QStringList{u"SN-1"_s});
    QCOMPARE(line.links.size(), 1);
    QCOMPARE(line.additionalAttributes.size(), 1);
    QCOMPARE(line.estimatedDates.size(), 1);
    QCOMPARE(line.estimatedDates.first().ship.date.date(), QDate(2024, 2, 1));
    QCOMPARE(line.multipleShipments.size(), 1);
    QCOMPARE(line.multipleShipments.first().confirmedQuantity, 4);
    QCOMPARE(line.scheduleLines.size(), 1);
    QCOMPARE(line.scheduleLines.first().confirmedQuantity, 3);
    QCOMPARE(line.scheduleLines.first().scheduleLineDate.date(), QDate(2024, 2, 2));
    QCOMPARE(order.miscellaneousCharges.size(), 1);
    QCOMPARE(order.miscellaneousCharges.first().chargeAmount, 9.0);
    QCOMPARE(order.additionalAttributes.size(), 1);

    const OrderSearchPage page = OrderSearchPage::fromJson(parse(R"({
        "recordsFound": 1,
        "orders": {"ingramOrderNumber": "20-AB123",
                   "subOrders": {"subOrderNumber": "20-AB123-11"},
                   "links": {"href": "/resellers/v6.1/orders/20-AB123"}}
    })"));
    QCOMPARE(page.orders.size(), 1);
    QCOMPARE(page.orders.first().subOrders.size(), 1);
    QCOMPARE(page.orders.first().subOrders.first().subOrderNumber, u"20-AB123-11"_s);
    QCOMPARE(page.orders.first().links.size(), 1);
    QCOMPARE(page.orders.first().links.first().href, u"/resellers/v6.1/orders/20-AB123"_s);

    // And the documented form, arrays, still works for search links.
    const OrderSummary summary =
        OrderSummary::fromJson(parse(R"({"links": [{"href": "/a"}, {"href": "/b"}]})"));
    QCOMPARE(summary.links.size(), 2);
    QCOMPARE(summary.links.at(1).href, u"/b"_s);
}

void TestOrderTypes::numericStringsAndNulls()
{
    const OrderDetails order = OrderDetails::fromJson(parse(R"({
        "ingramOrderNumber": 2012345,
        "orderTotal": "1,234.50",
        "orderSubTotal": " 1200 ",
        "freightCharges": "12.5",
        "totalWeight": null,
        "totalTax": "22.00",
        "totalFees": 0,
        "lines": [{
            "quantityOrdered": "3",
            "quantityConfirmed": "3.0",
            "quantityBackOrdered": 1.0,
            "unitPrice": "411.50",
            "extendedPrice": 1234.5,
            "unitWeight": "2.25",
            "requestedDeliveryDate": "2024-03-01",
            "shipmentDetails": [{"quantity": null, "carrierDetails": null}],
            "serviceContractInfo": {
                "subscriptions": {"subscriptionStartDate": "2024-01-01"},
                "licenseInfo": {"licenseNumber": "ONLY-ONE", "quantity": 5}
            }
        }]
    })"));
    QCOMPARE(order.ingramOrderNumber, u"2012345"_s);
    QCOMPARE(order.orderTotal, 1234.5);
    QCOMPARE(order.orderSubTotal, 1200.0);
    QCOMPARE(order.freightCharges, 12.5);
    QCOMPARE(order.totalWeight, 0.0);
    QCOMPARE(order.totalTax, 22.0);
    const OrderLine &line = order.lines.first();
    QCOMPARE(line.quantityOrdered, 3);
    QCOMPARE(line.quantityConfirmed, 3);
    QCOMPARE(line.quantityBackOrdered, 1);
    QCOMPARE(line.unitPrice, 411.5);
    QCOMPARE(line.extendedPrice, 1234.5);
    QCOMPARE(line.unitWeight, 2.25);
    // The corrected spelling is read as well as the API's "requestedDeliverydate".
    QCOMPARE(line.requestedDeliveryDate.date(), QDate(2024, 3, 1));
    QCOMPARE(line.shipmentDetails.size(), 1);
    QCOMPARE(line.shipmentDetails.first().quantity, 0);
    QVERIFY(line.shipmentDetails.first().carrierDetails.isEmpty());
    QCOMPARE(line.serviceContractInfo.subscriptions.subscriptionStartDate.date(),
             QDate(2024, 1, 1));
    QCOMPARE(line.serviceContractInfo.licenseInfo.licenseNumbers, QStringList{u"ONLY-ONE"_s});
    QCOMPARE(line.serviceContractInfo.licenseInfo.quantity, 5);

    const OrderSearchPage page =
        OrderSearchPage::fromJson(parse(R"({"recordsFound": 60, "pageSize": "25", "pageNumber": "3",
                  "orders": [{"orderTotal": "99.99", "subOrders": [{"subOrderTotal": 5}]}]})"));
    QCOMPARE(page.recordsFound, 60);
    QCOMPARE(page.pageNumber, 3);
    QCOMPARE(page.orders.first().orderTotal, 99.99);
    QCOMPARE(page.orders.first().subOrders.first().subOrderTotal, 5.0);
}

void TestOrderTypes::malformedTypesTolerated()
{
    const OrderDetails order = OrderDetails::fromJson(parse(R"({
        "ingramOrderNumber": "20-XY",
        "ingramOrderDate": "sometime",
        "orderStatus": 7,
        "orderTotal": "lots",
        "billToInfo": ["not", "an", "object"],
        "shipToInfo": "nowhere",
        "endUserInfo": null,
        "lines": [1, "two", null, {"lineStatus": {"nested": true}, "shipmentDetails": "none",
                  "serviceContractInfo": [], "estimatedDates": [null, {"ship": "x"}],
                  "links": [true]}],
        "miscellaneousCharges": "none",
        "additionalAttributes": [[]]
    })"));
    QCOMPARE(order.ingramOrderNumber, u"20-XY"_s);
    QCOMPARE(order.ingramOrderDate.raw(), u"sometime"_s);
    QVERIFY(!order.ingramOrderDate.isValid());
    QCOMPARE(order.orderStatus.raw(), u"7"_s);
    QCOMPARE(order.orderStatus.kind(), Kind::Unknown);
    QCOMPARE(order.orderTotal, 0.0);
    QVERIFY(order.billToInfo.isEmpty());
    QVERIFY(order.shipToInfo.isEmpty());
    QVERIFY(order.endUserInfo.isEmpty());
    QCOMPARE(order.lines.size(), 1);
    const OrderLine &line = order.lines.first();
    QVERIFY(line.lineStatus.isEmpty());
    QVERIFY(line.shipmentDetails.isEmpty());
    QVERIFY(line.serviceContractInfo.isEmpty());
    QCOMPARE(line.estimatedDates.size(), 1);
    QVERIFY(line.estimatedDates.first().ship.isEmpty());
    QVERIFY(line.links.isEmpty());
    QVERIFY(order.miscellaneousCharges.isEmpty());
    QVERIFY(order.additionalAttributes.isEmpty());

    const OrderSearchPage page = OrderSearchPage::fromJson(
        parse(R"({"recordsFound": "many", "orders": "none", "nextPage": null})"));
    QCOMPARE(page.recordsFound, 0);
    QVERIFY(page.orders.isEmpty());
    QVERIFY(page.nextPage.isEmpty());
    QVERIFY(!page.hasMorePages());
}

void TestOrderTypes::emptyBodies()
{
    const OrderDetails order = OrderDetails::fromJson({});
    QVERIFY(order.ingramOrderNumber.isEmpty());
    QVERIFY(order.lines.isEmpty());
    QCOMPARE(order.orderStatus.kind(), Kind::Unknown);
    QVERIFY(order.trackingNumbers().isEmpty());
    const OrderSearchPage page = OrderSearchPage::fromJson({});
    QCOMPARE(page.pageCount(), 0);
    QVERIFY(page.orders.isEmpty());
}

void TestOrderTypes::roundTrip()
{
    const OrderDetails details =
        OrderDetails::fromJson(example(u"/resellers/v6.1/orders/{ordernumber}"_s, u"Success"_s));
    const QJsonObject detailsJson = details.toJson();
    const OrderDetails detailsAgain = OrderDetails::fromJson(detailsJson);
    QCOMPARE(detailsAgain.toJson(), detailsJson);
    QCOMPARE(detailsAgain.lines.first()
                 .shipmentDetails.first()
                 .carrierDetails.first()
                 .trackingDetails.first()
                 .serialNumbers,
             QStringList{u"Q2EV-5SJ3-E6LN"_s});
    QCOMPARE(detailsAgain.orderTotal, 25371.27);
    QCOMPARE(detailsAgain.lines.first().requestedDeliveryDate.raw(), QString());
    // Absent estimates stay null on the wire, as the API writes them.
    QVERIFY(detailsJson[u"lines"][0][u"estimatedDates"][0][u"delivery"].isNull());
    QVERIFY(detailsJson[u"lines"][0][u"estimatedDates"][0][u"ship"][u"shipDateRange"][u"startDate"]
                .isNull());

    const OrderSearchPage page =
        OrderSearchPage::fromJson(example(u"/resellers/v6/orders/search"_s, u"Success - 200"_s));
    const QJsonObject pageJson = page.toJson();
    QCOMPARE(OrderSearchPage::fromJson(pageJson).toJson(), pageJson);
    // Written the way the schema types them: numbers, and links as arrays.
    QCOMPARE(pageJson[u"recordsFound"].toInt(), 123);
    QCOMPARE(pageJson[u"orders"][0][u"orderTotal"].toDouble(), 120.0);
    QVERIFY(pageJson[u"orders"][0][u"subOrders"][0][u"links"].isArray());

    OrderLine line;
    line.lineStatus = OrderStatus::fromKind(Kind::Backordered);
    line.quantityBackOrdered = 4;
    TrackingDetail tracking;
    tracking.trackingNumber = u"T-1"_s;
    tracking.serialNumbers = {u"A"_s, u"B"_s};
    tracking.packageWeight = 3.5;
    CarrierDetail carrier;
    carrier.trackingDetails = {tracking};
    ShipmentDetail shipment;
    shipment.carrierDetails = {carrier};
    line.shipmentDetails = {shipment};
    const OrderLine lineAgain = OrderLine::fromJson(line.toJson());
    QCOMPARE(lineAgain.lineStatus.kind(), Kind::Backordered);
    QCOMPARE(lineAgain.quantityBackOrdered, 4);
    QCOMPARE(lineAgain.serialNumbers(), (QStringList{u"A"_s, u"B"_s}));
    QCOMPARE(lineAgain.shipmentDetails.first()
                 .carrierDetails.first()
                 .trackingDetails.first()
                 .packageWeight,
             3.5);
}

void TestOrderTypes::paging_data()
{
    QTest::addColumn<int>("recordsFound");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("pageNumber");
    QTest::addColumn<int>("pageCount");
    QTest::addColumn<bool>("more");

    QTest::newRow("nothing") << 0 << 25 << 1 << 0 << false;
    QTest::newRow("one short page") << 3 << 25 << 1 << 1 << false;
    QTest::newRow("exactly full") << 50 << 25 << 2 << 2 << false;
    QTest::newRow("first of three") << 51 << 25 << 1 << 3 << true;
    QTest::newRow("last of three") << 51 << 25 << 3 << 3 << false;
}

void TestOrderTypes::paging()
{
    QFETCH(int, recordsFound);
    QFETCH(int, pageSize);
    QFETCH(int, pageNumber);
    QFETCH(int, pageCount);
    QFETCH(bool, more);
    OrderSearchPage page;
    page.recordsFound = recordsFound;
    page.pageSize = pageSize;
    page.pageNumber = pageNumber;
    QCOMPARE(page.pageCount(), pageCount);
    QCOMPARE(page.hasMorePages(), more);
}

QTEST_GUILESS_MAIN(TestOrderTypes)
#include "tst_ordertypes.moc"
