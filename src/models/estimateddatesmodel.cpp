#include "estimateddatesmodel.h"

#include "displayformat.h"

EstimatedDatesModel::EstimatedDatesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EstimatedDatesModel::setDetails(const OrderDetails &details)
{
    beginResetModel();
    m_rows.clear();
    for (const OrderLine &line : details.lines) {
        for (const EstimatedDates &dates : line.estimatedDates) {
            if (!dates.ship.isEmpty())
                m_rows.append({line.ingramOrderLineNumber, false, dates.ship});
            if (!dates.delivery.isEmpty())
                m_rows.append({line.ingramOrderLineNumber, true, dates.delivery});
        }
    }
    endResetModel();
}

void EstimatedDatesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int EstimatedDatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EstimatedDatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EstimatedDatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const Row &row = m_rows.at(index.row());
    const EstimatedDate &estimate = row.estimate;
    switch (Column(index.column())) {
    case LineColumn:
        return row.lineNumber;
    case KindColumn:
        if (role == RawValueRole)
            return row.delivery;
        return row.delivery ? tr("Delivery") : tr("Ship");
    case DateColumn:
        if (role == RawValueRole)
            return estimate.date.isEmpty() ? estimate.dateRange.startDate.date()
                                           : estimate.date.date();
        if (!estimate.date.isEmpty())
            return DisplayFormat::date(estimate.date);
        if (!estimate.dateRange.isEmpty())
            return tr("%1 to %2")
                .arg(DisplayFormat::date(estimate.dateRange.startDate),
                     DisplayFormat::date(estimate.dateRange.endDate));
        return {};
    case TypeColumn:
        return estimate.dateType;
    case SourceColumn:
        return estimate.source;
    case DescriptionColumn:
        return estimate.description;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EstimatedDatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LineColumn:
        return tr("Line");
    case KindColumn:
        return tr("Estimate");
    case DateColumn:
        return tr("Date");
    case TypeColumn:
        return tr("Type");
    case SourceColumn:
        return tr("Source");
    case DescriptionColumn:
        return tr("Description");
    case ColumnCount:
        break;
    }
    return {};
}
