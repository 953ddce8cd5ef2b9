#include "orderdetailsview.h"
#include "ui_orderdetailsview.h"

#include "displayformat.h"
#include "estimateddatesmodel.h"
#include "miscchargesmodel.h"
#include "modifyorderdialog.h"
#include "orderattributesmodel.h"
#include "orderlinesmodel.h"
#include "orderprinter.h"
#include "ordersservice.h"
#include "orderstatusicons.h"
#include "orderwritejobs.h"
#include "orderwriteservice.h"
#include "shipmenttreemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDataStream>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>

namespace {
constexpr quint32 StateMagic = 0x52444f44; // "RDOD"
constexpr quint32 StateVersion = 1;
// Beyond this many rows the tree opens to the packages only, so it stays quick to read.
constexpr int ExpandAllLimit = 400;
} // namespace

OrderDetailsView::OrderDetailsView(OrdersService *service, const QString &orderNumber,
                                   QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderDetailsView>())
    , m_service(service)
    , m_orderNumber(orderNumber.trimmed())
    , m_title(m_orderNumber)
    , m_linesModel(new OrderLinesModel(this))
    , m_linesProxy(new QSortFilterProxyModel(this))
    , m_shipmentsModel(new ShipmentTreeModel(this))
    , m_chargesModel(new MiscChargesModel(this))
    , m_attributesModel(new OrderAttributesModel(this))
    , m_datesModel(new EstimatedDatesModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("orderDetailsView"));

    m_ui->refreshButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_ui->printButton->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    m_ui->pdfButton->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as"),
                                              style()->standardIcon(QStyle::SP_DialogSaveButton)));
    m_ui->copyOrderNumberButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_ui->busyIndicator->hide();

    QFont numberFont = m_ui->orderNumberLabel->font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.25);
    numberFont.setBold(true);
    m_ui->orderNumberLabel->setFont(numberFont);
    m_ui->rawJsonView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_linesProxy->setSourceModel(m_linesModel);
    m_linesProxy->setSortRole(OrderLinesModel::RawValueRole);
    m_ui->linesView->setModel(m_linesProxy);
    m_ui->linesView->setSortingEnabled(true);
    m_ui->linesView->sortByColumn(OrderLinesModel::LineNumberColumn, Qt::AscendingOrder);
    m_ui->linesView->verticalHeader()->hide();
    m_ui->linesView->horizontalHeader()->setSectionsMovable(true);
    m_ui->linesView->horizontalHeader()->setHighlightSections(false);
    // The description takes the room the other columns leave, so that nothing needs scrolling
    // at a usual window width; its tooltip holds the full text.
    m_ui->linesView->horizontalHeader()->setSectionResizeMode(OrderLinesModel::DescriptionColumn,
                                                              QHeaderView::Stretch);
    m_ui->linesView->verticalHeader()->setDefaultSectionSize(
        m_ui->linesView->fontMetrics().height() + 8);

    m_ui->shipmentsView->setModel(m_shipmentsModel);
    m_ui->shipmentsView->header()->setSectionsMovable(true);
    m_ui->shipmentsView->header()->setFirstSectionMovable(false);
    m_ui->shipmentsView->setMouseTracking(true);
    m_ui->shipmentsView->installEventFilter(this);

    const QList<QTableView *> tables{m_ui->chargesView, m_ui->attributesView,
                                     m_ui->estimatedDatesView};
    m_ui->chargesView->setModel(m_chargesModel);
    m_ui->attributesView->setModel(m_attributesModel);
    m_ui->estimatedDatesView->setModel(m_datesModel);
    for (QTableView *table : tables) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->horizontalHeader()->setSectionsMovable(true);
    }

    for (QHeaderView *header :
         {m_ui->linesView->horizontalHeader(), m_ui->shipmentsView->header()}) {
        header->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(header, &QHeaderView::customContextMenuRequested, this,
                [this, header](const QPoint &position) { showColumnMenu(header, position); });
    }
    m_ui->chargesView->horizontalHeader()->setStretchLastSection(false);
    m_ui->chargesView->horizontalHeader()->setSectionResizeMode(MiscChargesModel::DescriptionColumn,
                                                                QHeaderView::Stretch);

    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setStretchFactor(2, 1);

    connect(m_ui->refreshButton, &QToolButton::clicked, this, &OrderDetailsView::refresh);
    connect(m_ui->copyOrderNumberButton, &QToolButton::clicked, this,
            &OrderDetailsView::copyOrderNumber);
    connect(m_ui->copyLineSerialsButton, &QToolButton::clicked, this,
            &OrderDetailsView::copyLineSerialNumbers);
    connect(m_ui->copySerialsButton, &QToolButton::clicked, this,
            &OrderDetailsView::copyAllSerialNumbers);
    connect(m_ui->printButton, &QToolButton::clicked, this, &OrderDetailsView::showPrintDialog);
    connect(m_ui->pdfButton, &QToolButton::clicked, this, &OrderDetailsView::showSavePdfDialog);
    connect(m_ui->messageBanner, &MessageBanner::retryRequested, this, &OrderDetailsView::refresh);
    connect(m_ui->modifyButton, &QToolButton::clicked, this, &OrderDetailsView::modifyOrder);
    connect(m_ui->releaseButton, &QToolButton::clicked, this, &OrderDetailsView::releaseOrder);
    connect(m_ui->cancelOrderButton, &QToolButton::clicked, this, &OrderDetailsView::cancelOrder);

    auto *printAction = new QAction(tr("Print Order"), this);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(printAction, &QAction::triggered, this, &OrderDetailsView::showPrintDialog);
    addAction(printAction);

    connect(m_ui->shipmentsView, &QTreeView::clicked, this, &OrderDetailsView::openTrackingLink);
    connect(m_ui->shipmentsView, &QTreeView::entered, this, [this](const QModelIndex &index) {
        const bool link = index.column() == ShipmentTreeModel::ItemColumn &&
                          index.data(ShipmentTreeModel::UrlRole).toUrl().isValid();
        if (link)
            m_ui->shipmentsView->viewport()->setCursor(Qt::PointingHandCursor);
        else
            m_ui->shipmentsView->viewport()->unsetCursor();
    });
    connect(m_ui->linesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] {
                syncTreeToLine();
                updateActions();
            });
    connect(m_ui->shipmentsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] {
                syncLineToTree();
                updateActions();
            });

    m_ui->placeholderLabel->setText(tr("Loading order %1…").arg(m_orderNumber));
    m_ui->orderNumberLabel->setText(m_orderNumber);
    updateActions();
    refresh();
}

