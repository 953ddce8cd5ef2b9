#include "orderlinesmodel.h"

#include "displayformat.h"
#include "orderstatusicons.h"

OrderLinesModel::OrderLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OrderLinesModel::setDetails(const OrderDetails &details)
{
    beginResetModel();
    m_lines = details.lines;
    m_orderCurrency = details.currencyCode;
    endResetModel();
}

void OrderLinesModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_orderCurrency.clear();
    endResetModel();
}

const OrderLine *OrderLinesModel::line(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return nullptr;
    return &m_lines.at(row);
}

int OrderLinesModel::rowOfLine(const QString &lineNumber) const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).ingramOrderLineNumber == lineNumber)
            return row;
    }
    return -1;
}

int OrderLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int OrderLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderLinesModel::currencyOf(const OrderLine &line) const
{
    // Lines normally repeat the order's currency; an empty one falls back to it.
    return line.currencyCode.isEmpty() ? m_orderCurrency : line.currencyCode;
}

QVariant OrderLinesModel::displayValue(const OrderLine &line, int column) const
{
    switch (Column(column)) {
    case LineNumberColumn:
        return line.ingramOrderLineNumber;
    case SubOrderColumn:
        return line.subOrderNumber;
    case IngramPartColumn:
        return line.ingramPartNumber;
    case VendorPartColumn:
        return line.vendorPartNumber;
    case DescriptionColumn:
        return line.partDescription;
    case OrderedColumn:
        return DisplayFormat::quantity(line.quantityOrdered);
    case ConfirmedColumn:
        return DisplayFormat::quantity(line.quantityConfirmed);
    case BackorderedColumn:
        return DisplayFormat::quantity(line.quantityBackOrdered);
    case ShippedColumn:
        return DisplayFormat::quantity(line.quantityShipped());
    case UnitPriceColumn:
        return DisplayFormat::money(line.unitPrice, currencyOf(line));
    case ExtendedPriceColumn:
        return DisplayFormat::money(line.extendedPrice, currencyOf(line));
    case StatusColumn:
        return line.lineStatus.displayText();
    case PromisedDeliveryColumn:
        return DisplayFormat::date(line.promisedDeliveryDate);
    case BackorderEtaColumn:
        return DisplayFormat::date(line.backOrderEtaDate);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrderLinesModel::rawValue(const OrderLine &line, int column) const
{
    switch (Column(column)) {
    case OrderedColumn:
        return line.quantityOrdered;
    case ConfirmedColumn:
        return line.quantityConfirmed;
    case BackorderedColumn:
        return line.quantityBackOrdered;
    case ShippedColumn:
        return line.quantityShipped();
    case UnitPriceColumn:
        return line.unitPrice;
    case ExtendedPriceColumn:
        return line.extendedPrice;
    case StatusColumn:
        return int(line.lineStatus.kind());
    case PromisedDeliveryColumn:
        return line.promisedDeliveryDate.date();
    case BackorderEtaColumn:
        return line.backOrderEtaDate.date();
    default:
        return displayValue(line, column);
    }
}

QVariant OrderLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderLine &line = m_lines.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(line, column);
    case RawValueRole:
        return rawValue(line, column);
    case LineNumberRole:
        return line.ingramOrderLineNumber;
    case Qt::DecorationRole:
        if (column == StatusColumn && !line.lineStatus.isEmpty())
            return OrderStatusIcons::icon(line.lineStatus.kind());
        return {};
    case Qt::ToolTipRole:
        if (column == StatusColumn)
            return line.lineStatus.raw();
        if (column == DescriptionColumn) {
            QString tip = line.partDescription;
            if (!line.vendorName.isEmpty())
                tip = tr("%1\nVendor: %2").arg(tip, line.vendorName);
            if (!line.lineNotes.isEmpty())
                tip = tr("%1\nNotes: %2").arg(tip, line.lineNotes);
            return tip;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case OrderedColumn:
        case ConfirmedColumn:
        case BackorderedColumn:
        case ShippedColumn:
        case UnitPriceColumn:
        case ExtendedPriceColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case LineNumberColumn:
            return tr("Line");
        case SubOrderColumn:
            return tr("Sub-order");
        case IngramPartColumn:
            return tr("Ingram part");
        case VendorPartColumn:
            return tr("Vendor part");
        case DescriptionColumn:
            return tr("Description");
        case OrderedColumn:
            return tr("Ordered");
        case ConfirmedColumn:
            return tr("Confirmed");
        case BackorderedColumn:
            return tr("B/O", "backordered quantity, short column title");
        case ShippedColumn:
            return tr("Shipped");
        case UnitPriceColumn:
            return tr("Unit price");
        case ExtendedPriceColumn:
            return tr("Extended");
        case StatusColumn:
            return tr("Status");
        case PromisedDeliveryColumn:
            return tr("Promised");
        case BackorderEtaColumn:
            return tr("B/O ETA", "backorder ETA, short column title");
        case ColumnCount:
            break;
        }
    }
    // The short titles keep the table readable without scrolling; the tooltips spell them out.
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case BackorderedColumn:
            return tr("Quantity backordered");
        case ExtendedPriceColumn:
            return tr("Extended price");
        case PromisedDeliveryColumn:
            return tr("Promised delivery date");
        case BackorderEtaColumn:
            return tr("Estimated arrival of the backordered quantity");
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole) {
        switch (section) {
        case OrderedColumn:
        case ConfirmedColumn:
        case BackorderedColumn:
        case ShippedColumn:
        case UnitPriceColumn:
        case ExtendedPriceColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}
