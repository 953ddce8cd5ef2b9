#include "orderspage.h"

#include "displayformat.h"
#include "draftstore.h"
#include "orderdetailsview.h"
#include "ordereditor.h"
#include "orderresultview.h"
#include "ordersearchmodel.h"
#include "ordersearchview.h"
#include "ordersubmission.h"
#include "orderwriteservice.h"
#include "pendingordertracker.h"

#include <QDataStream>
#include <QEvent>
#include <QIODevice>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
constexpr quint32 StateVersion = 1;
}

OrdersPage::OrdersPage(OrdersService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_tabs(new QTabWidget(this))
    , m_search(new OrderSearchView(service, this))
{
    setObjectName(QStringLiteral("ordersPage"));
    m_tabs->setObjectName(QStringLiteral("orderTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->addTab(m_search, tr("Search"));
    // The search tab is the page's home: it has no close button.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_search, &OrderSearchView::orderActivated, this, &OrdersPage::openOrder);
    connect(m_search, &OrderSearchView::statusMessage, this, &OrdersPage::statusMessage);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &OrdersPage::closeTab);
}

OrderDetailsView *OrdersPage::detailsView(const QString &orderNumber) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *view = qobject_cast<OrderDetailsView *>(m_tabs->widget(i));
        if (view && view->orderNumber().compare(orderNumber, Qt::CaseInsensitive) == 0)
            return view;
    }
    return nullptr;
}

void OrdersPage::openOrder(const QString &orderNumber)
{
    const QString number = orderNumber.trimmed();
    if (number.isEmpty())
        return;
    if (OrderDetailsView *existing = detailsView(number)) {
        m_tabs->setCurrentWidget(existing);
        return;
    }
    auto *view = new OrderDetailsView(m_service, number, m_tabs);
    if (m_writer)
        view->setWriteService(m_writer);
    if (!m_detailsState.isEmpty())
        view->restoreState(m_detailsState);
    const int index = m_tabs->addTab(view, number);
    m_tabs->setTabToolTip(index, tr("Order %1").arg(number));
    m_tabs->setCurrentIndex(index);
    connect(view, &OrderDetailsView::titleChanged, this, [this, view](const QString &title) {
        const int at = m_tabs->indexOf(view);
        if (at >= 0)
            m_tabs->setTabText(at, title);
    });
    connect(view, &OrderDetailsView::statusMessage, this, &OrdersPage::statusMessage);
    // A held order was modified, released or cancelled: the search rows show it too.
    connect(view, &OrderDetailsView::orderChanged, this, [this] {
        if (m_search->model()->hasSearch())
            m_search->refresh();
    });
}

void OrdersPage::focusSearch()
{
    m_tabs->setCurrentWidget(m_search);
    m_search->focusSearchBox();
}

void OrdersPage::refreshCurrent()
{
    if (auto *details = qobject_cast<OrderDetailsView *>(m_tabs->currentWidget()))
        details->refresh();
    else
        m_search->refresh();
}

void OrdersPage::closeCurrentTab()
{
    closeTab(m_tabs->currentIndex());
}

void OrdersPage::closeTab(int index)
{
    if (auto *editor = qobject_cast<OrderEditor *>(m_tabs->widget(index))) {
        if (editor->isSubmitting()) {
            Q_EMIT statusMessage(tr("The order is being sent; its tab closes once the API has "
                                    "answered."));
            return;
        }
        // The draft stays on disk: closing a tab is not discarding an order.
        editor->saveNow();
        dropSubmission(editor->draftId());
        m_tabs->removeTab(index);
        editor->deleteLater();
        Q_EMIT draftsChanged();
        return;
    }
    auto *view = qobject_cast<OrderDetailsView *>(m_tabs->widget(index));
    if (!view)
        return; // the search tab stays
    m_detailsState = view->saveState();
    view->cancel();
    m_tabs->removeTab(index);
    view->deleteLater();
}

