// The order search model, its sorting proxy and the CSV export, with pages from the in-process
// sandbox over loopback HTTP.
#include "apiclient.h"
#include "csvwriter.h"
#include "displayformat.h"
#include "ordersearchcsvexporter.h"
#include "ordersearchmodel.h"
#include "ordersearchproxymodel.h"
#include "ordersservice.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "sandboxstore.h"
#include "secretsource.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QDate ReferenceDate(2026, 6, 15);
constexpr int OrderCount = 1000;
const QString SearchPath = QLatin1String(OrdersService::SearchPath);

// Every order of the data set: the generator spreads them over the thirteen months before
// the reference date.
OrderSearchQuery allOrders()
{
    OrderSearchQuery query;
    query.ingramOrderDateRange = {ReferenceDate.addDays(-420), ReferenceDate};
    return query;
}

// A minimal RFC 4180 reader, enough to check what the exporter wrote.
QList<QStringList> parseCsv(QByteArray data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QString text = QString::fromUtf8(data);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field.append(c);
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}
} // namespace

class TestOrderSearchModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrdersService> m_orders;
    std::unique_ptr<OrderSearchModel> m_model;
    std::unique_ptr<OrderSearchProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    int searchRequestCount() const
    {
        int count = 0;
        for (const SandboxRequestRecord &record : m_sandbox->receivedRequests())
            count += record.path == SearchPath ? 1 : 0;
        return count;
    }
    QByteArray lastSearchQuery() const
    {
        const QList<SandboxRequestRecord> records = m_sandbox->receivedRequests();
        for (auto it = records.crbegin(); it != records.crend(); ++it) {
            if (it->path == SearchPath)
                return it->query;
        }
        return {};
    }
    // Starts a search and waits for its first page.
    bool searchAndWait(const OrderSearchQuery &query)
    {
        QSignalSpy loaded(m_model.get(), &OrderSearchModel::pageLoaded);
        m_model->search(query);
        return loaded.wait(15000);
    }
    bool fetchMoreAndWait()
    {
        QSignalSpy loaded(m_model.get(), &OrderSearchModel::pageLoaded);
        m_proxy->fetchMore({});
        return loaded.wait(15000);
    }
    void loadAllPages()
    {
        while (m_model->canFetchMore({})) {
            if (!fetchMoreAndWait())
                QFAIL("a page did not arrive");
        }
    }
    QString customerPoOfAnOrder(int index) const
    {
        return m_sandbox->store()->orders().at(index).customerOrderNumber;
    }

