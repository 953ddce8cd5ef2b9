// The lines of one order as a table: parts, quantities, prices, status and dates.
#pragma once

#include "orderdetails.h"

#include <QAbstractTableModel>

class OrderLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineNumberColumn,
        SubOrderColumn,
        IngramPartColumn,
        VendorPartColumn,
        DescriptionColumn,
        OrderedColumn,
        ConfirmedColumn,
        BackorderedColumn,
        ShippedColumn,
        UnitPriceColumn,
        ExtendedPriceColumn,
        StatusColumn,
        PromisedDeliveryColumn,
        BackorderEtaColumn,
        ColumnCount
    };

    enum Role
    {
        // The unformatted value (number, QDate, status kind) for sorting and tests.
        RawValueRole = Qt::UserRole + 1,
        // The row's Ingram line number ("001"), whatever the column.
        LineNumberRole,
    };

    explicit OrderLinesModel(QObject *parent = nullptr);

    void setDetails(const OrderDetails &details);
    void clear();

    const OrderLine *line(int row) const;
    // The row of the line with this Ingram line number, or -1.
    int rowOfLine(const QString &lineNumber) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const OrderLine &line, int column) const;
    QVariant rawValue(const OrderLine &line, int column) const;
    QString currencyOf(const OrderLine &line) const;

    QList<OrderLine> m_lines;
    QString m_orderCurrency;
};