void OrdersPage::reset()
{
    m_search->cancelSearch();
    m_search->clearResults();
    for (int i = m_tabs->count() - 1; i >= 0; --i)
        closeTab(i);
    m_tabs->setCurrentWidget(m_search);
}

void OrdersPage::setOrderWriting(OrderWriteService *writer, DraftStore *drafts)
{
    m_writer = writer;
    m_drafts = drafts;
}

void OrdersPage::setProfile(const ConnectionProfile &profile)
{
    m_profileId = profile.id;
    m_defaultVersion = profile.orderApiVersion == ConnectionProfile::OrderApiVersion::V7
                           ? OrderApiVersion::V7
                           : OrderApiVersion::V6;
    for (OrderEditor *editor : editors())
        editor->setActiveProfileId(m_profileId);
}

QList<OrderEditor *> OrdersPage::editors() const
{
    QList<OrderEditor *> list;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *editor = qobject_cast<OrderEditor *>(m_tabs->widget(i)))
            list.append(editor);
    }
    return list;
}

OrderEditor *OrdersPage::editor(const QString &draftId) const
{
    for (OrderEditor *editor : editors()) {
        if (editor->draftId() == draftId)
            return editor;
    }
    return nullptr;
}

OrderEditor *OrdersPage::addEditor(const OrderDraft &draft)
{
    auto *editor = new OrderEditor(m_drafts, m_tabs);
    editor->setDraft(draft);
    editor->setActiveProfileId(m_profileId);
    const int index = m_tabs->addTab(editor, editor->title());
    m_tabs->setTabToolTip(index, tr("Order draft, saved as you type"));
    m_tabs->setCurrentIndex(index);
    connect(editor, &OrderEditor::titleChanged, this, [this, editor](const QString &title) {
        const int at = m_tabs->indexOf(editor);
        if (at >= 0)
            m_tabs->setTabText(at, title);
    });
    connect(editor, &OrderEditor::statusMessage, this, &OrdersPage::statusMessage);
    connect(editor, &OrderEditor::draftSaved, this, &OrdersPage::draftsChanged);
    connect(editor, &OrderEditor::submitRequested, this, [this, editor] { submitDraft(editor); });
    OrderResultView *result = editor->resultView();
    connect(result, &OrderResultView::checkAgainRequested, this,
            [this, editor] { checkSubmissionAgain(editor); });
    connect(result, &OrderResultView::openOrderRequested, this, &OrdersPage::openOrder);
    connect(result, &OrderResultView::pendingOrdersRequested, this,
            &OrdersPage::pendingOrdersRequested);
    return editor;
}

OrderEditor *OrdersPage::newOrder()
{
    if (!canWriteOrders())
        return nullptr;
    OrderEditor *editor = addEditor(OrderDraft::create(m_profileId, m_defaultVersion));
    editor->setFocus();
    return editor;
}

OrderEditor *OrdersPage::resumeDraft(const QString &draftId)
{
    if (!canWriteOrders())
        return nullptr;
    if (OrderEditor *open = editor(draftId)) {
        m_tabs->setCurrentWidget(open);
        return open;
    }
    OrderDraft draft;
    QString error;
    if (!m_drafts->load(draftId, &draft, &error)) {
        Q_EMIT statusMessage(error);
        return nullptr;
    }
    return addEditor(draft);
}

void OrdersPage::saveDrafts()
{
    for (OrderEditor *editor : editors())
        editor->saveNow();
}

void OrdersPage::forgetDraft(const QString &draftId)
{
    OrderEditor *open = editor(draftId);
    if (!open || open->isSubmitting())
        return;
    open->completeDraft(); // nothing left to save
    dropSubmission(draftId);
    m_tabs->removeTab(m_tabs->indexOf(open));
    open->deleteLater();
}

void OrdersPage::setPendingOrderTracker(PendingOrderTracker *tracker)
{
    m_tracker = tracker;
}

