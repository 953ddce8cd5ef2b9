#include "quotesshowcommand.h"

#include "clisession.h"
#include "quotejobs.h"
#include "quotesservice.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

namespace {
QString day(const ApiDate &date)
{
    return date.isValid() ? date.date().toString(Qt::ISODate) : date.raw();
}

QString number(double value)
{
    return QString::number(value, 'f', 2);
}
} // namespace

QuotesShowCommand::QuotesShowCommand(QObject *parent)
    : CliCommand(parent)
{}

QString QuotesShowCommand::description() const
{
    return tr("Shows one quote: status, vendor, end user, lines with prices and quantities, "
              "totals, and the quote's preamble, purchase instructions and legal terms.");
}

QList<QCommandLineOption> QuotesShowCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("raw"),
                               tr("With --format json: print the API's answer exactly as "
                                  "received."))};
}

QList<CliCommand::Argument> QuotesShowCommand::arguments() const
{
    return {
        {QStringLiteral("number"), tr("The quote number, e.g. QUO-10926-Y8G1B3."), tr("NUMBER")}};
}

QString QuotesShowCommand::helpNotes() const
{
    return tr("CSV lists one row per quote line. Whether the quote can be ordered goes to "
              "stderr.");
}

QString QuotesShowCommand::configure(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.isEmpty())
        return tr("Give the quote number: quotes show NUMBER.");
    if (arguments.size() > 1)
        return tr("Unexpected argument \"%1\"; quotes show takes one quote number.")
            .arg(arguments.at(1));
    m_quoteNumber = arguments.constFirst().trimmed();
    if (m_quoteNumber.size() > 35)
        return tr("A quote number has at most %n characters.", nullptr, 35);
    m_raw = parser.isSet(QStringLiteral("raw"));
    return {};
}

QString QuotesShowCommand::plainText(const QString &text)
{
    QString plain = text;
    plain.replace(QStringLiteral("#####"), QStringLiteral("\n\n"));
    static const QRegularExpression lineBreak(QStringLiteral("<br\\s*/?>"),
                                              QRegularExpression::CaseInsensitiveOption);
    plain.replace(lineBreak, QStringLiteral("\n"));
    static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z][^>]*>"));
    plain.remove(tag);
    plain.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    static const QRegularExpression blankLines(QStringLiteral("\n{3,}"));
    plain.replace(blankLines, QStringLiteral("\n\n"));
    return plain.trimmed();
}

void QuotesShowCommand::start()
{
    if (m_raw && format() != OutputFormat::Json)
        err() << tr("Note: --raw applies to --format json only.") << '\n';
    auto *service = new QuotesService(session()->client(), this);
    QuoteDetailsJob *job = service->details(m_quoteNumber, this);
    connect(job, &ApiJob::finished, this, &QuotesShowCommand::onFinished);
}

void QuotesShowCommand::onFinished(ApiJob *job)
{
    if (job->hasError()) {
        fail(job->error());
        return;
    }
    const auto *details = static_cast<QuoteDetailsJob *>(job);
    switch (format()) {
    case OutputFormat::Json:
        out() << QString::fromUtf8(QJsonDocument(details->raw()).toJson(QJsonDocument::Indented));
        break;
    case OutputFormat::Csv:
        writeCsv(details->details());
        break;
    case OutputFormat::Table:
        writeText(details->details());
        break;
    }
    out().flush();
    const QString refusal = details->details().orderRefusal();
    err() << (refusal.isEmpty() ? tr("Quote %1 can be ordered.").arg(details->details().quoteNumber)
                                : refusal)
          << '\n';
    err().flush();
    finish(ExitCode::Success);
}

