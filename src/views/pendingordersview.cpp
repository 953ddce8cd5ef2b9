#include "pendingordersview.h"
#include "ui_pendingordersview.h"

#include "pendingordersmodel.h"
#include "pendingordertracker.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

PendingOrdersView::PendingOrdersView(PendingOrderTracker *tracker, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PendingOrdersView>())
    , m_tracker(tracker)
    , m_model(new PendingOrdersModel(tracker, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("pendingOrdersView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PendingOrdersModel::RawValueRole);
    m_ui->entriesView->setModel(m_proxy);
    m_ui->entriesView->verticalHeader()->hide();
    m_ui->entriesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->entriesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->entriesView->sortByColumn(PendingOrdersModel::Submitted, Qt::DescendingOrder);

    connect(m_ui->checkNowButton, &QPushButton::clicked, this, &PendingOrdersView::checkNow);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &PendingOrdersView::removeSelected);
    connect(m_ui->openOrderButton, &QPushButton::clicked, this, &PendingOrdersView::openSelected);
    connect(m_ui->entriesView, &QAbstractItemView::activated, this,
            &PendingOrdersView::openSelected);
    connect(m_ui->entriesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PendingOrdersView::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &PendingOrdersView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PendingOrdersView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PendingOrdersView::updateActions);
    updateActions();
}

PendingOrdersView::~PendingOrdersView() = default;

QString PendingOrdersView::selectedId() const
{
    const QModelIndexList rows = m_ui->entriesView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(PendingOrdersModel::IdRole).toString();
}

bool PendingOrdersView::selectEntry(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_ui->entriesView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
    m_ui->entriesView->setCurrentIndex(index);
    return true;
}

void PendingOrdersView::updateActions()
{
    const int rows = m_model->rowCount();
    int pending = 0;
    for (int row = 0; row < rows; ++row)
        pending += m_model->entry(row).isPending() ? 1 : 0;
    m_ui->countLabel->setText(tr("%n waiting", nullptr, pending));
    m_ui->entriesView->setVisible(rows > 0);
    m_ui->emptyLabel->setVisible(rows == 0);

    const QString id = selectedId();
    const int row = m_model->rowOf(id);
    const PendingOrder entry = m_model->entry(row);
    m_ui->checkNowButton->setEnabled(row >= 0);
    m_ui->removeButton->setEnabled(row >= 0);
    m_ui->openOrderButton->setEnabled(row >= 0 && !entry.orderNumbers.isEmpty());
}

void PendingOrdersView::checkNow()
{
    const QString id = selectedId();
    if (!id.isEmpty() && m_tracker->checkNow(id)) {
        Q_EMIT statusMessage(
            tr("Searching for customer PO %1…").arg(m_tracker->entry(id).customerOrderNumber));
    }
}

void PendingOrdersView::removeSelected()
{
    const QString id = selectedId();
    const PendingOrder entry = m_tracker->entry(id);
    if (!id.isEmpty() && m_tracker->remove(id)) {
        Q_EMIT statusMessage(
            tr("Customer PO %1 is no longer tracked.").arg(entry.customerOrderNumber));
    }
}

void PendingOrdersView::openSelected()
{
    const PendingOrder entry = m_tracker->entry(selectedId());
    if (!entry.orderNumbers.isEmpty())
        Q_EMIT openOrderRequested(entry.orderNumbers.first());
}
