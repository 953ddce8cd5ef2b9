#include "shipmenttreemodel.h"

#include "displayformat.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

ShipmentTreeModel::ShipmentTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void ShipmentTreeModel::setDetails(const OrderDetails &details)
{
    beginResetModel();
    m_lines = details.lines;
    // The API lists lines grouped by sub-order; people read them by line number, as the lines
    // table shows them.
    std::stable_sort(m_lines.begin(), m_lines.end(), [](const OrderLine &a, const OrderLine &b) {
        return a.ingramOrderLineNumber < b.ingramOrderLineNumber;
    });
    m_nodes.clear();
    m_topLevel.clear();
    for (int l = 0; l < m_lines.size(); ++l) {
        Node line;
        line.type = NodeType::Line;
        line.line = l;
        const int lineId = addNode(line);
        const QList<ShipmentDetail> &shipments = m_lines.at(l).shipmentDetails;
        for (int s = 0; s < shipments.size(); ++s) {
            Node shipment = m_nodes[size_t(lineId)];
            shipment.type = NodeType::Shipment;
            shipment.parent = lineId;
            shipment.shipment = s;
            const int shipmentId = addNode(shipment);
            const QList<CarrierDetail> &carriers = shipments.at(s).carrierDetails;
            for (int c = 0; c < carriers.size(); ++c) {
                Node carrier = m_nodes[size_t(shipmentId)];
                carrier.type = NodeType::Carrier;
                carrier.parent = shipmentId;
                carrier.carrier = c;
                const int carrierId = addNode(carrier);
                const QList<TrackingDetail> &packages = carriers.at(c).trackingDetails;
                for (int p = 0; p < packages.size(); ++p) {
                    Node package = m_nodes[size_t(carrierId)];
                    package.type = NodeType::Package;
                    package.parent = carrierId;
                    package.package = p;
                    const int packageId = addNode(package);
                    for (int n = 0; n < packages.at(p).serialNumbers.size(); ++n) {
                        Node serial = m_nodes[size_t(packageId)];
                        serial.type = NodeType::Serial;
                        serial.parent = packageId;
                        serial.serial = n;
                        addNode(serial);
                    }
                }
            }
        }
    }
    endResetModel();
}

void ShipmentTreeModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_nodes.clear();
    m_topLevel.clear();
    endResetModel();
}

int ShipmentTreeModel::addNode(Node node)
{
    node.children.clear();
    const int id = int(m_nodes.size());
    QList<int> &siblings = node.parent < 0 ? m_topLevel : m_nodes[size_t(node.parent)].children;
    node.row = int(siblings.size());
    siblings.append(id);
    m_nodes.push_back(std::move(node));
    return id;
}

QModelIndex ShipmentTreeModel::indexOfLine(const QString &lineNumber) const
{
    for (int row = 0; row < m_topLevel.size(); ++row) {
        if (lineOf(m_nodes[size_t(m_topLevel.at(row))]).ingramOrderLineNumber == lineNumber)
            return index(row, ItemColumn);
    }
    return {};
}

QUrl ShipmentTreeModel::trackingUrl(const TrackingDetail &package)
{
    // The spec's own example carries "string" here; only a real web address becomes a link.
    const QUrl url(package.trackingUrl.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return {};
    return url;
}

const ShipmentTreeModel::Node *ShipmentTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const quintptr id = index.internalId();
    return id < m_nodes.size() ? &m_nodes[id] : nullptr;
}

const OrderLine &ShipmentTreeModel::lineOf(const Node &node) const
{
    return m_lines.at(node.line);
}

const ShipmentDetail &ShipmentTreeModel::shipmentOf(const Node &node) const
{
    return lineOf(node).shipmentDetails.at(node.shipment);
}

const CarrierDetail &ShipmentTreeModel::carrierOf(const Node &node) const
{
    return shipmentOf(node).carrierDetails.at(node.carrier);
}

const TrackingDetail &ShipmentTreeModel::packageOf(const Node &node) const
{
    return carrierOf(node).trackingDetails.at(node.package);
}

QModelIndex ShipmentTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int> *siblings = &m_topLevel;
    if (parent.isValid()) {
        const Node *parentNode = nodeOf(parent);
        if (!parentNode || parent.column() != ItemColumn)
            return {};
        siblings = &parentNode->children;
    }
    if (row >= siblings->size())
        return {};
    return createIndex(row, column, quintptr(siblings->at(row)));
}

