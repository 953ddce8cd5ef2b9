#include "quoteselectpage.h"
#include "ui_quoteselectpage.h"

#include "displayformat.h"
#include "messagebanner.h"
#include "quotejobs.h"
#include "quoteorderhtml.h"
#include "quotesservice.h"
#include "quotetoorderwizard.h"

#include <QHeaderView>
#include <QPushButton>

QuoteSelectPage::QuoteSelectPage(QuoteToOrderWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::QuoteSelectPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    m_ui->resultsTable->setColumnCount(ColumnCount);
    m_ui->resultsTable->setHorizontalHeaderLabels({tr("Quote"), tr("Name"), tr("Vendor"),
                                                   tr("End user"), tr("Status"), tr("Total"),
                                                   tr("Created"), tr("Expires")});
    m_ui->resultsTable->verticalHeader()->hide();
    m_ui->resultsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->resultsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->statusFilterCombo->addItem(tr("Any status"), QString());
    for (const QString &status : QuoteSearchQuery::statusValues())
        m_ui->statusFilterCombo->addItem(status, status);
    const QDate today = QDate::currentDate();
    m_ui->createdFromEdit->setDate(today.addDays(-30));
    m_ui->createdToEdit->setDate(today);
    m_ui->filterProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->quoteRefusal->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    // Filters plus a few result rows above, the details with their legal texts below.
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({360, 300});
    m_ui->resultsTable->setMinimumHeight(120);

    connect(m_ui->openNumberEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->openButton->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_ui->openNumberEdit, &QLineEdit::returnPressed, m_ui->openButton, &QPushButton::click);
    connect(m_ui->openButton, &QPushButton::clicked, this,
            [this] { loadQuote(m_ui->openNumberEdit->text().trimmed()); });
    connect(m_ui->searchButton, &QPushButton::clicked, this, &QuoteSelectPage::search);
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, &QuoteSelectPage::clearFilters);
    connect(m_ui->nextPageButton, &QPushButton::clicked, this, &QuoteSelectPage::nextResultsPage);
    connect(m_ui->previousPageButton, &QPushButton::clicked, this,
            &QuoteSelectPage::previousResultsPage);
    connect(m_ui->createdCheck, &QCheckBox::toggled, m_ui->createdFromEdit, &QWidget::setEnabled);
    connect(m_ui->createdCheck, &QCheckBox::toggled, m_ui->createdToEdit, &QWidget::setEnabled);
    for (QLineEdit *edit : {m_ui->numberFilterEdit, m_ui->nameFilterEdit, m_ui->vendorFilterEdit,
                            m_ui->bidFilterEdit, m_ui->contactFilterEdit})
        connect(edit, &QLineEdit::returnPressed, this, &QuoteSelectPage::search);
    connect(m_ui->resultsTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> selected = m_ui->resultsTable->selectedItems();
        if (!selected.isEmpty()) {
            const QString number =
                m_ui->resultsTable->item(selected.constFirst()->row(), NumberColumn)->text();
            if (number != m_loadedNumber)
                loadQuote(number);
        }
    });
    connect(m_ui->quoteBanner, &MessageBanner::retryRequested, this, [this] {
        if (!m_loadedNumber.isEmpty() && !m_orderable && m_refusal.isEmpty())
            loadQuote(m_loadedNumber);
        else
            runSearch(m_lastQuery.pageNumber);
    });
}

QuoteSelectPage::~QuoteSelectPage() = default;

MessageBanner *QuoteSelectPage::banner() const
{
    return m_ui->quoteBanner;
}

QTableWidget *QuoteSelectPage::resultsTable() const
{
    return m_ui->resultsTable;
}

QTextBrowser *QuoteSelectPage::detailsBrowser() const
{
    return m_ui->quoteDetails;
}

void QuoteSelectPage::initializePage()
{
    showContactHint();
    if (m_wizard->hasQuote() && m_loadedNumber != m_wizard->quote().quoteNumber) {
        m_ui->openNumberEdit->setText(m_wizard->quote().quoteNumber);
        loadQuote(m_wizard->quote().quoteNumber);
    } else if (m_wizard->hasQuote()) {
        // Back from a later page: details are shown, nothing to load.
    } else if (!m_wizard->draft().quoteNumber.isEmpty()) {
        m_ui->openNumberEdit->setText(m_wizard->draft().quoteNumber);
        loadQuote(m_wizard->draft().quoteNumber);
    }
}

