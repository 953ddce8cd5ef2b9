#include "orderattributesmodel.h"

OrderAttributesModel::OrderAttributesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OrderAttributesModel::setDetails(const OrderDetails &details)
{
    beginResetModel();
    m_rows.clear();
    for (const AdditionalAttribute &attribute : details.additionalAttributes)
        m_rows.append({QString(), attribute});
    for (const OrderLine &line : details.lines) {
        for (const AdditionalAttribute &attribute : line.additionalAttributes)
            m_rows.append({line.ingramOrderLineNumber, attribute});
    }
    endResetModel();
}

void OrderAttributesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int OrderAttributesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderAttributesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderAttributesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == LineNumberRole)
        return row.lineNumber;
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case ScopeColumn:
        if (role == RawValueRole)
            return row.lineNumber;
        return row.lineNumber.isEmpty() ? tr("Order") : tr("Line %1").arg(row.lineNumber);
    case NameColumn:
        return row.attribute.name;
    case ValueColumn:
        return row.attribute.value;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrderAttributesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ScopeColumn:
        return tr("Applies to");
    case NameColumn:
        return tr("Attribute");
    case ValueColumn:
        return tr("Value");
    case ColumnCount:
        break;
    }
    return {};
}
