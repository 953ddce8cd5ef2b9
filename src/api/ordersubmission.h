// One attempt to place one order: duplicate check, the create itself, and when the answer is lost,
// finding out by search whether it went through — never by sending it again.
#pragma once

#include "apierror.h"
#include "orderconfirmation.h"
#include "ordercreaterequest.h"
#include "ordercreateresult.h"
#include "ordersummary.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class ApiJob;
class OrderSearchJob;
class OrdersService;
class OrderWriteService;
class QTimer;

class OrderSubmission : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        CheckingDuplicates,        // searching the customer PO before sending
        AwaitingDuplicateDecision, // orders with the PO exist: confirmDuplicate() or abandon()
        Sending,                   // the create is on its way; from here it may be placed
        Reconciling,               // the answer was lost: searching the PO to find out
        Finished,
    };
    Q_ENUM(State)

    enum class Outcome
    {
        None,
        CreatedV6,               // createResult(); a 207 is createResult().isPartial()
        ConfirmedV7,             // confirmation(); the order itself appears later
        Rejected,                // error() with fieldErrors: the API or the desk refused the input
        Failed,                  // error(): definitely not placed
        FoundAfterLostAnswer,    // foundOrders(): the answer was lost but the order exists
        NotFoundAfterLostAnswer, // not found yet; checkAgain(), never resubmit blindly
        StoppedWaiting,          // cancel() after sending: it may or may not have been placed
        Abandoned,               // stopped before anything was sent
    };
    Q_ENUM(Outcome)

    OrderSubmission(OrdersService *orders, OrderWriteService *writer, QObject *parent = nullptr);
    ~OrderSubmission() override;

    // How the search after a lost answer is repeated: v7 orders show up only after a while.
    void setReconcileAttempts(int attempts) { m_reconcileAttempts = qMax(1, attempts); }
    void setReconcileIntervalMs(int ms) { m_reconcileIntervalMs = qMax(0, ms); }
    int reconcileAttempts() const { return m_reconcileAttempts; }
    int reconcileIntervalMs() const { return m_reconcileIntervalMs; }

    // Places an order that is not an OrderCreateRequest (an order from a quote): returns the
    // started create job (OrderCreateJob or OrderConfirmJob) with this as its parent;
    // allowDuplicate asks for allowDuplicateCustomerOrderNumber after confirmDuplicate().
    using Sender = std::function<ApiJob *(bool allowDuplicate, QObject *parent)>;

    // Starts the attempt. Only the first call on an object does anything: the submit guard. A
    // request that already allows a duplicate PO does not pause for a decision.
    bool start(const OrderCreateRequest &request, OrderApiVersion version);
    // The same attempt (duplicate check, one send, reconcile by search) for a request the
    // sender builds and checks itself; customerOrderNumber is what the searches look for.
    bool start(const QString &customerOrderNumber, OrderApiVersion version, Sender sender);
    // In AwaitingDuplicateDecision: place it anyway (sets allowDuplicateCustomerOrderNumber).
    void confirmDuplicate();
    // In AwaitingDuplicateDecision (or before sending): stop; nothing was sent.
    void abandon();
    // Before sending the same as abandon(). After sending it only stops waiting: the order may
    // have been placed, and the outcome says so.
    void cancel();
    // After NotFoundAfterLostAnswer or StoppedWaiting: search the customer PO again.
    bool checkAgain();

    State state() const { return m_state; }
    Outcome outcome() const { return m_outcome; }
    bool isFinished() const { return m_state == State::Finished; }
    // The create has left the desk; from then on this order must never be sent again blindly.
    bool wasSent() const { return m_sent; }
    const OrderCreateRequest &request() const { return m_request; }
    OrderApiVersion version() const { return m_version; }

    const OrderCreateResult &createResult() const { return m_result; }
    const OrderConfirmation &confirmation() const { return m_confirmation; }
    // The error of the create (Rejected, Failed, and the lost answer of the reconcile outcomes).
    const ApiError &error() const { return m_error; }
    // The last failed search while reconciling, if any.
    const ApiError &searchError() const { return m_searchError; }
    // Orders that already carried the customer PO before this attempt.
    const QList<OrderSummary> &duplicates() const { return m_duplicates; }
    // Orders found by the reconcile search, without the ones that existed before.
    const QList<OrderSummary> &foundOrders() const { return m_found; }
    int reconcileSearches() const { return m_searches; }
    // A translated sentence on where the attempt stands, for the result view.
    QString message() const;

    static QString outcomeName(Outcome outcome);

Q_SIGNALS:
    void stateChanged(OrderSubmission::State state);
    void duplicatesFound(const QList<OrderSummary> &orders);
    void finished(OrderSubmission::Outcome outcome);

private:
    void setState(State state);
    void finish(Outcome outcome);
    void send();
    void searchPo();
    void onDuplicateSearch(OrderSearchJob *job);
    void onCreated(ApiJob *job);
    void onReconcileSearch(OrderSearchJob *job);
    QList<OrderSummary> matching(const QList<OrderSummary> &orders) const;
    void dropJob();

    OrdersService *m_orders;
    OrderWriteService *m_writer;
    Sender m_sender;
    OrderCreateRequest m_request;
    OrderApiVersion m_version = OrderApiVersion::V6;
    State m_state = State::Idle;
    Outcome m_outcome = Outcome::None;
    bool m_started = false;
    bool m_sent = false;
    int m_reconcileAttempts = 4;
    int m_reconcileIntervalMs = 15000;
    int m_searches = 0;
    QPointer<ApiJob> m_job;
    QTimer *m_retryTimer;
    OrderCreateResult m_result;
    OrderConfirmation m_confirmation;
    ApiError m_error;
    ApiError m_searchError;
    QList<OrderSummary> m_duplicates;
    QSet<QString> m_known;
    QList<OrderSummary> m_found;
};
