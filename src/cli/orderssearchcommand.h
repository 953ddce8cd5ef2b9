// "orders search": finds orders by any filter of the order search, one page or all of them.
#pragma once

#include "clicommand.h"
#include "ordersearchpage.h"
#include "ordersearchquery.h"

class ApiJob;

class OrdersSearchCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit OrdersSearchCommand(QObject *parent = nullptr);

    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QString helpNotes() const override;
    QString configure(const QCommandLineParser &parser, const QStringList &arguments) override;

    const OrderSearchQuery &query() const { return m_query; }

protected:
    void start() override;

private:
    void requestPage(int pageNumber);
    void onPageFinished(ApiJob *job);
    void writeResult();

    OrderSearchQuery m_query;
    bool m_allPages = false;
    OrderSearchPage m_result; // with --all-pages, every page's orders in one
};
