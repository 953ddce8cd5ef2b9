#include "ordersearchview.h"

#include "apierror.h"
#include "messagebanner.h"
#include "orderfilterpanel.h"
#include "ordersearchmodel.h"
#include "ordersearchproxymodel.h"
#include "ui_ordersearchview.h"

#include <QAction>
#include <QActionGroup>
#include <QDataStream>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardPaths>

namespace {
constexpr quint32 StateMagic = 0x05ea4c01;
constexpr quint8 StateVersion = 1;

// Which API parameters the quick search box feeds; their problems are shown under it.
const char *const quickSearchFields[] = {"ingramOrderNumber", "customerOrderNumber", "serialNumber",
                                         "trackingNumber"};
} // namespace

OrderSearchView::OrderSearchView(OrdersService *service, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderSearchView>())
    , m_service(service)
    , m_model(new OrderSearchModel(service, this))
    , m_proxy(new OrderSearchProxyModel(this))
    , m_exporter(new OrderSearchCsvExporter(m_model, this))
    , m_kindActions(new QActionGroup(this))
    , m_exportLoadedAction(new QAction(tr("Export &loaded orders…"), this))
    , m_exportAllAction(new QAction(tr("Export &all pages…"), this))
    , m_cancelShortcut(new QShortcut(QKeySequence(Qt::Key_Escape), this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("orderSearchView"));
    m_ui->quickSearchError->setStyleSheet(QStringLiteral("color:#b71c1c;"));
    m_proxy->setSourceModel(m_model);
    // Extra height goes to the results; the filters keep what they need.
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->filterPanel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    setupQuickSearch();
    setupResultsView();
    setupExport();

    connect(m_ui->searchButton, &QPushButton::clicked, this, &OrderSearchView::search);
    connect(m_ui->cancelButton, &QToolButton::clicked, this, &OrderSearchView::cancelSearch);
    connect(m_ui->filterToggle, &QToolButton::toggled, this, &OrderSearchView::setFiltersVisible);
    connect(m_ui->filterPanel, &OrderFilterPanel::filtersChanged, this, [this] {
        updateFilterToggle();
        if (m_validateLive)
            showValidation(currentQuery());
    });
    // Escape belongs to the search only while one runs; otherwise it stays free for others.
    m_cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    m_cancelShortcut->setEnabled(false);
    connect(m_cancelShortcut, &QShortcut::activated, this, &OrderSearchView::cancelSearch);

    connect(m_ui->messageBanner, &MessageBanner::retryRequested, this, [this] {
        m_ui->messageBanner->dismiss();
        if (m_model->hasSearch())
            m_model->retry();
        else
            search();
    });
    connect(m_model, &OrderSearchModel::searchStarted, this, [this] {
        m_ui->messageBanner->dismiss();
        Q_EMIT statusMessage(tr("Searching orders…"));
        updateState();
    });
    connect(m_model, &OrderSearchModel::loadingChanged, this, &OrderSearchView::updateState);
    connect(m_model, &OrderSearchModel::recordsFoundChanged, this, &OrderSearchView::updateState);
    connect(m_model, &OrderSearchModel::pageLoaded, this, &OrderSearchView::onPageLoaded);
    connect(m_model, &OrderSearchModel::errorOccurred, this, &OrderSearchView::onSearchError);
    connect(m_model, &OrderSearchModel::cancelled, this, &OrderSearchView::onCancelled);
    connect(m_model, &OrderSearchModel::cleared, this, &OrderSearchView::updateState);

    // Keyboard path through the screen: search box, its options, the filters when open, the
    // results, then the actions on them.
    setTabOrder(m_ui->quickSearchEdit, m_ui->searchKindButton);
    setTabOrder(m_ui->searchKindButton, m_ui->searchButton);
    setTabOrder(m_ui->searchButton, m_ui->filterToggle);
    setTabOrder(m_ui->filterToggle, m_ui->filterPanel->firstInput());
    setTabOrder(m_ui->filterPanel->lastInput(), m_ui->resultsView);
    setTabOrder(m_ui->resultsView, m_ui->cancelButton);
    setTabOrder(m_ui->cancelButton, m_ui->exportButton);
    setFocusProxy(m_ui->quickSearchEdit);

    updateFilterToggle();
    updateState();
}