OrderDetailsView::~OrderDetailsView()
{
    // The jobs must not report back into a half-destroyed view.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
    if (m_actionJob) {
        disconnect(m_actionJob, nullptr, this, nullptr);
        m_actionJob->cancel();
    }
    if (m_confirmation)
        disconnect(m_confirmation, nullptr, this, nullptr);
}

QString OrderDetailsView::title() const
{
    return m_title;
}

bool OrderDetailsView::isLoading() const
{
    return !m_job.isNull();
}

void OrderDetailsView::setUrlOpener(UrlOpener opener)
{
    m_urlOpener = std::move(opener);
}

void OrderDetailsView::refresh()
{
    load(false);
}

void OrderDetailsView::load(bool keepBanner)
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job = nullptr;
    }
    if (!m_service) {
        m_ui->messageBanner->showMessage(MessageBanner::Type::Error,
                                         tr("The order cannot be loaded: not connected."));
        return;
    }
    if (!keepBanner)
        m_ui->messageBanner->dismiss();
    m_job = m_service->details(m_orderNumber, this);
    connect(m_job, &ApiJob::finished, this, &OrderDetailsView::onJobFinished);
    setLoading(true);
    Q_EMIT statusMessage(tr("Loading order %1…").arg(m_orderNumber));
}

void OrderDetailsView::cancel()
{
    if (!m_job)
        return;
    disconnect(m_job, nullptr, this, nullptr);
    m_job->cancel();
    m_job = nullptr;
    setLoading(false);
    if (!m_hasDetails)
        m_ui->placeholderLabel->setText(
            tr("Loading order %1 was cancelled. Press Refresh to try again.").arg(m_orderNumber));
    Q_EMIT statusMessage(tr("Loading order %1 cancelled.").arg(m_orderNumber));
}

