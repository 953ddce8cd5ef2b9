#include "ordersubmission.h"

#include "orderjobs.h"
#include "ordersearchquery.h"
#include "ordersservice.h"
#include "orderwritejobs.h"
#include "orderwriteservice.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSubmission, "resellerdesk.api.submission")

OrderSubmission::OrderSubmission(OrdersService *orders, OrderWriteService *writer, QObject *parent)
    : QObject(parent)
    , m_orders(orders)
    , m_writer(writer)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &OrderSubmission::searchPo);
}

OrderSubmission::~OrderSubmission()
{
    dropJob();
}

bool OrderSubmission::start(const OrderCreateRequest &request, OrderApiVersion version)
{
    if (m_started) {
        qCWarning(lcSubmission) << "a second start of the same order attempt was refused";
        return false;
    }
    m_started = true;
    m_request = request;
    m_version = version;

    // Input the API would refuse is refused here, before anything is searched or sent.
    const QList<OrderCreateRequest::Problem> problems = m_request.validate(version);
    if (!problems.isEmpty()) {
        m_error = ApiError::make(ApiError::Kind::InvalidRequest);
        for (const auto &problem : problems)
            m_error.fieldErrors.append({problem.field, problem.message, {}});
        // Asynchronous like every other ending, so callers can connect after start().
        QTimer::singleShot(0, this, [this] { finish(Outcome::Rejected); });
        return true;
    }
    // Searched even when duplicates are allowed: a later reconcile must know which orders with
    // this PO existed before, or it would take an old order for the lost one.
    setState(State::CheckingDuplicates);
    searchPo();
    return true;
}

bool OrderSubmission::start(const QString &customerOrderNumber, OrderApiVersion version,
                            Sender sender)
{
    if (m_started || !sender) {
        qCWarning(lcSubmission) << "a second start of the same order attempt was refused";
        return false;
    }
    m_started = true;
    m_sender = std::move(sender);
    m_request = OrderCreateRequest();
    m_request.customerOrderNumber = customerOrderNumber;
    m_version = version;
    if (customerOrderNumber.trimmed().isEmpty()) {
        m_error = ApiError::make(ApiError::Kind::InvalidRequest);
        m_error.fieldErrors.append(
            {QStringLiteral("customerOrderNumber"), tr("The customer PO is required."), {}});
        QTimer::singleShot(0, this, [this] { finish(Outcome::Rejected); });
        return true;
    }
    setState(State::CheckingDuplicates);
    searchPo();
    return true;
}

void OrderSubmission::confirmDuplicate()
{
    if (m_state != State::AwaitingDuplicateDecision)
        return;
    m_request.allowDuplicateCustomerOrderNumber = true;
    send();
}

void OrderSubmission::abandon()
{
    if (m_sent || m_state == State::Finished)
        return;
    dropJob();
    if (!m_started)
        m_started = true;
    finish(Outcome::Abandoned);
}

void OrderSubmission::cancel()
{
    if (m_state == State::Finished)
        return;
    if (!m_sent) {
        abandon();
        return;
    }
    // The create may have been processed: stop waiting, claim nothing.
    m_retryTimer->stop();
    dropJob();
    finish(Outcome::StoppedWaiting);
}

bool OrderSubmission::checkAgain()
{
    if (m_state != State::Finished ||
        (m_outcome != Outcome::NotFoundAfterLostAnswer && m_outcome != Outcome::StoppedWaiting))
        return false;
    m_searches = 0;
    m_searchError = ApiError::none();
    setState(State::Reconciling);
    searchPo();
    return true;
}

void OrderSubmission::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void OrderSubmission::finish(Outcome outcome)
{
    m_outcome = outcome;
    qCInfo(lcSubmission).noquote()
        << "order attempt" << m_request.customerOrderNumber << "ended:" << outcomeName(outcome);
    setState(State::Finished);
    Q_EMIT finished(outcome);
}