OrderSearchView::~OrderSearchView()
{
    // QWidget's destructor hides the children, which changes the scroll bar's range; by then
    // this view's own members are gone, so the scroll bar must no longer call back.
    m_ui->resultsView->verticalScrollBar()->disconnect(this);
}

void OrderSearchView::setupQuickSearch()
{
    auto *menu = new QMenu(m_ui->searchKindButton);
    menu->setObjectName(QStringLiteral("searchKindMenu"));
    const QList<QPair<QuickSearchKind, QString>> kinds = {
        {QuickSearchKind::OrderNumber, QStringLiteral("searchAsOrderNumberAction")},
        {QuickSearchKind::CustomerOrderNumber, QStringLiteral("searchAsCustomerPoAction")},
        {QuickSearchKind::SerialNumber, QStringLiteral("searchAsSerialNumberAction")},
        {QuickSearchKind::TrackingNumber, QStringLiteral("searchAsTrackingNumberAction")},
    };
    for (const auto &kind : kinds) {
        QAction *action = menu->addAction(kindText(kind.first));
        action->setObjectName(kind.second);
        action->setCheckable(true);
        action->setData(static_cast<int>(kind.first));
        m_kindActions->addAction(action);
    }
    connect(m_kindActions, &QActionGroup::triggered, this, [this](QAction *action) {
        setKind(static_cast<QuickSearchKind>(action->data().toInt()), false);
        m_ui->quickSearchEdit->setFocus(Qt::OtherFocusReason);
    });
    m_ui->searchKindButton->setMenu(menu);
    m_ui->searchKindButton->setToolTip(
        tr("What the search text is. Order numbers such as 20-RD3QV are recognised by their "
           "shape; for anything else, choose here."));
    connect(m_ui->quickSearchEdit, &QLineEdit::textChanged, this,
            &OrderSearchView::onQuickSearchTextChanged);
    setKind(QuickSearchKind::CustomerOrderNumber, false);
}

void OrderSearchView::setupResultsView()
{
    QTreeView *view = m_ui->resultsView;
    // Pages are fetched by scroll position (fetchMoreIfNeeded), not by the tree's relayouts.
    m_proxy->setFetchMoreEnabled(false);
    view->setModel(m_proxy);
    QScrollBar *bar = view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &OrderSearchView::fetchMoreIfNeeded);
    connect(bar, &QScrollBar::rangeChanged, this, &OrderSearchView::fetchMoreIfNeeded);
    QHeaderView *header = view->header();
    header->setSectionsMovable(true);
    header->setFirstSectionMovable(false); // the order number carries the sub-order expander
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Click to sort. Right-click to show or hide columns; drag to reorder."));
    connect(header, &QHeaderView::customContextMenuRequested, this,
            &OrderSearchView::showHeaderMenu);

    // Wide enough for typical values in the current font, so nothing starts truncated.
    const QFontMetrics metrics = view->fontMetrics();
    const auto width = [&metrics](const QString &sample, int extra) {
        return metrics.horizontalAdvance(sample) + extra;
    };
    header->resizeSection(OrderSearchModel::OrderNumberColumn,
                          width(QStringLiteral("20-WWWWW-00"), 56));
    header->resizeSection(OrderSearchModel::OrderDateColumn,
                          width(QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat), 32));
    header->resizeSection(OrderSearchModel::CustomerOrderNumberColumn,
                          width(QStringLiteral("PO-26-000000"), 32));
    header->resizeSection(OrderSearchModel::VendorColumn,
                          width(QStringLiteral("CISCO - HW UNIFIED COMM"), 24));
    header->resizeSection(OrderSearchModel::EndUserColumn,
                          width(QStringLiteral("LAKESIDE TECHNOLOGIES GROUP LLC"), 24));
    header->resizeSection(OrderSearchModel::TotalColumn, width(QStringLiteral("$000,000.00"), 32));

    view->sortByColumn(OrderSearchModel::OrderDateColumn, Qt::DescendingOrder);
    connect(view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString number = index.data(OrderSearchModel::OrderNumberRole).toString();
        if (!number.isEmpty())
            Q_EMIT orderActivated(number);
    });
}

