#include "miscchargesmodel.h"

#include "displayformat.h"

MiscChargesModel::MiscChargesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MiscChargesModel::setDetails(const OrderDetails &details)
{
    beginResetModel();
    m_charges = details.miscellaneousCharges;
    m_currency = details.currencyCode;
    endResetModel();
}

void MiscChargesModel::clear()
{
    beginResetModel();
    m_charges.clear();
    m_currency.clear();
    endResetModel();
}

int MiscChargesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_charges.size());
}

int MiscChargesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MiscChargesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MiscellaneousCharge &charge = m_charges.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (Column(index.column())) {
    case SubOrderColumn:
        return charge.subOrderNumber;
    case ReferenceColumn:
        return charge.chargeLineReference;
    case DescriptionColumn:
        return charge.chargeDescription;
    case AmountColumn:
        if (role == RawValueRole)
            return charge.chargeAmount;
        return DisplayFormat::money(charge.chargeAmount, m_currency);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MiscChargesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SubOrderColumn:
        return tr("Sub-order");
    case ReferenceColumn:
        return tr("Reference");
    case DescriptionColumn:
        return tr("Charge");
    case AmountColumn:
        return tr("Amount");
    case ColumnCount:
        break;
    }
    return {};
}
