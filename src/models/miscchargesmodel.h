// The miscellaneous charges of one order (recycling fees, state taxes) as a table.
#pragma once

#include "orderdetails.h"

#include <QAbstractTableModel>

class MiscChargesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SubOrderColumn,
        ReferenceColumn,
        DescriptionColumn,
        AmountColumn,
        ColumnCount
    };

    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
    };

    explicit MiscChargesModel(QObject *parent = nullptr);

    void setDetails(const OrderDetails &details);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<MiscellaneousCharge> m_charges;
    QString m_currency;
};
