#include "pendingordertracker.h"

#include "orderjobs.h"
#include "ordersearchquery.h"
#include "ordersservice.h"
#include "ordersubmission.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

#include <cmath>

Q_LOGGING_CATEGORY(lcPending, "resellerdesk.api.pending")

namespace {
QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}
} // namespace

PendingOrderTracker::PendingOrderTracker(OrdersService *orders, QObject *parent)
    : QObject(parent)
    , m_orders(orders)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PendingOrderTracker::checkDue);
}

PendingOrderTracker::~PendingOrderTracker()
{
    cancelSearch();
}

void PendingOrderTracker::setPolicy(const PendingOrderPolicy &policy)
{
    m_policy = policy;
    schedule();
}

void PendingOrderTracker::restart(const QString &profileId, const QList<PendingOrder> &entries)
{
    cancelSearch();
    m_timer->stop();
    m_manual.clear();
    m_profileId = profileId;
    m_running = true;
    m_entries = entries;
    for (PendingOrder &entry : m_entries) {
        if (entry.id.isEmpty())
            entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (entry.isPending() && !entry.nextCheckAt.isValid())
            entry.nextCheckAt = now();
    }
    Q_EMIT entriesReset();
    Q_EMIT pendingCountChanged(pendingCount());
    schedule();
}

void PendingOrderTracker::stop()
{
    m_running = false;
    cancelSearch();
    m_timer->stop();
}

QString PendingOrderTracker::track(const QString &customerOrderNumber,
                                   const OrderConfirmation &confirmation,
                                   const QStringList &excludedOrderNumbers)
{
    PendingOrder entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.customerOrderNumber = customerOrderNumber.trimmed();
    entry.confirmationNumber = confirmation.confirmationNumber;
    entry.confirmationMessage = confirmation.message;
    entry.submittedAt = now();
    entry.nextCheckAt = entry.submittedAt.addMSecs(m_policy.firstCheckMs);
    entry.excludedOrderNumbers = excludedOrderNumbers;
    m_entries.append(entry);
    qCInfo(lcPending).noquote() << "tracking v7 order" << entry.customerOrderNumber
                                << "confirmation" << entry.confirmationNumber;
    Q_EMIT entryAdded(entry);
    Q_EMIT entriesChanged();
    Q_EMIT pendingCountChanged(pendingCount());
    schedule();
    return entry.id;
}

QString PendingOrderTracker::track(const OrderSubmission *submission)
{
    if (!submission || submission->version() != OrderApiVersion::V7)
        return {};
    const auto outcome = submission->outcome();
    if (outcome != OrderSubmission::Outcome::ConfirmedV7 &&
        outcome != OrderSubmission::Outcome::NotFoundAfterLostAnswer &&
        outcome != OrderSubmission::Outcome::StoppedWaiting)
        return {};
    QStringList excluded;
    for (const OrderSummary &order : submission->duplicates())
        excluded.append(order.ingramOrderNumber);
    return track(submission->request().customerOrderNumber, submission->confirmation(), excluded);
}

bool PendingOrderTracker::checkNow(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    PendingOrder &entry = m_entries[index];
    if (entry.isPending()) {
        entry.nextCheckAt = now();
        changed(entry, false);
    } else {
        m_manual.insert(id);
    }
    schedule();
    return true;
}

bool PendingOrderTracker::remove(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    if (m_jobEntryId == id)
        cancelSearch();
    m_manual.remove(id);
    m_entries.removeAt(index);
    Q_EMIT entryRemoved(id);
    Q_EMIT entriesChanged();
    Q_EMIT pendingCountChanged(pendingCount());
    schedule();
    return true;
}

PendingOrder PendingOrderTracker::entry(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? PendingOrder() : m_entries.at(index);
}

int PendingOrderTracker::pendingCount() const
{
    int count = 0;
    for (const PendingOrder &entry : m_entries)
        count += entry.isPending() ? 1 : 0;
    return count;
}

int PendingOrderTracker::indexOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

void PendingOrderTracker::changed(const PendingOrder &entry, bool countMayChange)
{
    Q_EMIT entryChanged(entry);
    Q_EMIT entriesChanged();
    if (countMayChange)
        Q_EMIT pendingCountChanged(pendingCount());
}

void PendingOrderTracker::cancelSearch()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
    m_job = nullptr;
    m_jobEntryId.clear();
}

