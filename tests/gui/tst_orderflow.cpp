// Orders placed end to end through the real main window: typed in the order editor, submitted
// through OrderSubmission, shown in the editor's result view, opened in a details tab and changed
// there, against the in-process sandbox. Held orders, 207s, server field errors, a late answer,
// a reused customer PO and a v7 order followed by the pending orders tracker.
#include "apiclient.h"
#include "draftstore.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "modifyorderdialog.h"
#include "orderdetailsview.h"
#include "ordereditor.h"
#include "ordereditortesthelpers.h"
#include "orderlineseditmodel.h"
#include "orderresultview.h"
#include "ordersearchmodel.h"
#include "ordersearchquery.h"
#include "ordersearchview.h"
#include "orderspage.h"
#include "ordersservice.h"
#include "ordersubmission.h"
#include "orderwriteservice.h"
#include "pendingordersview.h"
#include "pendingordertracker.h"
#include "requestlogmodel.h"
#include "sandbox/sandboxcatalog.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "secretsource.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using EditorTest::type;
using EditorTest::typeIntoCell;

namespace {
const QString CreateV6Path = QStringLiteral("/resellers/v6/orders");
const QString CreateV7Path = QStringLiteral("/resellers/v7/orders");
const QString NotDeletable =
    QStringLiteral("Order can not be deleted as the order is not no hold.");
} // namespace

class TestOrderFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrdersService> m_orders;
    std::unique_ptr<OrderWriteService> m_writer;
    std::unique_ptr<RequestLogModel> m_log;
    std::unique_ptr<PendingOrderTracker> m_tracker;
    std::unique_ptr<MainWindow> m_window;
    QString m_part;

    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    static void grab(QWidget *widget, const char *name)
    {
        const QByteArray dir = qgetenv("RD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') +
                                QLatin1String(name));
    }
    void grabWindow(const char *name) const { grab(m_window.get(), name); }
    static void clickCheckBox(QCheckBox *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }
    OrdersPage *page() const { return m_window->ordersPage(); }

    int requests(const QByteArray &method, const QString &path) const
    {
        int n = 0;
        for (const SandboxRequestRecord &record : m_sandbox->receivedRequests())
            n += record.method == method && record.path == path ? 1 : 0;
        return n;
    }
    int searches() const
    {
        int n = 0;
        for (const SandboxRequestRecord &record : m_sandbox->receivedRequests())
            n += record.path.endsWith(QLatin1String("/orders/search")) ? 1 : 0;
        return n;
    }
    QList<OrderSummary> findByPo(const QString &po)
    {
        OrderSearchQuery query;
        query.customerOrderNumber = po;
        OrderSearchJob *job = m_orders->search(query);
        job->setAutoDelete(false);
        std::unique_ptr<OrderSearchJob> owned(job);
        if (!QTest::qWaitFor([job] { return job->isFinished(); }, 10000) || job->hasError())
            return {};
        QList<OrderSummary> found;
        for (const OrderSummary &order : job->page().orders) {
            if (order.customerOrderNumber == po)
                found.append(order);
        }
        return found;
    }
    QString createDirectly(const QString &po)
    {
        OrderCreateRequest request;
        request.customerOrderNumber = po;
        OrderCreateLine line;
        line.ingramPartNumber = m_part;
        line.quantity = 1;
        request.lines.append(line);
        request.numberLines();
        OrderCreateJob *job = m_writer->createV6(request);
        job->setAutoDelete(false);
        std::unique_ptr<OrderCreateJob> owned(job);
        if (!QTest::qWaitFor([job] { return job->isFinished(); }, 15000) || job->hasError())
            return {};
        return job->result().orderNumbers().value(0);
    }

    // New Order from the window's button, typed like a user: PO, then one line per part.
    OrderEditor *typeOrder(const QString &po, const QList<QPair<QString, int>> &lines,
                           bool hold = false)
    {
        QTest::mouseClick(child<QToolButton>(m_window.get(), "newOrderButton"), Qt::LeftButton);
        auto *editor = qobject_cast<OrderEditor *>(page()->tabs()->currentWidget());
        if (!editor)
            return nullptr;
        type(child<QLineEdit>(editor, "customerPoEdit"), po);
        auto *view = child<QTableView>(editor, "linesView");
        for (int row = 0; row < lines.size(); ++row) {
            if (row > 0)
                QTest::mouseClick(child<QPushButton>(editor, "addLineButton"), Qt::LeftButton);
            if (!typeIntoCell(view, row, OrderLinesEditModel::IngramPartColumn,
                              lines.at(row).first) ||
                !typeIntoCell(view, row, OrderLinesEditModel::QuantityColumn,
                              QString::number(lines.at(row).second)))
                return nullptr;
        }
        if (hold)
            clickCheckBox(child<QCheckBox>(editor, "customerHoldCheck"));
        return editor;
    }
    static QPushButton *submitButton(OrderEditor *editor)
    {
        return child<QPushButton>(editor, "submitButton");
    }
    static bool submit(OrderEditor *editor)
    {
        QPushButton *button = submitButton(editor);
        if (!QTest::qWaitFor([button] { return button->isEnabled(); }, 5000))
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return true;
    }
    // Clicks the button of the open message box (a child of parent) that has the role.
    static bool answer(QWidget *parent, const char *boxName, QMessageBox::ButtonRole role)
    {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    box = parent->findChild<QMessageBox *>(QLatin1String(boxName));
                    return box && box->isVisible();
                },
                5000))
            return false;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role) {
                QTest::mouseClick(button, Qt::LeftButton);
                return true;
            }
        }
        return false;
    }
    static bool settled(OrderDetailsView *view)
    {
        return view && view->hasDetails() && !view->isChanging() && !view->isLoading();
    }
    // Opens the placed order from its row in the editor's result: selected, then Return.
    OrderDetailsView *openFromResult(OrderEditor *editor, const QString &number)
    {
        auto *tree = child<QTreeWidget>(editor->resultView(), "linesTree");
        if (!tree || tree->topLevelItemCount() < 1)
            return nullptr;
        tree->setFocus();
        tree->setCurrentItem(tree->topLevelItem(0));
        QTest::keyClick(tree, Qt::Key_Return);
        if (!QTest::qWaitFor([&] { return settled(page()->detailsView(number)); }, 15000))
            return nullptr;
        return page()->detailsView(number);
    }
    // The single order number the result view shows for a v6 create.
    static QString placedNumber(OrderEditor *editor)
    {
        auto *tree = child<QTreeWidget>(editor->resultView(), "linesTree");
        if (!tree || tree->topLevelItemCount() != 1)
            return {};
        return tree->topLevelItem(0)->data(0, Qt::UserRole + 1).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<PendingOrder>();
        SandboxServer probe;
        for (const auto &product : SandboxCatalog::products()) {
            if (!product->license && !product->directShip && !product->alwaysBackordered &&
                probe.catalog().stock(*product, QStringLiteral("10")) >= 50) {
                m_part = product->ingramPartNumber;
                break;
            }
        }
        QVERIFY(!m_part.isEmpty());
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<DraftStore>(m_dir->filePath(QStringLiteral("drafts")));
        SandboxOptions options;
        options.orderCount = 20;
        options.referenceDate = QDate(2026, 6, 15);
        options.v7OrderDelaySeconds = 600;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen());
        m_client = std::make_unique<ApiClient>();
        // One attempt: a lost answer must stay lost, not be retried into a success.
        m_client->setRetryPolicy({1, 10, 10, 1});
        m_client->setTimeout(10000);
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.customUrl = m_sandbox->baseUrl();
        m_client->setProfile(profile, std::make_shared<InMemorySecretSource>(
                                          QLatin1String(SandboxDefaults::ClientSecret)));
        m_orders = std::make_unique<OrdersService>(m_client.get());
        m_writer = std::make_unique<OrderWriteService>(m_client.get());
        m_log = std::make_unique<RequestLogModel>();
        m_tracker = std::make_unique<PendingOrderTracker>(m_orders.get());
        PendingOrderPolicy policy;
        policy.firstCheckMs = 200;
        policy.intervalMs = 300;
        policy.backoff = 1;
        policy.maxIntervalMs = 300;
        policy.spacingMs = 10;
        m_tracker->setPolicy(policy);
        m_tracker->restart(profile.id, {});
        m_window = std::make_unique<MainWindow>(m_client.get(), m_orders.get(), m_log.get());
        m_window->setOrderWriting(m_writer.get(), m_store.get());
        m_window->setPendingOrderTracker(m_tracker.get());
        page()->setReconcilePolicy(3, 200);
        m_window->resize(1360, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_tracker.reset();
        m_writer.reset();
        m_orders.reset();
        m_client.reset();
        m_log.reset();
        m_sandbox.reset();
        m_store.reset();
        m_dir.reset();
    }

    // (a) held order typed in the editor → placed → opened → a line modified → released → a
    // cancel from a tab opened before the release is refused with the API's reason.
    void heldOrderModifyReleaseThenCancelRefused()
    {
        OrderEditor *editor =
            typeOrder(QStringLiteral("FLOW-HELD-1"), {{m_part, 1}}, /*hold*/ true);
        QVERIFY(editor);
        QVERIFY(editor->request().placeOnCustomerHold);
        const QString draftId = editor->draftId();
        QVERIFY(submit(editor));
        // Busy at once: the button cannot fire twice.
        QVERIFY(!submitButton(editor)->isEnabled());
        QVERIFY(editor->isSubmitting());
        QTest::mouseClick(submitButton(editor), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->isCompleted(), 15000);
        QCOMPARE(requests("POST", CreateV6Path), 1);
        QVERIFY(!m_store->contains(draftId));

        const QList<OrderSummary> found = findByPo(QStringLiteral("FLOW-HELD-1"));
        QCOMPARE(found.size(), 1);
        const QString number = found.first().ingramOrderNumber;
        OrderResultView *result = editor->resultView();
        QVERIFY(result->isVisible());
        QCOMPARE(result->headline(), QStringLiteral("Order placed"));
        QVERIFY2(result->summaryText().contains(number), qPrintable(result->summaryText()));
        QCOMPARE(placedNumber(editor), number);
        grabWindow("orderflow-v6-result.png");

        // The search tab lists the order; it is searched again after each change below.
        page()->searchView()->model()->search([] {
            OrderSearchQuery query;
            query.customerOrderNumber = QStringLiteral("FLOW-HELD-1");
            return query;
        }());
        QTRY_COMPARE_WITH_TIMEOUT(page()->searchView()->model()->orderCount(), 1, 10000);
        const auto statusInSearch = [this] {
            return OrderStatus::Kind(page()
                                         ->searchView()
                                         ->model()
                                         ->index(0, OrderSearchModel::StatusColumn)
                                         .data(OrderSearchModel::RawValueRole)
                                         .toInt());
        };
        QCOMPARE(statusInSearch(), OrderStatus::Kind::OnHold);

        // A tab opened before the release: it will still offer Cancel afterwards.
        OrderDetailsView stale(m_orders.get(), number);
        stale.setWriteService(m_writer.get());
        QTRY_VERIFY_WITH_TIMEOUT(settled(&stale), 15000);

        // Opened from the result view.
        OrderDetailsView *view = openFromResult(editor, number);
        QVERIFY(view);
        QCOMPARE(page()->tabs()->currentWidget(), view);
        QCOMPARE(view->details().orderStatus.kind(), OrderStatus::Kind::OnHold);

        // Modify line 001 to quantity 3 through the dialog.
        auto *modify = child<QToolButton>(view, "modifyButton");
        QVERIFY(modify->isEnabled());
        QTest::mouseClick(modify, Qt::LeftButton);
        auto *dialog = view->findChild<ModifyOrderDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QPointer<ModifyOrderDialog> dialogGuard(dialog);
        const int row = dialog->rowOfLine(QStringLiteral("001"));
        QVERIFY(row >= 0);
        dialog->quantityAt(row)->setValue(3);
        QVERIFY(dialog->sendButton()->isEnabled());
        const int searchesBefore = searches();
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialogGuard.isNull(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), 15000);
        QCOMPARE(requests("PUT", QStringLiteral("/resellers/v6/orders/") + number), 1);
        QCOMPARE(view->details().lines.size(), 1);
        QCOMPARE(view->details().lines.first().quantityOrdered, 3);
        // The search tab ran its search again.
        QTRY_VERIFY_WITH_TIMEOUT(searches() > searchesBefore, 10000);

        // Release, confirmed.
        QTest::mouseClick(child<QToolButton>(view, "releaseButton"), Qt::LeftButton);
        QVERIFY(answer(view, "releaseConfirmation", QMessageBox::YesRole));
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), 15000);
        QCOMPARE(requests("PUT", QStringLiteral("/resellers/v6/orders/") + number), 2);
        QVERIFY(view->details().orderStatus.kind() != OrderStatus::Kind::OnHold);
        QVERIFY(!child<QToolButton>(view, "cancelOrderButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(page()->searchView()->model()->orderCount() == 1 &&
                                     statusInSearch() != OrderStatus::Kind::OnHold,
                                 10000);

        // The stale tab's Cancel reaches the API, which refuses; its reason is shown.
        auto *cancel = child<QToolButton>(&stale, "cancelOrderButton");
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(answer(&stale, "cancelConfirmation", QMessageBox::DestructiveRole));
        QTRY_VERIFY_WITH_TIMEOUT(settled(&stale), 15000);
        QCOMPARE(requests("DELETE", QStringLiteral("/resellers/v6/orders/") + number), 1);
        auto *banner = child<MessageBanner>(&stale, "messageBanner");
        QCOMPARE(banner->type(), MessageBanner::Type::Error);
        QVERIFY2(banner->text().contains(NotDeletable), qPrintable(banner->text()));
    }

    // (b) held order typed in the editor → placed → opened → cancelled.
    void heldOrderCancelled()
    {
        OrderEditor *editor = typeOrder(QStringLiteral("FLOW-HELD-2"), {{m_part, 2}}, true);
        QVERIFY(editor);
        QVERIFY(submit(editor));
        QTRY_VERIFY_WITH_TIMEOUT(editor->isCompleted(), 15000);
        const QString number = placedNumber(editor);
        QVERIFY(!number.isEmpty());
        OrderDetailsView *view = openFromResult(editor, number);
        QVERIFY(view);
        QCOMPARE(view->details().orderStatus.kind(), OrderStatus::Kind::OnHold);
        QTest::mouseClick(child<QToolButton>(view, "cancelOrderButton"), Qt::LeftButton);
        QVERIFY(answer(view, "cancelConfirmation", QMessageBox::DestructiveRole));
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), 15000);
        QCOMPARE(requests("DELETE", QStringLiteral("/resellers/v6/orders/") + number), 1);
        QCOMPARE(view->details().orderStatus.kind(), OrderStatus::Kind::Cancelled);
        QCOMPARE(child<MessageBanner>(view, "messageBanner")->type(),
                 MessageBanner::Type::Positive);
    }

    // (c) one unknown part: a 207 that lists what was ordered and what was not.
    void partialOrderShowsOrderedAndRejectedLines()
    {
        OrderEditor *editor = typeOrder(QStringLiteral("FLOW-207"),
                                        {{m_part, 2}, {QStringLiteral("ZZNOSUCHPART"), 1}});
        QVERIFY(editor);
        QVERIFY(submit(editor));
        QTRY_VERIFY_WITH_TIMEOUT(editor->isCompleted(), 15000);
        QCOMPARE(page()->submission(editor->draftId())->outcome(),
                 OrderSubmission::Outcome::CreatedV6);
        QVERIFY(page()->submission(editor->draftId())->createResult().isPartial());
        OrderResultView *result = editor->resultView();
        QVERIFY2(result->headline().contains(QStringLiteral("1 of 2")),
                 qPrintable(result->headline()));
        const QString summary = result->summaryText();
        QVERIFY2(
            summary.contains(QRegularExpression(QStringLiteral("Ordered: line\\(s\\) 0*1\\."))),
            qPrintable(summary));
        QVERIFY2(summary.contains(
                     QRegularExpression(QStringLiteral("line 0*2 \\(EN – part not found\\)"))),
                 qPrintable(summary));
        auto *rejected = child<QTreeWidget>(result, "rejectedTree");
        QVERIFY(rejected->isVisible());
        QCOMPARE(rejected->topLevelItemCount(), 1);
        QCOMPARE(rejected->topLevelItem(0)->text(1), QStringLiteral("ZZNOSUCHPART"));
        auto *ordered = child<QTreeWidget>(result, "linesTree");
        QVERIFY(ordered->isVisible());
        QCOMPARE(ordered->topLevelItemCount(), 1);
        QCOMPARE(ordered->topLevelItem(0)->childCount(), 1);
        QCOMPARE(ordered->topLevelItem(0)->child(0)->text(1), m_part);
        grabWindow("orderflow-207.png");
    }

    // (d) the sandbox knows no part of the order (the desk cannot tell): its 400 names the line
    // field, which the editor marks; nothing was placed, so the draft is editable again.
    void serverFieldErrorsLandOnTheFields()
    {
        OrderEditor *editor =
            typeOrder(QStringLiteral("FLOW-400"), {{QStringLiteral("ZZUNKNOWN1"), 1}});
        QVERIFY(editor);
        const QString draftId = editor->draftId();
        QVERIFY(submit(editor));
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isSubmitting(), 15000);
        QCOMPARE(page()->submission(draftId)->outcome(), OrderSubmission::Outcome::Rejected);
        QCOMPARE(requests("POST", CreateV6Path), 1);
        bool onTheLine = false;
        for (const auto &problem : editor->problems())
            onTheLine =
                onTheLine || problem.field.compare(QLatin1String("lines[0].ingramPartNumber"),
                                                   Qt::CaseInsensitive) == 0;
        if (!onTheLine) {
            for (const auto &problem : editor->problems())
                qWarning("problem %s: %s", qPrintable(problem.field), qPrintable(problem.message));
        }
        QVERIFY(onTheLine);
        auto *lineProblem = child<QLabel>(editor, "linesProblemLabel");
        QVERIFY(lineProblem->isVisible());
        QVERIFY2(lineProblem->text().contains(QStringLiteral("ZZUNKNOWN1")),
                 qPrintable(lineProblem->text()));
        QCOMPARE(editor->banner()->type(), MessageBanner::Type::Error);
        QVERIFY(!editor->resultView()->isVisible());
        QCOMPARE(editor->draft().state, OrderDraft::State::Editing);
        QVERIFY(m_store->contains(draftId));
        QVERIFY(!submitButton(editor)->isEnabled());
        grabWindow("orderflow-field-error.png");

        // Correcting the part clears the server's problem and allows a new attempt.
        QVERIFY(typeIntoCell(child<QTableView>(editor, "linesView"), 0,
                             OrderLinesEditModel::IngramPartColumn, m_part));
        QTRY_VERIFY(submitButton(editor)->isEnabled());
        QVERIFY(submit(editor));
        QTRY_VERIFY_WITH_TIMEOUT(editor->isCompleted(), 15000);
        QCOMPARE(requests("POST", CreateV6Path), 2);
        QCOMPARE(findByPo(QStringLiteral("FLOW-400")).size(), 1);
    }

    // (e) the create is stored but answered after the client gave up: the desk searches instead
    // of sending it again and says it was found.
    void timedOutCreateIsReconciledWithoutDuplicate()
    {
        m_client->setTimeout(1500);
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::LateAnswer, 6000)
                                     .onMethod("POST")
                                     .onPath(CreateV6Path));
        OrderEditor *editor = typeOrder(QStringLiteral("FLOW-LATE"), {{m_part, 1}});
        QVERIFY(editor);
        const QString draftId = editor->draftId();
        QVERIFY(submit(editor));
        // While unknown, the draft on disk says it was submitted.
        OrderDraft saved;
        QVERIFY(m_store->load(draftId, &saved));
        QCOMPARE(saved.state, OrderDraft::State::Submitted);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isSubmitting(), 20000);
        OrderSubmission *submission = page()->submission(draftId);
        QVERIFY(submission);
        QCOMPARE(submission->outcome(), OrderSubmission::Outcome::FoundAfterLostAnswer);
        QVERIFY(submission->error().maybeProcessed);
        QVERIFY(editor->isCompleted());
        QVERIFY(!m_store->contains(draftId));
        OrderResultView *result = editor->resultView();
        QVERIFY2(result->headline().contains(QStringLiteral("found")),
                 qPrintable(result->headline()));
        QCOMPARE(submission->foundOrders().size(), 1);
        QVERIFY(
            result->summaryText().contains(submission->foundOrders().first().ingramOrderNumber));
        QTest::qWait(300); // a resend would arrive here
        QCOMPARE(requests("POST", CreateV6Path), 1);
        m_sandbox->faults()->clear();
        QCOMPARE(findByPo(QStringLiteral("FLOW-LATE")).size(), 1);
        grabWindow("orderflow-late-found.png");
    }

    // (f) a customer PO in use: a question lists the orders; No sends nothing, Yes places it.
    void reusedPoIsAskedAbout()
    {
        const QString existing = createDirectly(QStringLiteral("FLOW-DUP"));
        QVERIFY(!existing.isEmpty());
        OrderEditor *editor = typeOrder(QStringLiteral("FLOW-DUP"), {{m_part, 1}});
        QVERIFY(editor);
        const QString draftId = editor->draftId();
        m_sandbox->clearReceivedRequests();
        QVERIFY(submit(editor));
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = editor->findChild<QMessageBox *>(QStringLiteral("duplicatePoQuestion"))) &&
                box->isVisible(),
            10000);
        QVERIFY2(box->text().contains(QStringLiteral("FLOW-DUP")), qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(existing), qPrintable(box->informativeText()));
        // Non-blocking: the window goes on while it is open, and the form stays locked.
        QVERIFY(editor->isSubmitting());
        QVERIFY(!submitButton(editor)->isEnabled());
        grab(box, "orderflow-duplicate-question.png");
        grabWindow("orderflow-duplicate-window.png");
        QVERIFY(answer(editor, "duplicatePoQuestion", QMessageBox::NoRole));
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isSubmitting(), 5000);
        QCOMPARE(page()->submission(draftId)->outcome(), OrderSubmission::Outcome::Abandoned);
        QTest::qWait(200);
        QCOMPARE(requests("POST", CreateV6Path), 0);
        QCOMPARE(editor->draft().state, OrderDraft::State::Editing);
        QVERIFY(!child<QLineEdit>(editor, "customerPoEdit")->isReadOnly());
        QCOMPARE(findByPo(QStringLiteral("FLOW-DUP")).size(), 1);

        // Asked again, placing it anyway sends it once with the duplicate allowed.
        QVERIFY(submit(editor));
        QVERIFY(answer(editor, "duplicatePoQuestion", QMessageBox::YesRole));
        QTRY_VERIFY_WITH_TIMEOUT(editor->isCompleted(), 15000);
        QCOMPARE(requests("POST", CreateV6Path), 1);
        QCOMPARE(findByPo(QStringLiteral("FLOW-DUP")).size(), 2);
    }

    // (g) v7 chosen for this order: confirmed, followed in Pending orders until the sandbox
    // publishes it, then the user is notified.
    void v7OrderIsTrackedUntilItAppears()
    {
        OrderEditor *editor = typeOrder(QStringLiteral("FLOW-V7"), {{m_part, 1}});
        QVERIFY(editor);
        QCOMPARE(editor->apiVersion(), OrderApiVersion::V6); // the profile's default
        auto *version = child<QComboBox>(editor, "apiVersionCombo");
        version->setCurrentIndex(version->findData(int(OrderApiVersion::V7)));
        QCOMPARE(editor->apiVersion(), OrderApiVersion::V7);
        QSignalSpy added(m_tracker.get(), &PendingOrderTracker::entryAdded);
        QSignalSpy resolved(m_tracker.get(), &PendingOrderTracker::resolved);
        QSignalSpy notified(m_window.get(), &MainWindow::notificationShown);
        QVERIFY(submit(editor));
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isSubmitting(), 15000);
        QCOMPARE(page()->submission(editor->draftId())->outcome(),
                 OrderSubmission::Outcome::ConfirmedV7);
        QCOMPARE(requests("POST", CreateV7Path), 1);
        QCOMPARE(requests("POST", CreateV6Path), 0);
        QVERIFY(editor->isCompleted());
        QCOMPARE(added.size(), 1);
        QCOMPARE(m_tracker->pendingCount(), 1);
        const PendingOrder entry = m_tracker->entries().first();
        QCOMPARE(entry.customerOrderNumber, QStringLiteral("FLOW-V7"));
        QVERIFY(!entry.confirmationNumber.isEmpty());
        auto *navigation = child<QListWidget>(m_window.get(), "navigation");
        QVERIFY(!navigation->findItems(QStringLiteral("Pending orders (1)"), Qt::MatchExactly)
                     .isEmpty());
        OrderResultView *result = editor->resultView();
        QVERIFY2(result->summaryText().contains(entry.confirmationNumber),
                 qPrintable(result->summaryText()));
        grabWindow("orderflow-v7-result.png");

        // The result's button leads to the page.
        auto *pendingButton = child<QPushButton>(result, "pendingOrdersButton");
        QVERIFY(pendingButton->isVisible());
        QTest::mouseClick(pendingButton, Qt::LeftButton);
        QCOMPARE(child<QStackedWidget>(m_window.get(), "pages")->currentWidget(),
                 m_window->pendingOrdersView());

        // Not there before the sandbox's delay; found once its clock passes it.
        QTRY_VERIFY_WITH_TIMEOUT(m_tracker->entries().first().checks >= 1, 5000);
        QVERIFY(m_tracker->entries().first().isPending());
        m_sandbox->advanceClock(700);
        QVERIFY(notified.wait(10000));
        QCOMPARE(resolved.size(), 1);
        const PendingOrder done = m_tracker->entries().first();
        QCOMPARE(done.state, PendingOrder::State::Found);
        QCOMPARE(done.orderNumbers.size(), 1);
        QVERIFY(notified.first().first().toString().contains(done.orderNumbers.first()));
        QCOMPARE(m_tracker->pendingCount(), 0);
        QVERIFY(
            !navigation->findItems(QStringLiteral("Pending orders"), Qt::MatchExactly).isEmpty());
        QCOMPARE(findByPo(QStringLiteral("FLOW-V7")).size(), 1);
    }
};

QTEST_MAIN(TestOrderFlow)
#include "tst_orderflow.moc"