void QuoteSelectPage::showContactHint()
{
    if (!m_wizard->profile().customerContact.trimmed().isEmpty())
        return;
    m_ui->quoteBanner->showMessage(
        MessageBanner::Type::Warning,
        tr("Quote search needs the customer contact e-mail of the profile “%1”.")
            .arg(m_wizard->profile().name),
        tr("Add it under File → Connection Profiles… (Customer contact e-mail). You can still open "
           "a quote "
           "by its number."));
    m_ui->quoteBanner->setRetryVisible(false);
}

bool QuoteSelectPage::isComplete() const
{
    return m_orderable && !m_detailsJob && m_wizard->hasQuote() &&
           m_wizard->quote().quoteNumber == m_loadedNumber;
}

QuoteSearchQuery QuoteSelectPage::query() const
{
    QuoteSearchQuery query;
    query.quoteNumber = m_ui->numberFilterEdit->text().trimmed();
    query.quoteName = m_ui->nameFilterEdit->text().trimmed();
    query.vendorName = m_ui->vendorFilterEdit->text().trimmed();
    query.specialBidNumber = m_ui->bidFilterEdit->text().trimmed();
    query.endUserContact = m_ui->contactFilterEdit->text().trimmed();
    query.status = m_ui->statusFilterCombo->currentData().toString();
    if (m_ui->createdCheck->isChecked())
        query.createdRange = {m_ui->createdFromEdit->date(), m_ui->createdToEdit->date()};
    return query;
}

void QuoteSelectPage::clearFilters()
{
    for (QLineEdit *edit : {m_ui->numberFilterEdit, m_ui->nameFilterEdit, m_ui->vendorFilterEdit,
                            m_ui->bidFilterEdit, m_ui->contactFilterEdit})
        edit->clear();
    m_ui->statusFilterCombo->setCurrentIndex(0);
    m_ui->createdCheck->setChecked(false);
    m_ui->filterProblem->hide();
}

void QuoteSelectPage::search()
{
    m_lastQuery = query();
    runSearch(1);
}

void QuoteSelectPage::nextResultsPage()
{
    if (m_page.hasMorePages())
        runSearch(m_lastQuery.pageNumber + 1);
}

void QuoteSelectPage::previousResultsPage()
{
    if (m_lastQuery.pageNumber > 1)
        runSearch(m_lastQuery.pageNumber - 1);
}

void QuoteSelectPage::runSearch(int pageNumber)
{
    QuoteSearchQuery query = m_lastQuery;
    query.pageNumber = pageNumber;
    const QList<QuoteSearchQuery::Problem> problems = query.validate();
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const QuoteSearchQuery::Problem &problem : problems)
            messages.append(problem.message);
        m_ui->filterProblem->setText(messages.join(QLatin1Char('\n')));
        m_ui->filterProblem->show();
        return;
    }
    m_ui->filterProblem->hide();
    if (m_searchJob)
        m_searchJob->cancel();
    m_lastQuery = query;
    m_ui->quoteBanner->dismiss();
    QuoteSearchJob *job = m_wizard->services().quotes->search(query, this);
    m_searchJob = job;
    connect(job, &ApiJob::finished, this, [this, job] { onSearchFinished(job); });
    updateBusy();
}

void QuoteSelectPage::onSearchFinished(QuoteSearchJob *job)
{
    if (job != m_searchJob)
        return;
    m_searchJob = nullptr;
    updateBusy();
    if (job->wasCancelled())
        return;
    if (job->hasError()) {
        const ApiError &error = job->error();
        if (error.kind == ApiError::Kind::Configuration &&
            !error.fieldMessage(QLatin1String(ConnectionProfile::FieldCustomerContact)).isEmpty()) {
            m_ui->quoteBanner->showMessage(
                MessageBanner::Type::Error,
                tr("Quotes cannot be searched without the customer contact e-mail of the "
                   "profile."),
                tr("Add it under File → Connection Profiles… (Customer contact e-mail), or open a "
                   "quote by "
                   "its number."));
            m_ui->quoteBanner->setRetryVisible(false);
        } else {
            m_ui->quoteBanner->showError(error);
            m_ui->quoteBanner->setRetryVisible(true);
        }
        return;
    }
    m_page = job->page();
    showResults();
}