void OrderSubmission::dropJob()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        // A create already sent is not aborted by cancelling the job; the server decides.
        m_job->cancel();
    }
    m_job = nullptr;
}

void OrderSubmission::searchPo()
{
    OrderSearchQuery query;
    query.customerOrderNumber = m_request.customerOrderNumber.trimmed();
    query.pageSize = OrderSearchQuery::MaxPageSize;
    OrderSearchJob *job = m_orders->search(query, this);
    m_job = job;
    if (m_state == State::CheckingDuplicates) {
        connect(job, &ApiJob::finished, this, [this, job](ApiJob *) { onDuplicateSearch(job); });
    } else {
        ++m_searches;
        connect(job, &ApiJob::finished, this, [this, job](ApiJob *) { onReconcileSearch(job); });
    }
}

QList<OrderSummary> OrderSubmission::matching(const QList<OrderSummary> &orders) const
{
    QList<OrderSummary> result;
    const QString po = m_request.customerOrderNumber.trimmed();
    for (const OrderSummary &order : orders) {
        if (order.customerOrderNumber.trimmed().compare(po, Qt::CaseInsensitive) == 0)
            result.append(order);
    }
    return result;
}

void OrderSubmission::onDuplicateSearch(OrderSearchJob *job)
{
    m_job = nullptr;
    if (job->hasError()) {
        // Nothing was sent; without the check the desk cannot promise there is no duplicate.
        m_error = job->error();
        finish(Outcome::Failed);
        return;
    }
    m_duplicates = matching(job->page().orders);
    for (const OrderSummary &order : std::as_const(m_duplicates))
        m_known.insert(order.ingramOrderNumber);
    if (m_duplicates.isEmpty() || m_request.allowDuplicateCustomerOrderNumber) {
        send();
        return;
    }
    setState(State::AwaitingDuplicateDecision);
    Q_EMIT duplicatesFound(m_duplicates);
}

void OrderSubmission::send()
{
    setState(State::Sending);
    m_sent = true;
    ApiJob *job = m_sender ? m_sender(m_request.allowDuplicateCustomerOrderNumber, this)
                  : m_version == OrderApiVersion::V7
                      ? static_cast<ApiJob *>(m_writer->createV7(m_request, this))
                      : static_cast<ApiJob *>(m_writer->createV6(m_request, this));
    m_job = job;
    connect(job, &ApiJob::finished, this, &OrderSubmission::onCreated);
}

void OrderSubmission::onCreated(ApiJob *job)
{
    m_job = nullptr;
    if (!job->hasError()) {
        if (auto *v6 = qobject_cast<OrderCreateJob *>(job)) {
            m_result = v6->result();
            finish(Outcome::CreatedV6);
        } else if (auto *v7 = qobject_cast<OrderConfirmJob *>(job)) {
            m_confirmation = v7->confirmation();
            finish(Outcome::ConfirmedV7);
        }
        return;
    }
    m_error = job->error();
    // A gateway or server error after the body went out says nothing about the order either.
    const bool uncertain = m_error.maybeProcessed ||
                           (m_error.kind == ApiError::Kind::Http && m_error.httpStatus >= 500);
    if (uncertain) {
        qCWarning(lcSubmission).noquote()
            << "the answer to the create was lost; searching the customer PO instead of resending"
            << m_error.toLogString();
        setState(State::Reconciling);
        m_searches = 0;
        searchPo();
        return;
    }
    const bool refused = m_error.kind == ApiError::Kind::InvalidRequest ||
                         (m_error.kind == ApiError::Kind::Http && m_error.httpStatus >= 400 &&
                          m_error.httpStatus < 500 && !m_error.fieldErrors.isEmpty());
    if (!refused)
        m_sent = false; // the API says it did not take it
    finish(refused ? Outcome::Rejected : Outcome::Failed);
}