void OrderDetailsView::onJobFinished(ApiJob *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    auto *detailsJob = static_cast<OrderDetailsJob *>(job);
    if (detailsJob->wasCancelled()) {
        setLoading(false);
        return;
    }
    if (detailsJob->hasError()) {
        const ApiError &error = detailsJob->error();
        // A failed refresh leaves what was shown before in place, under the banner.
        m_ui->messageBanner->showError(error);
        m_ui->messageBanner->setRetryVisible(true);
        if (!m_hasDetails)
            m_ui->placeholderLabel->setText(tr("Order %1 could not be loaded.").arg(m_orderNumber));
        setLoading(false);
        Q_EMIT statusMessage(
            tr("Order %1 could not be loaded: %2").arg(m_orderNumber, error.message()));
        return;
    }
    showDetails(detailsJob->details(), detailsJob->raw());
    setLoading(false);
    Q_EMIT statusMessage(tr("Order %1 loaded.").arg(m_orderNumber));
    Q_EMIT detailsLoaded();
}

void OrderDetailsView::setLoading(bool loading)
{
    m_ui->busyIndicator->setVisible(loading || m_actionJob);
    updateActions();
    Q_EMIT loadingChanged(loading);
}

void OrderDetailsView::showDetails(const OrderDetails &details, const QJsonObject &raw)
{
    const QString previousLine = selectedLineNumber();
    m_details = details;
    m_hasDetails = true;
    if (!details.ingramOrderNumber.isEmpty())
        m_orderNumber = details.ingramOrderNumber;

    auto set = [](QLabel *label, const QString &text) {
        label->setText(text.trimmed().isEmpty() ? QStringLiteral("—") : text);
    };
    set(m_ui->orderNumberLabel, details.ingramOrderNumber);
    set(m_ui->customerPoLabel, details.customerOrderNumber);
    set(m_ui->endCustomerPoLabel, details.endCustomerOrderNumber);
    set(m_ui->orderDateLabel, OrderPrinter::orderDateText(details.ingramOrderDate));
    set(m_ui->orderTypeLabel, OrderPrinter::orderTypeText(details.orderType));
    set(m_ui->statusLabel, details.orderStatus.displayText());
    m_ui->statusLabel->setToolTip(details.orderStatus.raw());
    const int iconSize = m_ui->statusLabel->fontMetrics().height();
    m_ui->statusIconLabel->setPixmap(
        OrderStatusIcons::icon(details.orderStatus.kind()).pixmap(iconSize, iconSize));
    set(m_ui->paymentTermsLabel, details.paymentTerms);
    set(m_ui->ingramPoLabel, details.ingramPurchaseOrderNumber);
    set(m_ui->vendorSalesOrderLabel, details.vendorSalesOrderNumber);
    set(m_ui->webOrderIdLabel, details.webOrderId);
    set(m_ui->subtotalLabel, DisplayFormat::money(details.orderSubTotal, details.currencyCode));
    set(m_ui->freightLabel, DisplayFormat::money(details.freightCharges, details.currencyCode));
    set(m_ui->taxLabel, DisplayFormat::money(details.totalTax, details.currencyCode));
    set(m_ui->feesLabel, DisplayFormat::money(details.totalFees, details.currencyCode));
    set(m_ui->totalLabel, DisplayFormat::money(details.orderTotal, details.currencyCode));
    m_ui->totalsBox->setTitle(details.currencyCode.isEmpty()
                                  ? tr("Totals")
                                  : tr("Totals (%1)").arg(details.currencyCode));
    set(m_ui->notesLabel, details.notes);
    m_ui->billToAddress->setAddress(details.billToInfo);
    m_ui->shipToAddress->setAddress(details.shipToInfo);
    m_ui->endUserAddress->setAddress(details.endUserInfo);

    m_linesModel->setDetails(details);
    m_shipmentsModel->setDetails(details);
    m_chargesModel->setDetails(details);
    m_attributesModel->setDetails(details);
    m_datesModel->setDetails(details);
    m_ui->linesBox->setTitle(tr("Lines (%1)").arg(details.lines.size()));
    const int serialCount = int(details.serialNumbers().size());
    const int trackingCount = int(details.trackingNumbers().size());
    m_ui->shipmentsBox->setTitle(tr("Shipments: %1, %2")
                                     .arg(tr("%n tracking number(s)", nullptr, trackingCount),
                                          tr("%n serial number(s)", nullptr, serialCount)));
    m_ui->detailsTabs->setTabText(m_ui->detailsTabs->indexOf(m_ui->extrasTab),
                                  tr("Charges, attributes and dates (%1)")
                                      .arg(m_chargesModel->rowCount() +
                                           m_attributesModel->rowCount() +
                                           m_datesModel->rowCount()));

    int rows = 0;
    for (const OrderLine &line : details.lines) {
        rows += 1 + int(line.shipmentDetails.size()) + int(line.trackingNumbers().size()) +
                int(line.serialNumbers().size());
    }
    if (rows <= ExpandAllLimit)
        m_ui->shipmentsView->expandAll();
    else
        m_ui->shipmentsView->expandToDepth(2);

    m_ui->rawJsonView->setPlainText(
        QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Indented)));

    sizeColumns();
    m_ui->pages->setCurrentWidget(m_ui->detailsPage);

    // The line selected before a refresh stays selected; a first load selects the first line
    // so that the per-line actions work straight away.
    const int row = m_linesModel->rowOfLine(previousLine);
    const QModelIndex current = row >= 0 ? m_linesProxy->mapFromSource(m_linesModel->index(row, 0))
                                         : m_linesProxy->index(0, 0);
    if (current.isValid()) {
        m_ui->linesView->setCurrentIndex(current);
        m_ui->shipmentsView->scrollToTop();
    }

    const QString title = details.customerOrderNumber.isEmpty()
                              ? m_orderNumber
                              : tr("%1 · %2", "tab title: order number, customer PO")
                                    .arg(m_orderNumber, details.customerOrderNumber);
    if (title != m_title) {
        m_title = title;
        Q_EMIT titleChanged(m_title);
    }
    updateActions();
}