void QuotesShowCommand::writeText(const QuoteDetails &q)
{
    const auto amount = [&q](double value) -> QString {
        //: An amount and its ISO 4217 currency code, e.g. "1234.50 USD"
        return q.currencyCode.isEmpty() ? number(value)
                                        : tr("%1 %2").arg(number(value), q.currencyCode);
    };
    out() << tr("Quote %1").arg(q.quoteNumber) << '\n';
    TextTable fields;
    const auto add = [&fields](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            fields.addRow({label, value});
    };
    add(tr("Name:"), q.quoteName);
    add(tr("Status:"), q.status);
    add(tr("Revision:"), q.revision);
    add(tr("Type:"), q.quoteType);
    add(tr("Vendor:"), q.vendorName());
    add(tr("Vendor quote:"), q.vendorQuoteNumber);
    add(tr("Special bid:"), q.specialBidId);
    add(tr("Created:"), day(q.created));
    add(tr("Last modified:"), day(q.lastModified));
    add(tr("Expires:"), day(q.expiry));
    add(tr("Payment terms:"), q.paymentTermsName);
    add(tr("Customer need:"), q.customerNeed);
    add(tr("Proposed solution:"), q.proposedSolution);
    add(tr("Quoted total:"), amount(q.extendedQuotePriceTotal));
    add(tr("MSRP total:"), amount(q.extendedMsrpTotal));
    add(tr("Quantity total:"), QString::number(q.quantityTotal));
    for (const AdditionalAttribute &attribute : q.additionalAttributes)
        add(tr("%1:").arg(attribute.name), attribute.value);
    fields.writeText(out(), QStringLiteral("  "));

    if (!q.endUserInfo.isEmpty()) {
        out() << '\n' << tr("End user") << '\n';
        QStringList lines = q.endUserInfo.postalLines();
        if (!q.endUserInfo.email.isEmpty())
            lines.append(q.endUserInfo.email);
        if (!q.endUserInfo.phoneNumber.isEmpty())
            lines.append(q.endUserInfo.phoneNumber);
        for (const QString &line : std::as_const(lines))
            out() << "  " << line << '\n';
    }

    out() << '\n' << tr("Lines") << '\n';
    TextTable lines({tr("LINE"), tr("INGRAM PART"), tr("VENDOR PART"), tr("DESCRIPTION"), tr("QTY"),
                     tr("UNIT PRICE"), tr("MSRP"), tr("EXTENDED")});
    for (int column : {4, 5, 6, 7})
        lines.setAlignment(column, TextTable::Align::Right);
    for (const QuoteLine &line : q.lines)
        lines.addRow({line.lineNumber, line.ingramPartNumber, line.vendorPartNumber,
                      line.description, QString::number(line.quantity), number(line.quotePrice),
                      number(line.msrp), number(line.extendedQuotePrice)});
    lines.writeText(out(), QStringLiteral("  "));

    const QList<QPair<QString, QString>> texts = {
        {tr("Introduction"), q.introPreamble},
        {tr("Purchase instructions"), q.purchaseInstructions},
        {tr("Legal terms"), q.legalTerms}};
    for (const auto &text : texts) {
        const QString plain = plainText(text.second);
        if (plain.isEmpty())
            continue;
        out() << '\n' << text.first << '\n';
        for (const QString &line : plain.split(QLatin1Char('\n')))
            out() << (line.isEmpty() ? QString() : QString(QStringLiteral("  ") + line)) << '\n';
    }
}

void QuotesShowCommand::writeCsv(const QuoteDetails &q)
{
    TextTable table({QStringLiteral("quoteNumber"), QStringLiteral("quoteStatus"),
                     QStringLiteral("lineNumber"), QStringLiteral("ingramPartNumber"),
                     QStringLiteral("vendorPartNumber"), QStringLiteral("description"),
                     QStringLiteral("quantity"), QStringLiteral("quotePrice"),
                     QStringLiteral("msrp"), QStringLiteral("extendedQuotePrice"),
                     QStringLiteral("currencyCode")});
    for (const QuoteLine &line : q.lines)
        table.addRow({q.quoteNumber, q.status, line.lineNumber, line.ingramPartNumber,
                      line.vendorPartNumber, line.description, QString::number(line.quantity),
                      number(line.quotePrice), number(line.msrp), number(line.extendedQuotePrice),
                      q.currencyCode});
    table.writeCsv(out());
}