void PendingOrderTracker::schedule()
{
    if (m_job || !m_running)
        return;
    QDateTime due;
    if (!m_manual.isEmpty()) {
        due = now();
    } else {
        for (const PendingOrder &entry : std::as_const(m_entries)) {
            if (entry.isPending() && (!due.isValid() || entry.nextCheckAt < due))
                due = entry.nextCheckAt;
        }
    }
    if (!due.isValid()) {
        m_timer->stop();
        return;
    }
    if (m_lastSearch.isValid())
        due = std::max(due, m_lastSearch.addMSecs(m_policy.spacingMs));
    m_timer->start(
        static_cast<int>(qBound<qint64>(0, now().msecsTo(due), qint64(24) * 3600 * 1000)));
}

void PendingOrderTracker::checkDue()
{
    if (m_job)
        return;
    int chosen = -1;
    if (!m_manual.isEmpty()) {
        const QString id = *m_manual.constBegin();
        m_manual.remove(id);
        chosen = indexOf(id);
    }
    if (chosen < 0) {
        const QDateTime current = now();
        for (int i = 0; i < m_entries.size(); ++i) {
            const PendingOrder &entry = m_entries.at(i);
            if (entry.isPending() && entry.nextCheckAt <= current &&
                (chosen < 0 || entry.nextCheckAt < m_entries.at(chosen).nextCheckAt))
                chosen = i;
        }
    }
    if (chosen < 0) {
        schedule();
        return;
    }
    const PendingOrder &entry = m_entries.at(chosen);
    OrderSearchQuery query;
    query.customerOrderNumber = entry.customerOrderNumber;
    query.pageSize = OrderSearchQuery::MaxPageSize;
    m_lastSearch = now();
    m_jobEntryId = entry.id;
    const QString id = entry.id;
    OrderSearchJob *job = m_orders->search(query, this);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job, id](ApiJob *) { onSearchFinished(job, id); });
}

void PendingOrderTracker::onSearchFinished(OrderSearchJob *job, const QString &id)
{
    m_job = nullptr;
    m_jobEntryId.clear();
    const int index = indexOf(id);
    if (index < 0 || job->wasCancelled()) {
        schedule();
        return;
    }
    PendingOrder &entry = m_entries[index];
    const QDateTime current = now();
    entry.lastCheckedAt = current;
    ++entry.checks;

    QList<OrderSummary> found;
    if (job->hasError()) {
        entry.lastError = job->error().message();
    } else {
        entry.lastError.clear();
        for (const OrderSummary &order : job->page().orders) {
            if (order.customerOrderNumber.trimmed().compare(entry.customerOrderNumber,
                                                            Qt::CaseInsensitive) == 0 &&
                !entry.excludedOrderNumbers.contains(order.ingramOrderNumber))
                found.append(order);
        }
    }

    if (!found.isEmpty()) {
        entry.state = PendingOrder::State::Found;
        entry.orderNumbers.clear();
        for (const OrderSummary &order : std::as_const(found))
            entry.orderNumbers.append(order.ingramOrderNumber);
        entry.orderStatus = found.first().orderStatus.displayText();
        entry.nextCheckAt = QDateTime();
        entry.resolution = tr("Placed as %1").arg(entry.orderNumbers.join(QStringLiteral(", ")));
        qCInfo(lcPending).noquote() << "v7 order" << entry.customerOrderNumber << "found as"
                                    << entry.orderNumbers.join(QStringLiteral(", "));
        const PendingOrder copy = entry;
        changed(copy, true);
        Q_EMIT resolved(copy);
        schedule();
        return;
    }

    if (!entry.isPending()) {
        // A manual check of an entry that already gave up: still nothing.
        changed(entry, false);
        schedule();
        return;
    }

    const qint64 elapsed = entry.submittedAt.msecsTo(current);
    if (elapsed >= m_policy.limitMs) {
        const int minutes = static_cast<int>(std::ceil(m_policy.limitMs / 60000.0));
        entry.state = PendingOrder::State::NotFound;
        entry.nextCheckAt = QDateTime();
        entry.resolution = tr("Not found after %n minute(s)", nullptr, minutes);
        qCWarning(lcPending).noquote()
            << "v7 order" << entry.customerOrderNumber << "not found after" << minutes << "min";
        const PendingOrder copy = entry;
        changed(copy, true);
        Q_EMIT resolved(copy);
        schedule();
        return;
    }
    const double interval = std::min<double>(
        m_policy.maxIntervalMs,
        m_policy.intervalMs * std::pow(m_policy.backoff, std::max(0, entry.checks - 1)));
    entry.nextCheckAt = std::min(current.addMSecs(static_cast<qint64>(interval)),
                                 entry.submittedAt.addMSecs(m_policy.limitMs));
    changed(entry, false);
    schedule();
}
