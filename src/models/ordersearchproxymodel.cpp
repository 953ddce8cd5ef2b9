#include "ordersearchproxymodel.h"

#include "ordersearchmodel.h"

#include <QDate>

namespace {
// Empty values (a missing date, a sub-order's blank vendor) sort after every real value in
// ascending order, so they never push real data out of sight.
int compareRaw(const QVariant &left, const QVariant &right, const QCollator &collator)
{
    const bool leftEmpty = !left.isValid() ||
                           (left.typeId() == QMetaType::QString && left.toString().isEmpty()) ||
                           (left.typeId() == QMetaType::QDate && !left.toDate().isValid());
    const bool rightEmpty = !right.isValid() ||
                            (right.typeId() == QMetaType::QString && right.toString().isEmpty()) ||
                            (right.typeId() == QMetaType::QDate && !right.toDate().isValid());
    if (leftEmpty || rightEmpty)
        return int(leftEmpty) - int(rightEmpty);
    switch (left.typeId()) {
    case QMetaType::QDate: {
        const QDate a = left.toDate();
        const QDate b = right.toDate();
        return a < b ? -1 : (b < a ? 1 : 0);
    }
    case QMetaType::Double: {
        const double a = left.toDouble();
        const double b = right.toDouble();
        return a < b ? -1 : (b < a ? 1 : 0);
    }
    case QMetaType::Int: {
        const int a = left.toInt();
        const int b = right.toInt();
        return a < b ? -1 : (b < a ? 1 : 0);
    }
    default:
        return collator.compare(left.toString(), right.toString());
    }
}
} // namespace

OrderSearchProxyModel::OrderSearchProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OrderSearchModel::RawValueRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

bool OrderSearchProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int result = compareRaw(left.data(sortRole()), right.data(sortRole()), m_collator);
    if (result != 0)
        return result < 0;
    // Equal keys keep a fixed order (by number) so that a re-sort after a new page does not
    // shuffle rows the user is looking at.
    return m_collator.compare(left.siblingAtColumn(OrderSearchModel::OrderNumberColumn)
                                  .data(OrderSearchModel::OrderNumberRole)
                                  .toString(),
                              right.siblingAtColumn(OrderSearchModel::OrderNumberColumn)
                                  .data(OrderSearchModel::OrderNumberRole)
                                  .toString()) < 0;
}

bool OrderSearchProxyModel::canFetchMore(const QModelIndex &parent) const
{
    return m_fetchMoreEnabled && QSortFilterProxyModel::canFetchMore(parent);
}

void OrderSearchProxyModel::fetchMore(const QModelIndex &parent)
{
    if (m_fetchMoreEnabled)
        QSortFilterProxyModel::fetchMore(parent);
}
