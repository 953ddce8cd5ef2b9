// The quote-to-order wizard driven through its real pages against the in-process sandbox:
// quotes with no, header and line vendor fields, a refused expired quote, v7 and v6
// quote-to-order submissions that order search then finds, and a draft that reopens where it
// was left.
#include "apiclient.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "ordersearchquery.h"
#include "ordersservice.h"
#include "ordersubmission.h"
#include "orderwriteservice.h"
#include "pendingordertracker.h"
#include "quoteorderdraftstore.h"
#include "quoteorderheaderpage.h"
#include "quoteorderlauncher.h"
#include "quoteorderresultpage.h"
#include "quoteorderservice.h"
#include "quotereviewpage.h"
#include "quoteselectpage.h"
#include "quotesservice.h"
#include "quotetoorderwizard.h"
#include "quotevalidatepage.h"
#include "requestlogmodel.h"
#include "sandbox/sandboxquotebook.h"
#include "sandboxserver.h"
#include "secretsource.h"
#include "vendorfieldsform.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

namespace {
const QString NoFields = QLatin1String(SandboxQuoteBook::NoVendorFieldsQuote);
const QString HeaderFields = QLatin1String(SandboxQuoteBook::HeaderFieldsQuote);
const QString LineFields = QLatin1String(SandboxQuoteBook::LineFieldsQuote);
const QString Expired = QLatin1String(SandboxQuoteBook::ExpiredQuote);
const QString Draft = QLatin1String(SandboxQuoteBook::DraftQuote);
using Page = QuoteToOrderWizard::PageId;
using Outcome = OrderSubmission::Outcome;
} // namespace

class TestQuoteToOrderWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void quoteWithoutVendorFieldsGoesStraightOn();
    void headerFieldsBlockNextUntilFilled();
    void lineFieldsBlockNextUntilFilled();
    void lineFieldTypedThroughTheEditor();
    void closingWhileALineFieldIsEditedKeepsIt();
    void expiredQuoteIsRefusedWithItsReason();
    void searchUsesTheFiltersAndPages();
    void missingContactPointsToTheProfile();
    void v7OrderIsPlacedAndFoundBySearch();
    void v6QuoteToOrderIsPlacedAndFoundBySearch();
    void draftReopensOnThePageItWasClosedOn();
    void serverFieldErrorsLandOnTheirFields();
    void mainWindowOpensTheWizard();

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrdersService> m_orders;
    std::unique_ptr<QuotesService> m_quotes;
    std::unique_ptr<QuoteOrderService> m_quoteOrders;
    std::unique_ptr<OrderWriteService> m_writer;
    std::unique_ptr<PendingOrderTracker> m_tracker;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QuoteOrderDraftStore> m_drafts;
    std::unique_ptr<QuoteToOrderWizard> m_wizard;

    ConnectionProfile profile(ConnectionProfile::QuoteOrderEndpoint endpoint =
                                  ConnectionProfile::QuoteOrderEndpoint::V7Create,
                              const QString &contact = QStringLiteral("buyer@example.com")) const
    {
        ConnectionProfile result = ConnectionProfile::offlineSandbox();
        result.customUrl = m_sandbox->baseUrl();
        result.customerContact = contact;
        result.quoteOrderEndpoint = endpoint;
        return result;
    }
    void useProfile(const ConnectionProfile &profile)
    {
        m_client->setProfile(profile, std::make_shared<InMemorySecretSource>(
                                          QLatin1String(SandboxDefaults::ClientSecret)));
    }
    QuoteToOrderWizard *makeWizard(const ConnectionProfile &profile)
    {
        useProfile(profile);
        m_wizard.reset();
        QuoteToOrderWizard::Services services;
        services.quotes = m_quotes.get();
        services.quoteOrders = m_quoteOrders.get();
        services.orders = m_orders.get();
        services.writer = m_writer.get();
        services.tracker = m_tracker.get();
        services.drafts = m_drafts.get();
        m_wizard = std::make_unique<QuoteToOrderWizard>(services, profile);
        m_wizard->resize(1000, 720);
        m_wizard->show();
        if (!QTest::qWaitForWindowExposed(m_wizard.get()))
            qWarning("the wizard was not shown");
        return m_wizard.get();
    }
    QuoteToOrderWizard *makeWizard() { return makeWizard(profile()); }

    template<typename T>
    T *child(const char *name) const
    {
        auto *widget = m_wizard->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("missing widget %s", name);
        return widget;
    }
    QAbstractButton *nextButton() const { return m_wizard->button(QWizard::NextButton); }
    QAbstractButton *backButton() const { return m_wizard->button(QWizard::BackButton); }
    QAbstractButton *placeButton() const { return m_wizard->button(QWizard::CommitButton); }
    bool waitForPage(int id, int timeoutMs = 15000) const
    {
        return QTest::qWaitFor([this, id] { return m_wizard->currentId() == id; }, timeoutMs);
    }
    // Types the number into the quote page and waits until the details are there.
    bool openQuote(const QString &number)
    {
        auto *edit = child<QLineEdit>("openNumberEdit");
        edit->clear();
        QTest::keyClicks(edit, number);
        QTest::mouseClick(child<QPushButton>("openButton"), Qt::LeftButton);
        return QTest::qWaitFor(
            [this] {
                return !m_wizard->quoteSelectPage()->isBusy() &&
                       !child<QTextBrowser>("quoteDetails")->toPlainText().isEmpty();
            },
            15000);
    }
    bool clickNext()
    {
        if (!nextButton()->isVisible() || !nextButton()->isEnabled())
            return false;
        QTest::mouseClick(nextButton(), Qt::LeftButton);
        return true;
    }
    bool validated() const
    {
        return QTest::qWaitFor([this] { return !m_wizard->validatePage()->isBusy(); }, 15000);
    }
    void typeInto(const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    void fillShipTo()
    {
        typeInto("shipToCompanyEdit", QStringLiteral("Contoso Health"));
        typeInto("shipToLine1Edit", QStringLiteral("1 Main St"));
        typeInto("shipToCityEdit", QStringLiteral("Redmond"));
        typeInto("shipToPostalCodeEdit", QStringLiteral("98052"));
        typeInto("shipToCountryEdit", QStringLiteral("US"));
    }
    QList<OrderSummary> findByPo(const QString &po)
    {
        OrderSearchQuery query;
        query.customerOrderNumber = po;
        OrderSearchJob *job = m_orders->search(query);
        job->setAutoDelete(false);
        std::unique_ptr<OrderSearchJob> owned(job);
        if (!QTest::qWaitFor([job] { return job->isFinished(); }, 15000) || job->hasError())
            return {};
        QList<OrderSummary> found;
        for (const OrderSummary &order : job->page().orders) {
            if (order.customerOrderNumber == po)
                found.append(order);
        }
        return found;
    }
    int posts(const QString &path) const
    {
        int n = 0;
        for (const SandboxRequestRecord &record : m_sandbox->receivedRequests())
            n += record.method == "POST" && record.path == path ? 1 : 0;
        return n;
    }
    void grab(const QString &name) const
    {
        const QByteArray dir = qgetenv("RD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_wizard->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
    }
    // From the quote page to the review, with the vendor fields of the header quote filled.
    void reachReview(const QString &quote, const QString &po);
    void placeAndWait();
    QLineEdit *typeSiteId(const QString &text);
};

void TestQuoteToOrderWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestQuoteToOrderWizard::init()
{
    SandboxOptions options;
    options.orderCount = 20;
    options.referenceDate = QDate::currentDate();
    options.v7OrderDelaySeconds = 60;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->listen());
    m_client = std::make_unique<ApiClient>();
    m_client->setRetryPolicy({3, 20, 200, 5});
    m_client->setTimeout(5000);
    useProfile(profile());
    m_orders = std::make_unique<OrdersService>(m_client.get());
    m_quotes = std::make_unique<QuotesService>(m_client.get());
    m_quoteOrders = std::make_unique<QuoteOrderService>(m_client.get());
    m_writer = std::make_unique<OrderWriteService>(m_client.get());
    m_tracker = std::make_unique<PendingOrderTracker>(m_orders.get());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_drafts = std::make_unique<QuoteOrderDraftStore>(m_dir->path());
}

void TestQuoteToOrderWizard::cleanup()
{
    m_wizard.reset();
    m_tracker.reset();
    m_writer.reset();
    m_quoteOrders.reset();
    m_quotes.reset();
    m_orders.reset();
    m_client.reset();
    m_sandbox.reset();
    m_drafts.reset();
    m_dir.reset();
}