void OrderSearchView::setupExport()
{
    m_exportLoadedAction->setObjectName(QStringLiteral("exportLoadedAction"));
    m_exportAllAction->setObjectName(QStringLiteral("exportAllAction"));
    auto *menu = new QMenu(m_ui->exportButton);
    menu->setObjectName(QStringLiteral("exportMenu"));
    menu->addAction(m_exportLoadedAction);
    menu->addAction(m_exportAllAction);
    m_ui->exportButton->setMenu(menu);
    m_exporter->setRowOrder(m_proxy);
    connect(m_exportLoadedAction, &QAction::triggered, this,
            [this] { chooseExportFile(OrderSearchCsvExporter::Scope::LoadedOrders); });
    connect(m_exportAllAction, &QAction::triggered, this,
            [this] { chooseExportFile(OrderSearchCsvExporter::Scope::AllPages); });
    connect(m_exporter, &OrderSearchCsvExporter::finished, this,
            &OrderSearchView::onExportFinished);
    connect(m_exporter, &OrderSearchCsvExporter::progress, this, [this](int loaded, int total) {
        if (!m_exportProgress)
            return;
        m_exportProgress->setMaximum(qMax(total, 1));
        m_exportProgress->setValue(qMin(loaded, qMax(total, 1)));
        m_exportProgress->setLabelText(
            tr("Loading orders for the export: %1 of %2.")
                .arg(QLocale().toString(loaded), QLocale().toString(total)));
    });
}

QString OrderSearchView::kindText(QuickSearchKind kind)
{
    switch (kind) {
    case QuickSearchKind::OrderNumber:
        return tr("Order number");
    case QuickSearchKind::CustomerOrderNumber:
        return tr("Customer PO");
    case QuickSearchKind::SerialNumber:
        return tr("Serial number");
    case QuickSearchKind::TrackingNumber:
        return tr("Tracking number");
    }
    return {};
}

bool OrderSearchView::looksLikeOrderNumber(const QString &text)
{
    // Ingram order numbers are a two-digit branch, a dash and five letters or digits
    // (20-RD3QV); a sub-order adds a dash and two digits (20-RD3QV-11). Customer POs, serial
    // and tracking numbers are free-form and rarely take exactly this shape, so the shape
    // alone decides for order numbers. Between the free-form kinds nothing in the text tells
    // reliably, so the person chooses, with customer PO (what the desk types most) as the
    // default.
    static const QRegularExpression pattern(QStringLiteral("^\\d{2}-[A-Za-z0-9]{5}(-\\d{2})?$"));
    return pattern.match(text.trimmed()).hasMatch();
}

void OrderSearchView::setQuickSearchKind(QuickSearchKind kind)
{
    setKind(kind, false);
}

void OrderSearchView::setKind(QuickSearchKind kind, bool automatic)
{
    m_kind = kind;
    m_kindIsAutomatic = automatic;
    if (!automatic && kind != QuickSearchKind::OrderNumber)
        m_manualKind = kind;
    for (QAction *action : m_kindActions->actions())
        action->setChecked(action->data().toInt() == static_cast<int>(kind));
    m_ui->searchKindButton->setText(kindText(kind));
    m_ui->quickSearchEdit->setAccessibleDescription(
        tr("The text is searched as: %1.").arg(kindText(kind)));
    if (m_validateLive)
        showValidation(currentQuery());
}

void OrderSearchView::onQuickSearchTextChanged(const QString &text)
{
    // Only a change of shape switches the kind, so a kind chosen by hand after typing stays.
    const bool looks = looksLikeOrderNumber(text);
    if (looks && !m_lookedLikeOrderNumber)
        setKind(QuickSearchKind::OrderNumber, true);
    else if (!looks && m_lookedLikeOrderNumber && m_kindIsAutomatic)
        setKind(m_manualKind, false);
    m_lookedLikeOrderNumber = looks;
    if (m_validateLive)
        showValidation(currentQuery());
}

OrderSearchQuery OrderSearchView::currentQuery() const
{
    OrderSearchQuery query;
    m_ui->filterPanel->applyTo(query);
    const QString text = m_ui->quickSearchEdit->text().trimmed();
    switch (m_kind) {
    case QuickSearchKind::OrderNumber:
        query.ingramOrderNumber = text.toUpper();
        break;
    case QuickSearchKind::CustomerOrderNumber:
        query.customerOrderNumber = text;
        break;
    case QuickSearchKind::SerialNumber:
        query.serialNumber = text;
        break;
    case QuickSearchKind::TrackingNumber:
        query.trackingNumber = text;
        break;
    }
    query.pageSize = OrderSearchModel::PageSize;
    return query;
}

