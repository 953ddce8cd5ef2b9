// "quotes validate NUMBER": whether the quote can be ordered, and the vendor-mandatory fields
// an order from it needs at header and line level.
#pragma once

#include "clicommand.h"

class ApiJob;

class QuotesValidateCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit QuotesValidateCommand(QObject *parent = nullptr);

    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;
    QString helpNotes() const override;
    QString configure(const QCommandLineParser &parser, const QStringList &arguments) override;

protected:
    void start() override;

private:
    void onFinished(ApiJob *job);

    QString m_quoteNumber;
    bool m_raw = false;
};
