#include "ordersearchmodel.h"

#include "apiclient.h"
#include "displayformat.h"
#include "ordersservice.h"
#include "orderstatusicons.h"

#include <QLocale>

namespace {
// Top-level rows carry 0; a sub-order row carries its order's row + 1.
constexpr quintptr TopLevel = 0;
} // namespace

OrderSearchModel::OrderSearchModel(OrdersService *service, QObject *parent)
    : QAbstractItemModel(parent)
    , m_service(service)
{}

OrderSearchModel::~OrderSearchModel()
{
    stopJob();
}

void OrderSearchModel::search(const OrderSearchQuery &query)
{
    stopJob();
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_numbers.clear();
    m_query = query;
    m_query.pageSize = PageSize;
    m_query.pageNumber = 1;
    m_hasSearch = true;
    m_cancelled = false;
    // Not before the reset has ended: views and testers call fetchMore() on a reset, and the
    // first page is asked for below.
    m_morePages = false;
    m_loadedPages = 0;
    m_error = ApiError();
    if (!m_currencyFixed && m_service && m_service->client())
        m_currencyCode = currencyForCountry(m_service->client()->profile().countryCode);
    endResetModel();
    setRecordsFound(0);
    m_morePages = true;
    Q_EMIT searchStarted();
    requestPage(1);
}

void OrderSearchModel::loadMore()
{
    if (!m_hasSearch || isLoading() || !hasMorePages())
        return;
    m_cancelled = false;
    requestPage(m_loadedPages + 1);
}

void OrderSearchModel::cancel()
{
    if (!isLoading())
        return;
    stopJob();
    m_cancelled = true;
    Q_EMIT loadingChanged(false);
    Q_EMIT cancelled();
}

void OrderSearchModel::clear()
{
    const bool wasLoading = isLoading();
    stopJob();
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_numbers.clear();
    m_query = OrderSearchQuery();
    m_hasSearch = false;
    m_cancelled = false;
    m_morePages = false;
    m_loadedPages = 0;
    m_error = ApiError();
    endResetModel();
    setRecordsFound(0);
    if (wasLoading)
        Q_EMIT loadingChanged(false);
    Q_EMIT cleared();
}

bool OrderSearchModel::hasMorePages() const
{
    return m_hasSearch && m_morePages;
}

void OrderSearchModel::setCurrencyCode(const QString &currencyCode)
{
    m_currencyFixed = !currencyCode.isEmpty();
    if (m_currencyCode == currencyCode)
        return;
    m_currencyCode = currencyCode;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, TotalColumn), index(rowCount() - 1, TotalColumn));
        for (int row = 0; row < m_rows.size(); ++row) {
            const QModelIndex parent = index(row, 0);
            if (const int children = rowCount(parent))
                Q_EMIT dataChanged(index(0, TotalColumn, parent),
                                   index(children - 1, TotalColumn, parent));
        }
    }
}

QString OrderSearchModel::currencyForCountry(const QString &countryCode)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(countryCode.trimmed());
    if (territory == QLocale::AnyTerritory)
        return {};
    const QList<QLocale> locales =
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, territory);
    return locales.isEmpty() ? QString()
                             : locales.constFirst().currencySymbol(QLocale::CurrencyIsoCode);
}

void OrderSearchModel::requestPage(int pageNumber)
{
    if (!m_service)
        return;
    stopJob();
    OrderSearchQuery pageQuery = m_query;
    pageQuery.pageNumber = pageNumber;
    m_error = ApiError();
    m_job = m_service->search(pageQuery, this);
    const quint64 generation = m_generation;
    connect(m_job.data(), &ApiJob::finished, this,
            [this, generation](ApiJob *job) { onPageFinished(job, generation); });
    Q_EMIT loadingChanged(true);
}

void OrderSearchModel::stopJob()
{
    if (!m_job)
        return;
    OrderSearchJob *job = m_job;
    m_job.clear();
    // Its late answer must not reach this model, whatever the job does while it is cancelled.
    disconnect(job, nullptr, this, nullptr);
    job->cancel();
}

void OrderSearchModel::onPageFinished(ApiJob *job, quint64 generation)
{
    if (generation != m_generation || job != m_job.data())
        return;
    m_job.clear();
    auto *searchJob = static_cast<OrderSearchJob *>(job);
    if (job->hasError()) {
        m_error = job->error();
        Q_EMIT loadingChanged(false);
        Q_EMIT errorOccurred(m_error);
        return;
    }

    const OrderSearchPage &page = searchJob->page();
    const int pageNumber = m_loadedPages + 1;
    QList<Row> fresh;
    fresh.reserve(page.orders.size());
    for (const OrderSummary &order : page.orders) {
        if (m_numbers.contains(order.ingramOrderNumber))
            continue;
        m_numbers.insert(order.ingramOrderNumber);
        fresh.append({order, order.numberedSubOrders()});
    }
    m_loadedPages = pageNumber;
    // A short or empty page ends the paging even if the count promised more.
    m_morePages = !page.orders.isEmpty() && page.hasMorePages();
    if (!fresh.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        m_rows.append(fresh);
        endInsertRows();
    }
    setRecordsFound(qMax(page.recordsFound, static_cast<int>(m_rows.size())));
    Q_EMIT loadingChanged(false);
    Q_EMIT pageLoaded(pageNumber, static_cast<int>(fresh.size()));
}

