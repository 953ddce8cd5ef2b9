#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "aboutdialog.h"
#include "apiclient.h"
#include "draftsview.h"
#include "environmentbadge.h"
#include "orderspage.h"
#include "pendingordersview.h"
#include "pendingordertracker.h"
#include "profilestore.h"
#include "quoteorderlauncher.h"
#include "requestlogview.h"
#include "showrequestevent.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSignalBlocker>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QToolButton>

#include "appinfo.h"

namespace {
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString SplitterKey = QStringLiteral("mainWindow/splitter");
const QString OrdersKey = QStringLiteral("mainWindow/ordersPage");
const QString RequestLogKey = QStringLiteral("mainWindow/requestLog");
} // namespace

MainWindow::MainWindow(ApiClient *client, OrdersService *orders, RequestLogModel *requestLog,
                       ProfileStore *profiles, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_client(client)
    , m_profiles(profiles)
    , m_orders(new OrdersPage(orders, this))
    , m_requestLog(new RequestLogView(requestLog, this))
    , m_badge(new EnvironmentBadge(this))
    , m_connectionState(new QLabel(this))
    , m_lastRequest(new QLabel(this))
    , m_quoteOrders(new QuoteOrderLauncher(client, orders, this))
{
    m_ui->setupUi(this);
    m_ui->headerLayout->addWidget(m_badge);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    // Without sizes of its own the splitter gives the narrow navigation list a wide, empty strip.
    m_ui->mainSplitter->setSizes({m_ui->navigation->maximumWidth(), 100000});
    m_connectionState->setObjectName(QStringLiteral("connectionState"));
    m_lastRequest->setObjectName(QStringLiteral("lastRequest"));
    statusBar()->addPermanentWidget(m_lastRequest);
    statusBar()->addPermanentWidget(m_connectionState);

    addPage(m_orders, pageTitle(m_orders),
            style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    addPage(m_requestLog, pageTitle(m_requestLog),
            style()->standardIcon(QStyle::SP_FileDialogInfoView));
    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->pages,
            &QStackedWidget::setCurrentIndex);
    m_ui->navigation->setCurrentRow(0);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionProfiles, &QAction::triggered, this, &MainWindow::profilesRequested);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::preferencesRequested);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionSandboxOptions, &QAction::triggered, this,
            &MainWindow::sandboxOptionsRequested);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->navigation->setCurrentRow(m_ui->pages->indexOf(m_orders));
        m_orders->focusSearch();
    });
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        if (m_ui->pages->currentWidget() == m_orders)
            m_orders->refreshCurrent();
    });
    connect(m_ui->actionCloseTab, &QAction::triggered, m_orders, &OrdersPage::closeCurrentTab);

    auto *orderFromQuote = new QAction(tr("Order from Q&uote…"), this);
    orderFromQuote->setObjectName(QStringLiteral("actionOrderFromQuote"));
    orderFromQuote->setToolTip(tr("Turn a vendor quote into an order"));
    m_ui->menuFile->insertAction(m_ui->actionProfiles, orderFromQuote);
    // The buttons beside the order tabs share one corner.
    auto *corner = new QWidget(m_orders->tabs());
    corner->setObjectName(QStringLiteral("ordersCornerButtons"));
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 0);
    auto *orderFromQuoteButton = new QToolButton(corner);
    orderFromQuoteButton->setObjectName(QStringLiteral("orderFromQuoteButton"));
    orderFromQuoteButton->setDefaultAction(orderFromQuote);
    orderFromQuoteButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    orderFromQuoteButton->setAutoRaise(false);
    cornerLayout->addWidget(orderFromQuoteButton);
    m_orders->tabs()->setCornerWidget(corner, Qt::TopRightCorner);
    connect(orderFromQuote, &QAction::triggered, m_quoteOrders, &QuoteOrderLauncher::open);
    connect(m_quoteOrders, &QuoteOrderLauncher::openOrderRequested, this,
            [this](const QString &orderNumber) {
                m_ui->navigation->setCurrentRow(m_ui->pages->indexOf(m_orders));
                m_orders->openOrder(orderNumber);
                raise();
            });
    connect(m_quoteOrders, &QuoteOrderLauncher::statusMessage, this,
            &MainWindow::showStatusMessage);
    connect(m_ui->actionNewOrder, &QAction::triggered, this, [this] {
        m_ui->navigation->setCurrentRow(m_ui->pages->indexOf(m_orders));
        m_orders->newOrder();
    });
    connect(m_orders, &OrdersPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_requestLog, &RequestLogView::statusMessage, this, &MainWindow::showStatusMessage);

    connect(m_client, &ApiClient::exchangeFinished, this, [this](const ApiExchange &exchange) {
        m_lastExchange = exchange;
        m_lastExchange.requestBody.clear(); // only the summary line is kept
        m_lastExchange.responseBody.clear();
        showLastRequest();
    });

    if (m_profiles) {
        for (auto signal : {&ProfileStore::profileAdded, &ProfileStore::profileChanged,
                            &ProfileStore::profileRemoved})
            connect(m_profiles, signal, this, &MainWindow::rebuildProfileCombo);
    }
    connect(m_ui->profileCombo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_ui->profileCombo->itemData(index).toString();
        if (!id.isEmpty() && id != m_activeProfileId)
            Q_EMIT profileSelected(id);
    });
    setProfile(m_client->profile());
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget *page, const QString &title, const QIcon &icon)
{
    m_ui->pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_ui->navigation);
    item->setToolTip(title);
}

