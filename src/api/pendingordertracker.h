// Follows v7 orders after their confirmation: searches each pending entry's customer PO, paced,
// until the order appears or the tracking limit passes. The desk cannot receive the webhooks.
#pragma once

#include "orderconfirmation.h"
#include "orderjobs.h"
#include "pendingorder.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class OrderSubmission;
class OrdersService;
class QTimer;

struct PendingOrderPolicy
{
    int firstCheckMs = 20 * 1000;      // a v7 order takes a while to show up
    int intervalMs = 25 * 1000;        // then one search per entry about every 25 s ...
    double backoff = 1.5;              // ... growing with every miss ...
    int maxIntervalMs = 2 * 60 * 1000; // ... up to this
    qint64 limitMs = 30 * 60 * 1000;   // after this an entry is "not found"
    // Between any two searches of the tracker, so that many entries never burst the search
    // endpoint's 60 requests per minute.
    int spacingMs = 3 * 1000;
};

class PendingOrderTracker : public QObject
{
    Q_OBJECT

public:
    explicit PendingOrderTracker(OrdersService *orders, QObject *parent = nullptr);
    ~PendingOrderTracker() override;

    void setPolicy(const PendingOrderPolicy &policy);
    const PendingOrderPolicy &policy() const { return m_policy; }

    // Tracks the entries of a profile from now on; a search in flight for the previous
    // profile is cancelled. Entries still pending carry on where they stopped.
    void restart(const QString &profileId, const QList<PendingOrder> &entries);
    // Stops searching (the entries stay) until the next restart().
    void stop();
    QString profileId() const { return m_profileId; }

    // Starts tracking a confirmed v7 order; returns the entry's id.
    QString track(const QString &customerOrderNumber, const OrderConfirmation &confirmation,
                  const QStringList &excludedOrderNumbers = {});
    // Tracks a v7 submission that was confirmed, or whose answer was lost and the order not found
    // yet. Returns the entry's id, or an empty string when there is nothing to track.
    QString track(const OrderSubmission *submission);

    // Searches for the entry as soon as the pacing allows; also for entries already resolved.
    bool checkNow(const QString &id);
    bool remove(const QString &id);

    const QList<PendingOrder> &entries() const { return m_entries; }
    PendingOrder entry(const QString &id) const;
    int pendingCount() const;
    bool isChecking(const QString &id) const { return m_job && m_jobEntryId == id; }

Q_SIGNALS:
    void entryAdded(const PendingOrder &entry);
    void entryChanged(const PendingOrder &entry);
    void entryRemoved(const QString &id);
    void entriesReset();
    // Any change worth saving.
    void entriesChanged();
    void pendingCountChanged(int count);
    // An entry turned into an order (Found) or gave up (NotFound): notify the user.
    void resolved(const PendingOrder &entry);

private:
    int indexOf(const QString &id) const;
    void schedule();
    void checkDue();
    void onSearchFinished(OrderSearchJob *job, const QString &id);
    void cancelSearch();
    void changed(const PendingOrder &entry, bool countMayChange);

    OrdersService *m_orders;
    PendingOrderPolicy m_policy;
    QString m_profileId;
    bool m_running = false;
    QList<PendingOrder> m_entries;
    QSet<QString> m_manual; // resolved entries asked to be checked once more
    QTimer *m_timer;
    QPointer<OrderSearchJob> m_job;
    QString m_jobEntryId;
    QDateTime m_lastSearch;
};
