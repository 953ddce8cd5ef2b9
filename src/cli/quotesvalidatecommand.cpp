#include "quotesvalidatecommand.h"

#include "clisession.h"
#include "quotejobs.h"
#include "quotesservice.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

QuotesValidateCommand::QuotesValidateCommand(QObject *parent)
    : CliCommand(parent)
{}

QString QuotesValidateCommand::description() const
{
    return tr("Validates a quote for ordering and lists the fields its vendor requires, at "
              "header and at line level.");
}

QList<QCommandLineOption> QuotesValidateCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("raw"),
                               tr("With --format json: print the API's answer exactly as "
                                  "received."))};
}

QList<CliCommand::Argument> QuotesValidateCommand::arguments() const
{
    return {{QStringLiteral("number"), tr("The quote number, e.g. QUO-14551943-D2Y9L9."),
             tr("NUMBER")}};
}

QString QuotesValidateCommand::helpNotes() const
{
    return tr("One row per field: LEVEL is \"header\" or the quote line number. An order from "
              "the quote must give every required field a value (vmfAdditionalAttributes, and "
              "vmfAdditionalAttributesLines per line). A quote that is expired or not ready to "
              "order is an API error.");
}

QString QuotesValidateCommand::configure(const QCommandLineParser &parser,
                                         const QStringList &arguments)
{
    if (arguments.isEmpty())
        return tr("Give the quote number: quotes validate NUMBER.");
    if (arguments.size() > 1)
        return tr("Unexpected argument \"%1\"; quotes validate takes one quote number.")
            .arg(arguments.at(1));
    m_quoteNumber = arguments.constFirst().trimmed();
    if (m_quoteNumber.size() > 35)
        return tr("A quote number has at most %n characters.", nullptr, 35);
    m_raw = parser.isSet(QStringLiteral("raw"));
    return {};
}

void QuotesValidateCommand::start()
{
    if (m_raw && format() != OutputFormat::Json)
        err() << tr("Note: --raw applies to --format json only.") << '\n';
    auto *service = new QuotesService(session()->client(), this);
    QuoteValidateJob *job = service->validate(m_quoteNumber, this);
    connect(job, &ApiJob::finished, this, &QuotesValidateCommand::onFinished);
}

void QuotesValidateCommand::onFinished(ApiJob *job)
{
    if (job->hasError()) {
        fail(job->error());
        return;
    }
    const auto *validate = static_cast<QuoteValidateJob *>(job);
    const QuoteValidation &answer = validate->validation();
    if (format() == OutputFormat::Json) {
        const QJsonObject json = m_raw ? validate->raw() : answer.toJson();
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        const bool csv = format() == OutputFormat::Csv;
        TextTable table(
            csv ? QStringList{QStringLiteral("level"), QStringLiteral("ingramPartNumber"),
                              QStringLiteral("attributeName"),
                              QStringLiteral("attributeDescription"), QStringLiteral("required"),
                              QStringLiteral("attributeValue"), QStringLiteral("allowedValues")}
                : QStringList{tr("LEVEL"), tr("PART"), tr("FIELD"), tr("DESCRIPTION"),
                              tr("REQUIRED"), tr("VALUE"), tr("ALLOWED VALUES")});
        const auto add = [&](const QString &level, const QString &part, const VendorField &field) {
            table.addRow({level, part, field.name, field.description,
                          csv ? (field.required ? QStringLiteral("true") : QStringLiteral("false"))
                              : (field.required ? tr("yes") : tr("no")),
                          field.value, field.allowedValues.join(QLatin1Char('|'))});
        };
        for (const VendorField &field : answer.headerFields)
            add(csv ? QStringLiteral("header") : tr("header"), QString(), field);
        for (const QuoteValidationLine &line : answer.lines) {
            for (const VendorField &field : line.fields)
                add(line.customerLineNumber, line.ingramPartNumber, field);
        }
        if (csv)
            table.writeCsv(out());
        else if (!table.isEmpty())
            table.writeText(out());
    }
    out().flush();
    const QString vendor = answer.vendorName.isEmpty() ? tr("the vendor") : answer.vendorName;
    if (answer.hasVendorFields())
        err() << tr("Quote %1 can be ordered; %2 requires %n field(s).", nullptr,
                    answer.requiredFieldCount())
                     .arg(answer.quoteNumber, vendor)
              << '\n';
    else
        err() << tr("Quote %1 can be ordered; %2 requires no additional fields.")
                     .arg(answer.quoteNumber, vendor)
              << '\n';
    err().flush();
    finish(ExitCode::Success);
}
