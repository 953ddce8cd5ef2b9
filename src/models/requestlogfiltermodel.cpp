#include "requestlogfiltermodel.h"

RequestLogFilterModel::RequestLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RequestLogModel::RawValueRole);
}

void RequestLogFilterModel::setStatusFilter(StatusFilter filter)
{
    if (m_status == filter)
        return;
    m_status = filter;
    invalidateFilter();
}

void RequestLogFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool RequestLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    auto *log = qobject_cast<RequestLogModel *>(sourceModel());
    if (!log || sourceParent.isValid())
        return true;
    const ApiExchange &entry = log->exchange(sourceRow);
    using SC = RequestLogModel::StatusClass;
    const SC status = RequestLogModel::statusClass(entry.status);
    switch (m_status) {
    case StatusFilter::All:
        break;
    case StatusFilter::Success:
        if (status != SC::Success)
            return false;
        break;
    case StatusFilter::ClientErrors:
        if (status != SC::ClientError)
            return false;
        break;
    case StatusFilter::ServerErrors:
        if (status != SC::ServerError)
            return false;
        break;
    case StatusFilter::Failures:
        if (status == SC::Success || status == SC::Redirect)
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    for (const QString &field :
         {entry.url.toDisplayString(), QString::fromLatin1(entry.method), entry.correlationId,
          entry.profileName, QString::number(entry.status), entry.errorText}) {
        if (field.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool RequestLogFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(RequestLogModel::RawValueRole);
    const QVariant b = right.data(RequestLogModel::RawValueRole);
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}
