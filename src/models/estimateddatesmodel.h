// The estimated ship and delivery dates of an order's lines, one row per estimate.
#pragma once

#include "orderdetails.h"

#include <QAbstractTableModel>

class EstimatedDatesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        KindColumn, // ship or delivery
        DateColumn, // the date, or its range
        TypeColumn,
        SourceColumn,
        DescriptionColumn,
        ColumnCount
    };

    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
    };

    explicit EstimatedDatesModel(QObject *parent = nullptr);

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
        bool delivery = false;
        EstimatedDate estimate;
    };
    QList<Row> m_rows;
};
