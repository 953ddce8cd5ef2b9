#include "quotessearchcommand.h"

#include "pagecollector.h"

#include "clisession.h"
#include "quotejobs.h"
#include "quotesservice.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace {

struct TextOption
{
    const char *name;
    QString QuoteSearchQuery::*field;
};

const TextOption textOptions[] = {
    {"quote-number", &QuoteSearchQuery::quoteNumber},
    {"quote-name", &QuoteSearchQuery::quoteName},
    {"vendor", &QuoteSearchQuery::vendorName},
    {"special-bid", &QuoteSearchQuery::specialBidNumber},
    {"end-user-contact", &QuoteSearchQuery::endUserContact},
};

QString optionForField(const QString &field)
{
    static const QList<QPair<QString, QString>> names = {
        {QStringLiteral("quoteNumber"), QStringLiteral("--quote-number")},
        {QStringLiteral("quoteName"), QStringLiteral("--quote-name")},
        {QStringLiteral("vendorName"), QStringLiteral("--vendor")},
        {QStringLiteral("specialBidNumber"), QStringLiteral("--special-bid")},
        {QStringLiteral("endUserContact"), QStringLiteral("--end-user-contact")},
        {QStringLiteral("status"), QStringLiteral("--status")},
        {QStringLiteral("quoteCreateDate-bt"), QStringLiteral("--created-from/--created-to")},
        {QStringLiteral("pageSize"), QStringLiteral("--page-size")},
        {QStringLiteral("pageNumber"), QStringLiteral("--page")},
    };
    for (const auto &name : names) {
        if (name.first == field)
            return name.second;
    }
    return field;
}

QString day(const ApiDate &date)
{
    return date.isValid() ? date.date().toString(Qt::ISODate) : date.raw();
}

} // namespace

QuotesSearchCommand::QuotesSearchCommand(QObject *parent)
    : CliCommand(parent)
{}

QString QuotesSearchCommand::description() const
{
    return tr("Searches quotes. Filters combine: a quote must match all of them.");
}

QList<QCommandLineOption> QuotesSearchCommand::options() const
{
    const auto option = [](const char *name, const QString &description,
                           const QString &valueName = {}) {
        return QCommandLineOption(QLatin1String(name), description, valueName);
    };
    const QString text = tr("text");
    const QString date = tr("date");
    return {
        option("quote-number", tr("Quote number, or a part of it."), tr("number")),
        option("quote-name", tr("Quote name, or a part of it."), text),
        option("vendor", tr("Vendor name."), text),
        option("special-bid", tr("Special bid number."), text),
        option("end-user-contact", tr("End user name."), text),
        option("status",
               tr("Quote status, e.g. one of %1.")
                   .arg(QLocale().createSeparatedList(QuoteSearchQuery::statusValues())),
               tr("status")),
        option("created-from", tr("Created on or after this day; needs --created-to."), date),
        option("created-to", tr("Created on or before this day; needs --created-from."), date),
        option("sort-by",
               tr("Sort by quoteNumber, createdDate, lastModifiedDate or expiryDate (default: "
                  "createdDate)."),
               tr("column")),
        option("sort-order", tr("asc or desc (default desc: newest first)."), tr("order")),
        option("page-size",
               tr("Quotes per page, 1 to %1 (default %2; %1 with --all-pages).")
                   .arg(QuoteSearchQuery::MaxPageSize)
                   .arg(QuoteSearchQuery::DefaultPageSize),
               tr("count")),
        option("page", tr("Page number, from 1 (default 1)."), tr("number")),
        option("all-pages", tr("Fetches every page from --page on and prints them as one.")),
    };
}

QString QuotesSearchCommand::helpNotes() const
{
    return tr("Without any filter the API lists the quotes created in the last 30 days.\n"
              "Quote search needs the profile's customer contact e-mail (IM-CustomerContact).\n"
              "Table and CSV list one quote per row; JSON is the API's search page. The paging "
              "summary goes to stderr. A search that finds nothing exits 0.");
}

