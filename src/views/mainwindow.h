// The main window: environment badge and profile switcher, navigation between the desk's pages,
// menus and shortcuts, the status bar, and the window layout remembered between runs.
#pragma once

#include "apiexchange.h"
#include "connectionprofile.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class ApiClient;
class DraftStore;
class DraftsView;
class EnvironmentBadge;
class OrdersPage;
class OrdersService;
class PendingOrderTracker;
class PendingOrdersView;
struct PendingOrder;
class OrderWriteService;
class ProfileStore;
class QuoteOrderLauncher;
class QLabel;
class QListWidgetItem;
class QSystemTrayIcon;
class RequestLogModel;
class RequestLogView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // profiles may be null: the profile switcher then only shows the active profile.
    MainWindow(ApiClient *client, OrdersService *orders, RequestLogModel *requestLog,
               ProfileStore *profiles = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    OrdersPage *ordersPage() const { return m_orders; }
    RequestLogView *requestLogView() const { return m_requestLog; }
    // Opens the quote-to-order wizard (File → Order from Quote…, and on the Orders page).
    QuoteOrderLauncher *quoteOrderLauncher() const { return m_quoteOrders; }
    // Adds the "Pending orders" page for the tracker; the window notifies when an entry resolves.
    void setPendingOrderTracker(PendingOrderTracker *tracker);
    PendingOrdersView *pendingOrdersView() const { return m_pendingOrders; }
    // Switches to the page (Orders, Request log, Pending orders, ...).
    void showPage(QWidget *page);
    // Enables New Order and adds the Drafts page; without it the desk only reads orders.
    void setOrderWriting(OrderWriteService *writer, DraftStore *drafts);
    DraftsView *draftsView() const { return m_drafts; }
    // Switches to the Drafts page.
    void showDrafts();
    // Switches to the request log and selects the entry of the correlation ID.
    bool showRequest(const QString &correlationId);

    // Restores geometry, splitter and views from the settings; call before show().
    void restoreLayout();
    void saveLayout() const;

public Q_SLOTS:
    // Shows which profile the desk talks to and clears what belonged to the previous one.
    void setProfile(const ConnectionProfile &profile);
    void showStatusMessage(const QString &message);

Q_SIGNALS:
    void profilesRequested();
    void preferencesRequested();
    void sandboxOptionsRequested();
    void profileSelected(const QString &id);
    // A notification the user was given (status bar, taskbar alert, tray message).
    void notificationShown(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addPage(QWidget *page, const QString &title, const QIcon &icon);
    void rebuildProfileCombo();
    void showAbout();
    void notifyResolved(const PendingOrder &entry);
    void updatePendingLabel();
    // Texts set in code, again in the current language (QEvent::LanguageChange).
    void retranslate();
    QString pageTitle(QWidget *page) const;
    void showLastRequest();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ApiClient *m_client;
    ProfileStore *m_profiles;
    OrdersPage *m_orders;
    RequestLogView *m_requestLog;
    DraftsView *m_drafts = nullptr;
    EnvironmentBadge *m_badge;
    QLabel *m_connectionState;
    QLabel *m_lastRequest;
    QuoteOrderLauncher *m_quoteOrders;
    QString m_activeProfileId;
    PendingOrderTracker *m_tracker = nullptr;
    PendingOrdersView *m_pendingOrders = nullptr;
    QListWidgetItem *m_pendingItem = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    ApiExchange m_lastExchange;
};
