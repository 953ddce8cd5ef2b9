// Writes order search results to a CSV file: the loaded orders, or all pages after fetching them.
#pragma once

#include <QAbstractProxyModel>
#include <QObject>
#include <QPointer>
#include <QString>

class ApiError;
class OrderSearchModel;

class OrderSearchCsvExporter : public QObject
{
    Q_OBJECT

public:
    enum class Scope
    {
        LoadedOrders,
        AllPages
    };

    explicit OrderSearchCsvExporter(OrderSearchModel *model, QObject *parent = nullptr);

    // Orders are written in this proxy's order (e.g. the view's sorting) when set.
    void setRowOrder(QAbstractProxyModel *proxy) { m_proxy = proxy; }

    // Ends with finished(), always after start() has returned. For AllPages the remaining pages
    // are fetched first through the model, one at a time, within the API's rate limit.
    void start(Scope scope, const QString &fileName);
    void cancel();
    bool isRunning() const { return m_running; }
    QString fileName() const { return m_fileName; }
    QString errorString() const { return m_errorString; }
    bool wasCancelled() const { return m_cancelled; }
    int writtenOrderCount() const { return m_written; }

    // The CSV of the model's loaded orders; one line per order, sub-orders listed in a column.
    static QByteArray toCsv(const OrderSearchModel *model,
                            const QAbstractProxyModel *proxy = nullptr);
    static QStringList columnHeaders();

Q_SIGNALS:
    void progress(int loadedOrders, int totalOrders);
    void finished(bool success);

private:
    void continueFetching();
    void onPageError(const ApiError &error);
    void write();
    void finish(bool success, const QString &errorString = {});
    void disconnectModel();

    QPointer<OrderSearchModel> m_model;
    QPointer<QAbstractProxyModel> m_proxy;
    QString m_fileName;
    QString m_errorString;
    bool m_running = false;
    bool m_cancelled = false;
    int m_written = 0;
};
