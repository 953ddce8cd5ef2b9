// One page of GET /resellers/v6/quotes/search: the quotes found and where the paging stands.
#pragma once

#include "quotesummary.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct QuoteSearchPage
{
    int recordsFound = 0; // over all pages
    int pageSize = 0;
    int pageNumber = 0;
    QString nextPage;
    QString previousPage; // prevPage
    QList<QuoteSummary> quotes;

    static QuoteSearchPage fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    int pageCount() const;
    bool hasMorePages() const;
};
