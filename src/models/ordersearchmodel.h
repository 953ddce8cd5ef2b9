// Order search results as a tree (orders, their sub-orders below), paged in from the orders
// service.
#pragma once

#include "apierror.h"
#include "ordersearchquery.h"
#include "ordersummary.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QSet>

class ApiJob;
class OrderSearchJob;
class OrdersService;

class OrderSearchModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(int recordsFound READ recordsFound NOTIFY recordsFoundChanged)

public:
    enum Column
    {
        OrderNumberColumn,
        OrderDateColumn,
        CustomerOrderNumberColumn,
        VendorColumn,
        EndUserColumn,
        TotalColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        // What sorting compares: QDate for dates, double for totals, int(OrderStatus::Kind) for
        // statuses, text otherwise.
        RawValueRole = Qt::UserRole + 1,
        // The number to open: the order's, or the sub-order's on a sub-order row.
        OrderNumberRole,
        IsSubOrderRole,
    };

    static constexpr int PageSize = OrderSearchQuery::MaxPageSize;

    explicit OrderSearchModel(OrdersService *service, QObject *parent = nullptr);
    ~OrderSearchModel() override;

    // Drops the current results and asks for the first page; answers to earlier searches are
    // ignored from now on. The query's page size and number are set by the model.
    void search(const OrderSearchQuery &query);
    // Asks for the next page now: after an error (the same page again), after cancel(), or to
    // load everything for an export. Does nothing while a page is on its way or when all are in.
    void loadMore();
    void retry() { loadMore(); }
    // Stops the request in flight. Loaded rows stay; paging resumes only through loadMore().
    void cancel();
    // Forgets the search and its rows, e.g. when the profile changes.
    void clear();

    bool hasSearch() const { return m_hasSearch; }
    const OrderSearchQuery &query() const { return m_query; }
    bool isLoading() const { return !m_job.isNull(); }
    int recordsFound() const { return m_recordsFound; }
    int loadedPageCount() const { return m_loadedPages; }
    int orderCount() const { return static_cast<int>(m_rows.size()); }
    // More pages than loaded exist, whether or not they are being fetched.
    bool hasMorePages() const;
    // The search got its answer and it holds no order (including 204 No Content).
    bool isEmptyResult() const { return m_hasSearch && m_loadedPages > 0 && m_rows.isEmpty(); }
    bool wasCancelled() const { return m_cancelled; }
    const ApiError &error() const { return m_error; }
    bool hasError() const { return m_error.isError(); }
    const OrderSummary &order(int row) const { return m_rows.at(row).order; }

    // The search answer carries no currency; totals are in the account's currency, which
    // follows from the profile's country unless set here.
    QString currencyCode() const { return m_currencyCode; }
    void setCurrencyCode(const QString &currencyCode);
    static QString currencyForCountry(const QString &countryCode);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void recordsFoundChanged(int recordsFound);
    void searchStarted();
    // A page arrived; ordersAdded may be 0 (an empty result or a page of duplicates).
    void pageLoaded(int pageNumber, int ordersAdded);
    // A page could not be loaded; rows already shown stay and retry() asks for it again.
    void errorOccurred(const ApiError &error);
    void cancelled();
    void cleared();

private:
    struct Row
    {
        OrderSummary order;
        QList<SubOrderSummary> subOrders;
    };

    void requestPage(int pageNumber);
    void onPageFinished(ApiJob *job, quint64 generation);
    void stopJob();
    void setRecordsFound(int recordsFound);
    QVariant orderData(const Row &row, int column, int role) const;
    QVariant subOrderData(const SubOrderSummary &subOrder, int column, int role) const;

    OrdersService *m_service;
    OrderSearchQuery m_query;
    QList<Row> m_rows;
    QSet<QString> m_numbers; // pages can overlap when orders arrive between two page requests
    QPointer<OrderSearchJob> m_job;
    quint64 m_generation = 0;
    ApiError m_error;
    QString m_currencyCode;
    bool m_currencyFixed = false;
    bool m_hasSearch = false;
    bool m_cancelled = false;
    bool m_morePages = false;
    int m_loadedPages = 0;
    int m_recordsFound = 0;
};
