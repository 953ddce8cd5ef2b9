// The first page of the quote-to-order wizard: search quotes with their filters and paging, or
// open one by number; shows the chosen quote's details and why it cannot be ordered, if so.
#pragma once

#include "quotejobs.h"
#include "quotesearchpage.h"
#include "quotesearchquery.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class QuoteSelectPage;
}
class MessageBanner;
class QuoteToOrderWizard;
class QTableWidget;
class QTextBrowser;

class QuoteSelectPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        NameColumn,
        VendorColumn,
        EndUserColumn,
        StatusColumn,
        TotalColumn,
        CreatedColumn,
        ExpiryColumn,
        ColumnCount
    };

    explicit QuoteSelectPage(QuoteToOrderWizard *wizard);
    ~QuoteSelectPage() override;

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;

    // The filters as the form shows them.
    QuoteSearchQuery query() const;
    const QuoteSearchPage &resultPage() const { return m_page; }
    // Loads the quote's details; the page completes when it can be ordered.
    void loadQuote(const QString &quoteNumber);
    bool isBusy() const { return m_searchJob || m_detailsJob; }
    // Why the loaded quote cannot go on; empty when it can.
    QString refusal() const { return m_refusal; }
    MessageBanner *banner() const;
    QTableWidget *resultsTable() const;
    QTextBrowser *detailsBrowser() const;

public Q_SLOTS:
    void search();
    void nextResultsPage();
    void previousResultsPage();

private:
    void runSearch(int pageNumber);
    void onSearchFinished(QuoteSearchJob *job);
    void onDetailsFinished(QuoteDetailsJob *job);
    void showResults();
    void clearFilters();
    void updateBusy();
    void showContactHint();

    std::unique_ptr<Ui::QuoteSelectPage> m_ui;
    QuoteToOrderWizard *m_wizard;
    QuoteSearchQuery m_lastQuery;
    QuoteSearchPage m_page;
    QPointer<QuoteSearchJob> m_searchJob;
    QPointer<QuoteDetailsJob> m_detailsJob;
    QString m_loadedNumber;
    QString m_refusal;
    bool m_orderable = false;
};
