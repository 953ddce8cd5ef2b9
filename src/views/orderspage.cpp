#include "orderspage.h"

#include "draftstore.h"
#include "orderdetailsview.h"
#include "ordereditor.h"
#include "ordersearchview.h"
#include "orderwriteservice.h"

#include <QDataStream>
#include <QIODevice>
#include <QPointer>
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
    m_tabs->removeTab(m_tabs->indexOf(open));
    open->deleteLater();
}

void OrdersPage::submitDraft(OrderEditor *editor)
{
    if (!editor || !m_writer)
        return;
    const OrderCreateRequest request = editor->request();
    const OrderApiVersion version = editor->apiVersion();
    const QString po = request.customerOrderNumber.trimmed();
    const QString draftId = editor->draftId();
    editor->setSubmitting(true);
    // On disk before the request leaves: a crash from here on finds a submitted draft, not an
    // editable one that invites a second order.
    editor->setDraftState(OrderDraft::State::Submitted);
    editor->showMessage(MessageBanner::Type::Information, tr("Sending the order %1…").arg(po));
    Q_EMIT draftsChanged();
    ApiJob *job = version == OrderApiVersion::V7
                      ? static_cast<ApiJob *>(m_writer->createV7(request, this))
                      : static_cast<ApiJob *>(m_writer->createV6(request, this));
    const QPointer<OrderEditor> target(editor);
    connect(job, &ApiJob::finished, this, [this, target, draftId, version, po](ApiJob *done) {
        finishSubmit(target, draftId, done, version, po);
    });
}

void OrdersPage::finishSubmit(OrderEditor *editor, const QString &draftId, ApiJob *job,
                              OrderApiVersion version, const QString &po)
{
    const ApiError &error = job->error();
    OrderDraft::State state = OrderDraft::State::Submitted;
    QString note;
    bool confirmed = false;
    MessageBanner::Type type = MessageBanner::Type::Positive;
    QString text;
    QString detail;
    if (error && error.maybeProcessed) {
        note = tr("The answer was lost: the order %1 may have been placed. Search the customer "
                  "PO before resubmitting.")
                   .arg(po);
        type = MessageBanner::Type::Warning;
        text = note;
        detail = error.message();
    } else if (error) {
        state = OrderDraft::State::Editing;
    } else if (version == OrderApiVersion::V6) {
        const OrderCreateResult &result = static_cast<OrderCreateJob *>(job)->result();
        confirmed = true;
        const QString numbers = result.orderNumbers().join(QStringLiteral(", "));
        if (result.isPartial()) {
            type = MessageBanner::Type::Warning;
            text = tr("Order %1 placed in part as %2.").arg(po, numbers);
            QStringList lines;
            for (const OrderRejectedLine &line : result.rejectedLines())
                lines.append(tr("Line %1 (%2) not ordered: %3 %4")
                                 .arg(line.customerLineNumber, line.ingramPartNumber,
                                      line.rejectCode, line.rejectReason));
            detail = lines.join(QLatin1Char('\n'));
        } else {
            text = tr("Order %1 placed as %2.").arg(po, numbers);
        }
    } else {
        const OrderConfirmation &confirmation = static_cast<OrderConfirmJob *>(job)->confirmation();
        note = tr("Confirmed by the API (%1); the order appears in search a little later.")
                   .arg(confirmation.confirmationNumber);
        text = note;
        detail = confirmation.message;
    }

    if (!editor) {
        // The tab was closed meanwhile: the outcome still reaches the draft.
        if (confirmed) {
            m_drafts->remove(draftId);
        } else {
            OrderDraft draft;
            if (m_drafts->load(draftId, &draft)) {
                draft.state = state;
                draft.statusNote = note;
                m_drafts->save(draft);
            }
        }
        Q_EMIT statusMessage(text.isEmpty() ? error.message() : text);
        Q_EMIT draftsChanged();
        return;
    }
    editor->setSubmitting(false);
    if (error && !error.maybeProcessed) {
        editor->setDraftState(OrderDraft::State::Editing);
        QList<OrderCreateRequest::Problem> problems;
        for (const ApiFieldError &field : error.fieldErrors)
            problems.append({field.field, field.message});
        editor->showProblems(problems);
        editor->showError(error);
    } else {
        if (confirmed)
            editor->completeDraft();
        else
            editor->setDraftState(state, note);
        editor->showMessage(type, text, detail);
    }
    Q_EMIT statusMessage(text.isEmpty() ? error.message() : text);
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