void OrdersPage::setReconcilePolicy(int attempts, int intervalMs)
{
    m_reconcileAttempts = attempts;
    m_reconcileIntervalMs = intervalMs;
}

OrderSubmission *OrdersPage::submission(const QString &draftId) const
{
    return m_submissions.value(draftId);
}

void OrdersPage::dropSubmission(const QString &draftId)
{
    OrderSubmission *done = m_submissions.value(draftId);
    if (!done || !done->isFinished())
        return;
    m_submissions.remove(draftId);
    done->deleteLater();
}

void OrdersPage::submitDraft(OrderEditor *editor)
{
    if (!editor || !m_writer || !m_service || editor->isCompleted())
        return;
    const QString draftId = editor->draftId();
    // The guard: while an attempt for this draft runs, nothing starts another one.
    if (OrderSubmission *running = m_submissions.value(draftId); running && !running->isFinished())
        return;
    const OrderCreateRequest request = editor->request();
    const OrderApiVersion version = editor->apiVersion();
    editor->setSubmitting(true);
    // On disk before the request leaves: a crash from here on finds a submitted draft, not an
    // editable one that invites a second order.
    editor->setDraftState(OrderDraft::State::Submitted);
    editor->banner()->dismiss();
    Q_EMIT draftsChanged();

    if (OrderSubmission *previous = m_submissions.take(draftId))
        previous->deleteLater();
    auto *submission = new OrderSubmission(m_service, m_writer, this);
    if (m_reconcileAttempts > 0)
        submission->setReconcileAttempts(m_reconcileAttempts);
    if (m_reconcileIntervalMs >= 0)
        submission->setReconcileIntervalMs(m_reconcileIntervalMs);
    m_submissions.insert(draftId, submission);

    const QPointer<OrderEditor> target(editor);
    connect(submission, &OrderSubmission::stateChanged, this, [this, target, submission] {
        if (target)
            target->resultView()->showSubmission(submission);
        if (!submission->isFinished())
            Q_EMIT statusMessage(submission->message());
    });
    connect(submission, &OrderSubmission::duplicatesFound, this,
            [this, target, submission](const QList<OrderSummary> &orders) {
                if (!target) {
                    submission->abandon(); // nobody left to ask; nothing was sent
                    return;
                }
                askAboutDuplicates(target, submission, orders);
            });
    connect(submission, &OrderSubmission::finished, this,
            [this, target, draftId, submission] { finishSubmission(target, draftId, submission); });
    editor->resultView()->showProgress(tr("Checking the customer PO…"));
    editor->setResultVisible(true);
    submission->start(request, version);
}

bool OrdersPage::checkSubmissionAgain(OrderEditor *editor)
{
    if (!editor)
        return false;
    OrderSubmission *submission = m_submissions.value(editor->draftId());
    if (!submission || !submission->checkAgain())
        return false;
    editor->setSubmitting(true);
    return true;
}

void OrdersPage::askAboutDuplicates(OrderEditor *editor, OrderSubmission *submission,
                                    const QList<OrderSummary> &orders)
{
    QStringList lines;
    for (const OrderSummary &order : orders) {
        lines.append(tr("%1 – %2, %3, %4")
                         .arg(order.ingramOrderNumber, DisplayFormat::date(order.ingramOrderDate),
                              order.orderStatus.displayText(),
                              QLocale().toString(order.orderTotal, 'f', 2)));
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Customer PO already used"),
                                submission->message(), QMessageBox::Yes | QMessageBox::No, editor);
    box->setObjectName(QStringLiteral("duplicatePoQuestion"));
    box->setInformativeText(
        tr("%1\n\nPlace it anyway only if this is really a second order with the same PO. "
           "Nothing has been sent yet.")
            .arg(lines.join(QLatin1Char('\n'))));
    box->button(QMessageBox::Yes)->setText(tr("&Place anyway"));
    box->button(QMessageBox::No)->setText(tr("&Do not place"));
    box->setDefaultButton(QMessageBox::No);
    box->setEscapeButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<OrderSubmission> guard(submission);
    connect(box, &QMessageBox::finished, this, [box, guard] {
        if (!guard)
            return;
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            guard->confirmDuplicate();
        else
            guard->abandon();
    });
    box->open();
}

