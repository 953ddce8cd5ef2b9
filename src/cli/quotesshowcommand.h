// "quotes show NUMBER": one quote's details, lines and totals, with the intro preamble, purchase
// instructions and legal terms the API says must be shown with them.
#pragma once

#include "clicommand.h"

class ApiJob;
class QuoteDetails;

class QuotesShowCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit QuotesShowCommand(QObject *parent = nullptr);

    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;
    QString helpNotes() const override;
    QString configure(const QCommandLineParser &parser, const QStringList &arguments) override;

    // The API's texts come with HTML markup and "#####" paragraph marks; plain text for a
    // terminal.
    static QString plainText(const QString &text);

protected:
    void start() override;

private:
    void onFinished(ApiJob *job);
    void writeText(const QuoteDetails &quote);
    void writeCsv(const QuoteDetails &quote);

    QString m_quoteNumber;
    bool m_raw = false;
};
