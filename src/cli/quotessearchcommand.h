// "quotes search": finds quotes by number, name, vendor, special bid, end user, status and
// create date, one page or all of them.
#pragma once

#include "clicommand.h"
#include "quotesearchpage.h"
#include "quotesearchquery.h"

class ApiJob;
class QuotesService;

class QuotesSearchCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit QuotesSearchCommand(QObject *parent = nullptr);

    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QString helpNotes() const override;
    QString configure(const QCommandLineParser &parser, const QStringList &arguments) override;

    const QuoteSearchQuery &query() const { return m_query; }

protected:
    void start() override;

private:
    void requestPage(int pageNumber);
    void onPageFinished(ApiJob *job);
    void writeResult();

    QuoteSearchQuery m_query;
    bool m_allPages = false;
    QuoteSearchPage m_result;
    QuotesService *m_service = nullptr;
};
