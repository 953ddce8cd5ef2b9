#include "logfilter.h"

#include <QLoggingCategory>

namespace LogFilter {

namespace {
QLoggingCategory::CategoryFilter previousFilter = nullptr;

bool printsRawHttp(const char *name)
{
    return qstrncmp(name, "qt.httpserver", 13) == 0 || qstrncmp(name, "qt.network.http", 15) == 0 ||
           qstrncmp(name, "qt.network.ssl", 14) == 0;
}

void filter(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (printsRawHttp(category->categoryName())) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}
} // namespace

void install()
{
    if (!previousFilter)
        previousFilter = QLoggingCategory::installFilter(filter);
}

} // namespace LogFilter
