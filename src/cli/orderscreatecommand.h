// "orders create FILE.json": places an order from a body in the API's own request shape.
#pragma once

#include "clicommand.h"
#include "ordercreaterequest.h"

class ApiJob;

class OrdersCreateCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit OrdersCreateCommand(QObject *parent = nullptr);

    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;
    QString helpNotes() const override;
    QString configure(const QCommandLineParser &parser, const QStringList &arguments) override;
    bool needsConnection() const override { return !m_dryRun; }

    const OrderCreateRequest &request() const { return m_request; }
    OrderApiVersion version() const { return m_version; }

protected:
    void start() override;

private:
    void printDryRun();
    void onCreated(ApiJob *job);
    void onConfirmed(ApiJob *job);
    void failCreate(const ApiError &error);

    OrderCreateRequest m_request;
    OrderApiVersion m_version = OrderApiVersion::V6;
    QString m_fileName;
    bool m_dryRun = false;
};
