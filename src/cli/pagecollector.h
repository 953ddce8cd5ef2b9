// The --all-pages loop of the search commands: pages are added to one result whose counts
// describe what is printed.
#pragma once

#include <QList>

namespace PageCollector {

// Adds a fetched page to the result so far; the first page becomes the result.
template<typename Page, typename Item>
void add(Page &result, const Page &page, QList<Item> Page::*items, int requestedPageNumber)
{
    if (result.pageNumber == 0) {
        result = page;
        if (result.pageNumber == 0)
            result.pageNumber = requestedPageNumber;
    } else {
        (result.*items) += page.*items;
        result.recordsFound = page.recordsFound;
    }
}

// An empty page ends the loop too: a server whose counts are off must not keep it going.
template<typename Page, typename Item>
bool wantsNext(const Page &page, QList<Item> Page::*items)
{
    return page.hasMorePages() && !(page.*items).isEmpty();
}

// One page holding everything fetched, so that its counts describe the output.
template<typename Page, typename Item>
void collapse(Page &result, QList<Item> Page::*items)
{
    result.pageSize = int((result.*items).size());
    result.nextPage.clear();
    result.previousPage.clear();
}

} // namespace PageCollector