bool OrderSearchView::showValidation(const OrderSearchQuery &query)
{
    const QList<OrderSearchQuery::Problem> problems = query.validate();
    const QList<OrderSearchQuery::Problem> rest = m_ui->filterPanel->showProblems(problems);
    QStringList messages;
    bool panelProblem = rest.size() < problems.size();
    for (const OrderSearchQuery::Problem &problem : rest) {
        messages.append(QString(problem.message).replace(problem.field, kindText(m_kind)));
        bool quick = false;
        for (const char *field : quickSearchFields)
            quick = quick || problem.field == QLatin1String(field);
        panelProblem = panelProblem || !quick;
    }
    m_ui->quickSearchError->setText(messages.join(QLatin1Char('\n')));
    m_ui->quickSearchError->setVisible(!messages.isEmpty());
    if (panelProblem && !m_ui->filterToggle->isChecked())
        m_ui->filterToggle->setChecked(true);
    return problems.isEmpty();
}

void OrderSearchView::search()
{
    const OrderSearchQuery query = currentQuery();
    if (!showValidation(query)) {
        // From now on problems clear as they are fixed.
        m_validateLive = true;
        Q_EMIT statusMessage(tr("The search was not started: correct the marked fields."));
        return;
    }
    m_validateLive = false;
    if (m_exporter->isRunning())
        m_exporter->cancel();
    m_model->search(query);
}

void OrderSearchView::focusSearchBox()
{
    m_ui->quickSearchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->quickSearchEdit->selectAll();
}

void OrderSearchView::refresh()
{
    if (m_model->hasSearch())
        m_model->search(m_model->query());
    else
        search();
}

void OrderSearchView::cancelSearch()
{
    if (m_exporter->isRunning())
        m_exporter->cancel();
    m_model->cancel();
}

void OrderSearchView::clearResults()
{
    if (m_exporter->isRunning())
        m_exporter->cancel();
    m_model->clear();
    m_ui->messageBanner->dismiss();
    updateState();
}

void OrderSearchView::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    // The results view ignores Enter after emitting activated(); it must not search as well.
    const QWidget *focus = focusWidget();
    const bool inResults =
        focus && (focus == m_ui->resultsView || m_ui->resultsView->isAncestorOf(focus));
    if (enter && !inResults && event->modifiers() == Qt::NoModifier) {
        search();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void OrderSearchView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fetchMoreIfNeeded();
}

void OrderSearchView::fetchMoreIfNeeded()
{
    if (!m_model->canFetchMore({}) || !m_ui->resultsView->isVisible())
        return;
    // Within half a screen of the last row, or too few rows to fill the view: the next page
    // is asked for before the person reaches the end.
    const QScrollBar *bar = m_ui->resultsView->verticalScrollBar();
    if (bar->maximum() == 0 || bar->value() >= bar->maximum() - bar->pageStep() / 2)
        m_model->fetchMore({});
}

void OrderSearchView::setFiltersVisible(bool visible)
{
    m_ui->filterPanel->setVisible(visible);
    if (m_ui->filterToggle->isChecked() != visible)
        m_ui->filterToggle->setChecked(visible);
    updateFilterToggle();
}

void OrderSearchView::updateFilterToggle()
{
    const bool open = m_ui->filterToggle->isChecked();
    const int active = m_ui->filterPanel->activeFilterCount();
    m_ui->filterToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    m_ui->filterToggle->setText(active > 0 ? tr("Filte&rs (%1)").arg(active) : tr("Filte&rs"));
    m_ui->filterToggle->setAccessibleName(open ? tr("Hide filters") : tr("Show filters"));
    m_ui->filterToggle->setToolTip(
        active > 0
            ? tr("%n filter(s) set; they apply whether the panel is open or not.", nullptr, active)
            : tr("Filter by status, dates, products and references."));
}

