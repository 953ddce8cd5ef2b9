// The order details models against the spec's example body and real sandbox orders.
#include "apiclient.h"
#include "estimateddatesmodel.h"
#include "miscchargesmodel.h"
#include "orderattributesmodel.h"
#include "orderlinesmodel.h"
#include "ordersservice.h"
#include "sandboxserver.h"
#include "secretsource.h"
#include "shipmenttreemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
OrderDetails specExample()
{
    QFile file(QStringLiteral(RD_SPEC_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject spec = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject examples = spec.value(QLatin1String("paths"))
                                     .toObject()
                                     .value(QLatin1String("/resellers/v6.1/orders/{ordernumber}"))
                                     .toObject()
                                     .value(QLatin1String("get"))
                                     .toObject()
                                     .value(QLatin1String("responses"))
                                     .toObject()
                                     .value(QLatin1String("200"))
                                     .toObject()
                                     .value(QLatin1String("content"))
                                     .toObject()
                                     .value(QLatin1String("application/json"))
                                     .toObject()
                                     .value(QLatin1String("examples"))
                                     .toObject();
    if (examples.isEmpty())
        return {};
    const QJsonObject body =
        examples.begin().value().toObject().value(QLatin1String("value")).toObject();
    return OrderDetails::fromJson(body);
}

// Every index of a tree, depth first.
QModelIndexList allIndexes(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QModelIndexList indexes;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        indexes.append(index);
        indexes += allIndexes(model, index);
    }
    return indexes;
}

QModelIndex findItem(const ShipmentTreeModel &model, const QString &text)
{
    for (const QModelIndex &index : allIndexes(model)) {
        if (index.data().toString() == text)
            return index;
    }
    return {};
}

ShipmentTreeModel::NodeType typeOf(const QModelIndex &index)
{
    return ShipmentTreeModel::NodeType(index.data(ShipmentTreeModel::NodeTypeRole).toInt());
}
} // namespace

class TestOrderDetailsModels : public QObject
{
    Q_OBJECT

private:
    OrderDetails m_example;

    // Fetches the details of an order from a running sandbox.
    static bool fetch(OrdersService &orders, const QString &number, OrderDetails *details)
    {
        OrderDetailsJob *job = orders.details(number);
        job->setAutoDelete(false);
        if (!QTest::qWaitFor([job] { return job->isFinished(); }, 15000)) {
            job->cancel();
            delete job;
            return false;
        }
        const bool ok = !job->hasError();
        if (ok)
            *details = job->details();
        delete job;
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_example = specExample();
        QVERIFY2(!m_example.ingramOrderNumber.isEmpty(), RD_SPEC_FILE);
    }

