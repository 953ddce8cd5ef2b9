#include "orderspage.h"

#include "orderdetailsview.h"
#include "ordersearchview.h"

#include <QDataStream>
#include <QEvent>
#include <QIODevice>
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
