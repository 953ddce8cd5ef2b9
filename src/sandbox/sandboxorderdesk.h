// The sandbox API's write side: places, modifies, releases and cancels orders in the store.
#pragma once

#include "sandbox/sandboxcatalog.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxorderrequest.h"
#include "sandbox/sandboxrequestrecord.h"
#include "sandbox/sandboxresponse.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class SandboxClock;
class SandboxStore;

class SandboxOrderDesk
{
public:
    SandboxOrderDesk(SandboxStore *store, SandboxClock *clock, const SandboxOptions &options);

    SandboxResponse createV6(const SandboxRequestRecord &request);
    SandboxResponse createV7(const SandboxRequestRecord &request);
    // POST /resellers/v6/q2o/orders: an order from a quote that is ready to order, placed at once.
    SandboxResponse createFromQuoteV6(const SandboxRequestRecord &request);
    SandboxResponse modify(const SandboxRequestRecord &request, const QString &orderNumber);
    SandboxResponse cancel(const SandboxRequestRecord &request, const QString &orderNumber);

    // Publishes v7 orders whose delay has passed and voids held orders past the hold window.
    // Runs before every request, so that moving the clock is all it takes.
    void catchUp();
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    const SandboxCatalog &catalog() const { return m_catalog; }

private:
    struct Rejected
    {
        int index = -1; // in the request's lines[]
        QString customerLineNumber;
        QString ingramPartNumber;
        QString vendorPartNumber;
        int quantity = 0;
        QString code;
        QString reason;
    };
    struct Placement
    {
        QList<SandboxOrder> orders;
        QList<Rejected> rejected;
    };
    struct Pending
    {
        QDateTime due;
        QString confirmationNumber;
        QList<SandboxOrder> orders;
    };

    std::optional<SandboxResponse> refuseCreate(const SandboxOrderRequest &request,
                                                const QList<SandboxFieldError> &errors,
                                                bool bindingError) const;
    // Checks that the request's quote can be ordered and that every vendor-mandatory field has
    // a value, then gives the request the quote's lines, prices and special bid.
    std::optional<SandboxResponse> applyQuote(SandboxOrderRequest &request) const;
    Placement place(const SandboxOrderRequest &request, const SandboxCountry &country);
    // Takes stock for the line from the first warehouse that has it all; false when it must
    // backorder and the request does not accept that.
    bool allocate(SandboxLine &line, const SandboxCountry &country, bool acceptBackOrder);
    void returnStock(const SandboxLine &line);
    bool canChange(const SandboxOrder &order) const;
    void release(SandboxOrder &order);
    void cancelOrder(SandboxOrder &order, SandboxLineStatus lineStatus);
    void publish(QList<SandboxOrder> orders);
    QJsonObject createdBody(const SandboxOrderRequest &request, const Placement &placement) const;

    SandboxStore *m_store;
    SandboxClock *m_clock;
    SandboxCatalog m_catalog;
    int m_v7DelaySeconds;
    int m_holdWindowSeconds;
    QList<Pending> m_pending;
    // Orders placed on hold through the API: voided when their window passes unreleased.
    QStringList m_held;
    quint64 m_confirmationCounter = 0;
};
