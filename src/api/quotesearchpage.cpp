#include "quotesearchpage.h"

#include "jsonread.h"

QuoteSearchPage QuoteSearchPage::fromJson(const QJsonObject &json)
{
    QuoteSearchPage page;
    page.recordsFound = JsonRead::integer(json, u"recordsFound");
    page.pageSize = JsonRead::integer(json, u"pageSize");
    page.pageNumber = JsonRead::integer(json, u"pageNumber");
    page.nextPage = JsonRead::string(json, u"nextPage");
    page.previousPage = JsonRead::firstString(json, {u"prevPage", u"previousPage"});
    page.quotes = JsonRead::list<QuoteSummary>(json, u"quotes");
    return page;
}

QJsonObject QuoteSearchPage::toJson() const
{
    return {{QStringLiteral("recordsFound"), recordsFound},
            {QStringLiteral("pageSize"), pageSize},
            {QStringLiteral("pageNumber"), pageNumber},
            {QStringLiteral("quotes"), JsonRead::toArray(quotes)},
            {QStringLiteral("nextPage"), nextPage},
            {QStringLiteral("prevPage"), previousPage}};
}

int QuoteSearchPage::pageCount() const
{
    if (recordsFound <= 0)
        return 0;
    const int size = pageSize > 0 ? pageSize : qMax(1, int(quotes.size()));
    return (recordsFound + size - 1) / size;
}

bool QuoteSearchPage::hasMorePages() const
{
    return pageNumber > 0 && pageNumber < pageCount();
}
