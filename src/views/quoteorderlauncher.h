// Opens the quote-to-order wizard from the main window: owns the quote services and the draft
// store it needs, keeps one wizard at a time, and offers to resume a kept draft.
#pragma once

#include "quotetoorderwizard.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class ApiClient;
class OrderWriteService;
class OrdersService;
class PendingOrderTracker;
class QuoteOrderDraft;
class QuoteOrderDraftStore;
class QuoteOrderService;
class QuotesService;
class QWidget;

class QuoteOrderLauncher : public QObject
{
    Q_OBJECT

public:
    // Answers whether to resume a kept draft (true) or to start over (false).
    using ResumeQuestion = std::function<bool(const QuoteOrderDraft &draft)>;

    QuoteOrderLauncher(ApiClient *client, OrdersService *orders, QWidget *window);
    ~QuoteOrderLauncher() override;

    // v7 orders placed from quotes are followed there (the pending orders list).
    void setPendingOrderTracker(PendingOrderTracker *tracker) { m_tracker = tracker; }
    // The default keeps drafts under the application data folder.
    void setDraftStore(QuoteOrderDraftStore *store) { m_drafts = store; }
    QuoteOrderDraftStore *draftStore() const { return m_drafts; }
    void setResumeQuestion(ResumeQuestion question) { m_askResume = std::move(question); }

    // The open wizard, or nullptr.
    QuoteToOrderWizard *wizard() const { return m_wizard; }

public Q_SLOTS:
    // Shows the wizard (raises it when it is open already).
    QuoteToOrderWizard *open();

Q_SIGNALS:
    void openOrderRequested(const QString &orderNumber);
    void statusMessage(const QString &message);

private:
    ApiClient *m_client;
    OrdersService *m_orders;
    QWidget *m_window;
    std::unique_ptr<QuotesService> m_quotes;
    std::unique_ptr<QuoteOrderService> m_quoteOrders;
    std::unique_ptr<OrderWriteService> m_writer;
    std::unique_ptr<QuoteOrderDraftStore> m_ownDrafts;
    QuoteOrderDraftStore *m_drafts;
    PendingOrderTracker *m_tracker = nullptr;
    ResumeQuestion m_askResume;
    QPointer<QuoteToOrderWizard> m_wizard;
};
