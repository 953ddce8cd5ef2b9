#include "ordersearchpage.h"

#include "jsonread.h"

OrderSearchPage OrderSearchPage::fromJson(const QJsonObject &json)
{
    OrderSearchPage page;
    page.recordsFound = JsonRead::integer(json, u"recordsFound");
    page.pageSize = JsonRead::integer(json, u"pageSize");
    page.pageNumber = JsonRead::integer(json, u"pageNumber");
    page.nextPage = JsonRead::string(json, u"nextPage");
    page.previousPage = JsonRead::string(json, u"previousPage");
    page.orders = JsonRead::list<OrderSummary>(json, u"orders");
    return page;
}

QJsonObject OrderSearchPage::toJson() const
{
    return {{QStringLiteral("recordsFound"), recordsFound},
            {QStringLiteral("pageSize"), pageSize},
            {QStringLiteral("pageNumber"), pageNumber},
            {QStringLiteral("orders"), JsonRead::toArray(orders)},
            {QStringLiteral("nextPage"), nextPage},
            {QStringLiteral("previousPage"), previousPage}};
}

int OrderSearchPage::pageCount() const
{
    if (recordsFound <= 0)
        return 0;
    const int size = pageSize > 0 ? pageSize : qMax(1, int(orders.size()));
    return (recordsFound + size - 1) / size;
}

bool OrderSearchPage::hasMorePages() const
{
    return pageNumber > 0 && pageNumber < pageCount();
}