void OrderSearchModel::setRecordsFound(int recordsFound)
{
    if (m_recordsFound == recordsFound)
        return;
    m_recordsFound = recordsFound;
    Q_EMIT recordsFoundChanged(recordsFound);
}

QModelIndex OrderSearchModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, TopLevel) : QModelIndex();
    if (parent.internalId() != TopLevel || parent.row() >= m_rows.size())
        return {};
    if (row >= m_rows.at(parent.row()).subOrders.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex OrderSearchModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, TopLevel);
}

int OrderSearchModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_rows.size());
    if (parent.internalId() != TopLevel || parent.column() != 0)
        return 0;
    return static_cast<int>(m_rows.at(parent.row()).subOrders.size());
}

int OrderSearchModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

bool OrderSearchModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant OrderSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == TopLevel)
        return orderData(m_rows.at(index.row()), index.column(), role);
    const Row &row = m_rows.at(static_cast<int>(index.internalId() - 1));
    return subOrderData(row.subOrders.at(index.row()), index.column(), role);
}

QVariant OrderSearchModel::orderData(const Row &row, int column, int role) const
{
    const OrderSummary &order = row.order;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case OrderNumberColumn:
            return order.ingramOrderNumber;
        case OrderDateColumn:
            return DisplayFormat::date(order.ingramOrderDate);
        case CustomerOrderNumberColumn:
            return order.customerOrderNumber;
        case VendorColumn:
            return order.vendorName;
        case EndUserColumn:
            return order.endUserCompanyName;
        case TotalColumn:
            return DisplayFormat::money(order.orderTotal, m_currencyCode);
        case StatusColumn:
            return order.orderStatus.displayText();
        }
        break;
    case RawValueRole:
        switch (column) {
        case OrderNumberColumn:
            return order.ingramOrderNumber;
        case OrderDateColumn:
            return order.ingramOrderDate.date();
        case CustomerOrderNumberColumn:
            return order.customerOrderNumber;
        case VendorColumn:
            return order.vendorName;
        case EndUserColumn:
            return order.endUserCompanyName;
        case TotalColumn:
            return order.orderTotal;
        case StatusColumn:
            return static_cast<int>(order.orderStatus.kind());
        }
        break;
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return OrderStatusIcons::icon(order.orderStatus.kind());
        break;
    case Qt::ToolTipRole:
        if (column == StatusColumn && order.orderStatus.raw() != order.orderStatus.displayText())
            return tr("%1 (the API says “%2”)")
                .arg(order.orderStatus.displayText(), order.orderStatus.raw());
        if (column == OrderDateColumn && order.ingramOrderDate.isValid())
            return QLocale().toString(order.ingramOrderDate.date(), QLocale::LongFormat);
        if (column == OrderNumberColumn && !order.vendorSalesOrderNumber.isEmpty())
            return tr("Vendor sales order %1").arg(order.vendorSalesOrderNumber);
        break;
    case Qt::TextAlignmentRole:
        if (column == TotalColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case OrderNumberRole:
        return order.ingramOrderNumber;
    case IsSubOrderRole:
        return false;
    }
    return {};
}

QVariant OrderSearchModel::subOrderData(const SubOrderSummary &subOrder, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case OrderNumberColumn:
            return subOrder.subOrderNumber;
        case TotalColumn:
            return DisplayFormat::money(subOrder.subOrderTotal, m_currencyCode);
        case StatusColumn:
            return subOrder.subOrderStatus.displayText();
        }
        break;
    case RawValueRole:
        switch (column) {
        case OrderNumberColumn:
            return subOrder.subOrderNumber;
        case TotalColumn:
            return subOrder.subOrderTotal;
        case StatusColumn:
            return static_cast<int>(subOrder.subOrderStatus.kind());
        }
        break;
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return OrderStatusIcons::icon(subOrder.subOrderStatus.kind());
        break;
    case Qt::ToolTipRole:
        if (column == OrderNumberColumn)
            return tr("Sub-order %1").arg(subOrder.subOrderNumber);
        break;
    case Qt::TextAlignmentRole:
        if (column == TotalColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case OrderNumberRole:
        return subOrder.subOrderNumber;
    case IsSubOrderRole:
        return true;
    }
    return {};
}

QVariant OrderSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case OrderNumberColumn:
            return tr("Order number");
        case OrderDateColumn:
            return tr("Date");
        case CustomerOrderNumberColumn:
            return tr("Customer PO");
        case VendorColumn:
            return tr("Vendor");
        case EndUserColumn:
            return tr("End user");
        case TotalColumn:
            return tr("Total");
        case StatusColumn:
            return tr("Status");
        }
    }
    if (role == Qt::ToolTipRole && section == TotalColumn) {
        return m_currencyCode.isEmpty()
                   ? tr("Order total. The search does not say in which currency.")
                   : tr("Order total in %1, the currency of the account.").arg(m_currencyCode);
    }
    if (role == Qt::TextAlignmentRole && section == TotalColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags OrderSearchModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != TopLevel)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

bool OrderSearchModel::canFetchMore(const QModelIndex &parent) const
{
    // After an error or a cancel the view would ask again at once; only loadMore() resumes.
    return !parent.isValid() && hasMorePages() && !isLoading() && !hasError() && !m_cancelled;
}

void OrderSearchModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_loadedPages + 1);
}