void OrderDetailsView::sizeColumns()
{
    // Once per view: later refreshes keep what the user (or restoreState) arranged.
    if (m_columnsSized)
        return;
    m_columnsSized = true;
    QTableView *lines = m_ui->linesView;
    QHeaderView *header = lines->horizontalHeader();
    // The sub-order column only says something when the order was split.
    header->setSectionHidden(OrderLinesModel::SubOrderColumn,
                             m_details.subOrderNumbers().size() < 2);
    lines->resizeColumnsToContents();

    for (int column = 0; column < ShipmentTreeModel::ColumnCount; ++column)
        m_ui->shipmentsView->resizeColumnToContents(column);
    for (QTableView *table : {m_ui->chargesView, m_ui->attributesView, m_ui->estimatedDatesView})
        table->resizeColumnsToContents();
}

void OrderDetailsView::showColumnMenu(QHeaderView *header, const QPoint &position)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAbstractItemModel *model = header->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction *action = menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The first column carries the tree and the line numbers: it always stays.
        action->setEnabled(column != 0);
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu->popup(header->viewport()->mapToGlobal(position));
}

void OrderDetailsView::updateActions()
{
    const bool loaded = m_hasDetails;
    m_ui->printButton->setEnabled(loaded);
    m_ui->pdfButton->setEnabled(loaded);
    m_ui->copySerialsButton->setEnabled(loaded && !m_details.serialNumbers().isEmpty());
    m_ui->copyLineSerialsButton->setEnabled(loaded && !selectedLineSerialNumbers().isEmpty());

    const QString blocker = heldActionsBlocker();
    const bool held = blocker.isEmpty();
    m_ui->modifyButton->setEnabled(held);
    m_ui->releaseButton->setEnabled(held);
    m_ui->cancelOrderButton->setEnabled(held);
    const QString window = tr("Orders on customer hold can be changed within 24 hours of being "
                              "placed; after that Ingram Micro voids them.");
    m_ui->modifyButton->setToolTip(
        held ? tr("Change lines, notes or the ship-to address of this order on customer hold. %1")
                   .arg(window)
             : blocker);
    m_ui->releaseButton->setToolTip(
        held ? tr("Release this order for shipping; it can no longer be changed afterwards. %1")
                   .arg(window)
             : blocker);
    m_ui->cancelOrderButton->setToolTip(
        held ? tr("Cancel this order on customer hold. %1").arg(window) : blocker);
}

