// The Orders page: the search view in a fixed first tab, one closable tab per opened order.
#pragma once

#include <QWidget>

class OrderDetailsView;
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

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    OrdersService *m_service;
    QTabWidget *m_tabs;
    OrderSearchView *m_search;
    QByteArray m_detailsState; // column layout shared by every details tab
};