void OrdersPage::finishSubmission(OrderEditor *editor, const QString &draftId,
                                  OrderSubmission *submission)
{
    using Outcome = OrderSubmission::Outcome;
    const Outcome outcome = submission->outcome();
    // Once per attempt: checking again after a lost answer must not add a second entry.
    if (m_tracker && !submission->property("rdTracked").toBool() &&
        !m_tracker->track(submission).isEmpty())
        submission->setProperty("rdTracked", true);

    const bool confirmed = outcome == Outcome::CreatedV6 || outcome == Outcome::ConfirmedV7 ||
                           outcome == Outcome::FoundAfterLostAnswer;
    // Sent, but whether it was placed is not known: the draft is kept as submitted.
    const bool uncertain =
        outcome == Outcome::NotFoundAfterLostAnswer || outcome == Outcome::StoppedWaiting;
    const QString message = submission->message();

    if (!editor) {
        // The tab was closed meanwhile: the outcome still reaches the draft.
        if (confirmed) {
            m_drafts->remove(draftId);
        } else {
            OrderDraft draft;
            if (m_drafts->load(draftId, &draft)) {
                draft.state = uncertain ? OrderDraft::State::Submitted : OrderDraft::State::Editing;
                draft.statusNote = uncertain ? message : QString();
                m_drafts->save(draft);
            }
        }
        m_submissions.remove(draftId);
        submission->deleteLater();
        Q_EMIT statusMessage(message);
        Q_EMIT draftsChanged();
        return;
    }

    editor->setSubmitting(false);
    if (confirmed) {
        editor->completeDraft();
        editor->resultView()->showSubmission(submission);
        editor->setResultVisible(true, true);
    } else if (uncertain) {
        editor->setDraftState(OrderDraft::State::Submitted, message);
        editor->resultView()->showSubmission(submission);
        editor->setResultVisible(true);
    } else {
        // Nothing was placed: back to editing, with the reasons where they belong.
        editor->setDraftState(OrderDraft::State::Editing);
        editor->setResultVisible(false);
        const ApiError &error = submission->error();
        if (outcome == Outcome::Rejected) {
            QList<OrderCreateRequest::Problem> problems;
            for (const ApiFieldError &field : error.fieldErrors)
                problems.append({field.field, field.message});
            editor->showProblems(problems);
            editor->showError(error);
        } else if (outcome == Outcome::Failed) {
            editor->showError(error);
        } else {
            editor->showMessage(MessageBanner::Type::Information, message);
        }
    }
    Q_EMIT statusMessage(message);
    Q_EMIT draftsChanged();
}

QByteArray OrdersPage::saveState() const
{
    QByteArray details = m_detailsState;
    if (auto *view = qobject_cast<OrderDetailsView *>(m_tabs->currentWidget()))
        details = view->saveState();
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << StateVersion << m_search->saveState() << details;
    return state;
}

bool OrdersPage::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    quint32 version = 0;
    QByteArray search;
    QByteArray details;
    stream >> version >> search >> details;
    if (stream.status() != QDataStream::Ok || version != StateVersion)
        return false;
    m_detailsState = details;
    return m_search->restoreState(search);
}

void OrdersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_tabs->setTabText(m_tabs->indexOf(m_search), tr("Search"));
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (auto *view = qobject_cast<OrderDetailsView *>(m_tabs->widget(i)))
                m_tabs->setTabToolTip(i, tr("Order %1").arg(view->orderNumber()));
        }
    }
    QWidget::changeEvent(event);
}
