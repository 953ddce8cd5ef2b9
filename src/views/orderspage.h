// The Orders page: the search view in a fixed first tab, one closable tab per opened order and
// per order being written.
#pragma once

#include "connectionprofile.h"
#include "ordercreaterequest.h"
#include "orderdraft.h"

#include <QWidget>

class ApiJob;
class DraftStore;
class OrderDetailsView;
class OrderEditor;
class OrderWriteService;
class OrderSearchView;
class OrdersService;
class QTabWidget;

class OrdersPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrdersPage(OrdersService *service, QWidget *parent = nullptr);

    OrderSearchView *searchView() const { return m_search; }
    QTabWidget *tabs() const { return m_tabs; }
    // The details tab of the order, or nullptr.
    OrderDetailsView *detailsView(const QString &orderNumber) const;

    // Enables new orders: editors autosave to drafts and submit through writer.
    void setOrderWriting(OrderWriteService *writer, DraftStore *drafts);
    bool canWriteOrders() const { return m_writer && m_drafts; }
    // The editor tab of the draft, or nullptr.
    OrderEditor *editor(const QString &draftId) const;
    QList<OrderEditor *> editors() const;

    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

public Q_SLOTS:
    // Opens the order in a tab, or switches to its tab when it is already open.
    void openOrder(const QString &orderNumber);
    void focusSearch();
    // Refreshes what the current tab shows.
    void refreshCurrent();
    // Closes the current details tab; the search tab stays.
    void closeCurrentTab();
    void closeTab(int index);
    // Profile switch: what was shown belonged to another account.
    void reset();
    // The active profile: new drafts are made for it, with its order API version.
    void setProfile(const ConnectionProfile &profile);

    // Opens an editor on a new draft (saved once something is typed).
    OrderEditor *newOrder();
    // Opens the draft in an editor, or switches to its tab when it is already open.
    OrderEditor *resumeDraft(const QString &draftId);
    // Sends the editor's order once. A create whose answer is lost is never resent: the draft
    // stays Submitted and the user is told to search the customer PO.
    void submitDraft(OrderEditor *editor);
    // Writes every open editor's pending changes (window close, quit).
    void saveDrafts();
    // The draft was deleted elsewhere: its editor closes without saving it again.
    void forgetDraft(const QString &draftId);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // A draft was saved, submitted or removed: drafts lists refresh.
    void draftsChanged();

private:
    OrdersService *m_service;
    QTabWidget *m_tabs;
    OrderSearchView *m_search;
    QByteArray m_detailsState; // column layout shared by every details tab
    OrderWriteService *m_writer = nullptr;
    DraftStore *m_drafts = nullptr;
    QString m_profileId;
    OrderApiVersion m_defaultVersion = OrderApiVersion::V6;

    OrderEditor *addEditor(const OrderDraft &draft);
    void finishSubmit(OrderEditor *editor, const QString &draftId, ApiJob *job,
                      OrderApiVersion version, const QString &po);
};
