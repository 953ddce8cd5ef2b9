// The order search screen: quick search box, filter panel, paged results tree and CSV export.
#pragma once

#include "ordersearchcsvexporter.h"
#include "ordersearchquery.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class OrderSearchView;
}
class ApiError;
class OrderSearchModel;
class OrderSearchProxyModel;
class OrdersService;
class QAction;
class QActionGroup;
class QProgressDialog;
class QShortcut;

class OrderSearchView : public QWidget
{
    Q_OBJECT

public:
    // What the quick search text is searched as.
    enum class QuickSearchKind
    {
        OrderNumber,
        CustomerOrderNumber,
        SerialNumber,
        TrackingNumber
    };
    Q_ENUM(QuickSearchKind)

    explicit OrderSearchView(OrdersService *service, QWidget *parent = nullptr);
    ~OrderSearchView() override;

    // Column layout (hidden, moved, widths, sorting), filter panel and splitter.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    QuickSearchKind quickSearchKind() const { return m_kind; }
    void setQuickSearchKind(QuickSearchKind kind);
    static bool looksLikeOrderNumber(const QString &text);

    // The query the inputs describe right now.
    OrderSearchQuery currentQuery() const;
    OrderSearchModel *model() const { return m_model; }
    OrderSearchProxyModel *proxyModel() const { return m_proxy; }

    // Writes the results in the view's sort order without asking for a file name (the Export
    // menu asks first). For AllPages a progress dialog with Cancel follows the page fetching.
    void exportToCsv(OrderSearchCsvExporter::Scope scope, const QString &fileName);

public Q_SLOTS:
    // Searches with what the quick search box and the filter panel say, if it is valid.
    void search();
    void focusSearchBox();
    // Runs the current search again (F5); without one, searches with the inputs.
    void refresh();
    void cancelSearch();
    // Forgets the results, e.g. when the profile changes; the inputs stay.
    void clearResults();

Q_SIGNALS:
    // Enter or double-click on a result; the sub-order's number on a sub-order row.
    void orderActivated(const QString &orderNumber);
    void statusMessage(const QString &message);
    void exportFinished(bool success);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setupResultsView();
    void setupQuickSearch();
    void setupExport();
    void setKind(QuickSearchKind kind, bool automatic);
    void onQuickSearchTextChanged(const QString &text);
    void setFiltersVisible(bool visible);
    void updateFilterToggle();
    // Shows validation problems beside their fields; true when there are none.
    bool showValidation(const OrderSearchQuery &query);
    void updateState();
    void onPageLoaded(int pageNumber, int ordersAdded);
    void onSearchError(const ApiError &error);
    void onCancelled();
    void showHeaderMenu(const QPoint &position);
    void fetchMoreIfNeeded();
    void chooseExportFile(OrderSearchCsvExporter::Scope scope);
    void onExportFinished(bool success);
    static QString kindText(QuickSearchKind kind);

    std::unique_ptr<Ui::OrderSearchView> m_ui;
    OrdersService *m_service;
    OrderSearchModel *m_model;
    OrderSearchProxyModel *m_proxy;
    OrderSearchCsvExporter *m_exporter;
    QPointer<QProgressDialog> m_exportProgress;
    QActionGroup *m_kindActions;
    QAction *m_exportLoadedAction;
    QAction *m_exportAllAction;
    QShortcut *m_cancelShortcut;
    QuickSearchKind m_kind = QuickSearchKind::CustomerOrderNumber;
    QuickSearchKind m_manualKind = QuickSearchKind::CustomerOrderNumber;
    bool m_kindIsAutomatic = false;
    bool m_lookedLikeOrderNumber = false;
    bool m_validateLive = false;
};