QString OrderDetailsView::heldActionsBlocker() const
{
    if (!m_hasDetails)
        return tr("Available once the order is loaded.");
    if (isChanging())
        return tr("A change to this order is under way.");
    if (isLoading())
        return tr("Available once the order is loaded again.");
    if (m_details.orderStatus.kind() != OrderStatus::Kind::OnHold)
        return tr("Only an order on customer hold can be modified, released or cancelled; the "
                  "status of order %1 is “%2”.")
            .arg(m_orderNumber, m_details.orderStatus.displayText());
    // The details do not always echo the attribute; when they do, it must say "true".
    for (const AdditionalAttribute &attribute : m_details.additionalAttributes) {
        if (attribute.name.compare(QLatin1String("allowOrderOnCustomerHold"),
                                   Qt::CaseInsensitive) == 0 &&
            attribute.value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) != 0)
            return tr("Order %1 is on hold, but it was not placed on customer hold "
                      "(allowOrderOnCustomerHold), so it cannot be modified, released or "
                      "cancelled.")
                .arg(m_orderNumber);
    }
    return {};
}

bool OrderDetailsView::isChanging() const
{
    return !m_actionJob.isNull() || !m_confirmation.isNull();
}

void OrderDetailsView::setWriteService(OrderWriteService *service)
{
    m_writer = service;
}

OrderWriteService *OrderDetailsView::writeService()
{
    if (!m_writer && m_service)
        m_writer = new OrderWriteService(m_service->client(), this);
    return m_writer;
}

void OrderDetailsView::modifyOrder()
{
    if (!heldActionsBlocker().isEmpty() || !writeService())
        return;
    auto *dialog = new ModifyOrderDialog(writeService(), m_details, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this,
            [this, dialog](int result) { onModifyFinished(dialog, result); });
    m_confirmation = dialog;
    updateActions();
    dialog->open();
}

void OrderDetailsView::onModifyFinished(ModifyOrderDialog *dialog, int result)
{
    m_confirmation = nullptr;
    if (result == QDialog::Accepted) {
        showModifyResult(dialog->result());
        Q_EMIT statusMessage(tr("Order %1 changed.").arg(m_orderNumber));
        Q_EMIT orderChanged(m_orderNumber);
        load(true);
        return;
    }
    if (result == ModifyOrderDialog::MaybeApplied) {
        m_ui->messageBanner->showError(
            dialog->error(), MessageBanner::Type::Warning,
            tr("The answer to the change of order %1 was lost: the change may have been "
               "applied.")
                .arg(m_orderNumber),
            tr("Nothing is sent again. The order is loaded again to show what happened; check "
               "it before changing it again."));
        m_ui->messageBanner->setRetryVisible(false);
        Q_EMIT orderChanged(m_orderNumber);
        load(true);
        return;
    }
    updateActions();
}

void OrderDetailsView::showModifyResult(const OrderModifyResult &result)
{
    QStringList done;
    for (const OrderCreatedLine &line : result.lines) {
        const QString number =
            line.ingramLineNumber.isEmpty() ? line.customerLineNumber : line.ingramLineNumber;
        if (line.quantityOrdered > 0)
            done.append(tr("Line %1: %2, quantity %3")
                            .arg(number, line.ingramPartNumber)
                            .arg(line.quantityOrdered));
        else
            done.append(tr("Line %1: %2").arg(number, line.ingramPartNumber));
    }
    if (!result.notes.isEmpty())
        done.append(tr("Order notes: %1").arg(result.notes));
    if (!result.shipToInfo.isEmpty())
        done.append(
            tr("Ship-to: %1").arg(result.shipToInfo.postalLines().join(QStringLiteral(", "))));

    QStringList refused;
    for (const OrderRejectedLine &line : result.rejectedLineItems) {
        const QString number =
            line.ingramLineNumber.isEmpty() ? line.customerLineNumber : line.ingramLineNumber;
        refused.append(tr("Line %1 (%2): %3 %4")
                           .arg(number, line.ingramPartNumber, line.rejectCode, line.rejectReason)
                           .trimmed());
    }
    if (!result.changeDescription.isEmpty())
        refused.append(result.changeDescription);

    m_ui->messageBanner->setRetryVisible(false);
    if (!result.isPartial()) {
        m_ui->messageBanner->showMessage(MessageBanner::Type::Positive,
                                         tr("Order %1 changed.").arg(m_orderNumber),
                                         done.join(QLatin1Char('\n')));
        return;
    }
    const QString doneText = done.isEmpty() ? tr("nothing") : done.join(QLatin1Char('\n'));
    const QString refusedText =
        refused.isEmpty() ? tr("see the request log") : refused.join(QLatin1Char('\n'));
    m_ui->messageBanner->showMessage(MessageBanner::Type::Warning,
                                     tr("Order %1 was changed only in part.").arg(m_orderNumber),
                                     tr("Done:\n%1\nNot done:\n%2").arg(doneText, refusedText));
}

