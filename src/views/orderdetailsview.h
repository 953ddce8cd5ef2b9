// One order's details in a tab: header, addresses, lines, shipments with tracking, raw JSON.
#pragma once

#include "orderdetails.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class OrderDetailsView;
}
class ApiJob;
class EstimatedDatesModel;
class MiscChargesModel;
class OrderAttributesModel;
class OrderDetailsJob;
class ModifyOrderDialog;
class OrderLinesModel;
class OrderModifyResult;
class OrdersService;
class OrderWriteService;
class QHeaderView;
class QPrinter;
class QSortFilterProxyModel;
class ShipmentTreeModel;

class OrderDetailsView : public QWidget
{
    Q_OBJECT

public:
    // Opens an external link; the default hands it to QDesktopServices::openUrl.
    using UrlOpener = std::function<void(const QUrl &)>;

    // Starts loading the order at once.
    OrderDetailsView(OrdersService *service, const QString &orderNumber, QWidget *parent = nullptr);
    ~OrderDetailsView() override;

    QString orderNumber() const { return m_orderNumber; }
    // The tab title: the order number, with the customer PO once known.
    QString title() const;
    bool isLoading() const;
    bool hasDetails() const { return m_hasDetails; }
    // The details shown; empty until the first successful load.
    const OrderDetails &details() const { return m_details; }

    // Column widths and order of the tables and the splitter positions.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    void setUrlOpener(UrlOpener opener);

    // The service that modifies, releases and cancels held orders. Without one, the view makes
    // its own on the details service's API client, so both share the profile and request log.
    void setWriteService(OrderWriteService *service);
    OrderWriteService *writeService();
    // Why Modify, Release and Cancel Order are not available now (not loaded, not on customer
    // hold, a change under way); empty when they are.
    QString heldActionsBlocker() const;
    // A modify, release or cancel is being confirmed or is running.
    bool isChanging() const;

    // The serial numbers of the line selected in the lines table or the shipments tree.
    QStringList selectedLineSerialNumbers() const;

    // Without dialogs, so that callers and tests choose the printer or file themselves.
    bool print(QPrinter *printer);
    bool savePdf(const QString &fileName);

public Q_SLOTS:
    void refresh();
    void cancel();
    void copyOrderNumber();
    void copyLineSerialNumbers();
    void copyAllSerialNumbers();
    // Open the print and save dialogs window-modally and return at once.
    void showPrintDialog();
    void showSavePdfDialog();
    // The actions on an order on customer hold. Each asks first and then runs without blocking;
    // the outcome shows in the view's banner and the details are loaded again.
    void modifyOrder();
    void releaseOrder();
    void cancelOrder();

Q_SIGNALS:
    void titleChanged(const QString &title);
    void loadingChanged(bool loading);
    void statusMessage(const QString &message);
    // A tracking number was clicked or activated; the URL is its carrier's tracking page.
    void trackingLinkActivated(const QUrl &url);
    void detailsLoaded();
    // A modify, release or cancel was applied, or may have been (its answer was lost).
    void orderChanged(const QString &orderNumber);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class HeldAction
    {
        Release,
        Cancel
    };

    void load(bool keepBanner);
    void onJobFinished(ApiJob *job);
    void confirmHeldAction(HeldAction action);
    void runHeldAction(HeldAction action);
    void onHeldActionFinished(HeldAction action, ApiJob *job);
    void onModifyFinished(ModifyOrderDialog *dialog, int result);
    void showModifyResult(const OrderModifyResult &result);
    void showDetails(const OrderDetails &details, const QJsonObject &raw);
    void setLoading(bool loading);
    void updateActions();
    void openTrackingLink(const QModelIndex &index);
    void syncTreeToLine();
    void syncLineToTree();
    QString selectedLineNumber() const;
    void copyToClipboard(const QStringList &serials, const QString &scope);
    void sizeColumns();
    // Lets people show and hide columns from the header's context menu.
    void showColumnMenu(QHeaderView *header, const QPoint &position);

    std::unique_ptr<Ui::OrderDetailsView> m_ui;
    QPointer<OrdersService> m_service;
    QString m_orderNumber;
    QPointer<OrderDetailsJob> m_job;
    QPointer<OrderWriteService> m_writer;
    QPointer<ApiJob> m_actionJob;
    QPointer<QWidget> m_confirmation; // the open confirmation or modify dialog
    OrderDetails m_details;
    bool m_hasDetails = false;
    bool m_columnsSized = false;
    bool m_syncing = false;
    QString m_title;
    UrlOpener m_urlOpener;
    std::unique_ptr<QPrinter> m_printer;

    OrderLinesModel *m_linesModel;
    QSortFilterProxyModel *m_linesProxy;
    ShipmentTreeModel *m_shipmentsModel;
    MiscChargesModel *m_chargesModel;
    OrderAttributesModel *m_attributesModel;
    EstimatedDatesModel *m_datesModel;
};