void OrderSearchView::updateState()
{
    const bool loading = m_model->isLoading();
    const int loaded = m_model->orderCount();
    const int found = m_model->recordsFound();
    const QLocale locale;
    m_ui->busyIndicator->setVisible(loading);
    m_ui->cancelButton->setVisible(loading);
    m_cancelShortcut->setEnabled(loading);
    m_ui->exportButton->setEnabled(loaded > 0 && !m_exporter->isRunning());
    m_exportAllAction->setEnabled(m_model->hasMorePages());

    QString count;
    if (!m_model->hasSearch())
        count.clear();
    else if (loaded > 0 && loaded >= found)
        count = tr("%Ln order(s) found.", nullptr, found);
    else if (loaded > 0)
        count = tr("%Ln order(s) found; %1 loaded. Scroll down to load more.", nullptr, found)
                    .arg(locale.toString(loaded));
    else if (loading)
        count = tr("Searching…");
    else if (m_model->isEmptyResult())
        count = tr("No orders found.");
    else if (m_model->hasError())
        count = tr("The search failed.");
    else if (m_model->wasCancelled())
        count = tr("The search was stopped.");
    m_ui->resultsCountLabel->setText(count);

    if (!m_model->hasSearch()) {
        m_ui->emptyStateTitle->setText(tr("Find orders"));
        m_ui->emptyStateLabel->setText(
            tr("Type an order number, a customer PO, a serial number or a tracking number and "
               "press Enter. Open Filters to search by status, dates, products or vendor."));
        m_ui->resultsStack->setCurrentWidget(m_ui->emptyStatePage);
    } else if (m_model->isEmptyResult()) {
        m_ui->emptyStateTitle->setText(m_model->query().summary());
        m_ui->emptyStateLabel->setText(
            tr("Check the spelling, choose what the search text is, widen the date ranges or "
               "clear some filters, then search again."));
        m_ui->resultsStack->setCurrentWidget(m_ui->emptyStatePage);
    } else {
        m_ui->resultsStack->setCurrentWidget(m_ui->resultsView);
    }
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_ui->emptyStateTitle->setFont(titleFont);
}

void OrderSearchView::onPageLoaded(int pageNumber, int ordersAdded)
{
    Q_UNUSED(ordersAdded)
    updateState();
    if (m_model->isEmptyResult())
        Q_EMIT statusMessage(m_model->query().summary());
    else if (pageNumber == 1)
        Q_EMIT statusMessage(tr("%Ln order(s) found.", nullptr, m_model->recordsFound()));
    else
        Q_EMIT statusMessage(tr("%1 of %Ln order(s) loaded.", nullptr, m_model->recordsFound())
                                 .arg(QLocale().toString(m_model->orderCount())));
}

void OrderSearchView::onSearchError(const ApiError &error)
{
    m_ui->messageBanner->showError(error);
    m_ui->messageBanner->setRetryVisible(true);
    updateState();
    Q_EMIT statusMessage(tr("The order search failed: %1").arg(error.message()));
}

void OrderSearchView::onCancelled()
{
    const int loaded = m_model->orderCount();
    m_ui->messageBanner->showMessage(
        MessageBanner::Type::Information, tr("The search was stopped."),
        loaded > 0 ? tr("%1 of %Ln order(s) are shown. Choose Retry to load more.", nullptr,
                        m_model->recordsFound())
                         .arg(QLocale().toString(loaded))
                   : tr("Choose Retry to run it again."));
    m_ui->messageBanner->setRetryVisible(true);
    updateState();
    Q_EMIT statusMessage(tr("The search was stopped."));
}

void OrderSearchView::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = m_ui->resultsView->header();
    // popup() rather than exec(): no nested event loop; the menu deletes itself when closed.
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("columnsMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int column = 0; column < OrderSearchModel::ColumnCount; ++column) {
        QAction *action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The order number is what a row is opened by; it always stays.
        action->setEnabled(column != OrderSearchModel::OrderNumberColumn);
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu->popup(header->viewport()->mapToGlobal(position));
}

