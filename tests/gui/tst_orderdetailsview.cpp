// The order details view driven through its real widgets against the in-process sandbox.
#include "addresswidget.h"
#include "apiclient.h"
#include "displayformat.h"
#include "messagebanner.h"
#include "orderdetailsview.h"
#include "orderlinesmodel.h"
#include "ordersservice.h"
#include "sandboxserver.h"
#include "secretsource.h"
#include "shipmenttreemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

namespace {
const QString DetailsPath = QStringLiteral("/resellers/v6.1/orders/");

QModelIndexList allIndexes(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QModelIndexList indexes;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        indexes.append(index);
        indexes += allIndexes(model, index);
    }
    return indexes;
}

ShipmentTreeModel::NodeType typeOf(const QModelIndex &index)
{
    return ShipmentTreeModel::NodeType(index.data(ShipmentTreeModel::NodeTypeRole).toInt());
}
} // namespace

class TestOrderDetailsView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrdersService> m_orders;
    // A shipped order with several lines, tracking links and serial numbers, as the API sent it.
    OrderDetails m_shipped;

    template<typename T>
    static T *child(QWidget *view, const char *name)
    {
        T *widget = view->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    OrderDetails fetch(const QString &number)
    {
        OrderDetailsJob *job = m_orders->details(number);
        job->setAutoDelete(false);
        if (!QTest::qWaitFor([job] { return job->isFinished(); }, 15000))
            job->cancel();
        const OrderDetails details = job->hasError() ? OrderDetails() : job->details();
        delete job;
        return details;
    }

    // Searches shipped orders, as the desk does, and takes the first that has it all.
    OrderDetails findShippedMultiLineOrder()
    {
        OrderSearchQuery query;
        query.orderStatusIn = {QStringLiteral("SHIPPED")};
        query.pageSize = 100;
        OrderSearchJob *search = m_orders->search(query);
        search->setAutoDelete(false);
        if (!QTest::qWaitFor([search] { return search->isFinished(); }, 15000))
            search->cancel();
        const QList<OrderSummary> orders = search->page().orders;
        delete search;
        for (const OrderSummary &summary : orders) {
            const OrderDetails details = fetch(summary.ingramOrderNumber);
            if (details.lines.size() < 2 || details.serialNumbers().isEmpty() ||
                details.customerOrderNumber.isEmpty())
                continue;
            bool linked = false;
            for (const OrderLine &line : details.lines) {
                for (const ShipmentDetail &shipment : line.shipmentDetails) {
                    for (const CarrierDetail &carrier : shipment.carrierDetails) {
                        for (const TrackingDetail &package : carrier.trackingDetails)
                            linked = linked || ShipmentTreeModel::trackingUrl(package).isValid();
                    }
                }
            }
            if (linked)
                return details;
        }
        return {};
    }

    std::unique_ptr<OrderDetailsView> openView(const QString &number, bool waitForLoad = true)
    {
        auto view = std::make_unique<OrderDetailsView>(m_orders.get(), number);
        view->resize(1300, 800);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            qWarning("the view was not exposed");
        if (waitForLoad && !QTest::qWaitFor([&] { return view->hasDetails(); }, 15000))
            qWarning("the order did not load");
        return view;
    }

    QString lastDetailsCorrelationId() const
    {
        const QList<SandboxRequestRecord> records = m_sandbox->receivedRequests();
        for (auto it = records.crbegin(); it != records.crend(); ++it) {
            if (it->path.startsWith(DetailsPath))
                return QString::fromLatin1(it->header("IM-CorrelationID"));
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.referenceDate = QDate(2026, 6, 15);
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen());
        m_client = std::make_unique<ApiClient>();
        // One attempt: the error tests want the sandbox's fault, not a retried success.
        m_client->setRetryPolicy({1, 10, 10, 1});
        m_client->setTimeout(10000);
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.customUrl = m_sandbox->baseUrl();
        m_client->setProfile(profile, std::make_shared<InMemorySecretSource>(
                                          QLatin1String(SandboxDefaults::ClientSecret)));
        m_orders = std::make_unique<OrdersService>(m_client.get());
        m_shipped = findShippedMultiLineOrder();
        QVERIFY2(!m_shipped.ingramOrderNumber.isEmpty(),
                 "the sandbox has no shipped multi-line order with tracking links and serials");
    }
    void cleanup() { m_sandbox->faults()->clear(); }
    void cleanupTestCase()
    {
        m_orders.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void showsHeaderAddressesAndLines()
    {
        auto view = std::make_unique<OrderDetailsView>(m_orders.get(), m_shipped.ingramOrderNumber);
        QSignalSpy titles(view.get(), &OrderDetailsView::titleChanged);
        QSignalSpy loading(view.get(), &OrderDetailsView::loadingChanged);
        QCOMPARE(view->orderNumber(), m_shipped.ingramOrderNumber);
        QVERIFY(view->isLoading());
        QVERIFY(child<QProgressBar>(view.get(), "busyIndicator")->isVisibleTo(view.get()));
        QTRY_VERIFY_WITH_TIMEOUT(view->hasDetails(), 15000);
        QCOMPARE(loading.size(), 1);
        QCOMPARE(loading.constFirst().constFirst().toBool(), false);
        QVERIFY(!child<QProgressBar>(view.get(), "busyIndicator")->isVisibleTo(view.get()));

        QCOMPARE(titles.size(), 1);
        const QString title = titles.constFirst().constFirst().toString();
        QVERIFY(title.contains(m_shipped.ingramOrderNumber));
        QVERIFY(title.contains(m_shipped.customerOrderNumber));
        QCOMPARE(view->title(), title);

        auto text = [&](const char *name) {
            return child<QLabel>(view.get(), name)->text();
        };
        QCOMPARE(text("orderNumberLabel"), m_shipped.ingramOrderNumber);
        QCOMPARE(text("customerPoLabel"), m_shipped.customerOrderNumber);
        QCOMPARE(text("paymentTermsLabel"), m_shipped.paymentTerms);
        QCOMPARE(text("statusLabel"), m_shipped.orderStatus.displayText());
        QVERIFY(!child<QLabel>(view.get(), "statusIconLabel")->pixmap().isNull());
        QVERIFY(!text("orderDateLabel").isEmpty());
        QVERIFY(text("orderDateLabel") != QStringLiteral("—"));
        QCOMPARE(text("subtotalLabel"),
                 DisplayFormat::money(m_shipped.orderSubTotal, m_shipped.currencyCode));
        QCOMPARE(text("freightLabel"),
                 DisplayFormat::money(m_shipped.freightCharges, m_shipped.currencyCode));
        QCOMPARE(text("taxLabel"),
                 DisplayFormat::money(m_shipped.totalTax, m_shipped.currencyCode));
        QCOMPARE(text("totalLabel"),
                 DisplayFormat::money(m_shipped.orderTotal, m_shipped.currencyCode));
        QVERIFY(child<AddressWidget>(view.get(), "shipToAddress")
                    ->text()
                    .contains(m_shipped.shipToInfo.companyName));
        QVERIFY(child<AddressWidget>(view.get(), "billToAddress")
                    ->text()
                    .contains(m_shipped.billToInfo.companyName));

        auto *lines = child<QTableView>(view.get(), "linesView");
        QAbstractItemModel *shown = lines->model();
        QCOMPARE(shown->rowCount(), m_shipped.lines.size());
        for (const OrderLine &line : m_shipped.lines) {
            const QModelIndexList found =
                shown->match(shown->index(0, OrderLinesModel::LineNumberColumn), Qt::DisplayRole,
                             line.ingramOrderLineNumber, 1, Qt::MatchExactly);
            QCOMPARE(found.size(), 1);
            const int row = found.constFirst().row();
            QCOMPARE(shown->index(row, OrderLinesModel::IngramPartColumn).data().toString(),
                     line.ingramPartNumber);
            QCOMPARE(shown->index(row, OrderLinesModel::VendorPartColumn).data().toString(),
                     line.vendorPartNumber);
            QCOMPARE(shown->index(row, OrderLinesModel::OrderedColumn)
                         .data(OrderLinesModel::RawValueRole)
                         .toInt(),
                     line.quantityOrdered);
            QCOMPARE(shown->index(row, OrderLinesModel::StatusColumn).data().toString(),
                     line.lineStatus.displayText());
        }
        // Sorted by line number, whatever order the API sent them in.
        for (int row = 1; row < shown->rowCount(); ++row) {
            QVERIFY(shown->index(row - 1, OrderLinesModel::LineNumberColumn).data().toString() <
                    shown->index(row, OrderLinesModel::LineNumberColumn).data().toString());
        }
        // Nothing important is cut off at the usual window width.
        QVERIFY(!lines->horizontalScrollBar()->isVisible());
        QVERIFY(lines->isVisibleTo(view.get()));
        QCOMPARE(child<QStackedWidget>(view.get(), "pages")->currentWidget()->objectName(),
                 QStringLiteral("detailsPage"));
        QVERIFY(!child<MessageBanner>(view.get(), "messageBanner")->isVisibleTo(view.get()));
    }

    void trackingNumbersAreLinks()
    {
        auto view = openView(m_shipped.ingramOrderNumber);
        QList<QUrl> opened;
        view->setUrlOpener([&opened](const QUrl &url) { opened.append(url); });
        QSignalSpy activated(view.get(), &OrderDetailsView::trackingLinkActivated);
        auto *tree = child<QTreeView>(view.get(), "shipmentsView");

        QModelIndex package;
        QStringList shownTracking;
        for (const QModelIndex &index : allIndexes(tree->model())) {
            if (typeOf(index) != ShipmentTreeModel::NodeType::Package)
                continue;
            shownTracking.append(index.data().toString());
            if (!package.isValid() && index.data(ShipmentTreeModel::UrlRole).toUrl().isValid())
                package = index;
        }
        shownTracking.removeDuplicates();
        shownTracking.sort();
        QStringList tracking = m_shipped.trackingNumbers();
        tracking.sort();
        QCOMPARE(shownTracking, tracking);
        QVERIFY(package.isValid());
        QVERIFY(package.data(Qt::FontRole).value<QFont>().underline());

        QUrl expected;
        for (const OrderLine &line : m_shipped.lines)
            for (const ShipmentDetail &shipment : line.shipmentDetails)
                for (const CarrierDetail &carrier : shipment.carrierDetails)
                    for (const TrackingDetail &detail : carrier.trackingDetails)
                        if (detail.trackingNumber == package.data().toString())
                            expected = QUrl(detail.trackingUrl);
        QVERIFY(expected.isValid());

        tree->scrollTo(package);
        QVERIFY(tree->isExpanded(package.parent()));
        const QRect rect = tree->visualRect(package);
        QVERIFY(rect.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.constFirst(), expected);
        QCOMPARE(activated.size(), 1);

        // A click elsewhere in the row, away from the tracking number, opens nothing.
        const QModelIndex date = package.siblingAtColumn(ShipmentTreeModel::CartonColumn);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(date).center());
        QCOMPARE(opened.size(), 1);

        // The keyboard opens it too, exactly once.
        tree->setFocus();
        tree->setCurrentIndex(package);
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.constLast(), expected);
    }

    void serialNumbersAreShownAndCopied()
    {
        auto view = openView(m_shipped.ingramOrderNumber);
        auto *tree = child<QTreeView>(view.get(), "shipmentsView");
        QStringList shown;
        for (const QModelIndex &index : allIndexes(tree->model())) {
            if (typeOf(index) == ShipmentTreeModel::NodeType::Serial) {
                shown.append(index.data().toString());
                QVERIFY(tree->isExpanded(index.parent()));
            }
        }
        shown.removeDuplicates();
        shown.sort();
        QStringList serials = m_shipped.serialNumbers();
        serials.sort();
        QCOMPARE(shown, serials);

        QApplication::clipboard()->clear();
        auto *copyAll = child<QToolButton>(view.get(), "copySerialsButton");
        QVERIFY(copyAll->isEnabled());
        QTest::mouseClick(copyAll, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(),
                 m_shipped.serialNumbers().join(QLatin1Char('\n')));

        // Choosing a line in the table also selects it in the shipments tree; the last line
        // with serial numbers, so that it is not the one selected on opening.
        const OrderLine *line = nullptr;
        for (const OrderLine &candidate : m_shipped.lines) {
            if (!candidate.serialNumbers().isEmpty())
                line = &candidate;
        }
        QVERIFY(line);
        auto *lines = child<QTableView>(view.get(), "linesView");
        auto *copyLine = child<QToolButton>(view.get(), "copyLineSerialsButton");
        const QModelIndexList found = lines->model()->match(
            lines->model()->index(0, OrderLinesModel::LineNumberColumn), Qt::DisplayRole,
            line->ingramOrderLineNumber, 1, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        lines->setFocus();
        lines->scrollTo(found.constFirst());
        QTest::mouseClick(lines->viewport(), Qt::LeftButton, {},
                          lines->visualRect(found.constFirst()).center());
        QCOMPARE(lines->currentIndex().row(), found.constFirst().row());
        QCOMPARE(tree->currentIndex().data(ShipmentTreeModel::LineNumberRole).toString(),
                 line->ingramOrderLineNumber);
        QVERIFY(copyLine->isEnabled());
        QApplication::clipboard()->clear();
        QTest::mouseClick(copyLine, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), line->serialNumbers().join(QLatin1Char('\n')));

        QTest::mouseClick(child<QToolButton>(view.get(), "copyOrderNumberButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), m_shipped.ingramOrderNumber);
    }

    void rawTabShowsTheResponse()
    {
        auto view = openView(m_shipped.ingramOrderNumber);
        auto *raw = child<QPlainTextEdit>(view.get(), "rawJsonView");
        QVERIFY(raw->isReadOnly());
        QCOMPARE(raw->font().family(),
                 QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        const QString text = raw->toPlainText();
        QVERIFY(text.contains(m_shipped.ingramOrderNumber));
        QVERIFY(text.count(QLatin1Char('\n')) > 20); // pretty-printed, not one long line
        const QJsonObject parsed = QJsonDocument::fromJson(text.toUtf8()).object();
        QCOMPARE(parsed.value(QLatin1String("ingramOrderNumber")).toString(),
                 m_shipped.ingramOrderNumber);
        auto *tabs = child<QTabWidget>(view.get(), "detailsTabs");
        tabs->setCurrentWidget(child<QWidget>(view.get(), "rawTab"));
        QVERIFY(raw->isVisible());
    }

    void savesAPdf()
    {
        auto view = openView(m_shipped.ingramOrderNumber);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("order.pdf"));
        QVERIFY(view->savePdf(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.size() > 5000, QByteArray::number(pdf.size()).constData());
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        // Written through a temporary file: nothing else is left in the folder.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("order.pdf")});

        QVERIFY(!view->savePdf(dir.filePath(QStringLiteral("missing/folder/order.pdf"))));
        auto *banner = child<MessageBanner>(view.get(), "messageBanner");
        QVERIFY(banner->isVisibleTo(view.get()));
        QCOMPARE(banner->type(), MessageBanner::Type::Error);
    }

    void printsThroughAPrinter()
    {
        auto view = openView(m_shipped.ingramOrderNumber);
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        QVERIFY(view->print(&printer));
        QFile file(printer.outputFileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 5000);
    }

    void serverErrorShowsBannerAndRetryRecovers_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<QString>("message");
        QTest::newRow("errors") << int(SandboxErrorShape::Errors)
                                << QStringLiteral("ConnectivityIssue/ERP issue");
        QTest::newRow("message") << int(SandboxErrorShape::Message)
                                 << QStringLiteral("Internal server error");
        QTest::newRow("fault") << int(SandboxErrorShape::Fault)
                               << QStringLiteral("Execution of ServiceCallout failed");
    }
    void serverErrorShowsBannerAndRetryRecovers()
    {
        QFETCH(int, shape);
        QFETCH(QString, message);
        const int rule = m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::ServerError)
                                                      .onPath(DetailsPath)
                                                      .withShape(SandboxErrorShape(shape)));
        auto view = openView(m_shipped.ingramOrderNumber, false);
        auto *banner = child<MessageBanner>(view.get(), "messageBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisibleTo(view.get()), 15000);
        QVERIFY(!view->isLoading());
        QVERIFY(!view->hasDetails());
        QCOMPARE(banner->type(), MessageBanner::Type::Error);
        QVERIFY2(banner->text().contains(message), qPrintable(banner->text()));
        const QString correlationId = lastDetailsCorrelationId();
        QVERIFY(!correlationId.isEmpty());
        QCOMPARE(banner->correlationId(), correlationId);
        QVERIFY(child<QLabel>(banner, "bannerCorrelationId")->text().contains(correlationId));
        QVERIFY(child<QLabel>(view.get(), "placeholderLabel")->isVisibleTo(view.get()));
        QVERIFY(!child<QToolButton>(view.get(), "pdfButton")->isEnabled());

        QVERIFY(m_sandbox->faults()->remove(rule));
        auto *retry = child<QPushButton>(banner, "bannerRetry");
        QVERIFY(retry->isVisibleTo(view.get()));
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(view->hasDetails(), 15000);
        QVERIFY(!banner->isVisibleTo(view.get()));
        QCOMPARE(child<QLabel>(view.get(), "orderNumberLabel")->text(),
                 m_shipped.ingramOrderNumber);
    }

    void failedRefreshKeepsTheOrderShown()
    {
        auto view = openView(m_shipped.ingramOrderNumber);
        m_sandbox->faults()->add(
            SandboxFaultRule(SandboxFaultKind::ServiceUnavailable).onPath(DetailsPath));
        QSignalSpy loading(view.get(), &OrderDetailsView::loadingChanged);
        view->refresh();
        QCOMPARE(loading.size(), 1);
        QVERIFY(view->isLoading());
        auto *banner = child<MessageBanner>(view.get(), "messageBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisibleTo(view.get()), 15000);
        QCOMPARE(loading.size(), 2);
        QVERIFY(view->hasDetails());
        QCOMPARE(child<QLabel>(view.get(), "orderNumberLabel")->text(),
                 m_shipped.ingramOrderNumber);
        QCOMPARE(child<QTableView>(view.get(), "linesView")->model()->rowCount(),
                 m_shipped.lines.size());
        QCOMPARE(child<QStackedWidget>(view.get(), "pages")->currentWidget()->objectName(),
                 QStringLiteral("detailsPage"));
    }

    void unknownOrderShowsTheApiMessage()
    {
        auto view = openView(QStringLiteral("99-ZZZZZ"), false);
        auto *banner = child<MessageBanner>(view.get(), "messageBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisibleTo(view.get()), 15000);
        QVERIFY2(banner->text().contains(QStringLiteral("Order not found.")),
                 qPrintable(banner->text()));
        QVERIFY(!banner->correlationId().isEmpty());
        QVERIFY(child<QLabel>(view.get(), "placeholderLabel")
                    ->text()
                    .contains(QStringLiteral("99-ZZZZZ")));
        QCOMPARE(view->title(), QStringLiteral("99-ZZZZZ"));
    }

    void cancelStopsLoading()
    {
        m_sandbox->faults()->add(
            SandboxFaultRule(SandboxFaultKind::Latency, 3000).onPath(DetailsPath));
        auto view = openView(m_shipped.ingramOrderNumber, false);
        QSignalSpy loading(view.get(), &OrderDetailsView::loadingChanged);
        QVERIFY(view->isLoading());
        view->cancel();
        QVERIFY(!view->isLoading());
        QCOMPARE(loading.size(), 1);
        QCOMPARE(loading.constFirst().constFirst().toBool(), false);
        QTest::qWait(200);
        QVERIFY(!view->hasDetails());
        QVERIFY(!child<MessageBanner>(view.get(), "messageBanner")->isVisibleTo(view.get()));
    }

    void layoutStateRoundTrips()
    {
        QByteArray state;
        int width = 0;
        {
            auto view = openView(m_shipped.ingramOrderNumber);
            auto *header = child<QTableView>(view.get(), "linesView")->horizontalHeader();
            width = header->sectionSize(OrderLinesModel::VendorPartColumn) + 37;
            header->resizeSection(OrderLinesModel::VendorPartColumn, width);
            header->moveSection(header->visualIndex(OrderLinesModel::StatusColumn), 1);
            state = view->saveState();
        }
        auto view = openView(m_shipped.ingramOrderNumber, false);
        QVERIFY(view->restoreState(state));
        QTRY_VERIFY_WITH_TIMEOUT(view->hasDetails(), 15000);
        auto *header = child<QTableView>(view.get(), "linesView")->horizontalHeader();
        QCOMPARE(header->sectionSize(OrderLinesModel::VendorPartColumn), width);
        QCOMPARE(header->visualIndex(OrderLinesModel::StatusColumn), 1);
        QVERIFY(!view->restoreState(QByteArray("not a state")));
    }

    void keyboardReachesTheControls()
    {
        auto view = openView(m_shipped.ingramOrderNumber);
        const char *names[] = {"refreshButton",     "copyOrderNumberButton",
                               "copySerialsButton", "printButton",
                               "pdfButton",         "linesView",
                               "shipmentsView",     "rawJsonView"};
        for (const char *name : names) {
            QWidget *widget = child<QWidget>(view.get(), name);
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
        }
        QWidget *refresh = child<QWidget>(view.get(), "refreshButton");
        QCOMPARE(refresh->nextInFocusChain()->objectName(),
                 QStringLiteral("copyOrderNumberButton"));
    }
};

QTEST_MAIN(TestOrderDetailsView)
#include "tst_orderdetailsview.moc"