QString QuotesSearchCommand::configure(const QCommandLineParser &parser,
                                       const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return tr("Unexpected argument \"%1\"; filters are options, e.g. --quote-number %1.")
            .arg(arguments.constFirst());

    QuoteSearchQuery query;
    for (const TextOption &option : textOptions) {
        const QString name = QLatin1String(option.name);
        if (parser.isSet(name))
            query.*option.field = parser.value(name);
    }
    query.status = parser.value(QStringLiteral("status"));
    for (const char *key : {"created-from", "created-to"}) {
        const QString name = QLatin1String(key);
        if (!parser.isSet(name))
            continue;
        const QString value = parser.value(name).trimmed();
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid())
            return tr("Invalid date \"%1\" for --%2; use YYYY-MM-DD.").arg(value, name);
        (name.endsWith(QLatin1String("from")) ? query.createdRange.from : query.createdRange.to) =
            date;
    }
    if (parser.isSet(QStringLiteral("sort-by"))) {
        const QString value = parser.value(QStringLiteral("sort-by")).trimmed();
        bool known = false;
        for (auto column :
             {QuoteSearchQuery::SortColumn::QuoteNumber, QuoteSearchQuery::SortColumn::CreatedDate,
              QuoteSearchQuery::SortColumn::LastModifiedDate,
              QuoteSearchQuery::SortColumn::ExpiryDate}) {
            if (QuoteSearchQuery::sortColumnKey(column).compare(value, Qt::CaseInsensitive) == 0) {
                query.sortBy = column;
                known = true;
            }
        }
        if (!known)
            return tr("Unknown column \"%1\" for --sort-by; use quoteNumber, createdDate, "
                      "lastModifiedDate or expiryDate.")
                .arg(value);
    }
    if (parser.isSet(QStringLiteral("sort-order"))) {
        const QString value = parser.value(QStringLiteral("sort-order")).trimmed().toLower();
        if (value == QLatin1String("asc"))
            query.sortingOrder = QuoteSearchQuery::SortOrder::Ascending;
        else if (value == QLatin1String("desc"))
            query.sortingOrder = QuoteSearchQuery::SortOrder::Descending;
        else
            return tr("--sort-order is asc or desc, not \"%1\".").arg(value);
    }

    m_allPages = parser.isSet(QStringLiteral("all-pages"));
    if (m_allPages)
        query.pageSize = QuoteSearchQuery::MaxPageSize;
    const auto number = [&parser](const QString &name, int *target) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const int value = parser.value(name).trimmed().toInt(&ok);
        if (ok)
            *target = value;
        return ok;
    };
    if (!number(QStringLiteral("page-size"), &query.pageSize))
        return tr("--page-size needs a whole number, not \"%1\".")
            .arg(parser.value(QStringLiteral("page-size")));
    if (!number(QStringLiteral("page"), &query.pageNumber))
        return tr("--page needs a whole number, not \"%1\".")
            .arg(parser.value(QStringLiteral("page")));

    const QList<QuoteSearchQuery::Problem> problems = query.validate();
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const QuoteSearchQuery::Problem &problem : problems)
            lines.append(tr("%1: %2").arg(optionForField(problem.field), problem.message));
        return lines.join(QLatin1Char('\n'));
    }
    m_query = query;
    return {};
}

void QuotesSearchCommand::start()
{
    m_result = QuoteSearchPage();
    m_service = new QuotesService(session()->client(), this);
    requestPage(m_query.pageNumber);
}

void QuotesSearchCommand::requestPage(int pageNumber)
{
    QuoteSearchQuery query = m_query;
    query.pageNumber = pageNumber;
    QuoteSearchJob *job = m_service->search(query, this);
    connect(job, &ApiJob::finished, this, &QuotesSearchCommand::onPageFinished);
}

void QuotesSearchCommand::onPageFinished(ApiJob *job)
{
    if (job->hasError()) {
        fail(job->error());
        return;
    }
    const QuoteSearchPage &page = static_cast<QuoteSearchJob *>(job)->page();
    PageCollector::add(m_result, page, &QuoteSearchPage::quotes, m_query.pageNumber);
    if (m_allPages && PageCollector::wantsNext(page, &QuoteSearchPage::quotes)) {
        requestPage(page.pageNumber + 1);
        return;
    }
    if (m_allPages)
        PageCollector::collapse(m_result, &QuoteSearchPage::quotes);
    writeResult();
    finish(ExitCode::Success);
}

void QuotesSearchCommand::writeResult()
{
    if (format() == OutputFormat::Json) {
        out() << QString::fromUtf8(
            QJsonDocument(m_result.toJson()).toJson(QJsonDocument::Indented));
    } else {
        const bool csv = format() == OutputFormat::Csv;
        TextTable table(
            csv ? QStringList{QStringLiteral("quoteNumber"), QStringLiteral("quoteName"),
                              QStringLiteral("vendor"), QStringLiteral("quoteStatus"),
                              QStringLiteral("endUserName"), QStringLiteral("endUserContact"),
                              QStringLiteral("specialBidNumber"), QStringLiteral("quoteTotal"),
                              QStringLiteral("currencyCode"), QStringLiteral("ingramQuoteDate"),
                              QStringLiteral("ingramQuoteExpiryDate")}
                : QStringList{tr("QUOTE"), tr("NAME"), tr("VENDOR"), tr("STATUS"), tr("END USER"),
                              tr("CONTACT"), tr("SPECIAL BID"), tr("TOTAL"), tr("CURRENCY"),
                              tr("CREATED"), tr("EXPIRES")});
        table.setAlignment(7, TextTable::Align::Right);
        for (const QuoteSummary &quote : std::as_const(m_result.quotes)) {
            table.addRow({quote.quoteNumber, quote.quoteName, quote.vendor, quote.status,
                          quote.endUserName, quote.endUserContact, quote.specialBidNumber,
                          QString::number(quote.quoteTotal, 'f', 2), quote.currencyCode,
                          csv ? quote.created.raw() : day(quote.created),
                          csv ? quote.expiry.raw() : day(quote.expiry)});
        }
        if (csv)
            table.writeCsv(out());
        else
            table.writeText(out());
    }
    out().flush();

    if (m_result.quotes.isEmpty()) {
        err() << tr("No quotes found.") << '\n';
    } else if (m_allPages) {
        err() << tr("%n quote(s) found.", nullptr, m_result.recordsFound) << '\n';
    } else {
        err() << tr("Page %1 of %2; %n quote(s) found.", nullptr, m_result.recordsFound)
                     .arg(m_result.pageNumber)
                     .arg(m_result.pageCount())
              << '\n';
        if (m_result.hasMorePages())
            err() << tr("Use --page %1 for the next page, or --all-pages.")
                         .arg(m_result.pageNumber + 1)
                  << '\n';
    }
    err().flush();
}
