#include "clicommandtable.h"

#include "orderssearchcommand.h"
#include "ordersshowcommand.h"
#include "quotessearchcommand.h"
#include "quotesshowcommand.h"
#include "quotesvalidatecommand.h"

QList<CliCommandTable::Entry> CliCommandTable::entries()
{
    return {
        {QStringLiteral("orders"), QStringLiteral("search"),
         tr("Search orders by number, PO, status, dates, part, serial, tracking, vendor."),
         [] {
             return std::make_unique<OrdersSearchCommand>();
         }},
        {QStringLiteral("orders"), QStringLiteral("show"),
         tr("Show one order's details, shipments, tracking and serial numbers."),
         [] {
             return std::make_unique<OrdersShowCommand>();
         }},
        {QStringLiteral("quotes"), QStringLiteral("search"),
         tr("Search quotes by number, name, vendor, special bid, end user, status, date."),
         [] {
             return std::make_unique<QuotesSearchCommand>();
         }},
        {QStringLiteral("quotes"), QStringLiteral("show"),
         tr("Show one quote's lines, totals, preamble, purchase instructions and terms."),
         [] {
             return std::make_unique<QuotesShowCommand>();
         }},
        {QStringLiteral("quotes"), QStringLiteral("validate"),
         tr("Validate a quote and list the fields its vendor requires to order it."),
         [] {
             return std::make_unique<QuotesValidateCommand>();
         }},
    };
}

const CliCommandTable::Entry *CliCommandTable::find(const QList<Entry> &entries,
                                                    const QString &group, const QString &name)
{
    for (const Entry &entry : entries) {
        if (entry.group == group && entry.name == name)
            return &entry;
    }
    return nullptr;
}

QStringList CliCommandTable::groups(const QList<Entry> &entries)
{
    QStringList names;
    for (const Entry &entry : entries) {
        if (!names.contains(entry.group))
            names.append(entry.group);
    }
    return names;
}