    void linesFromSpecExample()
    {
        OrderLinesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDetails(m_example);
        QCOMPARE(model.rowCount(), m_example.lines.size());
        QCOMPARE(model.columnCount(), int(OrderLinesModel::ColumnCount));
        const int row = model.rowOfLine(QStringLiteral("002"));
        QVERIFY(row >= 0);
        auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(OrderLinesModel::IngramPartColumn).toString(), QStringLiteral("4AW708"));
        QCOMPARE(cell(OrderLinesModel::VendorPartColumn).toString(), QStringLiteral("BE7H-M5-K9"));
        QCOMPARE(cell(OrderLinesModel::DescriptionColumn).toString(),
                 QStringLiteral("BUSINESS ED 7000H M5 APPL"));
        QCOMPARE(cell(OrderLinesModel::OrderedColumn, OrderLinesModel::RawValueRole).toInt(), 1);
        QCOMPARE(cell(OrderLinesModel::ShippedColumn, OrderLinesModel::RawValueRole).toInt(), 1);
        QCOMPARE(cell(OrderLinesModel::UnitPriceColumn, OrderLinesModel::RawValueRole).toDouble(),
                 20887.57);
        QVERIFY(cell(OrderLinesModel::ExtendedPriceColumn).toString().contains(QLatin1Char('$')));
        QCOMPARE(cell(OrderLinesModel::StatusColumn, OrderLinesModel::RawValueRole).toInt(),
                 int(OrderStatus::Kind::Processing));
        QVERIFY(!cell(OrderLinesModel::StatusColumn).toString().isEmpty());
        QVERIFY(!cell(OrderLinesModel::StatusColumn, Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(
            cell(OrderLinesModel::PromisedDeliveryColumn, OrderLinesModel::RawValueRole).toDate(),
            QDate(2020, 5, 13));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void shipmentTreeFromSpecExample()
    {
        ShipmentTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDetails(m_example);
        QCOMPARE(model.rowCount(), m_example.lines.size());

        const QModelIndex package = findItem(model, QStringLiteral("390064340282"));
        QVERIFY(package.isValid());
        QCOMPARE(typeOf(package), ShipmentTreeModel::NodeType::Package);
        // The example's trackingUrl is the placeholder "string": no link for that.
        QVERIFY(!package.data(ShipmentTreeModel::UrlRole).toUrl().isValid());
        QCOMPARE(model.index(package.row(), ShipmentTreeModel::CartonColumn, package.parent())
                     .data()
                     .toString(),
                 QStringLiteral("1"));
        QCOMPARE(model.index(package.row(), ShipmentTreeModel::WeightColumn, package.parent())
                     .data(ShipmentTreeModel::RawValueRole)
                     .toDouble(),
                 1.2);

        QCOMPARE(model.rowCount(package), 1);
        const QModelIndex serial = model.index(0, 0, package);
        QCOMPARE(serial.data().toString(), QStringLiteral("Q2EV-5SJ3-E6LN"));
        QCOMPARE(typeOf(serial), ShipmentTreeModel::NodeType::Serial);
        QCOMPARE(model.rowCount(serial), 0);

        const QModelIndex carrier = package.parent();
        QCOMPARE(typeOf(carrier), ShipmentTreeModel::NodeType::Carrier);
        QCOMPARE(carrier.data().toString(), QStringLiteral("VIRTUAL (VL)"));
        const QModelIndex shipment = carrier.parent();
        QCOMPARE(typeOf(shipment), ShipmentTreeModel::NodeType::Shipment);
        QVERIFY(shipment.data().toString().contains(QStringLiteral("23423423")));
        QVERIFY(model.index(shipment.row(), ShipmentTreeModel::InvoiceColumn, shipment.parent())
                    .data()
                    .toString()
                    .contains(QStringLiteral("20RD3QV11")));
        const QModelIndex line = shipment.parent();
        QCOMPARE(typeOf(line), ShipmentTreeModel::NodeType::Line);
        QVERIFY(!line.parent().isValid());
        QCOMPARE(line.data(ShipmentTreeModel::LineNumberRole).toString(), QStringLiteral("002"));
        QCOMPARE(model.indexOfLine(QStringLiteral("002")), line);
        QVERIFY(line.data(ShipmentTreeModel::SerialNumbersRole)
                    .toStringList()
                    .contains(QStringLiteral("Q2EV-5SJ3-E6LN")));
        QCOMPARE(serial.data(ShipmentTreeModel::LineNumberRole).toString(), QStringLiteral("002"));
    }

    void trackingLinksNeedAWebAddress_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << QStringLiteral("https://www.ups.com/track?tracknum=1Z") << true;
        QTest::newRow("http") << QStringLiteral("http://fedex.com/t/1") << true;
        QTest::newRow("placeholder") << QStringLiteral("string") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    }
    void trackingLinksNeedAWebAddress()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        TrackingDetail package;
        package.trackingUrl = url;
        QCOMPARE(ShipmentTreeModel::trackingUrl(package).isValid(), valid);
    }