QModelIndex ShipmentTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    const Node &parentNode = m_nodes[size_t(node->parent)];
    return createIndex(parentNode.row, ItemColumn, quintptr(node->parent));
}

int ShipmentTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    // Only the first column has children, as in QStandardItemModel-based trees.
    if (parent.column() != ItemColumn)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int ShipmentTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QStringList ShipmentTreeModel::serialsBelow(const Node &node) const
{
    QStringList serials;
    switch (node.type) {
    case NodeType::Line:
        return lineOf(node).serialNumbers();
    case NodeType::Shipment:
        return shipmentOf(node).serialNumbers();
    case NodeType::Carrier:
        for (const TrackingDetail &package : carrierOf(node).trackingDetails)
            serials += package.serialNumbers;
        break;
    case NodeType::Package:
        serials = packageOf(node).serialNumbers;
        break;
    case NodeType::Serial:
        serials.append(packageOf(node).serialNumbers.at(node.serial));
        break;
    }
    serials.removeDuplicates();
    return serials;
}

namespace {
QString dateOrEstimate(const ApiDate &actual, const ApiDate &estimate)
{
    if (!actual.isEmpty())
        return DisplayFormat::date(actual);
    if (!estimate.isEmpty())
        return ShipmentTreeModel::tr("expected %1").arg(DisplayFormat::date(estimate));
    return {};
}

QDate rawDate(const ApiDate &actual, const ApiDate &estimate)
{
    return actual.isEmpty() ? estimate.date() : actual.date();
}
} // namespace

QVariant ShipmentTreeModel::displayValue(const Node &node, int column) const
{
    const QLocale locale;
    switch (node.type) {
    case NodeType::Line: {
        const OrderLine &line = lineOf(node);
        const QString part =
            line.vendorPartNumber.isEmpty() ? line.ingramPartNumber : line.vendorPartNumber;
        switch (column) {
        case ItemColumn:
            return tr("Line %1: %2").arg(line.ingramOrderLineNumber, part);
        case QuantityColumn:
            return tr("%1 of %2 shipped")
                .arg(DisplayFormat::quantity(line.quantityShipped()),
                     DisplayFormat::quantity(line.quantityOrdered));
        default:
            return {};
        }
    }
    case NodeType::Shipment: {
        const ShipmentDetail &shipment = shipmentOf(node);
        switch (column) {
        case ItemColumn:
            return shipment.deliveryNumber.isEmpty()
                       ? tr("Delivery")
                       : tr("Delivery %1").arg(shipment.deliveryNumber);
        case QuantityColumn:
            return DisplayFormat::quantity(shipment.quantity);
        case ShippedColumn:
            return dateOrEstimate(shipment.shippedDate, shipment.estimatedShipDate);
        case DeliveryColumn:
            return dateOrEstimate({}, shipment.estimatedDeliveryDate);
        case FromColumn:
            if (shipment.shipFromWarehouseId.isEmpty())
                return shipment.shipFromLocation;
            if (shipment.shipFromLocation.isEmpty())
                return tr("Warehouse %1").arg(shipment.shipFromWarehouseId);
            return tr("%1 (warehouse %2)")
                .arg(shipment.shipFromLocation, shipment.shipFromWarehouseId);
        case InvoiceColumn:
            if (shipment.invoiceDate.isEmpty())
                return shipment.invoiceNumber;
            return tr("%1 of %2")
                .arg(shipment.invoiceNumber, DisplayFormat::date(shipment.invoiceDate));
        default:
            return {};
        }
    }
    case NodeType::Carrier: {
        const CarrierDetail &carrier = carrierOf(node);
        switch (column) {
        case ItemColumn:
            if (carrier.carrierCode.isEmpty() || carrier.carrierName.isEmpty())
                return carrier.carrierName.isEmpty() ? carrier.carrierCode : carrier.carrierName;
            return tr("%1 (%2)").arg(carrier.carrierName, carrier.carrierCode);
        case QuantityColumn:
            return DisplayFormat::quantity(carrier.quantity);
        case ShippedColumn:
            return dateOrEstimate(carrier.shippedDate, carrier.carrierPickupDate);
        case DeliveryColumn:
            return dateOrEstimate(carrier.deliveredDate, carrier.estimatedDeliveryDate);
        default:
            return {};
        }
    }
    case NodeType::Package: {
        const TrackingDetail &package = packageOf(node);
        switch (column) {
        case ItemColumn:
            return package.trackingNumber.isEmpty() ? tr("Package") : package.trackingNumber;
        case QuantityColumn:
            return DisplayFormat::quantity(package.quantityInBox);
        case CartonColumn:
            return package.cartonNumber;
        case WeightColumn:
            return package.packageWeight > 0 ? locale.toString(package.packageWeight, 'f', 2)
                                             : QString();
        default:
            return {};
        }
    }
    case NodeType::Serial:
        if (column == ItemColumn)
            return packageOf(node).serialNumbers.at(node.serial);
        return {};
    }
    return {};
}

