// The commands resellerdesk-cli knows, by group and name; a new command is one entry here.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class CliCommand;

class CliCommandTable
{
    Q_DECLARE_TR_FUNCTIONS(CliCommandTable)

public:
    struct Entry
    {
        QString group; // "orders"
        QString name;  // "search"
        QString summary;
        std::function<std::unique_ptr<CliCommand>()> create;
    };

    // Only commands backed by a service of the API core are listed: a command must never
    // print a result the API did not give.
    static QList<Entry> entries();
    static const Entry *find(const QList<Entry> &entries, const QString &group,
                             const QString &name);
    static QStringList groups(const QList<Entry> &entries);
};