void OrderDetailsView::releaseOrder()
{
    confirmHeldAction(HeldAction::Release);
}

void OrderDetailsView::cancelOrder()
{
    confirmHeldAction(HeldAction::Cancel);
}

void OrderDetailsView::confirmHeldAction(HeldAction action)
{
    if (!heldActionsBlocker().isEmpty() || !writeService())
        return;
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setIcon(QMessageBox::Question);
    QPushButton *yes = nullptr;
    if (action == HeldAction::Release) {
        box->setObjectName(QStringLiteral("releaseConfirmation"));
        box->setWindowTitle(tr("Release Order"));
        box->setText(tr("Release order %1 for shipping? It can no longer be modified or "
                        "cancelled.")
                         .arg(m_orderNumber));
        yes = box->addButton(tr("&Release"), QMessageBox::YesRole);
        box->setDefaultButton(box->addButton(tr("&Keep on Hold"), QMessageBox::NoRole));
    } else {
        box->setObjectName(QStringLiteral("cancelConfirmation"));
        box->setWindowTitle(tr("Cancel Order"));
        box->setIcon(QMessageBox::Warning);
        box->setText(tr("Cancel order %1? All %n line(s) are cancelled. This cannot be undone.",
                        nullptr, int(m_details.lines.size()))
                         .arg(m_orderNumber));
        yes = box->addButton(tr("Cancel &Order"), QMessageBox::DestructiveRole);
        box->setDefaultButton(box->addButton(tr("&Keep Order"), QMessageBox::RejectRole));
    }
    connect(box, &QMessageBox::finished, this, [this, box, yes, action] {
        m_confirmation = nullptr;
        if (box->clickedButton() == yes)
            runHeldAction(action);
        else
            updateActions();
    });
    m_confirmation = box;
    updateActions();
    box->open();
}

void OrderDetailsView::runHeldAction(HeldAction action)
{
    OrderWriteService *writer = writeService();
    if (!writer || m_actionJob)
        return;
    if (action == HeldAction::Release)
        m_actionJob = writer->release(m_orderNumber, this);
    else
        m_actionJob = writer->cancel(m_orderNumber, this);
    connect(m_actionJob, &ApiJob::finished, this,
            [this, action](ApiJob *job) { onHeldActionFinished(action, job); });
    m_ui->busyIndicator->show();
    updateActions();
    Q_EMIT statusMessage(action == HeldAction::Release
                             ? tr("Releasing order %1…").arg(m_orderNumber)
                             : tr("Cancelling order %1…").arg(m_orderNumber));
}

void OrderDetailsView::onHeldActionFinished(HeldAction action, ApiJob *job)
{
    if (job != m_actionJob)
        return;
    m_actionJob = nullptr;
    const bool release = action == HeldAction::Release;
    m_ui->messageBanner->setRetryVisible(false);
    if (!job->hasError()) {
        const QString text = release ? tr("Order %1 released for shipping.").arg(m_orderNumber)
                                     : tr("Order %1 cancelled.").arg(m_orderNumber);
        m_ui->messageBanner->showMessage(MessageBanner::Type::Positive, text);
        Q_EMIT statusMessage(text);
        Q_EMIT orderChanged(m_orderNumber);
    } else if (job->error().maybeProcessed) {
        m_ui->messageBanner->showError(
            job->error(), MessageBanner::Type::Warning,
            release ? tr("The answer to releasing order %1 was lost: it may have been released.")
                          .arg(m_orderNumber)
                    : tr("The answer to cancelling order %1 was lost: it may have been "
                         "cancelled.")
                          .arg(m_orderNumber),
            tr("Nothing is sent again. The order is loaded again to show what happened; check "
               "it before trying again."));
        Q_EMIT orderChanged(m_orderNumber);
    } else {
        // The API's own reason: already released, not on hold, past the window, not found.
        m_ui->messageBanner->showError(
            job->error(), MessageBanner::Type::Error, job->error().message(),
            job->error().httpStatus >= 400 && job->error().httpStatus < 500
                ? tr("Nothing was changed. The order is loaded again to show its current status.")
                : job->error().nextStep());
        Q_EMIT statusMessage(
            release
                ? tr("Order %1 was not released: %2").arg(m_orderNumber, job->error().message())
                : tr("Order %1 was not cancelled: %2").arg(m_orderNumber, job->error().message()));
    }
    // What the order looks like now, whatever happened; the banner stays above it.
    load(true);
}