    void chargesAttributesAndDatesFromSpecExample()
    {
        MiscChargesModel charges;
        OrderAttributesModel attributes;
        EstimatedDatesModel dates;
        QAbstractItemModelTester chargesTester(
            &charges, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester attributesTester(
            &attributes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester datesTester(
            &dates, QAbstractItemModelTester::FailureReportingMode::QtTest);
        charges.setDetails(m_example);
        attributes.setDetails(m_example);
        dates.setDetails(m_example);

        QCOMPARE(charges.rowCount(), m_example.miscellaneousCharges.size());
        QVERIFY(charges.rowCount() >= 1);
        QCOMPARE(charges.index(0, MiscChargesModel::DescriptionColumn).data().toString(),
                 QStringLiteral("RECYCLING FEE BC"));
        QCOMPARE(charges.index(0, MiscChargesModel::AmountColumn)
                     .data(MiscChargesModel::RawValueRole)
                     .toDouble(),
                 4.7);

        // The example carries the same attribute on the order and on line 002.
        QCOMPARE(attributes.rowCount(), 2);
        QCOMPARE(attributes.index(0, OrderAttributesModel::ScopeColumn)
                     .data(OrderAttributesModel::RawValueRole)
                     .toString(),
                 QString());
        QCOMPARE(attributes.index(1, OrderAttributesModel::NameColumn).data().toString(),
                 QStringLiteral("additional description"));
        QCOMPARE(attributes.index(1, OrderAttributesModel::ValueColumn).data().toString(),
                 QStringLiteral("EXPORT RESTR SW"));
        QCOMPARE(attributes.index(1, 0).data(OrderAttributesModel::LineNumberRole).toString(),
                 QStringLiteral("002"));
        QVERIFY(attributes.index(1, OrderAttributesModel::ScopeColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("002")));

        QCOMPARE(dates.rowCount(), 2);
        QCOMPARE(dates.index(0, EstimatedDatesModel::DateColumn)
                     .data(EstimatedDatesModel::RawValueRole)
                     .toDate(),
                 QDate(2023, 6, 5));
        QCOMPARE(dates.index(0, EstimatedDatesModel::SourceColumn).data().toString(),
                 QStringLiteral("INGRAM"));
        QCOMPARE(dates.index(1, EstimatedDatesModel::KindColumn)
                     .data(EstimatedDatesModel::RawValueRole)
                     .toBool(),
                 true);
        QCOMPARE(dates.index(1, EstimatedDatesModel::DateColumn)
                     .data(EstimatedDatesModel::RawValueRole)
                     .toDate(),
                 QDate(2023, 6, 8));
    }

    void modelsOverSandboxOrders()
    {
        SandboxOptions options;
        options.referenceDate = QDate(2026, 6, 15);
        SandboxServer sandbox(options);
        QVERIFY(sandbox.listen());
        ApiClient client;
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.customUrl = sandbox.baseUrl();
        client.setProfile(profile, std::make_shared<InMemorySecretSource>(
                                       QLatin1String(SandboxDefaults::ClientSecret)));
        OrdersService orders(&client);

        // Search for shipped orders first, as the desk does, then open their details.
        OrderSearchQuery query;
        query.orderStatusIn = {QStringLiteral("SHIPPED")};
        query.pageSize = 50;
        OrderSearchJob *search = orders.search(query);
        search->setAutoDelete(false);
        QTRY_VERIFY_WITH_TIMEOUT(search->isFinished(), 15000);
        QVERIFY2(!search->hasError(), qPrintable(search->error().message()));
        const QList<OrderSummary> found = search->page().orders;
        delete search;

        OrderLinesModel lines;
        ShipmentTreeModel shipments;
        MiscChargesModel charges;
        OrderAttributesModel attributes;
        EstimatedDatesModel dates;
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        QAbstractItemModelTester linesTester(&lines, mode);
        QAbstractItemModelTester shipmentsTester(&shipments, mode);
        QAbstractItemModelTester chargesTester(&charges, mode);
        QAbstractItemModelTester attributesTester(&attributes, mode);
        QAbstractItemModelTester datesTester(&dates, mode);

        int checked = 0;
        int withSerials = 0;
        for (const OrderSummary &summary : found) {
            if (checked >= 12)
                break;
            OrderDetails details;
            QVERIFY(fetch(orders, summary.ingramOrderNumber, &details));
            lines.setDetails(details);
            shipments.setDetails(details);
            charges.setDetails(details);
            attributes.setDetails(details);
            dates.setDetails(details);
            ++checked;

            QCOMPARE(lines.rowCount(), details.lines.size());
            QCOMPARE(shipments.rowCount(), details.lines.size());
            QCOMPARE(charges.rowCount(), details.miscellaneousCharges.size());
            for (int row = 0; row < lines.rowCount(); ++row) {
                const OrderLine &line = details.lines.at(row);
                QCOMPARE(lines.index(row, OrderLinesModel::IngramPartColumn).data().toString(),
                         line.ingramPartNumber);
                QCOMPARE(lines.index(row, OrderLinesModel::BackorderedColumn)
                             .data(OrderLinesModel::RawValueRole)
                             .toInt(),
                         line.quantityBackOrdered);
            }

            QStringList serialLeaves;
            QStringList trackingNumbers;
            for (const QModelIndex &index : allIndexes(shipments)) {
                if (typeOf(index) == ShipmentTreeModel::NodeType::Serial)
                    serialLeaves.append(index.data().toString());
                if (typeOf(index) == ShipmentTreeModel::NodeType::Package) {
                    trackingNumbers.append(index.data().toString());
                    const QUrl url = index.data(ShipmentTreeModel::UrlRole).toUrl();
                    QVERIFY2(url.isValid(), qPrintable(index.data().toString()));
                    QVERIFY(url.scheme().startsWith(QLatin1String("http")));
                }
            }
            serialLeaves.removeDuplicates();
            trackingNumbers.removeDuplicates();
            QStringList serials = details.serialNumbers();
            QStringList tracking = details.trackingNumbers();
            for (QStringList *list : {&serialLeaves, &trackingNumbers, &serials, &tracking})
                list->sort();
            QCOMPARE(serialLeaves, serials);
            QCOMPARE(trackingNumbers, tracking);
            // Lines in line-number order, as the lines table shows them.
            for (int row = 1; row < shipments.rowCount(); ++row) {
                QVERIFY(
                    shipments.index(row - 1, 0).data(ShipmentTreeModel::LineNumberRole).toString() <
                    shipments.index(row, 0).data(ShipmentTreeModel::LineNumberRole).toString());
            }
            withSerials += serialLeaves.isEmpty() ? 0 : 1;
        }
        QVERIFY(checked > 0);
        QVERIFY2(withSerials > 0, "no shipped order with serial numbers among those checked");

        lines.clear();
        shipments.clear();
        QCOMPARE(shipments.rowCount(), 0);
    }
};

QTEST_MAIN(TestOrderDetailsModels)
#include "tst_orderdetailsmodels.moc"