void OrderSubmission::onReconcileSearch(OrderSearchJob *job)
{
    m_job = nullptr;
    if (job->hasError()) {
        m_searchError = job->error();
    } else {
        m_searchError = ApiError::none();
        m_found.clear();
        for (const OrderSummary &order : matching(job->page().orders)) {
            if (!m_known.contains(order.ingramOrderNumber))
                m_found.append(order);
        }
        if (!m_found.isEmpty()) {
            finish(Outcome::FoundAfterLostAnswer);
            return;
        }
    }
    if (m_searches < m_reconcileAttempts) {
        m_retryTimer->start(m_reconcileIntervalMs);
        return;
    }
    finish(Outcome::NotFoundAfterLostAnswer);
}

QString OrderSubmission::message() const
{
    const QString po = m_request.customerOrderNumber;
    switch (m_outcome) {
    case Outcome::None:
        switch (m_state) {
        case State::CheckingDuplicates:
            return tr("Checking whether customer PO %1 was used before…").arg(po);
        case State::AwaitingDuplicateDecision:
            return tr("Customer PO %1 is already used by %n order(s). Place this order anyway?",
                      nullptr, static_cast<int>(m_duplicates.size()))
                .arg(po);
        case State::Sending:
            return tr("Sending order %1…").arg(po);
        case State::Reconciling:
            return tr("The answer to order %1 was lost. Searching for it (check %2 of %3); it "
                      "will not be sent again.")
                .arg(po)
                .arg(m_searches)
                .arg(m_reconcileAttempts);
        default:
            return {};
        }
    case Outcome::CreatedV6:
        return m_result.isPartial()
                   ? tr("Order %1 was placed in part: some lines were rejected.").arg(po)
                   : tr("Order %1 was placed.").arg(po);
    case Outcome::ConfirmedV7:
        return tr("Order %1 was accepted for processing (confirmation %2). It is tracked in "
                  "Pending orders until it appears.")
            .arg(po, m_confirmation.confirmationNumber);
    case Outcome::Rejected:
        return tr("Order %1 was not placed: %2").arg(po, m_error.message());
    case Outcome::Failed:
        return tr("Order %1 was not placed: %2").arg(po, m_error.message());
    case Outcome::FoundAfterLostAnswer:
        return tr("The answer to order %1 was lost, but the order was placed: %2.")
            .arg(po, [this]() -> QString {
                QStringList numbers;
                for (const OrderSummary &order : m_found)
                    numbers.append(order.ingramOrderNumber);
                return numbers.join(QStringLiteral(", "));
            }());
    case Outcome::NotFoundAfterLostAnswer:
        return tr("The answer to order %1 was lost and the order has not been found yet. It may "
                  "still appear: check again later, or search the customer PO. Do not submit it "
                  "again before you know it was not placed.")
            .arg(po);
    case Outcome::StoppedWaiting:
        return tr("Stopped waiting for order %1. It may have been placed: search the customer PO "
                  "before you submit it again.")
            .arg(po);
    case Outcome::Abandoned:
        return tr("Order %1 was not sent.").arg(po);
    }
    return {};
}

QString OrderSubmission::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::None:
        return QStringLiteral("None");
    case Outcome::CreatedV6:
        return QStringLiteral("CreatedV6");
    case Outcome::ConfirmedV7:
        return QStringLiteral("ConfirmedV7");
    case Outcome::Rejected:
        return QStringLiteral("Rejected");
    case Outcome::Failed:
        return QStringLiteral("Failed");
    case Outcome::FoundAfterLostAnswer:
        return QStringLiteral("FoundAfterLostAnswer");
    case Outcome::NotFoundAfterLostAnswer:
        return QStringLiteral("NotFoundAfterLostAnswer");
    case Outcome::StoppedWaiting:
        return QStringLiteral("StoppedWaiting");
    case Outcome::Abandoned:
        return QStringLiteral("Abandoned");
    }
    return {};
}
