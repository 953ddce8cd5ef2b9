#include "ordersearchcsvexporter.h"

#include "apierror.h"
#include "csvwriter.h"
#include "ordersearchmodel.h"

#include <QAbstractProxyModel>
#include <QSaveFile>
#include <QTimer>

OrderSearchCsvExporter::OrderSearchCsvExporter(OrderSearchModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{}

QStringList OrderSearchCsvExporter::columnHeaders()
{
    return {tr("Order number"), tr("Order date"),
            tr("Customer PO"),  tr("Vendor"),
            tr("End user"),     tr("Total"),
            tr("Currency"),     tr("Status"),
            tr("Sub-orders"),   tr("Vendor sales order")};
}

QByteArray OrderSearchCsvExporter::toCsv(const OrderSearchModel *model,
                                         const QAbstractProxyModel *proxy)
{
    CsvWriter csv;
    csv.addRow(columnHeaders());
    const int rows = proxy ? proxy->rowCount() : model->rowCount();
    for (int i = 0; i < rows; ++i) {
        const int row = proxy ? proxy->mapToSource(proxy->index(i, 0)).row() : i;
        if (row < 0)
            continue;
        const OrderSummary &order = model->order(row);
        QStringList subOrders;
        for (const SubOrderSummary &subOrder : order.numberedSubOrders())
            subOrders.append(subOrder.subOrderNumber);
        // Dates in ISO and totals as plain numbers with the currency beside them, so that a
        // spreadsheet sorts and sums them whatever its locale.
        csv.addRow({order.ingramOrderNumber,
                    order.ingramOrderDate.isValid()
                        ? order.ingramOrderDate.date().toString(Qt::ISODate)
                        : order.ingramOrderDate.raw(),
                    order.customerOrderNumber, order.vendorName, order.endUserCompanyName,
                    CsvWriter::number(order.orderTotal), model->currencyCode(),
                    order.orderStatus.displayText(), subOrders.join(QLatin1Char(' ')),
                    order.vendorSalesOrderNumber});
    }
    return csv.data();
}

void OrderSearchCsvExporter::start(Scope scope, const QString &fileName)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_errorString.clear();
    m_written = 0;
    m_fileName = fileName;
    if (!m_model) {
        QTimer::singleShot(0, this,
                           [this] { finish(false, tr("There are no results to export.")); });
        return;
    }
    if (scope == Scope::LoadedOrders || !m_model->hasMorePages()) {
        QTimer::singleShot(0, this, &OrderSearchCsvExporter::write);
        return;
    }
    connect(m_model.data(), &OrderSearchModel::pageLoaded, this,
            &OrderSearchCsvExporter::continueFetching);
    connect(m_model.data(), &OrderSearchModel::errorOccurred, this,
            &OrderSearchCsvExporter::onPageError);
    connect(m_model.data(), &OrderSearchModel::searchStarted, this,
            [this] { finish(false, tr("A new search replaced the results being exported.")); });
    connect(m_model.data(), &OrderSearchModel::cleared, this,
            [this] { finish(false, tr("The results were cleared during the export.")); });
    connect(m_model.data(), &OrderSearchModel::cancelled, this, [this] {
        m_cancelled = true;
        finish(false, tr("The export was cancelled."));
    });
    // Later pages are asked for one by one from pageLoaded; the first call may have to wait
    // for a page that is already on its way.
    QTimer::singleShot(0, this, &OrderSearchCsvExporter::continueFetching);
}

void OrderSearchCsvExporter::continueFetching()
{
    if (!m_running || !m_model)
        return;
    Q_EMIT progress(m_model->orderCount(), m_model->recordsFound());
    if (m_model->isLoading())
        return;
    if (!m_model->hasMorePages()) {
        disconnectModel();
        write();
        return;
    }
    m_model->loadMore();
}

void OrderSearchCsvExporter::onPageError(const ApiError &error)
{
    finish(false, tr("Page %1 could not be loaded: %2")
                      .arg(QString::number(m_model ? m_model->loadedPageCount() + 1 : 0),
                           error.message()));
}

void OrderSearchCsvExporter::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    disconnectModel();
    if (m_model)
        m_model->cancel();
    finish(false, tr("The export was cancelled."));
}

void OrderSearchCsvExporter::write()
{
    if (!m_running)
        return;
    if (!m_model) {
        finish(false, tr("There are no results to export."));
        return;
    }
    const QByteArray data = toCsv(m_model, m_proxy);
    QSaveFile file(m_fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        finish(false, file.errorString());
        return;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        finish(false, file.errorString());
        return;
    }
    m_written = m_model->orderCount();
    finish(true);
}

void OrderSearchCsvExporter::finish(bool success, const QString &errorString)
{
    if (!m_running)
        return;
    disconnectModel();
    m_running = false;
    m_errorString = errorString;
    Q_EMIT finished(success);
}

void OrderSearchCsvExporter::disconnectModel()
{
    if (m_model)
        disconnect(m_model.data(), nullptr, this, nullptr);
}
