// Sorts order search results by their raw values (dates, amounts, status kinds), not their text.
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

class OrderSearchProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OrderSearchProxyModel(QObject *parent = nullptr);

    // Whether views may page the source through this proxy. QTreeView calls fetchMore() on
    // every full relayout (after an insert into sorted rows, on focus, on resize), so through
    // a tree it pages through the whole result within seconds; a view that pages by its
    // scroll position switches this off and asks the source itself.
    void setFetchMoreEnabled(bool enabled) { m_fetchMoreEnabled = enabled; }
    bool isFetchMoreEnabled() const { return m_fetchMoreEnabled; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
    bool m_fetchMoreEnabled = true;
};