private Q_SLOTS:
    void init()
    {
        SandboxOptions options;
        options.referenceDate = ReferenceDate;
        options.orderCount = OrderCount;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen());
        m_client = std::make_unique<ApiClient>();
        m_client->setRetryPolicy({1, 20, 200, 5});
        m_client->setTimeout(10000);
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.customUrl = m_sandbox->baseUrl();
        m_client->setProfile(profile, std::make_shared<InMemorySecretSource>(
                                          QLatin1String(SandboxDefaults::ClientSecret)));
        m_orders = std::make_unique<OrdersService>(m_client.get());
        m_model = std::make_unique<OrderSearchModel>(m_orders.get());
        m_proxy = std::make_unique<OrderSearchProxyModel>();
        m_proxy->setSourceModel(m_model.get());
    }
    // The tester calls fetchMore() after every change, so with it attached a search keeps
    // loading until the last page; tests of the paging itself run without it.
    void attachModelTesters()
    {
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
        m_orders.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void modelTesterWhilePagesArrive_data()
    {
        QTest::addColumn<int>("sortColumn");
        QTest::newRow("unsorted") << -1;
        QTest::newRow("by total") << int(OrderSearchModel::TotalColumn);
        QTest::newRow("by status") << int(OrderSearchModel::StatusColumn);
    }
    void modelTesterWhilePagesArrive()
    {
        QFETCH(int, sortColumn);
        attachModelTesters();
        m_proxy->sort(sortColumn, Qt::DescendingOrder);
        m_model->search(allOrders());
        // The tester's own fetchMore() calls page through everything.
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), OrderCount, 60000);
        QTRY_VERIFY(!m_model->isLoading());
        QCOMPARE(m_proxy->rowCount(), OrderCount);
        QVERIFY(!m_model->canFetchMore({}));
        QCOMPARE(searchRequestCount(), OrderCount / OrderSearchModel::PageSize);

        // A new search resets under the testers' eyes, and so does clear().
        OrderSearchQuery query;
        query.customerOrderNumber = customerPoOfAnOrder(3);
        QVERIFY(searchAndWait(query));
        QVERIFY(m_model->rowCount() >= 1);
        m_model->clear();
        QCOMPARE(m_proxy->rowCount(), 0);
    }

    void firstPageThenMorePagesOnDemand()
    {
        QSignalSpy loading(m_model.get(), &OrderSearchModel::loadingChanged);
        QSignalSpy found(m_model.get(), &OrderSearchModel::recordsFoundChanged);
        m_model->search(allOrders());
        QVERIFY(m_model->isLoading());
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->canFetchMore({})); // the first page is already on its way

        QSignalSpy loaded(m_model.get(), &OrderSearchModel::pageLoaded);
        QVERIFY(loaded.wait(15000));
        QCOMPARE(loaded.constFirst().at(0).toInt(), 1);
        QCOMPARE(loaded.constFirst().at(1).toInt(), OrderSearchModel::PageSize);
        QCOMPARE(m_model->rowCount(), OrderSearchModel::PageSize);
        QCOMPARE(m_proxy->rowCount(), OrderSearchModel::PageSize);
        QCOMPARE(m_model->recordsFound(), OrderCount);
        QCOMPARE(found.constLast().at(0).toInt(), OrderCount);
        QVERIFY(!m_model->isLoading());
        QCOMPARE(loading.constFirst().at(0).toBool(), true);
        QCOMPARE(loading.constLast().at(0).toBool(), false);
        QVERIFY(lastSearchQuery().contains("pageSize=100"));
        QVERIFY(lastSearchQuery().contains("pageNumber=1"));

        // Nothing more is asked for until the view wants it.
        QCOMPARE(searchRequestCount(), 1);
        QVERIFY(m_model->canFetchMore({}));
        QVERIFY(fetchMoreAndWait());
        QCOMPARE(m_model->rowCount(), 2 * OrderSearchModel::PageSize);
        QVERIFY(lastSearchQuery().contains("pageNumber=2"));

        loadAllPages();
        QCOMPARE(m_model->rowCount(), OrderCount);
        QCOMPARE(m_model->loadedPageCount(), OrderCount / OrderSearchModel::PageSize);
        QCOMPARE(searchRequestCount(), OrderCount / OrderSearchModel::PageSize);
        QVERIFY(!m_model->canFetchMore({}));
        QVERIFY(!m_model->hasMorePages());

        QSet<QString> numbers;
        for (int row = 0; row < m_model->rowCount(); ++row)
            numbers.insert(
                m_model->index(row, 0).data(OrderSearchModel::OrderNumberRole).toString());
        QCOMPARE(numbers.size(), OrderCount);
    }

    void noContentIsAnEmptyResult()
    {
        OrderSearchQuery query;
        query.customerOrderNumber = QStringLiteral("NO-SUCH-PO-4711");
        QVERIFY(searchAndWait(query));
        QVERIFY(m_model->isEmptyResult());
        QVERIFY(!m_model->hasError());
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->recordsFound(), 0);
        QVERIFY(!m_model->canFetchMore({}));
        QVERIFY(!m_model->isLoading());
    }

    void ordersAndSubOrdersAsTree()
    {
        QVERIFY(searchAndWait(allOrders()));
        int parentRow = -1;
        for (int row = 0; row < m_model->rowCount() && parentRow < 0; ++row) {
            if (m_model->rowCount(m_model->index(row, 0)) > 0)
                parentRow = row;
        }
        QVERIFY2(parentRow >= 0, "the first page has no order with sub-orders");
        const QModelIndex parent = m_model->index(parentRow, 0);
        const OrderSummary &order = m_model->order(parentRow);
        QCOMPARE(parent.data().toString(), order.ingramOrderNumber);
        QCOMPARE(m_model->rowCount(parent), order.numberedSubOrders().size());
        const QModelIndex child = m_model->index(0, OrderSearchModel::OrderNumberColumn, parent);
        const SubOrderSummary subOrder = order.numberedSubOrders().constFirst();
        QCOMPARE(child.data().toString(), subOrder.subOrderNumber);
        QCOMPARE(child.data(OrderSearchModel::OrderNumberRole).toString(), subOrder.subOrderNumber);
        QVERIFY(child.data(OrderSearchModel::IsSubOrderRole).toBool());
        QVERIFY(!parent.data(OrderSearchModel::IsSubOrderRole).toBool());
        QVERIFY(child.flags().testFlag(Qt::ItemNeverHasChildren));
        QCOMPARE(child.siblingAtColumn(OrderSearchModel::TotalColumn)
                     .data(OrderSearchModel::RawValueRole)
                     .toDouble(),
                 subOrder.subOrderTotal);
        QCOMPARE(m_model->parent(child), parent);
    }

    void displayAndRawValues()
    {
        QVERIFY(searchAndWait(allOrders()));
        const OrderSummary &order = m_model->order(0);
        const auto cell = [this](int column, int role) {
            return m_model->index(0, column).data(role);
        };
        QCOMPARE(m_model->currencyCode(), QStringLiteral("USD")); // the profile's country
        QCOMPARE(cell(OrderSearchModel::TotalColumn, OrderSearchModel::RawValueRole).toDouble(),
                 order.orderTotal);
        QCOMPARE(cell(OrderSearchModel::TotalColumn, Qt::DisplayRole).toString(),
                 DisplayFormat::money(order.orderTotal, QStringLiteral("USD")));
        QCOMPARE(cell(OrderSearchModel::OrderDateColumn, OrderSearchModel::RawValueRole).toDate(),
                 order.ingramOrderDate.date());
        QCOMPARE(cell(OrderSearchModel::StatusColumn, OrderSearchModel::RawValueRole).toInt(),
                 static_cast<int>(order.orderStatus.kind()));
        QCOMPARE(cell(OrderSearchModel::StatusColumn, Qt::DisplayRole).toString(),
                 order.orderStatus.displayText());
        QVERIFY(!cell(OrderSearchModel::StatusColumn, Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(cell(OrderSearchModel::CustomerOrderNumberColumn, Qt::DisplayRole).toString(),
                 order.customerOrderNumber);

        m_model->setCurrencyCode(QStringLiteral("EUR"));
        QCOMPARE(cell(OrderSearchModel::TotalColumn, Qt::DisplayRole).toString(),
                 DisplayFormat::money(order.orderTotal, QStringLiteral("EUR")));
    }

    void errorOnSecondPageKeepsRowsAndRetries()
    {
        QVERIFY(searchAndWait(allOrders()));
        m_sandbox->faults()->add(
            SandboxFaultRule(SandboxFaultKind::ServerError).onPath(SearchPath).times(1));
        QSignalSpy errors(m_model.get(), &OrderSearchModel::errorOccurred);
        m_proxy->fetchMore({});
        QVERIFY(errors.wait(15000));
        QVERIFY(m_model->hasError());
        QCOMPARE(m_model->error().httpStatus, 500);
        QVERIFY(!m_model->error().correlationId.isEmpty());
        QCOMPARE(m_model->rowCount(), OrderSearchModel::PageSize);
        QCOMPARE(m_model->loadedPageCount(), 1);
        QVERIFY(!m_model->isLoading());
        // The view must not keep hammering a failing page as it scrolls.
        QVERIFY(!m_model->canFetchMore({}));

        QSignalSpy loaded(m_model.get(), &OrderSearchModel::pageLoaded);
        m_model->retry();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(loaded.constFirst().at(0).toInt(), 2);
        QVERIFY(!m_model->hasError());
        QCOMPARE(m_model->rowCount(), 2 * OrderSearchModel::PageSize);
        QVERIFY(lastSearchQuery().contains("pageNumber=2"));
        QVERIFY(m_model->canFetchMore({}));
    }

    void errorOnFirstPage()
    {
        m_sandbox->faults()->add(
            SandboxFaultRule(SandboxFaultKind::ServiceUnavailable).onPath(SearchPath).times(1));
        QSignalSpy errors(m_model.get(), &OrderSearchModel::errorOccurred);
        m_model->search(allOrders());
        QVERIFY(errors.wait(15000));
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->isEmptyResult());
        QSignalSpy loaded(m_model.get(), &OrderSearchModel::pageLoaded);
        m_model->retry();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(m_model->rowCount(), OrderSearchModel::PageSize);
    }

    void cancelStopsTheSearch()
    {
        m_sandbox->faults()->add(
            SandboxFaultRule(SandboxFaultKind::Latency, 3000).onPath(SearchPath).times(1));
        QSignalSpy cancelled(m_model.get(), &OrderSearchModel::cancelled);
        QSignalSpy loaded(m_model.get(), &OrderSearchModel::pageLoaded);
        m_model->search(allOrders());
        QVERIFY(m_model->isLoading());
        m_model->cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!m_model->isLoading());
        QVERIFY(m_model->wasCancelled());
        QVERIFY(!m_model->canFetchMore({}));
        QTRY_COMPARE(m_client->activeJobCount(), 0);

        // Resuming asks for the page again.
        m_model->loadMore();
        QVERIFY(m_model->isLoading());
        QVERIFY(loaded.wait(15000));
        QCOMPARE(m_model->rowCount(), OrderSearchModel::PageSize);
        QCOMPARE(loaded.size(), 1);
    }

    void newSearchIgnoresTheOldAnswer()
    {
        const QString firstPo = customerPoOfAnOrder(10);
        const QString secondPo = customerPoOfAnOrder(20);
        QVERIFY(firstPo != secondPo);
        m_sandbox->faults()->add(
            SandboxFaultRule(SandboxFaultKind::Latency, 400).onPath(SearchPath).times(1));
        OrderSearchQuery first;
        first.customerOrderNumber = firstPo;
        m_model->search(first);
        OrderSearchQuery second;
        second.customerOrderNumber = secondPo;
        QSignalSpy loaded(m_model.get(), &OrderSearchModel::pageLoaded);
        m_model->search(second);
        QVERIFY(loaded.wait(15000));
        QVERIFY(m_model->rowCount() >= 1);
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(m_model->order(row).customerOrderNumber, secondPo);
        // Whatever happens to the first request, nothing more reaches the model.
        QVERIFY(!loaded.wait(800));
        QCOMPARE(loaded.size(), 1);
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(m_model->order(row).customerOrderNumber, secondPo);
    }

    void clearForgetsEverything()
    {
        QVERIFY(searchAndWait(allOrders()));
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->recordsFound(), 0);
        QVERIFY(!m_model->hasSearch());
        QVERIFY(!m_model->canFetchMore({}));
    }

    void proxySortsByRawValues_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        for (int column = 0; column < OrderSearchModel::ColumnCount; ++column) {
            const QByteArray name =
                QMetaEnum::fromType<OrderSearchModel::Column>().valueToKey(column);
            QTest::newRow(QByteArray(name + " ascending").constData())
                << column << Qt::AscendingOrder;
            QTest::newRow(QByteArray(name + " descending").constData())
                << column << Qt::DescendingOrder;
        }
    }
    void proxySortsByRawValues()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QVERIFY(searchAndWait(allOrders()));
        QVERIFY(fetchMoreAndWait());
        m_proxy->sort(column, order);
        QCOMPARE(m_proxy->rowCount(), 2 * OrderSearchModel::PageSize);
        for (int row = 1; row < m_proxy->rowCount(); ++row) {
            const QVariant a = m_proxy->index(row - 1, column).data(OrderSearchModel::RawValueRole);
            const QVariant b = m_proxy->index(row, column).data(OrderSearchModel::RawValueRole);
            const bool empty = a.toString().isEmpty() || b.toString().isEmpty();
            if (empty)
                continue;
            bool inOrder = true;
            switch (a.typeId()) {
            case QMetaType::QDate:
                inOrder = order == Qt::AscendingOrder ? a.toDate() <= b.toDate()
                                                      : a.toDate() >= b.toDate();
                break;
            case QMetaType::Double:
                inOrder = order == Qt::AscendingOrder ? a.toDouble() <= b.toDouble()
                                                      : a.toDouble() >= b.toDouble();
                break;
            case QMetaType::Int:
                inOrder =
                    order == Qt::AscendingOrder ? a.toInt() <= b.toInt() : a.toInt() >= b.toInt();
                break;
            default: {
                const int c =
                    QString::localeAwareCompare(a.toString().toLower(), b.toString().toLower());
                // Numeric collation may differ from plain comparison for digits; only check
                // texts without digits strictly.
                if (!a.toString().contains(QRegularExpression(QStringLiteral("\\d"))))
                    inOrder = order == Qt::AscendingOrder ? c <= 0 : c >= 0;
            }
            }
            QVERIFY2(
                inOrder,
                qPrintable(
                    QStringLiteral("row %1: %2 then %3").arg(row).arg(a.toString(), b.toString())));
        }
    }

    void sortedProxyTakesNewPagesInOrder()
    {
        QVERIFY(searchAndWait(allOrders()));
        m_proxy->sort(OrderSearchModel::TotalColumn, Qt::DescendingOrder);
        QVERIFY(fetchMoreAndWait());
        QVERIFY(fetchMoreAndWait());
        QCOMPARE(m_proxy->rowCount(), 3 * OrderSearchModel::PageSize);
        double previous = std::numeric_limits<double>::max();
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const double total = m_proxy->index(row, OrderSearchModel::TotalColumn)
                                     .data(OrderSearchModel::RawValueRole)
                                     .toDouble();
            QVERIFY(total <= previous);
            previous = total;
        }
    }

    void csvQuoting()
    {
        QCOMPARE(CsvWriter::escape(QStringLiteral("plain")), QStringLiteral("plain"));
        // Text that a spreadsheet would run as a formula is defused; numbers stay numbers.
        QCOMPARE(CsvWriter::escape(QStringLiteral("=HYPERLINK(\"x\")")),
                 QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(CsvWriter::escape(QStringLiteral("+1")), QStringLiteral("'+1"));
        QCOMPARE(CsvWriter::escape(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(CsvWriter::escape(QStringLiteral("-cmd")), QStringLiteral("'-cmd"));
        QCOMPARE(CsvWriter::escape(QStringLiteral("-12.50")), QStringLiteral("-12.50"));
        QCOMPARE(CsvWriter::escape(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::escape(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::escape(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(CsvWriter::escape(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
        QCOMPARE(CsvWriter::number(1234.5), QStringLiteral("1234.50"));
        CsvWriter csv;
        csv.addRow({QStringLiteral("Müller, GmbH"), QStringLiteral("x")});
        QVERIFY(csv.data().startsWith("\xEF\xBB\xBF"));
        QCOMPARE(parseCsv(csv.data()),
                 (QList<QStringList>{{QStringLiteral("Müller, GmbH"), QStringLiteral("x")}}));
    }

    void exportLoadedOrders()
    {
        QVERIFY(searchAndWait(allOrders()));
        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("loaded.csv"));
        OrderSearchCsvExporter exporter(m_model.get());
        m_proxy->sort(OrderSearchModel::TotalColumn, Qt::AscendingOrder);
        exporter.setRowOrder(m_proxy.get());
        QSignalSpy finished(&exporter, &OrderSearchCsvExporter::finished);
        exporter.start(OrderSearchCsvExporter::Scope::LoadedOrders, fileName);
        QVERIFY(finished.wait(5000));
        QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(exporter.errorString()));
        QCOMPARE(searchRequestCount(), 1);

        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(file.readAll());
        QCOMPARE(rows.size(), OrderSearchModel::PageSize + 1);
        QCOMPARE(rows.constFirst(), OrderSearchCsvExporter::columnHeaders());
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QStringList &fields = rows.at(row + 1);
            const OrderSummary &order =
                m_model->order(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
            QCOMPARE(fields.at(0), order.ingramOrderNumber);
            QCOMPARE(fields.at(1), order.ingramOrderDate.date().toString(Qt::ISODate));
            QCOMPARE(fields.at(2), order.customerOrderNumber);
            QCOMPARE(fields.at(3), order.vendorName);
            QCOMPARE(fields.at(4), order.endUserCompanyName);
            QCOMPARE(fields.at(5).toDouble(), qRound64(order.orderTotal * 100) / 100.0);
            QCOMPARE(fields.at(6), QStringLiteral("USD"));
            QCOMPARE(fields.at(7), order.orderStatus.displayText());
        }
    }

    void exportAllPages()
    {
        QVERIFY(searchAndWait(allOrders()));
        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("all.csv"));
        OrderSearchCsvExporter exporter(m_model.get());
        QSignalSpy progress(&exporter, &OrderSearchCsvExporter::progress);
        QSignalSpy finished(&exporter, &OrderSearchCsvExporter::finished);
        exporter.start(OrderSearchCsvExporter::Scope::AllPages, fileName);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(exporter.errorString()));
        QCOMPARE(m_model->rowCount(), OrderCount);
        QCOMPARE(exporter.writtenOrderCount(), OrderCount);
        QVERIFY(progress.size() >= OrderCount / OrderSearchModel::PageSize - 1);
        QCOMPARE(progress.constLast().at(0).toInt(), OrderCount);
        QCOMPARE(progress.constLast().at(1).toInt(), OrderCount);

        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(file.readAll());
        QCOMPARE(rows.size(), OrderCount + 1);
        QSet<QString> numbers;
        double sum = 0;
        double expectedSum = 0;
        for (int row = 0; row < OrderCount; ++row) {
            numbers.insert(rows.at(row + 1).at(0));
            sum += rows.at(row + 1).at(5).toDouble();
            expectedSum += m_model->order(row).orderTotal;
        }
        QCOMPARE(numbers.size(), OrderCount);
        QVERIFY(qAbs(sum - expectedSum) < 1.0);
    }

    void exportAllPagesStopsOnError()
    {
        QVERIFY(searchAndWait(allOrders()));
        m_sandbox->faults()->add(
            SandboxFaultRule(SandboxFaultKind::ServerError).onPath(SearchPath).times(1));
        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("broken.csv"));
        OrderSearchCsvExporter exporter(m_model.get());
        QSignalSpy finished(&exporter, &OrderSearchCsvExporter::finished);
        exporter.start(OrderSearchCsvExporter::Scope::AllPages, fileName);
        QVERIFY(finished.wait(15000));
        QVERIFY(!finished.constFirst().at(0).toBool());
        QVERIFY(!exporter.errorString().isEmpty());
        QVERIFY(!QFile::exists(fileName));
        QCOMPARE(m_model->rowCount(), OrderSearchModel::PageSize);
    }

    void exportCancel()
    {
        QVERIFY(searchAndWait(allOrders()));
        m_sandbox->faults()->add(
            SandboxFaultRule(SandboxFaultKind::Latency, 2000).onPath(SearchPath));
        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("cancelled.csv"));
        OrderSearchCsvExporter exporter(m_model.get());
        QSignalSpy finished(&exporter, &OrderSearchCsvExporter::finished);
        exporter.start(OrderSearchCsvExporter::Scope::AllPages, fileName);
        QTRY_VERIFY(m_model->isLoading());
        exporter.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(exporter.wasCancelled());
        QVERIFY(!m_model->isLoading());
        QVERIFY(!QFile::exists(fileName));
    }
};

QTEST_MAIN(TestOrderSearchModel)
#include "tst_ordersearchmodel.moc"