void MainWindow::showPage(QWidget *page)
{
    const int index = m_ui->pages->indexOf(page);
    if (index >= 0)
        m_ui->navigation->setCurrentRow(index);
}

void MainWindow::setPendingOrderTracker(PendingOrderTracker *tracker)
{
    if (m_tracker || !tracker)
        return;
    m_tracker = tracker;
    m_orders->setPendingOrderTracker(tracker);
    m_quoteOrders->setPendingOrderTracker(tracker);
    m_pendingOrders = new PendingOrdersView(tracker, this);
    addPage(m_pendingOrders, tr("Pending orders"), style()->standardIcon(QStyle::SP_BrowserReload));
    m_pendingItem = m_ui->navigation->item(m_ui->navigation->count() - 1);
    connect(tracker, &PendingOrderTracker::pendingCountChanged, this,
            &MainWindow::updatePendingLabel);
    connect(tracker, &PendingOrderTracker::resolved, this, &MainWindow::notifyResolved);
    connect(m_pendingOrders, &PendingOrdersView::statusMessage, this,
            &MainWindow::showStatusMessage);
    connect(m_pendingOrders, &PendingOrdersView::openOrderRequested, this,
            [this](const QString &orderNumber) {
                showPage(m_orders);
                m_orders->openOrder(orderNumber);
            });
    connect(m_orders, &OrdersPage::pendingOrdersRequested, this,
            [this] { showPage(m_pendingOrders); });
    updatePendingLabel();
}

void MainWindow::updatePendingLabel()
{
    if (!m_pendingItem || !m_tracker)
        return;
    const int count = m_tracker->pendingCount();
    const QString label = count > 0 ? tr("Pending orders (%1)").arg(count) : tr("Pending orders");
    m_pendingItem->setText(label);
    m_pendingItem->setToolTip(tr("%n order(s) waiting to appear", nullptr, count));
}

void MainWindow::notifyResolved(const PendingOrder &entry)
{
    const bool found = entry.state == PendingOrder::State::Found;
    const QString title = found ? tr("Order placed") : tr("Order not found");
    const QString message =
        found ? tr("Customer PO %1 was placed as %2.")
                    .arg(entry.customerOrderNumber, entry.orderNumbers.join(QStringLiteral(", ")))
              : tr("Customer PO %1: %2. Search for it under Orders before you place it again.")
                    .arg(entry.customerOrderNumber, entry.resolution);
    statusBar()->showMessage(message, 30000);
    QApplication::alert(this);
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(tr("ResellerDesk"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                showPage(m_pendingOrders);
                raise();
                activateWindow();
            });
        }
        m_tray->show();
        m_tray->showMessage(title, message,
                            found ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
    }
    Q_EMIT notificationShown(message);
}

void MainWindow::rebuildProfileCombo()
{
    const QSignalBlocker blocker(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    const QList<ConnectionProfile> profiles =
        m_profiles ? m_profiles->profiles() : QList<ConnectionProfile>{m_client->profile()};
    for (const ConnectionProfile &profile : profiles) {
        const QString environment = ConnectionProfile::environmentDisplayName(profile.environment);
        const QString label = profile.name == environment
                                  ? profile.name
                                  : tr("%1 (%2)").arg(profile.name, environment);
        m_ui->profileCombo->addItem(label, profile.id);
    }
    const int index = m_ui->profileCombo->findData(m_activeProfileId);
    m_ui->profileCombo->setCurrentIndex(std::max(index, 0));
}

void MainWindow::setProfile(const ConnectionProfile &profile)
{
    const bool switched = !m_activeProfileId.isEmpty() && m_activeProfileId != profile.id;
    m_activeProfileId = profile.id;
    rebuildProfileCombo();
    m_orders->setProfile(profile);
    if (m_drafts)
        m_drafts->setActiveProfileId(profile.id);
    m_badge->setProfile(profile);
    // Sandbox testing options mean nothing to production; the API core drops them anyway.
    m_ui->actionSandboxOptions->setEnabled(profile.isSandbox());
    m_ui->profileLabel->setText(profile.baseUrl().toDisplayString());
    setWindowTitle(tr("%1 — ResellerDesk").arg(profile.name));
    m_connectionState->setText(
        tr("%1 · customer %2 · %3")
            .arg(ConnectionProfile::environmentDisplayName(profile.environment),
                 profile.customerNumber, profile.countryCode));
    if (switched)
        m_orders->reset();
}

void MainWindow::showLastRequest()
{
    const ApiExchange &exchange = m_lastExchange;
    if (exchange.correlationId.isEmpty())
        return;
    const QString path = exchange.url.path();
    if (exchange.status > 0) {
        m_lastRequest->setText(tr("Last request: %1 %2 → HTTP %3 in %4 ms")
                                   .arg(QString::fromLatin1(exchange.method), path)
                                   .arg(exchange.status)
                                   .arg(exchange.durationMs));
    } else {
        m_lastRequest->setText(
            tr("Last request: %1 %2 failed: %3")
                .arg(QString::fromLatin1(exchange.method), path, exchange.errorText));
    }
    m_lastRequest->setToolTip(tr("Correlation ID: %1").arg(exchange.correlationId));
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(SplitterKey).toByteArray());
    m_orders->restoreState(settings.value(OrdersKey).toByteArray());
    m_requestLog->restoreState(settings.value(RequestLogKey).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_ui->mainSplitter->saveState());
    settings.setValue(OrdersKey, m_orders->saveState());
    settings.setValue(RequestLogKey, m_requestLog->saveState());
}