void OrderSearchView::chooseExportFile(OrderSearchCsvExporter::Scope scope)
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(directory).filePath(
        tr("orders-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    auto *dialog = new QFileDialog(this, tr("Export Orders"), suggested, tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, scope](const QString &fileName) { exportToCsv(scope, fileName); });
    dialog->open();
}

void OrderSearchView::exportToCsv(OrderSearchCsvExporter::Scope scope, const QString &fileName)
{
    if (m_exporter->isRunning() || fileName.isEmpty())
        return;
    if (scope == OrderSearchCsvExporter::Scope::AllPages && m_model->hasMorePages()) {
        auto *progress = new QProgressDialog(this);
        progress->setObjectName(QStringLiteral("exportProgressDialog"));
        progress->setWindowTitle(tr("Export Orders"));
        progress->setLabelText(tr("Loading orders for the export…"));
        progress->setCancelButtonText(tr("Cancel"));
        progress->setRange(0, qMax(m_model->recordsFound(), 1));
        progress->setValue(m_model->orderCount());
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        progress->setMinimumDuration(0);
        progress->setAttribute(Qt::WA_DeleteOnClose);
        connect(progress, &QProgressDialog::canceled, m_exporter, &OrderSearchCsvExporter::cancel);
        m_exportProgress = progress;
        progress->open();
    }
    m_exporter->start(scope, fileName);
    updateState();
}

void OrderSearchView::onExportFinished(bool success)
{
    if (m_exportProgress) {
        // Closing must not count as Cancel once the export is over.
        disconnect(m_exportProgress.data(), &QProgressDialog::canceled, m_exporter, nullptr);
        m_exportProgress->close();
    }
    updateState();
    const QString file = QDir::toNativeSeparators(m_exporter->fileName());
    if (success) {
        Q_EMIT statusMessage(
            tr("%Ln order(s) exported to %1.", nullptr, m_exporter->writtenOrderCount()).arg(file));
    } else if (m_exporter->wasCancelled()) {
        Q_EMIT statusMessage(tr("The export was cancelled."));
    } else {
        // A page that failed to load already shows its own error, with Retry.
        if (!m_model->hasError()) {
            m_ui->messageBanner->showMessage(
                MessageBanner::Type::Error, tr("The orders could not be exported to %1.").arg(file),
                m_exporter->errorString());
            m_ui->messageBanner->setRetryVisible(false);
        }
        Q_EMIT statusMessage(tr("The export failed: %1").arg(m_exporter->errorString()));
    }
    Q_EMIT exportFinished(success);
}

QByteArray OrderSearchView::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << StateMagic << StateVersion << m_ui->resultsView->header()->saveState()
           << m_ui->filterToggle->isChecked() << m_ui->splitter->saveState()
           << static_cast<qint32>(m_manualKind);
    return state;
}

bool OrderSearchView::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint8 version = 0;
    QByteArray header;
    bool filtersOpen = false;
    QByteArray splitter;
    qint32 kind = 0;
    stream >> magic >> version >> header >> filtersOpen >> splitter >> kind;
    if (stream.status() != QDataStream::Ok || magic != StateMagic || version != StateVersion)
        return false;
    if (!m_ui->resultsView->header()->restoreState(header))
        return false;
    setFiltersVisible(filtersOpen);
    m_ui->splitter->restoreState(splitter);
    if (kind >= static_cast<int>(QuickSearchKind::CustomerOrderNumber) &&
        kind <= static_cast<int>(QuickSearchKind::TrackingNumber) && !m_kindIsAutomatic)
        setKind(static_cast<QuickSearchKind>(kind), false);
    return true;
}

void OrderSearchView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_exportLoadedAction->setText(tr("Export &loaded orders…"));
        m_exportAllAction->setText(tr("Export &all pages…"));
        for (QAction *action : m_kindActions->actions())
            action->setText(kindText(static_cast<QuickSearchKind>(action->data().toInt())));
        m_ui->searchKindButton->setToolTip(
            tr("What the search text is. Order numbers such as 20-RD3QV are recognised by their "
               "shape; for anything else, choose here."));
        m_ui->resultsView->header()->setToolTip(
            tr("Click to sort. Right-click to show or hide columns; drag to reorder."));
        // Column titles, dates and amounts are written in the language of the moment.
        if (const int columns = m_model->columnCount())
            Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
        m_ui->resultsView->viewport()->update();
        setKind(m_kind, m_kindIsAutomatic);
        updateFilterToggle();
        updateState();
    }
    QWidget::changeEvent(event);
}
