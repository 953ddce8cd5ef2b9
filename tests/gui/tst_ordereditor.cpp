// The order editor and its drafts, driven through the real widgets against the in-process
// sandbox: typing and pasting, checks beside the fields, server field errors, a v6 order found
// again by its PO, a lost answer never resent, autosave, and a draft that survives a SIGKILL.
#include "apiclient.h"
#include "draftstore.h"
#include "draftsview.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "ordereditor.h"
#include "ordereditortesthelpers.h"
#include "orderlineseditmodel.h"
#include "orderspage.h"
#include "ordersservice.h"
#include "orderwriteservice.h"
#include "requestlogmodel.h"
#include "sandbox/sandboxcatalog.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "secretsource.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using EditorTest::type;
using EditorTest::typeIntoCell;

class TestOrderEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrdersService> m_orders;
    std::unique_ptr<OrderWriteService> m_writer;
    std::unique_ptr<OrdersPage> m_page;
    QString m_part;

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("missing widget %s", name);
        return widget;
    }
    static void grab(QWidget *widget, const char *name)
    {
        const QByteArray dir = qgetenv("RD_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(100); // let pending layout requests run, as they would before a repaint
        widget->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name));
    }
    // On the box and its text: a check box spanning a form row ignores clicks right of its text.
    static void clickCheckBox(QCheckBox *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }
    static bool hasProblem(QWidget *widget) { return widget->property("problem").toBool(); }
    static QLabel *problemLabel(QWidget *editor, const char *field)
    {
        return child<QLabel>(editor, QByteArray(QByteArray("problem_") + field).constData());
    }
    int posts(const QString &path) const
    {
        int n = 0;
        for (const SandboxRequestRecord &record : m_sandbox->receivedRequests())
            n += record.method == "POST" && record.path == path ? 1 : 0;
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
        return job->page().orders;
    }
    // A standalone editor on a new draft, autosaving into the test's folder.
    std::unique_ptr<OrderEditor> newEditor()
    {
        auto editor = std::make_unique<OrderEditor>(m_store.get());
        editor->setDraft(OrderDraft::create(QStringLiteral("profile-a"), OrderApiVersion::V6));
        editor->resize(1200, 760);
        editor->show();
        return editor;
    }
    // Fills PO and one line of an orderable part by typing; returns the editor's lines view.
    QTableView *fillMinimalOrder(OrderEditor *editor, const QString &po)
    {
        type(child<QLineEdit>(editor, "customerPoEdit"), po);
        auto *lines = child<QTableView>(editor, "linesView");
        if (!typeIntoCell(lines, 0, OrderLinesEditModel::IngramPartColumn, m_part))
            return nullptr;
        if (!typeIntoCell(lines, 0, OrderLinesEditModel::QuantityColumn, QStringLiteral("2")))
            return nullptr;
        return lines;
    }
    OrderEditor *pageEditor(const QString &po)
    {
        OrderEditor *editor = m_page->newOrder();
        if (!editor || !fillMinimalOrder(editor, po))
            return nullptr;
        return editor;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        SandboxServer probe;
        for (const auto &product : SandboxCatalog::products()) {
            if (!product->license && !product->directShip && !product->alwaysBackordered &&
                probe.catalog().stock(*product, QStringLiteral("10")) >= 30) {
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
        options.orderCount = 30;
        options.referenceDate = QDate(2026, 6, 15);
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen());
        m_client = std::make_unique<ApiClient>();
        m_client->setRetryPolicy({3, 20, 200, 5});
        m_client->setTimeout(5000);
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.customUrl = m_sandbox->baseUrl();
        m_client->setProfile(profile, std::make_shared<InMemorySecretSource>(
                                          QLatin1String(SandboxDefaults::ClientSecret)));
        m_orders = std::make_unique<OrdersService>(m_client.get());
        m_writer = std::make_unique<OrderWriteService>(m_client.get());
        m_page = std::make_unique<OrdersPage>(m_orders.get());
        m_page->setOrderWriting(m_writer.get(), m_store.get());
        m_page->setProfile(profile);
        m_page->resize(1300, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_writer.reset();
        m_orders.reset();
        m_client.reset();
        m_sandbox.reset();
        m_store.reset();
        m_dir.reset();
    }

    void typingFillsEveryPartOfTheRequest()
    {
        auto editor = newEditor();
        type(child<QLineEdit>(editor.get(), "customerPoEdit"), QStringLiteral("PO-TYPED-1"));
        type(child<QLineEdit>(editor.get(), "endCustomerPoEdit"), QStringLiteral("END-7"));
        type(child<QLineEdit>(editor.get(), "billToAddressIdEdit"), QStringLiteral("BT1"));
        type(child<QLineEdit>(editor.get(), "specialBidEdit"), QStringLiteral("SB-42"));
        QTest::keyClicks(child<QPlainTextEdit>(editor.get(), "notesEdit"),
                         QStringLiteral("Deliver before noon"));
        clickCheckBox(child<QCheckBox>(editor.get(), "acceptBackOrderCheck"));
        clickCheckBox(child<QCheckBox>(editor.get(), "customerHoldCheck"));
        type(child<QLineEdit>(editor.get(), "carrierCodeEdit"), QStringLiteral("UPS"));
        clickCheckBox(child<QCheckBox>(editor.get(), "deliveryDateCheck"));
        QVERIFY(child<QDateEdit>(editor.get(), "deliveryDateEdit")->isEnabled());
        child<QDateEdit>(editor.get(), "deliveryDateEdit")
            ->setDate(QDate::currentDate().addDays(10));
        clickCheckBox(child<QCheckBox>(editor.get(), "shipCompleteCheck"));
        clickCheckBox(child<QCheckBox>(editor.get(), "signatureRequiredCheck"));
        type(child<QLineEdit>(editor.get(), "shippingInstructionsEdit"), QStringLiteral("Dock 4"));
        type(child<QLineEdit>(editor.get(), "freightAccountEdit"), QStringLiteral("FA-1"));

        auto *tabs = child<QTabWidget>(editor.get(), "sectionTabs");
        tabs->setCurrentWidget(child<QWidget>(editor.get(), "shipToTab"));
        type(child<QLineEdit>(editor.get(), "shipToCompanyEdit"), QStringLiteral("Acme Corp"));
        type(child<QLineEdit>(editor.get(), "shipToContactEdit"), QStringLiteral("Ann Smith"));
        type(child<QLineEdit>(editor.get(), "shipToLine1Edit"), QStringLiteral("1 Main St"));
        type(child<QLineEdit>(editor.get(), "shipToLine2Edit"), QStringLiteral("Suite 2"));
        type(child<QLineEdit>(editor.get(), "shipToLine3Edit"), QStringLiteral("Gate B"));
        type(child<QLineEdit>(editor.get(), "shipToCityEdit"), QStringLiteral("Irvine"));
        type(child<QLineEdit>(editor.get(), "shipToStateEdit"), QStringLiteral("CA"));
        type(child<QLineEdit>(editor.get(), "shipToPostalCodeEdit"), QStringLiteral("92612"));
        type(child<QLineEdit>(editor.get(), "shipToCountryEdit"), QStringLiteral("US"));
        type(child<QLineEdit>(editor.get(), "shipToPhoneEdit"), QStringLiteral("+1 555 0100"));
        type(child<QLineEdit>(editor.get(), "shipToEmailEdit"), QStringLiteral("ann@acme.test"));
        tabs->setCurrentWidget(child<QWidget>(editor.get(), "endUserTab"));
        type(child<QLineEdit>(editor.get(), "endUserCompanyEdit"), QStringLiteral("School 9"));
        type(child<QLineEdit>(editor.get(), "endUserCountryEdit"), QStringLiteral("US"));
        tabs->setCurrentWidget(child<QWidget>(editor.get(), "attributesTab"));
        QTest::mouseClick(child<QPushButton>(editor.get(), "addAttributeButton"), Qt::LeftButton);
        auto *attributes = child<QTableWidget>(editor.get(), "attributesTable");
        QCOMPARE(attributes->rowCount(), 1);
        attributes->setItem(0, 0, new QTableWidgetItem(QStringLiteral("projectCode")));
        attributes->setItem(0, 1, new QTableWidgetItem(QStringLiteral("P-9")));

        auto *lines = child<QTableView>(editor.get(), "linesView");
        QCOMPARE(lines->model()->rowCount(), 1); // a new order starts with one empty line
        QCOMPARE(child<QLabel>(editor.get(), "linesCountLabel")->text(),
                 QStringLiteral("1 line(s)"));
        QVERIFY(typeIntoCell(lines, 0, OrderLinesEditModel::IngramPartColumn, m_part));
        QVERIFY(typeIntoCell(lines, 0, OrderLinesEditModel::QuantityColumn, QStringLiteral("3")));
        QVERIFY(
            typeIntoCell(lines, 0, OrderLinesEditModel::UnitPriceColumn, QStringLiteral("19.5")));
        QVERIFY(
            typeIntoCell(lines, 0, OrderLinesEditModel::SpecialBidColumn, QStringLiteral("LSB")));
        QVERIFY(
            typeIntoCell(lines, 0, OrderLinesEditModel::NotesColumn, QStringLiteral("gift wrap")));
        QTest::mouseClick(child<QPushButton>(editor.get(), "addLineButton"), Qt::LeftButton);
        QVERIFY(typeIntoCell(lines, 1, OrderLinesEditModel::IngramPartColumn,
                             QStringLiteral("OTHER1")));

        const OrderCreateRequest request = editor->request();
        QCOMPARE(request.customerOrderNumber, QStringLiteral("PO-TYPED-1"));
        QCOMPARE(request.endCustomerOrderNumber, QStringLiteral("END-7"));
        QCOMPARE(request.billToAddressId, QStringLiteral("BT1"));
        QCOMPARE(request.specialBidNumber, QStringLiteral("SB-42"));
        QCOMPARE(request.notes, QStringLiteral("Deliver before noon"));
        QVERIFY(!request.acceptBackOrder);
        QVERIFY(request.placeOnCustomerHold);
        QCOMPARE(request.shipmentDetails.carrierCode, QStringLiteral("UPS"));
        QCOMPARE(request.shipmentDetails.requestedDeliveryDate, QDate::currentDate().addDays(10));
        QVERIFY(request.shipmentDetails.shipComplete);
        QVERIFY(request.shipmentDetails.signatureRequired);
        QCOMPARE(request.shipmentDetails.shippingInstructions, QStringLiteral("Dock 4"));
        QCOMPARE(request.shipmentDetails.freightAccountNumber, QStringLiteral("FA-1"));
        QCOMPARE(request.shipTo.companyName, QStringLiteral("Acme Corp"));
        QCOMPARE(request.shipTo.contact, QStringLiteral("Ann Smith"));
        QCOMPARE(request.shipTo.addressLine3, QStringLiteral("Gate B"));
        QCOMPARE(request.shipTo.postalCode, QStringLiteral("92612"));
        QCOMPARE(request.shipTo.phoneNumber, QStringLiteral("+1 555 0100"));
        QCOMPARE(request.shipTo.email, QStringLiteral("ann@acme.test"));
        QCOMPARE(request.endUserInfo.companyName, QStringLiteral("School 9"));
        QCOMPARE(request.additionalAttributes.size(), 1);
        QCOMPARE(request.additionalAttributes.first().name, QStringLiteral("projectCode"));
        QCOMPARE(request.lines.size(), 2);
        QCOMPARE(request.lines.at(0).customerLineNumber, QStringLiteral("1"));
        QCOMPARE(request.lines.at(0).ingramPartNumber, m_part);
        QCOMPARE(request.lines.at(0).quantity, 3);
        QCOMPARE(request.lines.at(0).unitPrice.value_or(0), 19.5);
        QCOMPARE(request.lines.at(0).specialBidNumber, QStringLiteral("LSB"));
        QCOMPARE(request.lines.at(0).notes, QStringLiteral("gift wrap"));
        QCOMPARE(request.lines.at(1).customerLineNumber, QStringLiteral("2"));

        // The wire form: hold as the attribute, v6 date format, end user only as filled.
        const QJsonObject json = request.toJsonV6();
        QVERIFY(QJsonDocument(json).toJson().contains("allowOrderOnCustomerHold"));
        QCOMPARE(json.value(QStringLiteral("endUserInfo")).toObject().size(), 2);
        QTRY_VERIFY(child<QPushButton>(editor.get(), "submitButton")->isEnabled());
        tabs->setCurrentIndex(0);
        grab(editor.get(), "ordereditor-filled.png");
    }

    void pastedLinesKeepGoodRowsAndNameBadOnes()
    {
        auto editor = newEditor();
        QApplication::clipboard()->setText(QStringLiteral("AAA111\t2\n"
                                                          "BBB222\tten\n"
                                                          "CCC333\t5\t12.50\n"
                                                          "DDD444\n"));
        QTest::mouseClick(child<QPushButton>(editor.get(), "pasteLinesButton"), Qt::LeftButton);
        const QList<OrderCreateLine> lines = editor->request().lines;
        QCOMPARE(lines.size(), 2); // the empty first line was replaced
        QCOMPARE(lines.at(0).ingramPartNumber, QStringLiteral("AAA111"));
        QCOMPARE(lines.at(1).ingramPartNumber, QStringLiteral("CCC333"));
        QCOMPARE(lines.at(1).unitPrice.value_or(0), 12.5);
        MessageBanner *banner = editor->banner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->detail().contains(QLatin1String("Row 2")), qPrintable(banner->detail()));
        QVERIFY(banner->detail().contains(QLatin1String("Row 4")));
        QVERIFY(!banner->detail().contains(QLatin1String("Row 3")));

        // Ctrl+V in the lines table does the same.
        auto *view = child<QTableView>(editor.get(), "linesView");
        QApplication::clipboard()->setText(QStringLiteral("EEE555\t1\r\nFFF666\t7\r\n"));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(editor->request().lines.size(), 4);
        QCOMPARE(editor->request().lines.at(3).quantity, 7);
        QCOMPARE(editor->request().lines.at(3).customerLineNumber, QStringLiteral("4"));
        QVERIFY(!banner->isVisible());
        type(child<QLineEdit>(editor.get(), "customerPoEdit"), QStringLiteral("PO-PASTE"));
        QTRY_VERIFY(child<QPushButton>(editor.get(), "submitButton")->isEnabled());
        grab(editor.get(), "ordereditor-pasted.png");
    }

    void invalidInputShowsReasonsAndDisablesSubmit()
    {
        auto editor = newEditor();
        auto *submit = child<QPushButton>(editor.get(), "submitButton");
        auto *po = child<QLineEdit>(editor.get(), "customerPoEdit");
        // A blank order is not valid, but it is not greeted with red either.
        QVERIFY(!submit->isEnabled());
        QVERIFY(!hasProblem(po));
        QVERIFY(!child<QLabel>(editor.get(), "linesProblemLabel")->isVisible());
        QVERIFY(fillMinimalOrder(editor.get(), QStringLiteral("PO-OK")));
        QTRY_VERIFY(submit->isEnabled());

        type(po, QString(36, QLatin1Char('P')));
        QTRY_VERIFY(hasProblem(po));
        QVERIFY(!submit->isEnabled());
        QLabel *poProblem = problemLabel(editor.get(), "customerPoEdit");
        QVERIFY(poProblem->isVisible());
        QVERIFY2(poProblem->text().contains(QLatin1String("35")), qPrintable(poProblem->text()));
        QCOMPARE(po->toolTip(), poProblem->text());

        // 20 characters are fine for v6 and too long for v7.
        type(po, QString(20, QLatin1Char('P')));
        QTRY_VERIFY(!hasProblem(po));
        auto *version = child<QComboBox>(editor.get(), "apiVersionCombo");
        version->setCurrentIndex(version->findData(int(OrderApiVersion::V7)));
        QTRY_VERIFY(hasProblem(po));
        QVERIFY(poProblem->text().contains(QLatin1String("18")));
        QCOMPARE(editor->apiVersion(), OrderApiVersion::V7);
        version->setCurrentIndex(version->findData(int(OrderApiVersion::V6)));
        QTRY_VERIFY(!hasProblem(po));

        // A line problem marks its cell, explains it in the tooltip and under the table.
        auto *lines = child<QTableView>(editor.get(), "linesView");
        QVERIFY(typeIntoCell(lines, 0, OrderLinesEditModel::QuantityColumn, QStringLiteral("0")));
        const QModelIndex quantity = lines->model()->index(0, OrderLinesEditModel::QuantityColumn);
        QTRY_VERIFY(!quantity.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(quantity.data(Qt::BackgroundRole).isValid());
        auto *summary = child<QLabel>(editor.get(), "linesProblemLabel");
        QVERIFY(summary->isVisible());
        QVERIFY2(summary->text().contains(QLatin1String("Line 1")), qPrintable(summary->text()));
        QVERIFY(!submit->isEnabled());

        // A problem on another tab is counted on its title.
        auto *tabs = child<QTabWidget>(editor.get(), "sectionTabs");
        tabs->setCurrentWidget(child<QWidget>(editor.get(), "shipToTab"));
        type(child<QLineEdit>(editor.get(), "shipToLine1Edit"), QStringLiteral("1 Main St"));
        type(child<QLineEdit>(editor.get(), "shipToCountryEdit"), QStringLiteral("USA"));
        type(child<QLineEdit>(editor.get(), "shipToEmailEdit"), QStringLiteral("ann@"));
        auto *country = child<QLineEdit>(editor.get(), "shipToCountryEdit");
        QTRY_VERIFY(hasProblem(country));
        QVERIFY(problemLabel(editor.get(), "shipToCountryEdit")->isVisible());
        QVERIFY(hasProblem(child<QLineEdit>(editor.get(), "shipToEmailEdit")));
        QVERIFY(hasProblem(child<QLineEdit>(editor.get(), "shipToCityEdit"))); // now required
        QVERIFY(tabs->tabText(1).contains(QLatin1String("(4)")));
        QVERIFY(!hasProblem(child<QLineEdit>(editor.get(), "shipToCompanyEdit")));
        grab(editor.get(), "ordereditor-errors-shipto.png");
        tabs->setCurrentIndex(0);
        type(po, QString(36, QLatin1Char('P')));
        QTRY_VERIFY(hasProblem(po));
        lines->clearSelection();
        grab(editor.get(), "ordereditor-errors.png");

        // Fixing everything enables Submit again.
        type(po, QStringLiteral("PO-FIXED"));
        QVERIFY(typeIntoCell(lines, 0, OrderLinesEditModel::QuantityColumn, QStringLiteral("1")));
        for (const char *name : {"shipToLine1Edit", "shipToCountryEdit", "shipToEmailEdit"})
            type(child<QLineEdit>(editor.get(), name), QString());
        QTRY_VERIFY(submit->isEnabled());
        QVERIFY(!hasProblem(po));
        QVERIFY(!summary->isVisible());
        QCOMPARE(tabs->tabText(1), QStringLiteral("Ship-to"));
    }

    void serverProblemsLandOnFields()
    {
        auto editor = newEditor();
        // v6 and v7 spellings of the same fields.
        editor->showProblems(
            {{QStringLiteral("customerOrderNumber"), QStringLiteral("dup")},
             {QStringLiteral("shipToInfo.postalCode"), QStringLiteral("zip")},
             {QStringLiteral("lines[0].quantity"), QStringLiteral("qty")},
             {QStringLiteral("$.endUserInfo.email"), QStringLiteral("mail")},
             {QStringLiteral("shipmentDetails/carrierCode"), QStringLiteral("carrier")},
             {QStringLiteral("lines.0.ingramPartNumber"), QStringLiteral("part")}});
        auto *po = child<QLineEdit>(editor.get(), "customerPoEdit");
        QVERIFY(hasProblem(po));
        QVERIFY(
            problemLabel(editor.get(), "customerPoEdit")->text().contains(QLatin1String("dup")));
        QCOMPARE(problemLabel(editor.get(), "shipToPostalCodeEdit")->text(), QStringLiteral("zip"));
        QCOMPARE(problemLabel(editor.get(), "endUserEmailEdit")->text(), QStringLiteral("mail"));
        QCOMPARE(problemLabel(editor.get(), "carrierCodeEdit")->text(), QStringLiteral("carrier"));
        auto *lines = child<QTableView>(editor.get(), "linesView");
        QVERIFY(lines->model()
                    ->index(0, OrderLinesEditModel::QuantityColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("qty")));
        QVERIFY(lines->model()
                    ->index(0, OrderLinesEditModel::IngramPartColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("part")));
        QVERIFY(!child<QPushButton>(editor.get(), "submitButton")->isEnabled());
        // Editing the field clears its server problem; the others stay.
        type(po, QStringLiteral("PO-NEW"));
        QTRY_VERIFY(
            !problemLabel(editor.get(), "customerPoEdit")->text().contains(QLatin1String("dup")));
        QCOMPARE(problemLabel(editor.get(), "shipToPostalCodeEdit")->text(), QStringLiteral("zip"));
    }

    void serverFieldErrorOfASubmitLandsOnItsField()
    {
        auto first = m_writer->createV6([this] {
            OrderCreateRequest request;
            request.customerOrderNumber = QStringLiteral("DESK-DUP-1");
            OrderCreateLine line;
            line.ingramPartNumber = m_part;
            request.lines.append(line);
            request.numberLines();
            return request;
        }());
        first->setAutoDelete(false);
        std::unique_ptr<OrderCreateJob> owned(first);
        QVERIFY(QTest::qWaitFor([first] { return first->isFinished(); }, 10000));
        QVERIFY(!first->hasError());

        OrderEditor *editor = pageEditor(QStringLiteral("DESK-DUP-1"));
        QVERIFY(editor);
        auto *submit = child<QPushButton>(editor, "submitButton");
        QTRY_VERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        auto *po = child<QLineEdit>(editor, "customerPoEdit");
        QTRY_VERIFY_WITH_TIMEOUT(hasProblem(po), 10000);
        QVERIFY(!editor->isSubmitting());
        QCOMPARE(editor->banner()->type(), MessageBanner::Type::Error);
        QVERIFY(!problemLabel(editor, "customerPoEdit")->text().isEmpty());
        QCOMPARE(editor->draft().state, OrderDraft::State::Editing);
        QVERIFY(!submit->isEnabled());
        QVERIFY(!po->isReadOnly());
        grab(editor, "ordereditor-server-error.png");
        type(po, QStringLiteral("DESK-DUP-2"));
        QTRY_VERIFY(submit->isEnabled());
    }

    void v6SubmitPlacesTheOrderOnce()
    {
        OrderEditor *editor = pageEditor(QStringLiteral("DESK-GUI-V6"));
        QVERIFY(editor);
        auto *submit = child<QPushButton>(editor, "submitButton");
        QTRY_VERIFY(submit->isEnabled());
        const QString draftId = editor->draftId();
        m_sandbox->clearReceivedRequests();
        QTest::mouseClick(submit, Qt::LeftButton);
        // Busy at once: a second click does nothing and the form is read-only.
        QVERIFY(!submit->isEnabled());
        QVERIFY(child<QLineEdit>(editor, "customerPoEdit")->isReadOnly());
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->isCompleted(), 10000);
        QCOMPARE(posts(QStringLiteral("/resellers/v6/orders")), 1);
        QCOMPARE(editor->banner()->type(), MessageBanner::Type::Positive);
        QVERIFY2(editor->banner()->text().contains(QLatin1String("DESK-GUI-V6")),
                 qPrintable(editor->banner()->text()));
        const QList<OrderSummary> found = findByPo(QStringLiteral("DESK-GUI-V6"));
        QCOMPARE(found.size(), 1);
        QVERIFY(editor->banner()->text().contains(found.first().ingramOrderNumber));
        // Confirmed by the API: the draft is gone and the form stays read-only.
        QVERIFY(!m_store->contains(draftId));
        QVERIFY(child<QLineEdit>(editor, "customerPoEdit")->isReadOnly());
        QVERIFY(!submit->isEnabled());
        grab(editor, "ordereditor-placed.png");
        // Closing the tab does not bring the draft back.
        m_page->closeTab(m_page->tabs()->indexOf(editor));
        QTest::qWait(50);
        QVERIFY(!m_store->contains(draftId));
    }

    void lostAnswerIsNeverResent()
    {
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::CommitThenDrop)
                                     .onMethod("POST")
                                     .onPath(QStringLiteral("/resellers/v6/orders")));
        OrderEditor *editor = pageEditor(QStringLiteral("DESK-GUI-LOST"));
        QVERIFY(editor);
        auto *submit = child<QPushButton>(editor, "submitButton");
        QTRY_VERIFY(submit->isEnabled());
        m_sandbox->clearReceivedRequests();
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isSubmitting(), 15000);
        QCOMPARE(editor->banner()->type(), MessageBanner::Type::Warning);
        QVERIFY2(editor->banner()->text().contains(QLatin1String("may have been placed")),
                 qPrintable(editor->banner()->text()));
        QTest::qWait(300); // a resend would arrive here
        QCOMPARE(posts(QStringLiteral("/resellers/v6/orders")), 1);
        // The draft is kept, marked submitted, and the form cannot send it again by itself.
        OrderDraft saved;
        QVERIFY(m_store->load(editor->draftId(), &saved));
        QCOMPARE(saved.state, OrderDraft::State::Submitted);
        QVERIFY(saved.statusNote.contains(QLatin1String("DESK-GUI-LOST")));
        QVERIFY(!submit->isEnabled());
        auto *editAgain = child<QPushButton>(editor, "editAgainButton");
        QVERIFY(editAgain->isVisible());
        grab(editor, "ordereditor-maybe-placed.png");
        m_sandbox->faults()->clear();
        QCOMPARE(findByPo(QStringLiteral("DESK-GUI-LOST")).size(), 1);

        // Only the user's deliberate "Edit again" makes it editable.
        QTest::mouseClick(editAgain, Qt::LeftButton);
        QVERIFY(!child<QLineEdit>(editor, "customerPoEdit")->isReadOnly());
        QVERIFY(m_store->load(editor->draftId(), &saved));
        QCOMPARE(saved.state, OrderDraft::State::Editing);
    }

    void v7SubmitKeepsTheDraftUntilTheOrderIsConfirmed()
    {
        // The profile's order API version is the default of a new order.
        ConnectionProfile v7Profile = m_client->profile();
        v7Profile.orderApiVersion = ConnectionProfile::OrderApiVersion::V7;
        m_page->setProfile(v7Profile);
        OrderEditor *editor = pageEditor(QStringLiteral("DESK-GUI-V7"));
        QVERIFY(editor);
        QCOMPARE(editor->apiVersion(), OrderApiVersion::V7);
        auto *submit = child<QPushButton>(editor, "submitButton");
        QTRY_VERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isSubmitting(), 10000);
        QCOMPARE(posts(QStringLiteral("/resellers/v7/orders")), 1);
        QCOMPARE(editor->banner()->type(), MessageBanner::Type::Positive);
        OrderDraft saved;
        QVERIFY(m_store->load(editor->draftId(), &saved));
        QCOMPARE(saved.state, OrderDraft::State::Submitted);
        QCOMPARE(saved.apiVersion, OrderApiVersion::V7);
        QVERIFY(!submit->isEnabled());
    }

    void autosaveWritesTheDraftAndAFreshEditorRestoresIt()
    {
        auto editor = newEditor();
        const QString id = editor->draftId();
        QVERIFY(!m_store->contains(id)); // nothing typed, nothing saved
        type(child<QLineEdit>(editor.get(), "customerPoEdit"), QStringLiteral("PO-AUTO"));
        editor->pasteLinesText(QStringLiteral("AUTO1\t2\nAUTO2\t3\t4.25"));
        type(child<QLineEdit>(editor.get(), "shipToCityEdit"), QStringLiteral("Irvine"));
        clickCheckBox(child<QCheckBox>(editor.get(), "customerHoldCheck"));
        QElapsedTimer timer;
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_store->contains(id), 3000);
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        OrderDraft saved;
        QTRY_VERIFY(m_store->load(id, &saved) &&
                    saved.request.customerOrderNumber == QLatin1String("PO-AUTO") &&
                    saved.request.placeOnCustomerHold);
        QCOMPARE(saved.request.lines.size(), 2);
        QCOMPARE(saved.request.shipTo.city, QStringLiteral("Irvine"));
        QCOMPARE(saved.profileId, QStringLiteral("profile-a"));

        // A change followed at once by closing is not lost: the destructor saves it.
        type(child<QLineEdit>(editor.get(), "endCustomerPoEdit"), QStringLiteral("LAST-KEY"));
        editor.reset();
        QVERIFY(m_store->load(id, &saved));
        QCOMPARE(saved.request.endCustomerOrderNumber, QStringLiteral("LAST-KEY"));

        auto fresh = std::make_unique<OrderEditor>(m_store.get());
        fresh->setDraft(saved);
        QCOMPARE(child<QLineEdit>(fresh.get(), "customerPoEdit")->text(),
                 QStringLiteral("PO-AUTO"));
        QCOMPARE(child<QLineEdit>(fresh.get(), "shipToCityEdit")->text(), QStringLiteral("Irvine"));
        QVERIFY(child<QCheckBox>(fresh.get(), "customerHoldCheck")->isChecked());
        QCOMPARE(fresh->request().lines.size(), 2);
        QCOMPARE(fresh->request().lines.at(1).unitPrice.value_or(0), 4.25);
        QVERIFY(fresh->draft() == saved);
    }

    void draftSurvivesAKilledProcess()
    {
        const QString dir = m_dir->filePath(QStringLiteral("killed"));
        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(RD_DRAFTKILL_HELPER), {dir});
        QVERIFY(helper.waitForStarted(10000));
        QByteArray output;
        QVERIFY(QTest::qWaitFor(
            [&] {
                output += helper.readAllStandardOutput();
                return output.contains('\n');
            },
            20000));
        const QList<QByteArray> words = output.trimmed().split(' ');
        QCOMPARE(words.size(), 4);
        const QString id = QString::fromLatin1(words.at(1));
        const qint64 typedAt = words.at(3).toLongLong();
        // Killed a little more than the autosave delay after the last key.
        const qint64 killAt = typedAt + OrderEditor::AutosaveDelayMs + 150;
        QTest::qWait(int(std::max<qint64>(0, killAt - QDateTime::currentMSecsSinceEpoch())));
        helper.kill(); // SIGKILL: no destructor, no quit handler runs
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

        DraftStore store(dir);
        OrderDraft draft;
        QString error;
        QVERIFY2(store.load(id, &draft, &error), qPrintable(error));
        QCOMPARE(draft.request.customerOrderNumber, QStringLiteral("KILL-PO-1"));
        QCOMPARE(draft.request.shipTo.city, QStringLiteral("Irvine"));
        QCOMPARE(draft.request.lines.size(), 2);
        QCOMPARE(draft.request.lines.at(1).ingramPartNumber, QStringLiteral("KILLPART2"));
        QCOMPARE(draft.request.lines.at(1).unitPrice.value_or(0), 12.5);
        QCOMPARE(draft.request.notes, QStringLiteral("typed just before the kill"));
        QVERIFY(store.list().broken.isEmpty());
    }

    void mainWindowNewOrderDraftsListResumeAndDiscard()
    {
        OrderDraft other = OrderDraft::create(QStringLiteral("someone-else"), OrderApiVersion::V7);
        other.request.customerOrderNumber = QStringLiteral("PO-OTHER");
        QVERIFY(m_store->save(other));
        RequestLogModel log;
        MainWindow window(m_client.get(), m_orders.get(), &log);
        window.setOrderWriting(m_writer.get(), m_store.get());
        window.resize(1360, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DraftsView *drafts = window.draftsView();
        QVERIFY(drafts);
        QCOMPARE(drafts->draftCount(), 1); // listed on start, not opened

        // Ctrl+N opens an editor tab with the profile's default version.
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        auto *tabs = window.ordersPage()->tabs();
        QTRY_COMPARE(tabs->count(), 2);
        auto *editor = qobject_cast<OrderEditor *>(tabs->currentWidget());
        QVERIFY(editor);
        QCOMPARE(editor->apiVersion(), OrderApiVersion::V6);
        type(child<QLineEdit>(editor, "customerPoEdit"), QStringLiteral("PO-WINDOW"));
        QTRY_COMPARE(tabs->tabText(1), QStringLiteral("New order PO-WINDOW"));
        const QString id = editor->draftId();
        QTRY_VERIFY(m_store->contains(id));
        grab(&window, "mainwindow-ordereditor.png");

        // Closing the tab keeps the draft.
        QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(tabs->count(), 1);
        QVERIFY(m_store->contains(id));

        window.showDrafts();
        QTRY_COMPARE(drafts->draftCount(), 2);
        auto *tree = child<QTreeWidget>(drafts, "draftsTree");
        QTreeWidgetItem *otherItem = nullptr;
        QTreeWidgetItem *mine = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = tree->topLevelItem(i);
            (item->data(0, DraftsView::DraftIdRole).toString() == id ? mine : otherItem) = item;
        }
        QVERIFY(mine && otherItem);
        QCOMPARE(mine->text(DraftsView::PoColumn), QStringLiteral("PO-WINDOW"));
        QVERIFY(otherItem->data(0, DraftsView::OtherProfileRole).toBool());
        QVERIFY(!mine->data(0, DraftsView::OtherProfileRole).toBool());
        QVERIFY(otherItem->text(DraftsView::ProfileColumn).contains(QLatin1String("other")));
        QCOMPARE(otherItem->text(DraftsView::ApiColumn), QStringLiteral("v7"));
        grab(&window, "mainwindow-drafts.png");

        // Double-click resumes it in the Orders page.
        const QRect rect = tree->visualItemRect(mine);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(tabs->count(), 2);
        editor = qobject_cast<OrderEditor *>(tabs->currentWidget());
        QVERIFY(editor);
        QCOMPARE(editor->draftId(), id);
        QCOMPARE(child<QLineEdit>(editor, "customerPoEdit")->text(), QStringLiteral("PO-WINDOW"));

        // Discard asks first; Cancel keeps it, Discard deletes it and closes its editor.
        window.showDrafts();
        QVERIFY(drafts->selectDraft(id));
        const auto discard = [&](QMessageBox::StandardButton answer) {
            QTest::mouseClick(child<QPushButton>(drafts, "discardButton"), Qt::LeftButton);
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = drafts->findChild<QMessageBox *>(
                             QStringLiteral("discardDraftConfirmation"))));
            QVERIFY(box->text().contains(QLatin1String("PO-WINDOW")));
            QTest::mouseClick(box->button(answer), Qt::LeftButton);
            QTRY_VERIFY(
                !drafts->findChild<QMessageBox *>(QStringLiteral("discardDraftConfirmation")));
        };
        discard(QMessageBox::Cancel);
        QVERIFY(m_store->contains(id));
        QCOMPARE(drafts->draftCount(), 2);
        discard(QMessageBox::Discard);
        QTRY_COMPARE(drafts->draftCount(), 1);
        QVERIFY(!m_store->contains(id));
        QTRY_COMPARE(tabs->count(), 1);
        QTest::qWait(OrderEditor::AutosaveDelayMs + 100);
        QVERIFY(!m_store->contains(id));
    }

    void damagedDraftFileIsReportedInTheList()
    {
        QDir().mkpath(m_store->directory());
        QFile file(m_store->filePath(QStringLiteral("broken")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":\"resellerdesk-order-dr");
        file.close();
        DraftsView view(m_store.get(), nullptr);
        view.show();
        QCOMPARE(view.draftCount(), 0);
        auto *banner = view.findChild<MessageBanner *>(QStringLiteral("messageBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->detail().contains(QLatin1String("broken.json")));
        QVERIFY(QFile::exists(m_store->filePath(QStringLiteral("broken"))));
    }
};

QTEST_MAIN(TestOrderEditor)
#include "tst_ordereditor.moc"
