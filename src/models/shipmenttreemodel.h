// The shipments of an order as a tree: line → delivery → carrier → package → serial numbers.
#pragma once

#include "orderdetails.h"

#include <QAbstractItemModel>
#include <QUrl>

#include <vector>

class ShipmentTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        ItemColumn, // line, delivery number, carrier, tracking number or serial number
        QuantityColumn,
        ShippedColumn,
        DeliveryColumn,
        CartonColumn,
        WeightColumn,
        FromColumn,
        InvoiceColumn,
        ColumnCount
    };

    enum class NodeType
    {
        Line,
        Shipment,
        Carrier,
        Package,
        Serial
    };
    Q_ENUM(NodeType)

    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        NodeTypeRole,      // NodeType as int
        UrlRole,           // QUrl of a package's tracking page; invalid when it has none
        LineNumberRole,    // the Ingram line number of the line the node belongs to
        SerialNumbersRole, // QStringList of every serial number at or below the node
    };

    explicit ShipmentTreeModel(QObject *parent = nullptr);

    void setDetails(const OrderDetails &details);
    void clear();

    QModelIndex indexOfLine(const QString &lineNumber) const;
    // The web tracking page when the API sent a usable http(s) link, else an invalid QUrl.
    static QUrl trackingUrl(const TrackingDetail &package);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        NodeType type = NodeType::Line;
        int parent = -1; // node id; -1 for top-level lines
        int row = 0;
        QList<int> children;
        int line = -1;
        int shipment = -1;
        int carrier = -1;
        int package = -1;
        int serial = -1;
    };

    int addNode(Node node);
    const Node *nodeOf(const QModelIndex &index) const;
    const OrderLine &lineOf(const Node &node) const;
    const ShipmentDetail &shipmentOf(const Node &node) const;
    const CarrierDetail &carrierOf(const Node &node) const;
    const TrackingDetail &packageOf(const Node &node) const;
    QVariant displayValue(const Node &node, int column) const;
    QVariant rawValue(const Node &node, int column) const;
    QStringList serialsBelow(const Node &node) const;

    QList<OrderLine> m_lines;
    std::vector<Node> m_nodes;
    QList<int> m_topLevel;
};
