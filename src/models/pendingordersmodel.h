// The pending v7 orders of the active profile as a table, following the tracker's changes.
#pragma once

#include "pendingorder.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class PendingOrderTracker;

class PendingOrdersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CustomerPo,
        Confirmation,
        Submitted,
        State,
        OrderNumbers,
        LastChecked,
        NextCheck,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // for sorting: QDateTime, int, ...
        IdRole,
        StateRole,        // PendingOrder::State as int
        OrderNumbersRole, // QStringList
    };

    explicit PendingOrdersModel(PendingOrderTracker *tracker, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    PendingOrder entry(int row) const { return m_rows.value(row); }
    int rowOf(const QString &id) const;

private:
    void reload();
    void onAdded(const PendingOrder &entry);
    void onChanged(const PendingOrder &entry);
    void onRemoved(const QString &id);

    QPointer<PendingOrderTracker> m_tracker;
    QList<PendingOrder> m_rows;
};