QString OrderDetailsView::selectedLineNumber() const
{
    const QModelIndex current = m_ui->linesView->currentIndex();
    if (current.isValid())
        return current.data(OrderLinesModel::LineNumberRole).toString();
    const QModelIndex node = m_ui->shipmentsView->currentIndex();
    if (node.isValid())
        return node.data(ShipmentTreeModel::LineNumberRole).toString();
    return {};
}

QStringList OrderDetailsView::selectedLineSerialNumbers() const
{
    const OrderLine *line = m_linesModel->line(m_linesModel->rowOfLine(selectedLineNumber()));
    return line ? line->serialNumbers() : QStringList();
}

void OrderDetailsView::syncTreeToLine()
{
    if (m_syncing)
        return;
    const QString lineNumber =
        m_ui->linesView->currentIndex().data(OrderLinesModel::LineNumberRole).toString();
    const QModelIndex current = m_ui->shipmentsView->currentIndex();
    if (lineNumber.isEmpty() ||
        current.data(ShipmentTreeModel::LineNumberRole).toString() == lineNumber)
        return;
    const QModelIndex node = m_shipmentsModel->indexOfLine(lineNumber);
    if (!node.isValid())
        return;
    m_syncing = true;
    m_ui->shipmentsView->setCurrentIndex(node);
    m_ui->shipmentsView->scrollTo(node, QAbstractItemView::PositionAtTop);
    m_syncing = false;
}

void OrderDetailsView::syncLineToTree()
{
    if (m_syncing)
        return;
    const QString lineNumber =
        m_ui->shipmentsView->currentIndex().data(ShipmentTreeModel::LineNumberRole).toString();
    if (lineNumber.isEmpty() ||
        m_ui->linesView->currentIndex().data(OrderLinesModel::LineNumberRole).toString() ==
            lineNumber)
        return;
    const int row = m_linesModel->rowOfLine(lineNumber);
    if (row < 0)
        return;
    m_syncing = true;
    const QModelIndex index = m_linesProxy->mapFromSource(m_linesModel->index(row, 0));
    m_ui->linesView->setCurrentIndex(index);
    m_ui->linesView->scrollTo(index);
    m_syncing = false;
}

void OrderDetailsView::openTrackingLink(const QModelIndex &index)
{
    if (!index.isValid() || index.column() != ShipmentTreeModel::ItemColumn)
        return;
    const QUrl url = index.data(ShipmentTreeModel::UrlRole).toUrl();
    if (!url.isValid())
        return;
    Q_EMIT trackingLinkActivated(url);
    if (m_urlOpener)
        m_urlOpener(url);
    else
        QDesktopServices::openUrl(url);
    Q_EMIT statusMessage(tr("Opening the tracking page of %1…").arg(index.data().toString()));
}

