#include "ordersshowcommand.h"

#include "clisession.h"
#include "orderdetailsprinter.h"
#include "orderjobs.h"
#include "ordersservice.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

OrdersShowCommand::OrdersShowCommand(QObject *parent)
    : CliCommand(parent)
{}

QString OrdersShowCommand::description() const
{
    return tr("Shows one order: header, addresses, lines, shipments with tracking and serial "
              "numbers.");
}

QList<QCommandLineOption> OrdersShowCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("order-date"),
                           tr("The order's date (YYYY-MM-DD), when the number alone is ambiguous."),
                           tr("date")),
        QCommandLineOption(QStringLiteral("vendor-number"), tr("Vendor number."), tr("number")),
        QCommandLineOption(
            QStringLiteral("simulate-status"),
            tr("Sandbox profiles only: answer as if the order had this status; "
               "one of %1.")
                .arg(OrderDetailsQuery::simulateStatusValues().join(QStringLiteral(", "))),
            tr("status")),
        QCommandLineOption(QStringLiteral("region-code"),
                           tr("Sandbox profiles only: the region to answer for."), tr("code")),
        QCommandLineOption(QStringLiteral("iml"),
                           tr("Sandbox profiles only: ask for the IML (Ingram Micro Latin "
                              "America) form of the order.")),
        QCommandLineOption(QStringLiteral("raw"),
                           tr("With --format json: print the API's answer exactly as received.")),
    };
}

QList<CliCommand::Argument> OrdersShowCommand::arguments() const
{
    return {{QStringLiteral("number"), tr("The Ingram Micro order number."), tr("NUMBER")}};
}

QString OrdersShowCommand::helpNotes() const
{
    return tr("Sandbox-only parameters are never sent to a production profile.\n"
              "CSV lists one row per order line, with its tracking and serial numbers.");
}

QString OrdersShowCommand::configure(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.isEmpty())
        return tr("Give the order number: orders show NUMBER.");
    if (arguments.size() > 1)
        return tr("Unexpected argument \"%1\"; orders show takes one order number.")
            .arg(arguments.at(1));

    OrderDetailsQuery query;
    query.orderNumber = arguments.constFirst();
    if (parser.isSet(QStringLiteral("order-date"))) {
        const QString value = parser.value(QStringLiteral("order-date")).trimmed();
        query.ingramOrderDate = QDate::fromString(value, Qt::ISODate);
        if (!query.ingramOrderDate.isValid())
            return tr("Invalid date \"%1\" for --order-date; use YYYY-MM-DD.").arg(value);
    }
    query.vendorNumber = parser.value(QStringLiteral("vendor-number"));
    query.simulateStatus = parser.value(QStringLiteral("simulate-status")).trimmed().toUpper();
    query.regionCode = parser.value(QStringLiteral("region-code"));
    if (parser.isSet(QStringLiteral("iml")))
        query.isIml = true;
    m_raw = parser.isSet(QStringLiteral("raw"));

    const QList<OrderDetailsQuery::Problem> problems = query.validate();
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const OrderDetailsQuery::Problem &problem : problems)
            lines.append(problem.message);
        return lines.join(QLatin1Char('\n'));
    }
    m_query = query;
    return {};
}

void OrdersShowCommand::start()
{
    const bool sandboxParameters =
        m_query.toQueryItems(OrderDetailsQuery::SandboxParameters::Include).size() !=
        m_query.toQueryItems(OrderDetailsQuery::SandboxParameters::Strip).size();
    if (sandboxParameters && !session()->profile().isSandbox()) {
        err() << tr("Note: --simulate-status, --region-code and --iml are left out: the profile "
                    "\"%1\" is not a sandbox.")
                     .arg(session()->profile().name)
              << '\n';
    }
    if (m_raw && format() != OutputFormat::Json)
        err() << tr("Note: --raw applies to --format json only.") << '\n';
    OrderDetailsJob *job = session()->orders()->details(m_query, this);
    connect(job, &ApiJob::finished, this, &OrdersShowCommand::onFinished);
}

void OrdersShowCommand::onFinished(ApiJob *job)
{
    if (job->hasError()) {
        fail(job->error());
        return;
    }
    const auto *details = static_cast<OrderDetailsJob *>(job);
    switch (format()) {
    case OutputFormat::Json: {
        const QJsonObject json = m_raw ? details->raw() : details->details().toJson();
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        break;
    }
    case OutputFormat::Csv:
        OrderDetailsPrinter(details->details()).writeCsv(out());
        break;
    case OutputFormat::Table:
        OrderDetailsPrinter(details->details()).writeText(out());
        break;
    }
    finish(ExitCode::Success);
}