QVariant ShipmentTreeModel::rawValue(const Node &node, int column) const
{
    switch (node.type) {
    case NodeType::Line:
        if (column == ItemColumn)
            return lineOf(node).ingramOrderLineNumber;
        if (column == QuantityColumn)
            return lineOf(node).quantityShipped();
        break;
    case NodeType::Shipment: {
        const ShipmentDetail &shipment = shipmentOf(node);
        if (column == ItemColumn)
            return shipment.deliveryNumber;
        if (column == QuantityColumn)
            return shipment.quantity;
        if (column == ShippedColumn)
            return rawDate(shipment.shippedDate, shipment.estimatedShipDate);
        if (column == DeliveryColumn)
            return shipment.estimatedDeliveryDate.date();
        if (column == InvoiceColumn)
            return shipment.invoiceNumber;
        break;
    }
    case NodeType::Carrier: {
        const CarrierDetail &carrier = carrierOf(node);
        if (column == ItemColumn)
            return carrier.carrierCode;
        if (column == QuantityColumn)
            return carrier.quantity;
        if (column == ShippedColumn)
            return rawDate(carrier.shippedDate, carrier.carrierPickupDate);
        if (column == DeliveryColumn)
            return rawDate(carrier.deliveredDate, carrier.estimatedDeliveryDate);
        break;
    }
    case NodeType::Package: {
        const TrackingDetail &package = packageOf(node);
        if (column == ItemColumn)
            return package.trackingNumber;
        if (column == QuantityColumn)
            return package.quantityInBox;
        if (column == WeightColumn)
            return package.packageWeight;
        break;
    }
    case NodeType::Serial:
        break;
    }
    return displayValue(node, column);
}

QVariant ShipmentTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const int column = index.column();
    const bool isLink = node->type == NodeType::Package && column == ItemColumn &&
                        trackingUrl(packageOf(*node)).isValid();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*node, column);
    case RawValueRole:
        return rawValue(*node, column);
    case NodeTypeRole:
        return int(node->type);
    case LineNumberRole:
        return lineOf(*node).ingramOrderLineNumber;
    case SerialNumbersRole:
        return serialsBelow(*node);
    case UrlRole:
        return node->type == NodeType::Package ? trackingUrl(packageOf(*node)) : QUrl();
    case Qt::ToolTipRole:
        if (isLink)
            return tr("Open the carrier's tracking page: %1")
                .arg(trackingUrl(packageOf(*node)).toDisplayString());
        if (node->type == NodeType::Line && column == ItemColumn)
            return lineOf(*node).partDescription;
        return {};
    case Qt::FontRole:
        if (isLink) {
            QFont font;
            font.setUnderline(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (isLink)
            return QGuiApplication::palette().brush(QPalette::Link);
        return {};
    case Qt::TextAlignmentRole:
        if (column == QuantityColumn || column == WeightColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ShipmentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ItemColumn:
        return tr("Line / delivery / carrier / tracking / serial");
    case QuantityColumn:
        return tr("Quantity");
    case ShippedColumn:
        return tr("Shipped");
    case DeliveryColumn:
        return tr("Delivery");
    case FromColumn:
        return tr("Ships from");
    case InvoiceColumn:
        return tr("Invoice");
    case CartonColumn:
        return tr("Carton");
    case WeightColumn:
        return tr("Weight");
    case ColumnCount:
        break;
    }
    return {};
}
