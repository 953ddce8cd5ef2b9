// "orders cancel NUMBER": cancels an order on customer hold, after a confirmation.
#pragma once

#include "clicommand.h"

class ApiJob;

class OrdersCancelCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit OrdersCancelCommand(QObject *parent = nullptr);

    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;
    QString helpNotes() const override;
    QString configure(const QCommandLineParser &parser, const QStringList &arguments) override;

protected:
    void start() override;

private:
    void onFinished(ApiJob *job);

    QString m_orderNumber;
    bool m_yes = false;
};
