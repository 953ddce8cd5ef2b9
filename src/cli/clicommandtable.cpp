#include "clicommandtable.h"

#include "orderssearchcommand.h"
#include "ordersshowcommand.h"

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
