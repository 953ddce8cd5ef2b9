#include "pendingordersmodel.h"

#include "pendingordertracker.h"

#include <QLocale>

namespace {
QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}
} // namespace

PendingOrdersModel::PendingOrdersModel(PendingOrderTracker *tracker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_tracker(tracker)
{
    if (!tracker)
        return;
    m_rows = tracker->entries();
    connect(tracker, &PendingOrderTracker::entriesReset, this, &PendingOrdersModel::reload);
    connect(tracker, &PendingOrderTracker::entryAdded, this, &PendingOrdersModel::onAdded);
    connect(tracker, &PendingOrderTracker::entryChanged, this, &PendingOrdersModel::onChanged);
    connect(tracker, &PendingOrderTracker::entryRemoved, this, &PendingOrdersModel::onRemoved);
}

int PendingOrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PendingOrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PendingOrdersModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

QVariant PendingOrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PendingOrder &entry = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return entry.id;
    case StateRole:
        return static_cast<int>(entry.state);
    case OrderNumbersRole:
        return entry.orderNumbers;
    case Qt::DisplayRole:
        switch (index.column()) {
        case CustomerPo:
            return entry.customerOrderNumber;
        case Confirmation:
            return entry.confirmationNumber.isEmpty() ? tr("(answer lost)")
                                                      : entry.confirmationNumber;
        case Submitted:
            return timeText(entry.submittedAt);
        case State:
            if (entry.state == PendingOrder::State::Found && !entry.orderStatus.isEmpty())
                return tr("Found: %1").arg(entry.orderStatus);
            if (entry.state == PendingOrder::State::NotFound && !entry.resolution.isEmpty())
                return entry.resolution;
            return PendingOrder::stateDisplayName(entry.state);
        case OrderNumbers:
            return entry.orderNumbers.join(QStringLiteral(", "));
        case LastChecked:
            if (!entry.lastCheckedAt.isValid())
                return tr("Not yet");
            return entry.lastError.isEmpty() ? timeText(entry.lastCheckedAt)
                                             : tr("%1 (failed)").arg(timeText(entry.lastCheckedAt));
        case NextCheck:
            return entry.isPending() ? timeText(entry.nextCheckAt) : QString();
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case Submitted:
            return entry.submittedAt;
        case State:
            return static_cast<int>(entry.state);
        case LastChecked:
            return entry.lastCheckedAt;
        case NextCheck:
            return entry.nextCheckAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == LastChecked && !entry.lastError.isEmpty())
            return entry.lastError;
        if (index.column() == Confirmation && !entry.confirmationMessage.isEmpty())
            return entry.confirmationMessage;
        if (index.column() == OrderNumbers && !entry.orderNumbers.isEmpty())
            return tr("Double-click to open the order");
        break;
    default:
        break;
    }
    return {};
}

QVariant PendingOrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CustomerPo:
        return tr("Customer PO");
    case Confirmation:
        return tr("Confirmation");
    case Submitted:
        return tr("Submitted");
    case State:
        return tr("State");
    case OrderNumbers:
        return tr("Order numbers");
    case LastChecked:
        return tr("Last checked");
    case NextCheck:
        return tr("Next check");
    default:
        return {};
    }
}

void PendingOrdersModel::reload()
{
    beginResetModel();
    m_rows = m_tracker ? m_tracker->entries() : QList<PendingOrder>();
    endResetModel();
}

void PendingOrdersModel::onAdded(const PendingOrder &entry)
{
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(entry);
    endInsertRows();
}

void PendingOrdersModel::onChanged(const PendingOrder &entry)
{
    const int row = rowOf(entry.id);
    if (row < 0)
        return;
    m_rows[row] = entry;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PendingOrdersModel::onRemoved(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}