void TestQuoteToOrderWizard::quoteWithoutVendorFieldsGoesStraightOn()
{
    makeWizard();
    QCOMPARE(m_wizard->currentId(), int(Page::QuotePage));
    QVERIFY(!nextButton()->isEnabled());
    QVERIFY(openQuote(NoFields));
    // The three texts the API says must be shown with a quote's details.
    const QString details = child<QTextBrowser>("quoteDetails")->toPlainText();
    for (const QString &heading :
         {QStringLiteral("Introduction"), QStringLiteral("Purchase instructions"),
          QStringLiteral("Legal terms"), QStringLiteral("Lines"), QStringLiteral("Quote total"),
          QStringLiteral("Expires")})
        QVERIFY2(details.contains(heading), qPrintable(heading));
    QVERIFY(details.contains(m_wizard->quote().legalTerms.left(20)));
    QVERIFY(!m_wizard->quote().legalTerms.isEmpty());
    QVERIFY(nextButton()->isEnabled());
    grab(QStringLiteral("wizard-1-quote.png"));

    QVERIFY(clickNext());
    // Validated, nothing to ask: straight on to the order header.
    QVERIFY(waitForPage(Page::HeaderPage));
    QVERIFY(m_wizard->hasValidation());
    QVERIFY(!m_wizard->validation().hasVendorFields());
    QVERIFY(m_wizard->validatePage()->note().contains(QStringLiteral("No vendor fields")));
    QCOMPARE(m_sandbox->receivedRequests().constLast().path,
             QStringLiteral("/resellers/v6/q2o/validatequote"));
    // Back shows the validate page with its note and does not jump forward again.
    QTest::mouseClick(backButton(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(Page::ValidatePage));
    QTest::qWait(100);
    QCOMPARE(m_wizard->currentId(), int(Page::ValidatePage));
    QVERIFY(m_wizard->validatePage()->form()->isEmpty());
    QVERIFY(nextButton()->isEnabled());
}

void TestQuoteToOrderWizard::headerFieldsBlockNextUntilFilled()
{
    makeWizard();
    QVERIFY(openQuote(HeaderFields));
    QVERIFY(clickNext());
    QCOMPARE(m_wizard->currentId(), int(Page::ValidatePage));
    QVERIFY(validated());
    VendorFieldsForm *form = m_wizard->validatePage()->form();
    QCOMPARE(form->headerFieldCount(), 2);
    QCOMPARE(form->lineFieldCount(), 0);
    // Labelled by the description, pre-filled where the answer has a value.
    auto *dealRegistration =
        qobject_cast<QLineEdit *>(form->headerEditor(QStringLiteral("hpeDealRegistration")));
    QVERIFY(dealRegistration);
    QCOMPARE(dealRegistration->text(), QStringLiteral("DR-558120"));
    const QList<QLabel *> labels = form->findChildren<QLabel *>();
    bool labelled = false;
    for (QLabel *label : labels)
        labelled =
            labelled || label->text().startsWith(QStringLiteral("End user license, contract"));
    QVERIFY(labelled);
    auto *contract =
        qobject_cast<QLineEdit *>(form->headerEditor(QStringLiteral("endUserContractNumber")));
    QVERIFY(contract);
    QVERIFY(contract->text().isEmpty());
    QVERIFY(!nextButton()->isEnabled());
    QVERIFY(m_wizard->validatePage()->missingNote().contains(
        QStringLiteral("End user license, contract or authorization number")));
    grab(QStringLiteral("wizard-2-validate-header.png"));

    QTest::keyClicks(contract, QStringLiteral("CN-7781"));
    QVERIFY(nextButton()->isEnabled());
    QVERIFY(m_wizard->validatePage()->missingNote().isEmpty());
    QVERIFY(clickNext());
    QCOMPARE(m_wizard->currentId(), int(Page::HeaderPage));
    // The customer PO is required: Next waits for it.
    QVERIFY(!nextButton()->isEnabled());
    typeInto("customerPoEdit", QStringLiteral("WIZ-HDR-1"));
    QVERIFY(nextButton()->isEnabled());

    // Back and Next keep what was entered.
    QTest::mouseClick(backButton(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(Page::ValidatePage));
    QCOMPARE(contract->text(), QStringLiteral("CN-7781"));
    QTest::mouseClick(backButton(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(Page::QuotePage));
    QVERIFY(clickNext());
    QVERIFY(validated());
    QCOMPARE(qobject_cast<QLineEdit *>(form->headerEditor(QStringLiteral("endUserContractNumber")))
                 ->text(),
             QStringLiteral("CN-7781"));
    QVERIFY(clickNext());
    QCOMPARE(child<QLineEdit>("customerPoEdit")->text(), QStringLiteral("WIZ-HDR-1"));
    QCOMPARE(m_wizard->request().headerFieldValue(QStringLiteral("endUserContractNumber")),
             QStringLiteral("CN-7781"));
}

void TestQuoteToOrderWizard::lineFieldsBlockNextUntilFilled()
{
    makeWizard();
    QVERIFY(openQuote(LineFields));
    QVERIFY(clickNext());
    QVERIFY(validated());
    VendorFieldsForm *form = m_wizard->validatePage()->form();
    QCOMPARE(form->headerFieldCount(), 0);
    QCOMPARE(form->lineFieldCount(), 2);
    QTableWidget *table = form->linesTable();
    const int configRow = form->lineRow(QStringLiteral("1"), QStringLiteral("dellConfigurationId"));
    const int siteRow = form->lineRow(QStringLiteral("1"), QStringLiteral("endUserSiteId"));
    QVERIFY(configRow >= 0 && siteRow >= 0);
    QCOMPARE(table->item(configRow, VendorFieldsForm::ValueColumn)->text(),
             QStringLiteral("CFG-88213"));
    QVERIFY(table->item(siteRow, VendorFieldsForm::FieldColumn)
                ->text()
                .startsWith(QStringLiteral("End user site ID")));
    QVERIFY(!nextButton()->isEnabled());
    QVERIFY(m_wizard->validatePage()->missingNote().contains(
        QStringLiteral("Line 1: End user site ID")));
    grab(QStringLiteral("wizard-2-validate-lines.png"));

    table->setCurrentCell(siteRow, VendorFieldsForm::ValueColumn);
    table->item(siteRow, VendorFieldsForm::ValueColumn)->setText(QStringLiteral("SITE-42"));
    QCOMPARE(table->item(siteRow, VendorFieldsForm::ValueColumn)->text(),
             QStringLiteral("SITE-42"));
    QVERIFY(nextButton()->isEnabled());
    QCOMPARE(
        m_wizard->request().lineFieldValue(QStringLiteral("1"), QStringLiteral("endUserSiteId")),
        QStringLiteral("SITE-42"));
    // Clearing it again blocks Next again.
    table->item(siteRow, VendorFieldsForm::ValueColumn)->setText(QString());
    QVERIFY(!nextButton()->isEnabled());
}

// Opens the cell editor of line 1's site ID, as F2 does, and types into it.
QLineEdit *TestQuoteToOrderWizard::typeSiteId(const QString &text)
{
    makeWizard();
    if (!openQuote(LineFields) || !clickNext() || !validated())
        return nullptr;
    VendorFieldsForm *form = m_wizard->validatePage()->form();
    QTableWidget *table = form->linesTable();
    const int siteRow = form->lineRow(QStringLiteral("1"), QStringLiteral("endUserSiteId"));
    if (siteRow < 0)
        return nullptr;
    table->setFocus();
    table->setCurrentCell(siteRow, VendorFieldsForm::ValueColumn);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(table->currentIndex()));
    if (editor)
        QTest::keyClicks(editor, text);
    return editor;
}

void TestQuoteToOrderWizard::lineFieldTypedThroughTheEditor()
{
    QLineEdit *editor = typeSiteId(QStringLiteral("SITE-42"));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    // The view takes the editor's value through the event loop.
    QTRY_COMPARE(
        m_wizard->request().lineFieldValue(QStringLiteral("1"), QStringLiteral("endUserSiteId")),
        QStringLiteral("SITE-42"));
    QVERIFY(nextButton()->isEnabled());
}

void TestQuoteToOrderWizard::closingWhileALineFieldIsEditedKeepsIt()
{
    QVERIFY(typeSiteId(QStringLiteral("SITE-43")));
    // Deleted with the editor still open: its value must reach the draft while the wizard is
    // whole, and nothing may write into the wizard once its members are gone.
    m_wizard.reset();
    QuoteOrderDraft saved;
    QVERIFY(m_drafts->load(profile().id, &saved));
    QCOMPARE(saved.quoteNumber, LineFields);
    QCOMPARE(
        saved.lineFieldValues.value(QStringLiteral("1")).value(QStringLiteral("endUserSiteId")),
        QStringLiteral("SITE-43"));
}

void TestQuoteToOrderWizard::expiredQuoteIsRefusedWithItsReason()
{
    makeWizard();
    QVERIFY(openQuote(Expired));
    auto *refusal = child<QLabel>("quoteRefusal");
    QVERIFY(refusal->isVisible());
    QVERIFY2(refusal->text().contains(QStringLiteral("expired on")), qPrintable(refusal->text()));
    QVERIFY(!nextButton()->isEnabled());
    QVERIFY(!m_wizard->hasQuote());
    // The details are still shown, legal texts included.
    QVERIFY(
        child<QTextBrowser>("quoteDetails")->toPlainText().contains(QStringLiteral("Legal terms")));
    grab(QStringLiteral("wizard-1-expired.png"));

    QVERIFY(openQuote(Draft));
    QVERIFY2(refusal->text().contains(QStringLiteral("Draft"), Qt::CaseInsensitive),
             qPrintable(refusal->text()));
    QVERIFY(!nextButton()->isEnabled());
    // An orderable one afterwards can go on.
    QVERIFY(openQuote(NoFields));
    QVERIFY(!refusal->isVisible());
    QVERIFY(nextButton()->isEnabled());
}

void TestQuoteToOrderWizard::searchUsesTheFiltersAndPages()
{
    makeWizard();
    QuoteSelectPage *page = m_wizard->quoteSelectPage();
    typeInto("vendorFilterEdit", QStringLiteral("Dell"));
    QTest::mouseClick(child<QPushButton>("searchButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([page] { return !page->isBusy(); }, 15000));
    QTableWidget *table = page->resultsTable();
    QVERIFY(table->rowCount() > 0);
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY(table->item(row, QuoteSelectPage::VendorColumn)
                    ->text()
                    .contains(QStringLiteral("Dell")));
    const QByteArray search = m_sandbox->receivedRequests().constLast().query;
    QVERIFY2(search.contains("vendorName=Dell"), search.constData());

    // Every quote over a year, a page at a time.
    child<QLineEdit>("vendorFilterEdit")->clear();
    child<QCheckBox>("createdCheck")->setChecked(true);
    child<QDateEdit>("createdFromEdit")->setDate(QDate::currentDate().addYears(-1));
    child<QDateEdit>("createdToEdit")->setDate(QDate::currentDate());
    QTest::mouseClick(child<QPushButton>("searchButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([page] { return !page->isBusy(); }, 15000));
    QVERIFY2(page->resultPage().recordsFound > QuoteSearchQuery::DefaultPageSize,
             qPrintable(QString::number(page->resultPage().recordsFound)));
    QCOMPARE(table->rowCount(), QuoteSearchQuery::DefaultPageSize);
    const QString firstOnPage1 = table->item(0, QuoteSelectPage::NumberColumn)->text();
    auto *nextPage = child<QPushButton>("nextPageButton");
    QVERIFY(nextPage->isEnabled());
    QTest::mouseClick(nextPage, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([page] { return !page->isBusy(); }, 15000));
    QVERIFY(child<QLabel>("pageLabel")->text().contains(QStringLiteral("page 2")));
    QVERIFY(table->item(0, QuoteSelectPage::NumberColumn)->text() != firstOnPage1);
    QVERIFY(child<QPushButton>("previousPageButton")->isEnabled());

    // Choosing a row shows its details.
    table->selectRow(0);
    QVERIFY(QTest::qWaitFor([page] { return !page->isBusy(); }, 15000));
    QVERIFY(child<QTextBrowser>("quoteDetails")
                ->toPlainText()
                .contains(table->item(0, QuoteSelectPage::NumberColumn)->text()));
    grab(QStringLiteral("wizard-1-search.png"));
}

void TestQuoteToOrderWizard::missingContactPointsToTheProfile()
{
    makeWizard(profile(ConnectionProfile::QuoteOrderEndpoint::V7Create, QString()));
    MessageBanner *banner = m_wizard->quoteSelectPage()->banner();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("customer contact e-mail")));
    QVERIFY(banner->detail().contains(QStringLiteral("Profiles")));
    m_sandbox->clearReceivedRequests();
    QTest::mouseClick(child<QPushButton>("searchButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return !m_wizard->quoteSelectPage()->isBusy(); }, 15000));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("customer contact e-mail")));
    QVERIFY(banner->detail().contains(QStringLiteral("Profiles")));
    QCOMPARE(m_sandbox->receivedRequests().size(), 0); // refused before sending
    // A quote can still be opened by its number.
    QVERIFY(openQuote(NoFields));
    QVERIFY(nextButton()->isEnabled());
}

void TestQuoteToOrderWizard::reachReview(const QString &quote, const QString &po)
{
    QVERIFY(openQuote(quote));
    QVERIFY(clickNext());
    QVERIFY(validated());
    VendorFieldsForm *form = m_wizard->validatePage()->form();
    if (auto *contract =
            qobject_cast<QLineEdit *>(form->headerEditor(QStringLiteral("endUserContractNumber"))))
        QTest::keyClicks(contract, QStringLiteral("CN-7781"));
    const int siteRow = form->lineRow(QStringLiteral("1"), QStringLiteral("endUserSiteId"));
    if (siteRow >= 0)
        form->linesTable()
            ->item(siteRow, VendorFieldsForm::ValueColumn)
            ->setText(QStringLiteral("SITE-42"));
    if (m_wizard->currentId() == Page::ValidatePage)
        QVERIFY(clickNext());
    QVERIFY(waitForPage(Page::HeaderPage));
    typeInto("customerPoEdit", po);
    typeInto("endCustomerPoEdit", QStringLiteral("EC-") + po.right(4));
    child<QPlainTextEdit>("notesEdit")
        ->setPlainText(QStringLiteral("Ordered from the quote wizard"));
    fillShipTo();
    typeInto("endUserCompanyEdit", QStringLiteral("Contoso Health IT"));
    typeInto("endUserEmailEdit", QStringLiteral("it@contoso.example"));
    grab(QStringLiteral("wizard-3-header.png"));
    QVERIFY(clickNext());
    QCOMPARE(m_wizard->currentId(), int(Page::ReviewPage));
}

void TestQuoteToOrderWizard::placeAndWait()
{
    QVERIFY(placeButton()->isVisible());
    QVERIFY(placeButton()->isEnabled());
    QTest::mouseClick(placeButton(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(Page::ResultPage));
    // The place button cannot fire twice: it is gone, and Back cannot return to it.
    QVERIFY(!placeButton()->isVisible());
    QVERIFY(!backButton()->isEnabled() || !backButton()->isVisible());
    // Done, or sent back to the page of a field the server refused.
    QVERIFY(QTest::qWaitFor(
        [this] {
            return m_wizard->resultPage()->isComplete() ||
                   m_wizard->currentId() != Page::ResultPage;
        },
        20000));
}

void TestQuoteToOrderWizard::v7OrderIsPlacedAndFoundBySearch()
{
    m_tracker->restart(profile().id, {});
    makeWizard();
    reachReview(HeaderFields, QStringLiteral("WIZ-V7-1"));
    QuoteReviewPage *review = m_wizard->reviewPage();
    const QString summary = review->summaryText();
    for (const QString &expected :
         {QStringLiteral("WIZ-V7-1"), QStringLiteral("CN-7781"), QStringLiteral("DR-558120"),
          QStringLiteral("Redmond"), QStringLiteral("/resellers/v7/orders"),
          QStringLiteral("End user license, contract or authorization number")})
        QVERIFY2(summary.contains(expected), qPrintable(expected));
    // The exact body: the request's own JSON for v7.
    QVERIFY(!child<QPlainTextEdit>("requestBody")->isVisible());
    QTest::mouseClick(child<QPushButton>("showBodyButton"), Qt::LeftButton);
    QVERIFY(child<QPlainTextEdit>("requestBody")->isVisible());
    const QJsonObject body = QJsonDocument::fromJson(review->requestBody().toUtf8()).object();
    QCOMPARE(body, m_wizard->request().toJsonV7());
    QCOMPARE(body.value(QStringLiteral("quoteNumber")).toString(), HeaderFields);
    QCOMPARE(body.value(QStringLiteral("customerOrderNumber")).toString(),
             QStringLiteral("WIZ-V7-1"));
    grab(QStringLiteral("wizard-4-review.png"));

    placeAndWait();
    OrderSubmission *submission = m_wizard->submission();
    QCOMPARE(submission->outcome(), Outcome::ConfirmedV7);
    const QString confirmation = submission->confirmation().confirmationNumber;
    QVERIFY(!confirmation.isEmpty());
    QVERIFY(m_wizard->resultPage()->details().contains(confirmation));
    QCOMPARE(posts(QStringLiteral("/resellers/v7/orders")), 1);
    // Tracked in the pending orders.
    const QString entryId = m_wizard->resultPage()->pendingEntryId();
    QVERIFY(!entryId.isEmpty());
    QCOMPARE(m_tracker->entry(entryId).customerOrderNumber, QStringLiteral("WIZ-V7-1"));
    QCOMPARE(m_tracker->entry(entryId).confirmationNumber, confirmation);
    QVERIFY(m_wizard->resultPage()->details().contains(QStringLiteral("Pending orders")));
    // The order is confirmed: no draft is left.
    QVERIFY(!m_drafts->contains(profile().id));
    grab(QStringLiteral("wizard-5-result-v7.png"));

    // The order shows up after the sandbox's v7 delay.
    QVERIFY(findByPo(QStringLiteral("WIZ-V7-1")).isEmpty());
    m_sandbox->advanceClock(61);
    const QList<OrderSummary> found = findByPo(QStringLiteral("WIZ-V7-1"));
    QCOMPARE(found.size(), 1);
    // The tracker finds it too, and the result page links to it.
    QVERIFY(m_tracker->checkNow(entryId));
    QVERIFY(QTest::qWaitFor(
        [this, &entryId] { return m_tracker->entry(entryId).state == PendingOrder::State::Found; },
        20000));
    QVERIFY(m_wizard->resultPage()->details().contains(found.first().ingramOrderNumber));
    QSignalSpy open(m_wizard.get(), &QuoteToOrderWizard::openOrderRequested);
    Q_EMIT child<QTextBrowser>("resultDetails")
        ->anchorClicked(QUrl(QStringLiteral("order:") + found.first().ingramOrderNumber));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), found.first().ingramOrderNumber);
    grab(QStringLiteral("wizard-5-result-v7-found.png"));
}

void TestQuoteToOrderWizard::v6QuoteToOrderIsPlacedAndFoundBySearch()
{
    makeWizard(profile(ConnectionProfile::QuoteOrderEndpoint::V6QuoteToOrder));
    QCOMPARE(m_wizard->orderVersion(), OrderApiVersion::V6);
    reachReview(LineFields, QStringLiteral("WIZ-V6-1"));
    QVERIFY(
        m_wizard->reviewPage()->summaryText().contains(QStringLiteral("/resellers/v6/q2o/orders")));
    const QJsonObject body =
        QJsonDocument::fromJson(m_wizard->reviewPage()->requestBody().toUtf8()).object();
    QCOMPARE(body, m_wizard->request().toJsonV6());
    QVERIFY(QJsonDocument(body).toJson().contains("SITE-42"));

    placeAndWait();
    QCOMPARE(m_wizard->submission()->outcome(), Outcome::ConfirmedV7);
    QCOMPARE(posts(QStringLiteral("/resellers/v6/q2o/orders")), 1);
    QCOMPARE(posts(QStringLiteral("/resellers/v7/orders")), 0);
    const QList<OrderSummary> found = findByPo(QStringLiteral("WIZ-V6-1"));
    QCOMPARE(found.size(), 1);
    grab(QStringLiteral("wizard-5-result-v6.png"));
}

void TestQuoteToOrderWizard::draftReopensOnThePageItWasClosedOn()
{
    makeWizard();
    QVERIFY(openQuote(HeaderFields));
    QVERIFY(clickNext());
    QVERIFY(validated());
    QTest::keyClicks(
        m_wizard->validatePage()->form()->headerEditor(QStringLiteral("endUserContractNumber")),
        QStringLiteral("CN-DRAFT"));
    QVERIFY(clickNext());
    QCOMPARE(m_wizard->currentId(), int(Page::HeaderPage));
    typeInto("customerPoEdit", QStringLiteral("WIZ-DRAFT-1"));
    typeInto("shipToCityEdit", QStringLiteral("Redmond"));
    m_wizard->close(); // the user closes the window
    QVERIFY(m_drafts->contains(profile().id));
    QuoteOrderDraft saved;
    QVERIFY(m_drafts->load(profile().id, &saved));
    QCOMPARE(saved.page, int(Page::HeaderPage));
    QCOMPARE(saved.quoteNumber, HeaderFields);

    // Next time: it offers the draft and reopens on the order header page.
    makeWizard();
    QVERIFY(m_wizard->hasSavedDraft());
    QVERIFY(m_wizard->resumeSavedDraft());
    QVERIFY(waitForPage(Page::HeaderPage));
    QCOMPARE(child<QLineEdit>("customerPoEdit")->text(), QStringLiteral("WIZ-DRAFT-1"));
    QCOMPARE(child<QLineEdit>("shipToCityEdit")->text(), QStringLiteral("Redmond"));
    QCOMPARE(m_wizard->quote().quoteNumber, HeaderFields);
    QCOMPARE(m_wizard->request().headerFieldValue(QStringLiteral("endUserContractNumber")),
             QStringLiteral("CN-DRAFT"));
    QTest::mouseClick(backButton(), Qt::LeftButton);
    QCOMPARE(qobject_cast<QLineEdit *>(m_wizard->validatePage()->form()->headerEditor(
                                           QStringLiteral("endUserContractNumber")))
                 ->text(),
             QStringLiteral("CN-DRAFT"));

    // Through the main window's launcher the question is asked; starting over drops it.
    QuoteOrderLauncher launcher(m_client.get(), m_orders.get(), nullptr);
    launcher.setDraftStore(m_drafts.get());
    int asked = 0;
    launcher.setResumeQuestion([&asked](const QuoteOrderDraft &draft) {
        ++asked;
        return draft.quoteNumber == HeaderFields;
    });
    m_wizard->close();
    QVERIFY(m_drafts->contains(profile().id));
    QuoteToOrderWizard *reopened = launcher.open();
    QCOMPARE(asked, 1);
    QVERIFY(
        QTest::qWaitFor([reopened] { return reopened->currentId() == Page::ValidatePage; }, 15000));
    reopened->close();
}

void TestQuoteToOrderWizard::serverFieldErrorsLandOnTheirFields()
{
    // The desk checks what it knows; the server names what it refuses. A vendor field the
    // validate answer did not mark required is refused by the sandbox's q2o endpoint when
    // empty, so the answer's fields go back to the page and field they name.
    makeWizard(profile(ConnectionProfile::QuoteOrderEndpoint::V6QuoteToOrder));
    reachReview(HeaderFields, QStringLiteral("WIZ-REFUSE"));
    // Empty the pre-filled vendor value behind the form's back: only the server catches it.
    m_wizard->draft().headerFieldValues.insert(QStringLiteral("hpeDealRegistration"), QString());
    QuoteValidation validation = m_wizard->validation();
    for (VendorField &field : validation.headerFields)
        field.required = false;
    m_wizard->setValidation(validation);
    m_wizard->reviewPage()->initializePage();
    QSignalSpy outcomes(m_wizard.get(), &QuoteToOrderWizard::statusMessage);
    placeAndWait();
    QVERIFY(waitForPage(Page::ValidatePage));
    QVERIFY(!outcomes.isEmpty());
    QVERIFY2(outcomes.first().first().toString().contains(QStringLiteral("not placed")),
             qPrintable(outcomes.first().first().toString()));
    QVERIFY(validated());
    QVERIFY2(!m_wizard->validatePage()
                  ->form()
                  ->problemFor(QStringLiteral("hpeDealRegistration"))
                  .isEmpty(),
             "the server's message is shown next to the vendor field");
    QCOMPARE(posts(QStringLiteral("/resellers/v6/q2o/orders")), 1);
    QVERIFY(findByPo(QStringLiteral("WIZ-REFUSE")).isEmpty());
    QVERIFY(m_drafts->contains(profile().id));
    grab(QStringLiteral("wizard-2-server-error.png"));
}

void TestQuoteToOrderWizard::mainWindowOpensTheWizard()
{
    RequestLogModel log;
    MainWindow window(m_client.get(), m_orders.get(), &log);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.quoteOrderLauncher()->setDraftStore(m_drafts.get());
    auto *button = window.findChild<QToolButton *>(QStringLiteral("orderFromQuoteButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QuoteToOrderWizard *wizard = window.quoteOrderLauncher()->wizard();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(Page::QuotePage));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionOrderFromQuote"));
    QVERIFY(action);
    action->trigger();
    QCOMPARE(window.quoteOrderLauncher()->wizard(), wizard); // one at a time
    wizard->close();
}

QTEST_MAIN(TestQuoteToOrderWizard)
#include "tst_quotetoorderwizard.moc"