bool OrderDetailsView::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a tracking number opens it, as a click does; QTreeView would only emit
    // activated(), which also fires on double clicks and would open the page twice.
    if (watched == m_ui->shipmentsView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const QModelIndex current = m_ui->shipmentsView->currentIndex();
            const QModelIndex item = current.siblingAtColumn(ShipmentTreeModel::ItemColumn);
            if (item.data(ShipmentTreeModel::UrlRole).toUrl().isValid()) {
                openTrackingLink(item);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OrderDetailsView::copyOrderNumber()
{
    QApplication::clipboard()->setText(m_orderNumber);
    Q_EMIT statusMessage(tr("Order number %1 copied.").arg(m_orderNumber));
}

void OrderDetailsView::copyToClipboard(const QStringList &serials, const QString &scope)
{
    if (serials.isEmpty()) {
        Q_EMIT statusMessage(tr("%1 has no serial numbers.").arg(scope));
        return;
    }
    // One per line: what spreadsheets, RMA portals and warranty forms paste best.
    QApplication::clipboard()->setText(serials.join(QLatin1Char('\n')));
    Q_EMIT statusMessage(
        tr("%n serial number(s) of %1 copied.", nullptr, int(serials.size())).arg(scope));
}

void OrderDetailsView::copyLineSerialNumbers()
{
    const QString lineNumber = selectedLineNumber();
    if (lineNumber.isEmpty()) {
        Q_EMIT statusMessage(tr("Select a line first."));
        return;
    }
    copyToClipboard(selectedLineSerialNumbers(), tr("Line %1").arg(lineNumber));
}

void OrderDetailsView::copyAllSerialNumbers()
{
    copyToClipboard(m_details.serialNumbers(), tr("Order %1").arg(m_orderNumber));
}

bool OrderDetailsView::print(QPrinter *printer)
{
    if (!m_hasDetails)
        return false;
    if (!OrderPrinter(m_details).print(printer)) {
        m_ui->messageBanner->showMessage(MessageBanner::Type::Error,
                                         tr("Order %1 could not be printed.").arg(m_orderNumber),
                                         tr("Check the printer and try again."));
        return false;
    }
    Q_EMIT statusMessage(tr("Order %1 sent to the printer.").arg(m_orderNumber));
    return true;
}

bool OrderDetailsView::savePdf(const QString &fileName)
{
    if (!m_hasDetails)
        return false;
    QString error;
    if (!OrderPrinter(m_details).writePdf(fileName, &error)) {
        m_ui->messageBanner->showMessage(
            MessageBanner::Type::Error,
            tr("The PDF could not be saved to %1.").arg(QDir::toNativeSeparators(fileName)), error);
        return false;
    }
    Q_EMIT statusMessage(
        tr("Order %1 saved to %2.").arg(m_orderNumber, QDir::toNativeSeparators(fileName)));
    return true;
}

void OrderDetailsView::showPrintDialog()
{
    if (!m_hasDetails)
        return;
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print Order %1").arg(m_orderNumber));
    connect(dialog, &QDialog::accepted, this, [this] { print(m_printer.get()); });
    dialog->open();
}

void OrderDetailsView::showSavePdfDialog()
{
    if (!m_hasDetails)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Save Order as PDF"), folder, tr("PDF files (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(tr("Order %1.pdf").arg(m_orderNumber));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &fileName) { savePdf(fileName); });
    dialog->open();
}

QByteArray OrderDetailsView::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << StateMagic << StateVersion << m_ui->linesView->horizontalHeader()->saveState()
           << m_ui->shipmentsView->header()->saveState()
           << m_ui->chargesView->horizontalHeader()->saveState()
           << m_ui->attributesView->horizontalHeader()->saveState()
           << m_ui->estimatedDatesView->horizontalHeader()->saveState()
           << m_ui->mainSplitter->saveState() << m_ui->extrasSplitter->saveState();
    return state;
}

bool OrderDetailsView::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    stream >> magic >> version;
    if (stream.status() != QDataStream::Ok || magic != StateMagic || version != StateVersion)
        return false;
    QByteArray lines, shipments, charges, attributes, dates, mainSplitter, extrasSplitter;
    stream >> lines >> shipments >> charges >> attributes >> dates >> mainSplitter >>
        extrasSplitter;
    if (stream.status() != QDataStream::Ok)
        return false;
    bool ok = m_ui->linesView->horizontalHeader()->restoreState(lines);
    ok = m_ui->shipmentsView->header()->restoreState(shipments) && ok;
    ok = m_ui->chargesView->horizontalHeader()->restoreState(charges) && ok;
    ok = m_ui->attributesView->horizontalHeader()->restoreState(attributes) && ok;
    ok = m_ui->estimatedDatesView->horizontalHeader()->restoreState(dates) && ok;
    ok = m_ui->mainSplitter->restoreState(mainSplitter) && ok;
    ok = m_ui->extrasSplitter->restoreState(extrasSplitter) && ok;
    if (ok)
        m_columnsSized = true;
    return ok;
}

void OrderDetailsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        // The form's texts are back to their defaults; the shown order is written again in the
        // new language, with its raw JSON as it came.
        if (m_hasDetails) {
            const QString raw = m_ui->rawJsonView->toPlainText();
            showDetails(m_details, {});
            m_ui->rawJsonView->setPlainText(raw);
        }
    }
    QWidget::changeEvent(event);
}
