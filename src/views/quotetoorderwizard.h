// The quote-to-order wizard: choose a quote, fill in the vendor's mandatory fields, the order
// header, review and place the order; closing it keeps a draft that reopens where it was.
#pragma once

#include "apierror.h"
#include "connectionprofile.h"
#include "ordersubmission.h"
#include "quotedetails.h"
#include "quoteorderdraft.h"
#include "quotetoorderrequest.h"
#include "quotevalidation.h"

#include <QPointer>
#include <QWizard>

class OrderWriteService;
class OrdersService;
class PendingOrderTracker;
class QTimer;
class QuoteOrderDraftStore;
class QuoteOrderHeaderPage;
class QuoteOrderService;
class QuoteOrderResultPage;
class QuoteReviewPage;
class QuoteSelectPage;
class QuoteValidatePage;
class QuotesService;

class QuoteToOrderWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        QuotePage,
        ValidatePage,
        HeaderPage,
        ReviewPage,
        ResultPage
    };
    Q_ENUM(PageId)

    struct Services
    {
        QuotesService *quotes = nullptr;
        QuoteOrderService *quoteOrders = nullptr;
        OrdersService *orders = nullptr;
        OrderWriteService *writer = nullptr;
        PendingOrderTracker *tracker = nullptr; // optional: v7 orders are followed there
        QuoteOrderDraftStore *drafts = nullptr; // optional: without it nothing is kept
    };

    static constexpr int DraftSaveDelayMs = 500;

    QuoteToOrderWizard(const Services &services, const ConnectionProfile &profile,
                       QWidget *parent = nullptr);
    ~QuoteToOrderWizard() override;

    const Services &services() const { return m_services; }
    const ConnectionProfile &profile() const { return m_profile; }
    // From the profile's "Quote orders through" setting.
    OrderApiVersion orderVersion() const;
    QString endpointDescription() const;

    // The quote chosen on the first page; a different one drops what belonged to the old one.
    void setQuote(const QuoteDetails &quote);
    const QuoteDetails &quote() const { return m_quote; }
    bool hasQuote() const { return !m_quote.quoteNumber.isEmpty(); }
    void setValidation(const QuoteValidation &validation);
    const QuoteValidation &validation() const { return m_validation; }
    bool hasValidation() const { return m_hasValidation; }

    // What the pages edit; saved as the draft.
    QuoteOrderDraft &draft() { return m_draft; }
    const QuoteOrderDraft &draft() const { return m_draft; }
    // The request as it would be sent now.
    QuoteToOrderRequest request() const;
    QList<QuoteToOrderRequest::Problem> problems() const;

    // Problems the server named for fields, until the field is edited again.
    const QList<ApiFieldError> &serverProblems() const { return m_serverProblems; }
    void clearServerProblem(const QString &field);

    // Drafts: one per profile.
    bool hasSavedDraft() const;
    // Loads the saved draft and moves forward to the page it was left on (asynchronously:
    // the quote and its validation are loaded again on the way).
    bool resumeSavedDraft(QString *error = nullptr);
    bool discardSavedDraft();
    // Pages call this after every edit.
    void draftChanged();
    bool saveDraftNow();
    // The page a resume is heading for, or -1.
    int resumeTarget() const { return m_resumeTarget; }
    // Pages call this when what they loaded arrived: a resume goes on to the next page.
    void continueResume();
    void stopResume() { m_resumeTarget = -1; }

    // Places the order once; later calls return the same attempt.
    OrderSubmission *submit();
    OrderSubmission *submission() const { return m_submission; }
    // After a refusal that named fields: back to the first page with such a field.
    void correctAfterRefusal();

    QuoteSelectPage *quoteSelectPage() const { return m_quotePage; }
    QuoteValidatePage *validatePage() const { return m_validatePage; }
    QuoteOrderHeaderPage *headerPage() const { return m_headerPage; }
    QuoteReviewPage *reviewPage() const { return m_reviewPage; }
    QuoteOrderResultPage *resultPage() const { return m_resultPage; }

Q_SIGNALS:
    void openOrderRequested(const QString &orderNumber);
    void statusMessage(const QString &message);
    void draftSaved();

public Q_SLOTS:
    void done(int result) override;

private:
    void onCurrentIdChanged(int id);
    void onSubmissionFinished();
    int pageForField(const QString &field) const;

    Services m_services;
    ConnectionProfile m_profile;
    QuoteDetails m_quote;
    QuoteValidation m_validation;
    bool m_hasValidation = false;
    QuoteOrderDraft m_draft;
    QList<ApiFieldError> m_serverProblems;
    QTimer *m_saveTimer;
    int m_resumeTarget = -1;
    bool m_finished = false; // the order went through: nothing left to keep
    QPointer<OrderSubmission> m_submission;
    QuoteSelectPage *m_quotePage;
    QuoteValidatePage *m_validatePage;
    QuoteOrderHeaderPage *m_headerPage;
    QuoteReviewPage *m_reviewPage;
    QuoteOrderResultPage *m_resultPage;
};