void MainWindow::setOrderWriting(OrderWriteService *writer, DraftStore *drafts)
{
    if (m_drafts)
        return;
    m_orders->setOrderWriting(writer, drafts);
    m_drafts = new DraftsView(drafts, m_profiles, this);
    m_drafts->setActiveProfileId(m_activeProfileId);
    addPage(m_drafts, pageTitle(m_drafts), style()->standardIcon(QStyle::SP_FileIcon));
    m_ui->actionNewOrder->setEnabled(true);
    QWidget *corner = m_orders->tabs()->cornerWidget(Qt::TopRightCorner);
    auto *newOrder = new QToolButton(corner);
    newOrder->setObjectName(QStringLiteral("newOrderButton"));
    newOrder->setDefaultAction(m_ui->actionNewOrder);
    newOrder->setToolButtonStyle(Qt::ToolButtonTextOnly);
    newOrder->setAutoRaise(false);
    static_cast<QHBoxLayout *>(corner->layout())->insertWidget(0, newOrder);
    newOrder->show();

    connect(m_drafts, &DraftsView::newOrderRequested, m_ui->actionNewOrder, &QAction::trigger);
    connect(m_drafts, &DraftsView::resumeRequested, this, [this](const QString &id) {
        m_ui->navigation->setCurrentRow(m_ui->pages->indexOf(m_orders));
        m_orders->resumeDraft(id);
    });
    connect(m_drafts, &DraftsView::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_drafts, &DraftsView::draftDiscarded, m_orders, &OrdersPage::forgetDraft);
    connect(m_orders, &OrdersPage::draftsChanged, this, [this] {
        if (m_drafts->isVisible())
            m_drafts->refresh();
    });
    // Drafts left from an earlier run are listed, not opened: the user picks.
    if (m_drafts->draftCount() > 0)
        showStatusMessage(
            tr("%n order draft(s) waiting under Drafts.", nullptr, m_drafts->draftCount()));
}

void MainWindow::showDrafts()
{
    if (m_drafts)
        m_ui->navigation->setCurrentRow(m_ui->pages->indexOf(m_drafts));
}

bool MainWindow::showRequest(const QString &correlationId)
{
    m_ui->navigation->setCurrentRow(m_ui->pages->indexOf(m_requestLog));
    if (m_requestLog->showEntry(correlationId))
        return true;
    showStatusMessage(tr("The request %1 is no longer in the request log.").arg(correlationId));
    return false;
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == ShowRequestEvent::eventType()) {
        showRequest(static_cast<ShowRequestEvent *>(event)->correlationId());
        event->accept();
        return true;
    }
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_orders->saveDrafts();
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_client->profile(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// --- Language ---------------------------------------------------------------------------------

// Navigation titles are set again on a language change; a page listed here gets its new title.
QString MainWindow::pageTitle(QWidget *page) const
{
    if (page == m_orders)
        return tr("Orders");
    if (page == m_requestLog)
        return tr("Request log");
    if (page && page == m_drafts)
        return tr("Drafts");
    return {}; // Pending orders carries a count: updatePendingLabel()
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    for (int row = 0; row < m_ui->navigation->count(); ++row) {
        const QString title = pageTitle(m_ui->pages->widget(row));
        if (title.isEmpty())
            continue;
        QListWidgetItem *item = m_ui->navigation->item(row);
        item->setText(title);
        item->setToolTip(title);
    }
    // Window title, profile list, connection state and the last request are built from
    // translated texts.
    updatePendingLabel();
    setProfile(m_client->profile());
    showLastRequest();
}
