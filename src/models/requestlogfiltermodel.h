// Filters the request log by status class and by text (path, method, correlation ID, profile).
#pragma once

#include "requestlogmodel.h"

#include <QSortFilterProxyModel>

class RequestLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter
    {
        All,
        Success,
        ClientErrors,
        ServerErrors,
        Failures
    };

    explicit RequestLogFilterModel(QObject *parent = nullptr);

    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    StatusFilter m_status = StatusFilter::All;
    QString m_text;
};
