// The additional attributes of an order and of its lines, as one table with their scope.
#pragma once

#include "orderdetails.h"

#include <QAbstractTableModel>

class OrderAttributesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ScopeColumn, // "Order" or the line
        NameColumn,
        ValueColumn,
        ColumnCount
    };

    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        // The Ingram line number, empty for order-level attributes.
        LineNumberRole,
    };

    explicit OrderAttributesModel(QObject *parent = nullptr);

    void setDetails(const OrderDetails &details);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString lineNumber;
        AdditionalAttribute attribute;
    };
    QList<Row> m_rows;
};