void QuoteSelectPage::showResults()
{
    QTableWidget *table = m_ui->resultsTable;
    const QSignalBlocker blocker(table);
    table->clearContents();
    table->setRowCount(int(m_page.quotes.size()));
    for (int row = 0; row < m_page.quotes.size(); ++row) {
        const QuoteSummary &quote = m_page.quotes.at(row);
        const QStringList cells = {quote.quoteNumber,
                                   quote.quoteName,
                                   quote.vendor,
                                   quote.endUserName.isEmpty() ? quote.endUserContact
                                                               : quote.endUserName,
                                   quote.status,
                                   DisplayFormat::money(quote.quoteTotal, quote.currencyCode),
                                   DisplayFormat::date(quote.created),
                                   quote.expiry.isValid() && quote.expiry.date().year() > 1
                                       ? DisplayFormat::date(quote.expiry)
                                       : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == TotalColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!quote.isOrderable())
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            table->setItem(row, column, item);
        }
        if (quote.quoteNumber == m_loadedNumber)
            table->selectRow(row);
    }
    table->resizeColumnsToContents();
    const int pages = m_page.pageCount();
    m_ui->pageLabel->setText(m_page.recordsFound == 0
                                 ? tr("No quotes match these filters.")
                                 : tr("%n quote(s), page %1 of %2", nullptr, m_page.recordsFound)
                                       .arg(m_lastQuery.pageNumber)
                                       .arg(qMax(1, pages)));
    m_ui->previousPageButton->setEnabled(m_lastQuery.pageNumber > 1);
    m_ui->nextPageButton->setEnabled(m_page.hasMorePages());
}

void QuoteSelectPage::loadQuote(const QString &quoteNumber)
{
    if (quoteNumber.isEmpty())
        return;
    if (m_detailsJob)
        m_detailsJob->cancel();
    m_loadedNumber = quoteNumber;
    m_orderable = false;
    m_refusal.clear();
    m_ui->quoteRefusal->hide();
    m_ui->quoteBanner->dismiss();
    m_ui->quoteDetails->setHtml(QStringLiteral("<p><i>%1</i></p>")
                                    .arg(tr("Loading quote %1…").arg(quoteNumber).toHtmlEscaped()));
    QuoteDetailsJob *job = m_wizard->services().quotes->details(quoteNumber, this);
    m_detailsJob = job;
    connect(job, &ApiJob::finished, this, [this, job] { onDetailsFinished(job); });
    updateBusy();
    Q_EMIT completeChanged();
}

void QuoteSelectPage::onDetailsFinished(QuoteDetailsJob *job)
{
    if (job != m_detailsJob)
        return;
    m_detailsJob = nullptr;
    updateBusy();
    if (job->wasCancelled()) {
        m_ui->quoteDetails->clear();
        Q_EMIT completeChanged();
        return;
    }
    if (job->hasError()) {
        m_wizard->stopResume();
        m_ui->quoteDetails->clear();
        m_ui->quoteBanner->showError(job->error());
        m_ui->quoteBanner->setRetryVisible(job->error().kind != ApiError::Kind::Http ||
                                           job->error().httpStatus >= 500);
        Q_EMIT completeChanged();
        return;
    }
    const QuoteDetails &quote = job->details();
    m_ui->quoteDetails->setHtml(QuoteOrderHtml::quoteDetails(quote));
    m_refusal = quote.orderRefusal();
    m_orderable = m_refusal.isEmpty();
    m_ui->quoteRefusal->setText(m_refusal);
    m_ui->quoteRefusal->setVisible(!m_orderable);
    if (m_orderable)
        m_wizard->setQuote(quote);
    else
        m_wizard->stopResume();
    Q_EMIT completeChanged();
    if (m_orderable)
        m_wizard->continueResume();
}

void QuoteSelectPage::updateBusy()
{
    m_ui->searchBusy->setVisible(m_searchJob || m_detailsJob);
    m_ui->searchButton->setEnabled(!m_searchJob);
}
