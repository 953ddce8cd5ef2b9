// "orders show NUMBER": one order's details, with the vendor sandbox's test parameters.
#pragma once

#include "clicommand.h"
#include "orderdetailsquery.h"

class ApiJob;

class OrdersShowCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit OrdersShowCommand(QObject *parent = nullptr);

    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;
    QString helpNotes() const override;
    QString configure(const QCommandLineParser &parser, const QStringList &arguments) override;

    const OrderDetailsQuery &query() const { return m_query; }

protected:
    void start() override;

private:
    void onFinished(ApiJob *job);

    OrderDetailsQuery m_query;
    bool m_raw = false;
};
