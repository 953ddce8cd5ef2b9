// The order search view driven through its real widgets against the in-process sandbox.
#include "apiclient.h"
#include "messagebanner.h"
#include "orderfilterpanel.h"
#include "ordersearchmodel.h"
#include "ordersearchproxymodel.h"
#include "ordersearchview.h"
#include "ordersservice.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "sandboxstore.h"
#include "secretsource.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUrlQuery>

namespace {
const QDate ReferenceDate(2026, 6, 15);
constexpr int OrderCount = 1000;
const QString SearchPath = QLatin1String(OrdersService::SearchPath);

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
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else if (c != QLatin1Char('\r')) {
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

class TestOrderSearchView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrdersService> m_orders;
    std::unique_ptr<OrderSearchView> m_view;

    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_view->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    OrderSearchModel *model() const { return m_view->model(); }
    QTreeView *resultsView() const { return child<QTreeView>("resultsView"); }
    QLineEdit *searchEdit() const { return child<QLineEdit>("quickSearchEdit"); }
    MessageBanner *banner() const { return child<MessageBanner>("messageBanner"); }

    QList<SandboxRequestRecord> searchRequests() const
    {
        QList<SandboxRequestRecord> records;
        for (const SandboxRequestRecord &record : m_sandbox->receivedRequests()) {
            if (record.path == SearchPath)
                records.append(record);
        }
        return records;
    }
    QUrlQuery lastSearchQuery() const
    {
        const QList<SandboxRequestRecord> records = searchRequests();
        return records.isEmpty() ? QUrlQuery() : QUrlQuery(QString::fromUtf8(records.last().query));
    }
    const SandboxOrder &sandboxOrder(int index) const
    {
        return m_sandbox->store()->orders().at(index);
    }
    // Types into the quick search box and presses Enter, as a person would.
    void typeAndSearch(const QString &text)
    {
        searchEdit()->setFocus();
        searchEdit()->selectAll();
        if (text.isEmpty())
            QTest::keyClick(searchEdit(), Qt::Key_Delete);
        else
            QTest::keyClicks(searchEdit(), text);
        QTest::keyClick(searchEdit(), Qt::Key_Return);
    }
    // Every order of the data set, through the filter panel's order date range.
    bool searchAllOrders()
    {
        child<QToolButton>("filterToggle")->click();
        child<OrderFilterPanel>("filterPanel")
            ->setOrderDateRange({ReferenceDate.addDays(-420), ReferenceDate});
        QSignalSpy loaded(model(), &OrderSearchModel::pageLoaded);
        typeAndSearch({});
        return loaded.wait(15000) && model()->rowCount() == OrderSearchModel::PageSize;
    }
    QModelIndex firstRowWithSubOrders() const
    {
        QAbstractItemModel *proxy = resultsView()->model();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, 0);
            if (proxy->rowCount(index) > 0)
                return index;
        }
        return {};
    }
    QFileDialog *waitForFileDialog() const
    {
        QFileDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = m_view->findChild<QFileDialog *>(QStringLiteral("exportFileDialog"));
                return dialog && dialog->isVisible();
            },
            5000);
        return shown ? dialog : nullptr;
    }
    void triggerExport(const char *actionName)
    {
        auto *action = m_view->findChild<QAction *>(QLatin1String(actionName));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
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
        m_view = std::make_unique<OrderSearchView>(m_orders.get());
        m_view->resize(1300, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup()
    {
        m_view.reset();
        m_orders.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void objectNamesForTheLead()
    {
        for (const char *name :
             {"quickSearchEdit", "searchKindButton", "searchButton", "filterToggle", "filterPanel",
              "resultsView", "resultsCountLabel", "exportButton", "busyIndicator", "cancelButton",
              "messageBanner", "emptyStateLabel", "splitter"}) {
            QWidget *widget = m_view->findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(widget, name);
        }
        for (QWidget *widget : m_view->findChildren<QWidget *>()) {
            if ((qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractButton *>(widget)) &&
                widget->isVisibleTo(m_view.get()) &&
                widget->objectName().startsWith(QLatin1String("statusCheck")) == false &&
                !widget->parent()->inherits("QLineEdit") &&
                !widget->parent()->inherits("MessageBanner"))
                QVERIFY2(!widget->accessibleName().isEmpty() ||
                             (qobject_cast<QAbstractButton *>(widget) &&
                              !qobject_cast<QAbstractButton *>(widget)->text().isEmpty()),
                         qPrintable(widget->objectName()));
        }
    }

    void typePoAndPressEnterShowsRows()
    {
        const QString po = sandboxOrder(5).customerOrderNumber;
        typeAndSearch(po);
        QCOMPARE(m_view->quickSearchKind(), OrderSearchView::QuickSearchKind::CustomerOrderNumber);
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0, 15000);
        QCOMPARE(lastSearchQuery().queryItemValue(QStringLiteral("customerOrderNumber")), po);
        QVERIFY(!lastSearchQuery().hasQueryItem(QStringLiteral("ingramOrderNumber")));
        QAbstractItemModel *shown = resultsView()->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            QCOMPARE(
                shown->index(row, OrderSearchModel::CustomerOrderNumberColumn).data().toString(),
                po);
        }
        QCOMPARE(child<QStackedWidget>("resultsStack")->currentWidget(), resultsView());
        QVERIFY(child<QLabel>("resultsCountLabel")
                    ->text()
                    .contains(QString::number(model()->recordsFound())));
        QTRY_VERIFY(!child<QProgressBar>("busyIndicator")->isVisible());
    }

    void orderNumberIsRecognisedByItsShape()
    {
        const QString number = sandboxOrder(7).ingramOrderNumber;
        typeAndSearch(number.toLower());
        QCOMPARE(m_view->quickSearchKind(), OrderSearchView::QuickSearchKind::OrderNumber);
        QCOMPARE(child<QToolButton>("searchKindButton")->text(), QStringLiteral("Order number"));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 1, 15000);
        QCOMPARE(lastSearchQuery().queryItemValue(QStringLiteral("ingramOrderNumber")), number);
        QCOMPARE(model()->order(0).ingramOrderNumber, number);

        // Back to free text: the kind returns to what was chosen before.
        typeAndSearch(QStringLiteral("PO-NOT-AN-ORDER"));
        QCOMPARE(m_view->quickSearchKind(), OrderSearchView::QuickSearchKind::CustomerOrderNumber);

        QVERIFY(OrderSearchView::looksLikeOrderNumber(QStringLiteral("20-RD3QV")));
        QVERIFY(OrderSearchView::looksLikeOrderNumber(QStringLiteral("20-RD3QV-11")));
        QVERIFY(OrderSearchView::looksLikeOrderNumber(QStringLiteral(" 40-ab12c ")));
        QVERIFY(!OrderSearchView::looksLikeOrderNumber(QStringLiteral("PO-26-123456")));
        QVERIFY(!OrderSearchView::looksLikeOrderNumber(QStringLiteral("20-RD3QV-1")));
        QVERIFY(!OrderSearchView::looksLikeOrderNumber(QStringLiteral("4500012345")));
    }

    void chosenKindIsSent()
    {
        // A serial number: the order's first serialised package.
        QString serial;
        for (int i = 0; i < OrderCount && serial.isEmpty(); ++i) {
            for (const SandboxLine &line : sandboxOrder(i).lines) {
                for (const SandboxShipment &shipment : line.shipments) {
                    for (const SandboxCarrierShipment &carrier : shipment.carriers) {
                        for (const SandboxPackage &package : carrier.packages) {
                            if (serial.isEmpty() && !package.serialNumbers.isEmpty())
                                serial = package.serialNumbers.constFirst();
                        }
                    }
                }
            }
        }
        QVERIFY(!serial.isEmpty());
        searchEdit()->setText(serial);
        m_view->findChild<QAction *>(QStringLiteral("searchAsSerialNumberAction"))->trigger();
        QCOMPARE(m_view->quickSearchKind(), OrderSearchView::QuickSearchKind::SerialNumber);
        QCOMPARE(child<QToolButton>("searchKindButton")->text(), QStringLiteral("Serial number"));
        QTest::keyClick(searchEdit(), Qt::Key_Enter);
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0, 15000);
        QCOMPARE(lastSearchQuery().queryItemValue(QStringLiteral("serialNumber")), serial);
    }

    void statusFilterLimitsRows()
    {
        QToolButton *toggle = child<QToolButton>("filterToggle");
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_VERIFY(child<OrderFilterPanel>("filterPanel")->isVisible());
        QCheckBox *shipped = child<QCheckBox>("statusShippedCheck");
        QTest::mouseClick(shipped, Qt::LeftButton, {}, QPoint(8, shipped->height() / 2));
        QVERIFY(shipped->isChecked());
        QVERIFY(toggle->text().contains(QLatin1String("1")));
        QSignalSpy loaded(model(), &OrderSearchModel::pageLoaded);
        QTest::keyClick(shipped, Qt::Key_Return); // Enter searches from any input
        QVERIFY(loaded.wait(15000));
        QVERIFY(model()->rowCount() > 0);
        QCOMPARE(lastSearchQuery().allQueryItemValues(QStringLiteral("orderStatus-in")),
                 QStringList{QStringLiteral("SHIPPED")});
        QAbstractItemModel *shown = resultsView()->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            QCOMPARE(shown->index(row, OrderSearchModel::StatusColumn)
                         .data(OrderSearchModel::RawValueRole)
                         .toInt(),
                     static_cast<int>(OrderStatus::Kind::Shipped));
            QCOMPARE(shown->index(row, OrderSearchModel::StatusColumn).data().toString(),
                     OrderStatus::displayName(OrderStatus::Kind::Shipped));
        }
    }

    void scrollingFetchesTheNextPage()
    {
        QVERIFY(searchAllOrders());
        QCOMPARE(model()->recordsFound(), OrderCount);
        QCOMPARE(searchRequests().size(), 1);
        resultsView()->setFocus();
        QTest::keyClick(resultsView(), Qt::Key_End);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2 * OrderSearchModel::PageSize, 15000);
        QCOMPARE(lastSearchQuery().queryItemValue(QStringLiteral("pageNumber")),
                 QStringLiteral("2"));
        resultsView()->verticalScrollBar()->setValue(resultsView()->verticalScrollBar()->maximum());
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 3 * OrderSearchModel::PageSize, 15000);
        QTRY_VERIFY(child<QLabel>("resultsCountLabel")->text().contains(QStringLiteral("300")));
    }

    void errorShowsMessageAndCorrelationId()
    {
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::ServerError)
                                     .onPath(SearchPath)
                                     .withShape(SandboxErrorShape::Errors)
                                     .times(1));
        typeAndSearch(sandboxOrder(3).customerOrderNumber);
        QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisible(), 15000);
        QCOMPARE(banner()->type(), MessageBanner::Type::Error);
        QVERIFY(model()->hasError());
        QCOMPARE(banner()->text(), model()->error().message());
        QVERIFY(!banner()->detail().isEmpty());
        const QString sentId =
            QString::fromLatin1(searchRequests().last().header("IM-CorrelationID"));
        QVERIFY(!sentId.isEmpty());
        QCOMPARE(banner()->correlationId(), sentId);
        QVERIFY(banner()
                    ->findChild<QLabel *>(QStringLiteral("bannerCorrelationId"))
                    ->text()
                    .contains(sentId));
        QVERIFY(banner()
                    ->findChild<QToolButton *>(QStringLiteral("bannerCopyCorrelationId"))
                    ->isVisible());
        QPushButton *retry = banner()->findChild<QPushButton *>(QStringLiteral("bannerRetry"));
        QVERIFY(retry->isVisible());
        QVERIFY(child<QLabel>("resultsCountLabel")->text().contains(QLatin1String("failed")));

        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0, 15000);
        QVERIFY(!banner()->isVisible());
    }

    void failedPageKeepsRowsAndRetries()
    {
        QVERIFY(searchAllOrders());
        m_sandbox->faults()->add(
            SandboxFaultRule(SandboxFaultKind::BadGateway).onPath(SearchPath).times(1));
        resultsView()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisible(), 15000);
        QCOMPARE(model()->rowCount(), OrderSearchModel::PageSize);
        QCOMPARE(resultsView()->model()->rowCount(), OrderSearchModel::PageSize);
        QCOMPARE(child<QStackedWidget>("resultsStack")->currentWidget(), resultsView());
        QVERIFY(!banner()->correlationId().isEmpty());
        // Scrolling again does not hammer the failing page.
        const int requests = searchRequests().size();
        resultsView()->scrollToTop();
        resultsView()->scrollToBottom();
        QTest::qWait(100);
        QCOMPARE(searchRequests().size(), requests);

        QTest::mouseClick(banner()->findChild<QPushButton *>(QStringLiteral("bannerRetry")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2 * OrderSearchModel::PageSize, 15000);
        QVERIFY(!banner()->isVisible());
    }

    void escapeCancelsTheSearch()
    {
        m_sandbox->faults()->add(
            SandboxFaultRule(SandboxFaultKind::Latency, 5000).onPath(SearchPath).times(1));
        typeAndSearch(sandboxOrder(2).customerOrderNumber);
        QVERIFY(model()->isLoading());
        QVERIFY(child<QProgressBar>("busyIndicator")->isVisible());
        QVERIFY(child<QToolButton>("cancelButton")->isVisible());
        QTest::keyClick(searchEdit(), Qt::Key_Escape);
        QVERIFY(!model()->isLoading());
        QVERIFY(!child<QProgressBar>("busyIndicator")->isVisible());
        QVERIFY(banner()->isVisible());
        QCOMPARE(banner()->type(), MessageBanner::Type::Information);
        QTRY_COMPARE(m_client->activeJobCount(), 0);
        QCOMPARE(model()->rowCount(), 0);
    }

    void emptyStateNamesTheFilters()
    {
        QCOMPARE(child<QStackedWidget>("resultsStack")->currentWidget()->objectName(),
                 QStringLiteral("emptyStatePage"));
        child<QToolButton>("filterToggle")->click();
        child<QLineEdit>("vendorNameEdit")->setText(QStringLiteral("Acme Widgets"));
        typeAndSearch(QStringLiteral("NO-SUCH-PO-4711"));
        QTRY_VERIFY_WITH_TIMEOUT(model()->isEmptyResult(), 15000);
        QCOMPARE(child<QStackedWidget>("resultsStack")->currentWidget()->objectName(),
                 QStringLiteral("emptyStatePage"));
        const QString text = child<QLabel>("emptyStateTitle")->text();
        QVERIFY2(text.contains(QLatin1String("No orders match")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("NO-SUCH-PO-4711")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Acme Widgets")), qPrintable(text));
        QVERIFY(child<QLabel>("emptyStateLabel")->isVisible());
        QVERIFY(!banner()->isVisible());
    }

    void validationIsShownBesideTheField()
    {
        child<QToolButton>("filterToggle")->click();
        QLineEdit *vendor = child<QLineEdit>("vendorNameEdit");
        vendor->setFocus();
        QTest::keyClicks(vendor, QString(40, QLatin1Char('x')));
        QTest::keyClick(vendor, Qt::Key_Return);
        QLabel *error = child<QLabel>("vendorNameError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("35")));
        QVERIFY(!model()->hasSearch());
        QVERIFY(searchRequests().isEmpty());
        // Fixing the field clears the message at once.
        vendor->setText(QStringLiteral("CISCO"));
        QVERIFY(!error->isVisible());

        child<QCheckBox>("shipDateCheck")->setChecked(true);
        child<QDateEdit>("shipDateFrom")->setDate(ReferenceDate);
        child<QDateEdit>("shipDateTo")->setDate(ReferenceDate.addDays(-5));
        QTest::keyClick(child<QDateEdit>("shipDateTo"), Qt::Key_Return);
        QVERIFY(child<QLabel>("shipDateError")->isVisible());
        QVERIFY(searchRequests().isEmpty());
    }

    void enterAndDoubleClickActivateOrders()
    {
        QVERIFY(searchAllOrders());
        QSignalSpy activated(m_view.get(), &OrderSearchView::orderActivated);
        QTreeView *view = resultsView();
        const QModelIndex first = view->model()->index(0, 0);
        view->setFocus();
        view->setCurrentIndex(first);
        const int requests = searchRequests().size();
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.constFirst().at(0).toString(), first.data().toString());
        QCOMPARE(searchRequests().size(), requests); // Enter in the results opens, not searches

        const QModelIndex parent = firstRowWithSubOrders();
        QVERIFY(parent.isValid());
        view->expand(parent);
        const QModelIndex subOrder = view->model()->index(0, 0, parent);
        view->scrollTo(subOrder);
        const QRect rect = view->visualRect(subOrder);
        // A real double-click starts with a press and release; the view only activates an item
        // that was pressed.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.constLast().at(0).toString(),
                 subOrder.data(OrderSearchModel::OrderNumberRole).toString());
        QVERIFY(activated.constLast().at(0).toString().startsWith(parent.data().toString()));
    }

    void exportLoadedOrdersThroughTheMenu()
    {
        QVERIFY(searchAllOrders());
        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("loaded.csv"));
        QVERIFY(child<QToolButton>("exportButton")->isEnabled());
        triggerExport("exportLoadedAction");
        QFileDialog *dialog = waitForFileDialog();
        QVERIFY(dialog);
        dialog->selectFile(fileName);
        QSignalSpy finished(m_view.get(), &OrderSearchView::exportFinished);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog hides it
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        QVERIFY(finished.constFirst().at(0).toBool());

        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(file.readAll());
        QAbstractItemModel *shown = resultsView()->model();
        QCOMPARE(rows.size(), shown->rowCount() + 1);
        QCOMPARE(rows.constFirst().constFirst(), QStringLiteral("Order number"));
        QVERIFY(rows.constFirst().contains(QStringLiteral("Currency")));
        // In the order shown, raw totals, ISO dates.
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QStringList &fields = rows.at(row + 1);
            QCOMPARE(fields.size(), rows.constFirst().size());
            QCOMPARE(fields.at(0),
                     shown->index(row, OrderSearchModel::OrderNumberColumn).data().toString());
            QCOMPARE(fields.at(1), shown->index(row, OrderSearchModel::OrderDateColumn)
                                       .data(OrderSearchModel::RawValueRole)
                                       .toDate()
                                       .toString(Qt::ISODate));
            QCOMPARE(
                fields.at(2),
                shown->index(row, OrderSearchModel::CustomerOrderNumberColumn).data().toString());
            QCOMPARE(fields.at(4),
                     shown->index(row, OrderSearchModel::EndUserColumn).data().toString());
            const double total = shown->index(row, OrderSearchModel::TotalColumn)
                                     .data(OrderSearchModel::RawValueRole)
                                     .toDouble();
            QCOMPARE(fields.at(5), QString::number(total, 'f', 2));
            QCOMPARE(fields.at(6), QStringLiteral("USD"));
            QCOMPARE(fields.at(7),
                     shown->index(row, OrderSearchModel::StatusColumn).data().toString());
        }
        QCOMPARE(searchRequests().size(), 1);
    }

    void exportAllPagesWithProgress()
    {
        QVERIFY(searchAllOrders());
        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("all.csv"));
        triggerExport("exportAllAction");
        QFileDialog *dialog = waitForFileDialog();
        QVERIFY(dialog);
        dialog->selectFile(fileName);
        QSignalSpy finished(m_view.get(), &OrderSearchView::exportFinished);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog hides it
        auto *progress =
            m_view->findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog"));
        QVERIFY(progress);
        QTRY_VERIFY(progress->isVisible());
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.constFirst().at(0).toBool());
        QTRY_VERIFY(!m_view->findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog")));
        QCOMPARE(model()->rowCount(), OrderCount);

        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(file.readAll());
        QCOMPARE(rows.size(), OrderCount + 1);
        QAbstractItemModel *shown = resultsView()->model();
        QSet<QString> numbers;
        for (int row = 0; row < OrderCount; ++row) {
            QCOMPARE(rows.at(row + 1).at(0), shown->index(row, 0).data().toString());
            numbers.insert(rows.at(row + 1).at(0));
        }
        QCOMPARE(numbers.size(), OrderCount);
    }

    void exportAllPagesCanBeCancelled()
    {
        QVERIFY(searchAllOrders());
        m_sandbox->faults()->add(
            SandboxFaultRule(SandboxFaultKind::Latency, 800).onPath(SearchPath));
        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("cancelled.csv"));
        QSignalSpy finished(m_view.get(), &OrderSearchView::exportFinished);
        m_view->exportToCsv(OrderSearchCsvExporter::Scope::AllPages, fileName);
        auto *progress =
            m_view->findChild<QProgressDialog *>(QStringLiteral("exportProgressDialog"));
        QVERIFY(progress);
        QTRY_VERIFY(progress->isVisible());
        QVERIFY(!child<QToolButton>("exportButton")->isEnabled());
        QPushButton *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.constFirst().at(0).toBool());
        QVERIFY(!QFile::exists(fileName));
        QVERIFY(!model()->isLoading());
        QVERIFY(model()->rowCount() < OrderCount);
        QTRY_VERIFY(child<QToolButton>("exportButton")->isEnabled());
    }

    void columnsCanBeHiddenMovedAndRestored()
    {
        QVERIFY(searchAllOrders());
        QHeaderView *header = resultsView()->header();
        QVERIFY(header->sectionsMovable());
        Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = m_view->findChild<QMenu *>(QStringLiteral("columnsMenu"))) &&
                    menu->isVisible());
        QAction *vendor = menu->actions().at(OrderSearchModel::VendorColumn);
        QCOMPARE(vendor->text(), QStringLiteral("Vendor"));
        QVERIFY(!menu->actions().at(OrderSearchModel::OrderNumberColumn)->isEnabled());
        vendor->trigger();
        menu->close();
        QVERIFY(header->isSectionHidden(OrderSearchModel::VendorColumn));
        header->moveSection(header->visualIndex(OrderSearchModel::StatusColumn), 1);
        header->resizeSection(OrderSearchModel::EndUserColumn, 333);
        resultsView()->sortByColumn(OrderSearchModel::TotalColumn, Qt::AscendingOrder);
        const QByteArray state = m_view->saveState();

        OrderSearchView other(m_orders.get());
        QVERIFY(!other.restoreState(QByteArray("garbage")));
        QVERIFY(other.restoreState(state));
        QHeaderView *restored =
            other.findChild<QTreeView *>(QStringLiteral("resultsView"))->header();
        QVERIFY(restored->isSectionHidden(OrderSearchModel::VendorColumn));
        QCOMPARE(restored->visualIndex(OrderSearchModel::StatusColumn), 1);
        QCOMPARE(restored->sectionSize(OrderSearchModel::EndUserColumn), 333);
        QCOMPARE(restored->sortIndicatorSection(), int(OrderSearchModel::TotalColumn));
        QVERIFY(other.findChild<QToolButton *>(QStringLiteral("filterToggle"))->isChecked());
        QVERIFY(other.findChild<OrderFilterPanel *>(QStringLiteral("filterPanel"))
                    ->isVisibleTo(&other));
    }

    void refreshClearAndFocus()
    {
        typeAndSearch(sandboxOrder(4).customerOrderNumber);
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0, 15000);
        const int requests = searchRequests().size();
        QSignalSpy loaded(model(), &OrderSearchModel::pageLoaded);
        searchEdit()->clear(); // F5 repeats the search that ran, not what the box says now
        m_view->refresh();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(searchRequests().size(), requests + 1);
        QCOMPARE(lastSearchQuery().queryItemValue(QStringLiteral("customerOrderNumber")),
                 sandboxOrder(4).customerOrderNumber);

        m_view->clearResults();
        QCOMPARE(model()->rowCount(), 0);
        QCOMPARE(child<QStackedWidget>("resultsStack")->currentWidget()->objectName(),
                 QStringLiteral("emptyStatePage"));
        QVERIFY(child<QLabel>("resultsCountLabel")->text().isEmpty());
        QVERIFY(!child<QToolButton>("exportButton")->isEnabled());

        resultsView()->setFocus();
        m_view->focusSearchBox();
        QTRY_VERIFY(searchEdit()->hasFocus());
    }
};

QTEST_MAIN(TestOrderSearchView)
#include "tst_ordersearchview.moc"
