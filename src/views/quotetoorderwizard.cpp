#include "quotetoorderwizard.h"

#include "ordersubmission.h"
#include "orderwritejobs.h"
#include "pendingordertracker.h"
#include "quoteorderdraftstore.h"
#include "quoteorderheaderpage.h"
#include "quoteorderresultpage.h"
#include "quoteorderservice.h"
#include "quotereviewpage.h"
#include "quoteselectpage.h"
#include "quotevalidatepage.h"
#include "vendorfieldsform.h"

#include <QTimer>

QuoteToOrderWizard::QuoteToOrderWizard(const Services &services, const ConnectionProfile &profile,
                                       QWidget *parent)
    : QWizard(parent)
    , m_services(services)
    , m_profile(profile)
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("quoteToOrderWizard"));
    setWindowTitle(tr("Order from Quote"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(900, 640);
    m_draft = QuoteOrderDraft::create(profile.id, orderVersion());

    m_quotePage = new QuoteSelectPage(this);
    m_validatePage = new QuoteValidatePage(this);
    m_headerPage = new QuoteOrderHeaderPage(this);
    m_reviewPage = new QuoteReviewPage(this);
    m_resultPage = new QuoteOrderResultPage(this);
    setPage(QuotePage, m_quotePage);
    setPage(ValidatePage, m_validatePage);
    setPage(HeaderPage, m_headerPage);
    setPage(ReviewPage, m_reviewPage);
    setPage(ResultPage, m_resultPage);
    setStartId(QuotePage);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(DraftSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &QuoteToOrderWizard::saveDraftNow);
    connect(this, &QWizard::currentIdChanged, this, &QuoteToOrderWizard::onCurrentIdChanged);
}

QuoteToOrderWizard::~QuoteToOrderWizard()
{
    // A line field still being edited lands in the draft now, while the draft is there: the
    // pages are deleted after this wizard's members, and the editor would otherwise commit
    // into them on losing focus then.
    VendorFieldsForm *form = m_validatePage->form();
    form->commitPendingEdit();
    form->blockSignals(true);
    if (m_saveTimer->isActive())
        saveDraftNow();
}

OrderApiVersion QuoteToOrderWizard::orderVersion() const
{
    return m_profile.quoteOrderEndpoint == ConnectionProfile::QuoteOrderEndpoint::V6QuoteToOrder
               ? OrderApiVersion::V6
               : OrderApiVersion::V7;
}

QString QuoteToOrderWizard::endpointDescription() const
{
    return orderVersion() == OrderApiVersion::V6
               ? tr("POST %1 (v6 quote to order)")
                     .arg(QLatin1String(QuoteOrderService::QuoteToOrderV6Path))
               : tr("POST %1 (v7 order with the quote number)")
                     .arg(QLatin1String(QuoteOrderService::CreateV7Path));
}

void QuoteToOrderWizard::setQuote(const QuoteDetails &quote)
{
    if (quote.quoteNumber != m_quote.quoteNumber) {
        m_validation = {};
        m_hasValidation = false;
        if (m_draft.quoteNumber != quote.quoteNumber) {
            // Vendor fields belong to the quote they were asked for.
            m_draft.headerFieldValues.clear();
            m_draft.lineFieldValues.clear();
            m_serverProblems.clear();
        }
    }
    m_quote = quote;
    m_draft.quoteNumber = quote.quoteNumber;
    draftChanged();
}

void QuoteToOrderWizard::setValidation(const QuoteValidation &validation)
{
    m_validation = validation;
    m_hasValidation = true;
}

QuoteToOrderRequest QuoteToOrderWizard::request() const
{
    QuoteToOrderRequest request;
    if (m_hasValidation)
        request = QuoteToOrderRequest::fromValidation(m_validation);
    request.quoteNumber = m_quote.quoteNumber.isEmpty() ? m_draft.quoteNumber : m_quote.quoteNumber;
    const OrderCreateRequest &order = m_draft.order.request;
    request.customerOrderNumber = order.customerOrderNumber.trimmed();
    request.endCustomerOrderNumber = order.endCustomerOrderNumber.trimmed();
    request.notes = order.notes.trimmed();
    request.billToAddressId = order.billToAddressId.trimmed();
    request.shipToAddressId = order.shipToAddressId.trimmed();
    request.shipTo = order.shipTo;
    request.endUserInfo = order.endUserInfo;
    for (auto it = m_draft.headerFieldValues.cbegin(); it != m_draft.headerFieldValues.cend(); ++it)
        request.setHeaderFieldValue(it.key(), it.value().trimmed());
    for (auto line = m_draft.lineFieldValues.cbegin(); line != m_draft.lineFieldValues.cend();
         ++line) {
        for (auto it = line.value().cbegin(); it != line.value().cend(); ++it)
            request.setLineFieldValue(line.key(), it.key(), it.value().trimmed());
    }
    return request;
}

QList<QuoteToOrderRequest::Problem> QuoteToOrderWizard::problems() const
{
    return request().validate(orderVersion(), m_hasValidation ? &m_validation : nullptr);
}

void QuoteToOrderWizard::clearServerProblem(const QString &field)
{
    m_serverProblems.removeIf([&field](const ApiFieldError &problem) {
        return problem.field.compare(field, Qt::CaseInsensitive) == 0;
    });
}

bool QuoteToOrderWizard::hasSavedDraft() const
{
    return m_services.drafts && m_services.drafts->contains(m_profile.id);
}

bool QuoteToOrderWizard::resumeSavedDraft(QString *error)
{
    if (!m_services.drafts) {
        if (error)
            *error = tr("Drafts are not kept here.");
        return false;
    }
    QuoteOrderDraft draft;
    if (!m_services.drafts->load(m_profile.id, &draft, error))
        return false;
    m_draft = draft;
    m_quote = {};
    m_validation = {};
    m_hasValidation = false;
    // A draft left after sending goes back to the review: the order may exist already.
    m_resumeTarget = draft.order.state == OrderDraft::State::Submitted
                         ? int(ReviewPage)
                         : qBound(int(QuotePage), draft.page, int(ReviewPage));
    restart();
    continueResume();
    return true;
}

bool QuoteToOrderWizard::discardSavedDraft()
{
    m_saveTimer->stop();
    return !m_services.drafts || m_services.drafts->remove(m_profile.id);
}

void QuoteToOrderWizard::continueResume()
{
    if (m_resumeTarget < 0)
        return;
    if (currentId() >= m_resumeTarget || currentId() >= ReviewPage) {
        m_resumeTarget = -1;
        return;
    }
    if (!currentPage() || !currentPage()->isComplete())
        return; // the page is still loading; it calls again when it is done
    // Later pages load asynchronously; each calls continueResume() when ready.
    QTimer::singleShot(0, this, [this] {
        if (m_resumeTarget < 0 || !currentPage() || !currentPage()->isComplete())
            return;
        const int before = currentId();
        next();
        if (currentId() == before) {
            m_resumeTarget = -1;
            return;
        }
        if (currentId() >= m_resumeTarget) {
            m_resumeTarget = -1;
            return;
        }
        // The header page is ready at once; the others call back after loading.
        if (currentId() == HeaderPage)
            continueResume();
    });
}

void QuoteToOrderWizard::draftChanged()
{
    if (m_finished || !m_services.drafts)
        return;
    m_saveTimer->start();
}

bool QuoteToOrderWizard::saveDraftNow()
{
    m_saveTimer->stop();
    if (m_finished || !m_services.drafts)
        return false;
    if (m_draft.quoteNumber.isEmpty() && m_draft.order.request.customerOrderNumber.isEmpty())
        return false; // nothing entered yet
    m_draft.order.updated = QDateTime::currentDateTimeUtc();
    m_draft.order.apiVersion = orderVersion();
    QString error;
    if (!m_services.drafts->save(m_draft, &error)) {
        Q_EMIT statusMessage(tr("The draft could not be saved: %1").arg(error));
        return false;
    }
    Q_EMIT draftSaved();
    return true;
}

void QuoteToOrderWizard::onCurrentIdChanged(int id)
{
    if (id >= QuotePage && id <= ReviewPage) {
        m_draft.page = id;
        draftChanged();
    }
}

OrderSubmission *QuoteToOrderWizard::submit()
{
    if (m_submission)
        return m_submission;
    auto *submission = new OrderSubmission(m_services.orders, m_services.writer, this);
    m_submission = submission;
    connect(submission, &OrderSubmission::stateChanged, this,
            [this] { m_resultPage->showState(); });
    connect(submission, &OrderSubmission::finished, this,
            &QuoteToOrderWizard::onSubmissionFinished);

    const QuoteToOrderRequest request = this->request();
    const OrderApiVersion version = orderVersion();
    const QuoteValidation validation = m_validation;
    const bool validated = m_hasValidation;
    QuoteOrderService *quoteOrders = m_services.quoteOrders;
    // Sent means maybe placed: the draft says so before anything leaves the desk.
    m_draft.order.state = OrderDraft::State::Submitted;
    m_draft.order.submitted = QDateTime::currentDateTimeUtc();
    m_draft.order.statusNote.clear();
    saveDraftNow();
    m_serverProblems.clear();
    submission->start(
        request.customerOrderNumber, version,
        [quoteOrders, request, version, validation, validated](bool allowDuplicate,
                                                               QObject *parent) -> ApiJob * {
            QuoteToOrderRequest sent = request;
            if (allowDuplicate)
                sent.additionalAttributes.append(
                    {QStringLiteral("allowDuplicateCustomerOrderNumber"), QStringLiteral("true")});
            return quoteOrders->createFromQuote(sent, version, validated ? &validation : nullptr,
                                                parent);
        });
    return submission;
}

void QuoteToOrderWizard::onSubmissionFinished()
{
    using Outcome = OrderSubmission::Outcome;
    OrderSubmission *submission = m_submission;
    if (!submission)
        return;
    const Outcome outcome = submission->outcome();
    switch (outcome) {
    case Outcome::CreatedV6:
    case Outcome::ConfirmedV7:
    case Outcome::FoundAfterLostAnswer:
        // The API has the order: the draft has done its job.
        m_finished = true;
        m_saveTimer->stop();
        if (m_services.drafts)
            m_services.drafts->remove(m_profile.id);
        break;
    case Outcome::Rejected:
    case Outcome::Failed:
    case Outcome::Abandoned:
        // Definitely not placed: back to editing.
        m_draft.order.state = OrderDraft::State::Editing;
        m_draft.order.statusNote = submission->message();
        m_serverProblems = submission->error().fieldErrors;
        saveDraftNow();
        break;
    case Outcome::NotFoundAfterLostAnswer:
    case Outcome::StoppedWaiting:
    case Outcome::None:
        m_draft.order.statusNote = submission->message();
        saveDraftNow();
        break;
    }
    if (m_services.tracker &&
        (outcome == Outcome::ConfirmedV7 || outcome == Outcome::NotFoundAfterLostAnswer ||
         outcome == Outcome::StoppedWaiting)) {
        QStringList excluded;
        for (const OrderSummary &order : submission->duplicates())
            excluded.append(order.ingramOrderNumber);
        m_resultPage->setPendingEntryId(m_services.tracker->track(
            submission->request().customerOrderNumber, submission->confirmation(), excluded));
    }
    m_resultPage->showState();
    Q_EMIT statusMessage(submission->message());
    if (outcome == Outcome::Rejected && !m_serverProblems.isEmpty() &&
        pageForField(m_serverProblems.constFirst().field) != ResultPage)
        correctAfterRefusal();
}

int QuoteToOrderWizard::pageForField(const QString &field) const
{
    if (QuoteOrderHeaderPage::ownsField(field))
        return HeaderPage;
    if (field.startsWith(QLatin1String("vmfAdditionalAttributes"), Qt::CaseInsensitive) ||
        field.startsWith(QLatin1String("lines"), Qt::CaseInsensitive))
        return ValidatePage;
    return ResultPage;
}

void QuoteToOrderWizard::correctAfterRefusal()
{
    if (m_submission && (!m_submission->isFinished() || m_finished))
        return;
    int target = ReviewPage;
    for (const ApiFieldError &problem : std::as_const(m_serverProblems))
        target = qMin(target, pageForField(problem.field));
    // A new attempt starts from scratch; the old one placed nothing.
    if (m_submission)
        m_submission->deleteLater();
    m_submission = nullptr;
    m_draft.order.state = OrderDraft::State::Editing;
    m_resumeTarget = target;
    restart();
    continueResume();
}

void QuoteToOrderWizard::done(int result)
{
    if (m_submission && !m_submission->isFinished() && m_submission->wasSent()) {
        // Closing only stops waiting; the draft remembers that the order may exist.
        m_submission->cancel();
    }
    if (!m_finished)
        saveDraftNow();
    QWizard::done(result);
}
