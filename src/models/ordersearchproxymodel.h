// Sorts order search results by their raw values (dates, amounts, status kinds), not their text.
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

class OrderSearchProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OrderSearchProxyModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};
