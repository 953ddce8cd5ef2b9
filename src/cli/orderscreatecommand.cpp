#include "orderscreatecommand.h"

#include "clisession.h"
#include "ordercreaterequestreader.h"
#include "orderwritejobs.h"
#include "orderwriteservice.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace {
const QString ApiOption = QStringLiteral("api");
const QString DryRunOption = QStringLiteral("dry-run");
// A create body is a few kilobytes; anything far larger is not an order.
constexpr qint64 MaxFileSize = 4 * 1024 * 1024;

QString money(double value)
{
    return QString::number(value, 'f', 2);
}
} // namespace

OrdersCreateCommand::OrdersCreateCommand(QObject *parent)
    : CliCommand(parent)
{}

QString OrdersCreateCommand::description() const
{
    return tr("Places an order. FILE holds the order as the Reseller API's create request body "
              "(POST /resellers/v6/orders or /resellers/v7/orders); \"-\" reads it from "
              "standard input.");
}

QList<QCommandLineOption> OrdersCreateCommand::options() const
{
    return {
        QCommandLineOption(ApiOption,
                           tr("API version: v6 (default; answers with the order) or v7 "
                              "(answers with a confirmation, the order follows later)."),
                           tr("version"), QStringLiteral("v6")),
        QCommandLineOption(DryRunOption, tr("Check the order against the API's rules and print "
                                            "the body that would be sent; send nothing.")),
    };
}

QList<CliCommand::Argument> OrdersCreateCommand::arguments() const
{
    return {{QStringLiteral("file"), tr("The order as JSON in the API's request shape."),
             tr("FILE.json")}};
}

QString OrdersCreateCommand::helpNotes() const
{
    return tr("Fields are named as in the API's request body: customerOrderNumber, notes, "
              "shipToInfo, endUserInfo, shipmentDetails, additionalAttributes and lines "
              "(customerLineNumber, ingramPartNumber, quantity, unitPrice, ...). A field "
              "ResellerDesk cannot send is reported, never dropped.\n"
              "An order whose answer is lost (timeout, dropped connection) may have been "
              "placed: it is never sent again; the command exits with %1 and says how to "
              "search for its customer PO.")
        .arg(static_cast<int>(ExitCode::Unconfirmed));
}

QString OrdersCreateCommand::configure(const QCommandLineParser &parser,
                                       const QStringList &arguments)
{
    if (arguments.isEmpty())
        return tr("Give the order file: orders create FILE.json.");
    if (arguments.size() > 1)
        return tr("Unexpected argument \"%1\"; orders create takes one file.").arg(arguments.at(1));
    const QString api = parser.value(ApiOption).trimmed().toLower();
    if (api == QLatin1String("v6") || api == QLatin1String("6"))
        m_version = OrderApiVersion::V6;
    else if (api == QLatin1String("v7") || api == QLatin1String("7"))
        m_version = OrderApiVersion::V7;
    else
        return tr("Unknown API version \"%1\" for --api; use v6 or v7.")
            .arg(parser.value(ApiOption));
    m_dryRun = parser.isSet(DryRunOption);

    m_fileName = arguments.constFirst();
    QFile file;
    const bool standardInput = m_fileName == QLatin1String("-");
    if (standardInput ? !file.open(stdin, QIODevice::ReadOnly)
                      : (file.setFileName(m_fileName), !file.open(QIODevice::ReadOnly))) {
        return tr("Cannot read the order file \"%1\": %2").arg(m_fileName, file.errorString());
    }
    const QByteArray json = file.read(MaxFileSize + 1);
    if (json.size() > MaxFileSize)
        return tr("The order file \"%1\" is larger than %2; it cannot be an order.")
            .arg(m_fileName, QLocale().formattedDataSize(MaxFileSize));

    QList<OrderCreateRequest::Problem> problems;
    m_request = OrderCreateRequestReader::read(json, m_version, &problems);
    if (problems.isEmpty())
        problems = m_request.validate(m_version);
    if (problems.isEmpty())
        return {};
    QStringList lines{tr("The order in \"%1\" cannot be sent:").arg(m_fileName)};
    for (const OrderCreateRequest::Problem &problem : std::as_const(problems)) {
        lines.append(problem.field.isEmpty()
                         ? QStringLiteral("  ") + problem.message
                         : QStringLiteral("  ") + tr("%1: %2").arg(problem.field, problem.message));
    }
    return lines.join(QLatin1Char('\n'));
}

void OrdersCreateCommand::start()
{
    if (m_dryRun) {
        printDryRun();
        finish(ExitCode::Success);
        return;
    }
    OrderWriteService *writer = session()->writer();
    if (m_version == OrderApiVersion::V6) {
        OrderCreateJob *job = writer->createV6(m_request, this);
        connect(job, &ApiJob::finished, this, &OrdersCreateCommand::onCreated);
    } else {
        OrderConfirmJob *job = writer->createV7(m_request, this);
        connect(job, &ApiJob::finished, this, &OrdersCreateCommand::onConfirmed);
    }
}

void OrdersCreateCommand::printDryRun()
{
    const QJsonObject body = m_request.toJson(m_version);
    const QString version =
        m_version == OrderApiVersion::V6 ? QStringLiteral("v6") : QStringLiteral("v7");
    if (format() == OutputFormat::Json) {
        out() << QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented));
    } else {
        out() << tr("The order %1 is valid for API %2: %n line(s). Nothing was sent.", nullptr,
                    int(m_request.lines.size()))
                     .arg(m_request.customerOrderNumber, version)
              << '\n';
    }
}

void OrdersCreateCommand::failCreate(const ApiError &error)
{
    printError(err(), error);
    if (error.maybeProcessed) {
        err() << tr("The answer to this order was lost, so it may have been placed. It is "
                    "not sent again. Search for its customer PO before placing it again:")
              << '\n';
        QStringList command{QStringLiteral("resellerdesk-cli")};
        if (session() &&
            session()->profile().environment != ConnectionProfile::Environment::OfflineSandbox)
            command << QStringLiteral("--profile")
                    << QStringLiteral("\"%1\"").arg(session()->profile().name);
        command << QStringLiteral("orders") << QStringLiteral("search")
                << QStringLiteral("--customer-po")
                << QStringLiteral("\"%1\"").arg(m_request.customerOrderNumber);
        err() << "  " << command.join(QLatin1Char(' ')) << '\n';
    }
    finish(exitCodeFor(error));
}

void OrdersCreateCommand::onCreated(ApiJob *job)
{
    if (job->hasError()) {
        failCreate(job->error());
        return;
    }
    const auto *create = static_cast<OrderCreateJob *>(job);
    const OrderCreateResult &result = create->result();

    TextTable lines({tr("ORDER"), tr("LINE"), tr("PART"), tr("QTY"), tr("CONFIRMED"),
                     tr("BACKORDERED"), tr("STATUS"), tr("UNIT PRICE"), tr("REJECT CODE"),
                     tr("REASON")});
    for (const OrderCreatedOrder &order : result.orders) {
        for (const OrderCreatedLine &line : order.lines) {
            lines.addRow({order.ingramOrderNumber, line.customerLineNumber, line.ingramPartNumber,
                          QString::number(line.quantityOrdered),
                          QString::number(line.quantityConfirmed),
                          QString::number(line.quantityBackOrdered), line.lineStatus,
                          money(line.unitPrice), QString(), QString()});
        }
        for (const OrderRejectedLine &line : order.rejectedLineItems) {
            lines.addRow({order.ingramOrderNumber, line.customerLineNumber, line.ingramPartNumber,
                          QString::number(line.quantityOrdered), QStringLiteral("0"),
                          QStringLiteral("0"), tr("rejected"), QString(), line.rejectCode,
                          line.rejectReason});
        }
    }
    for (int column : {3, 4, 5, 7})
        lines.setAlignment(column, TextTable::Align::Right);

    switch (format()) {
    case OutputFormat::Json:
        out() << QString::fromUtf8(QJsonDocument(create->raw()).toJson(QJsonDocument::Indented));
        break;
    case OutputFormat::Csv:
        lines.writeCsv(out());
        break;
    case OutputFormat::Table:
        for (const OrderCreatedOrder &order : result.orders) {
            out() << tr("Order %1: total %2 %3 (freight %4, tax %5)")
                         .arg(order.ingramOrderNumber, money(order.orderTotal), order.currencyCode,
                              money(order.freightCharges), money(order.totalTax))
                  << '\n';
        }
        out() << '\n';
        lines.writeText(out());
        break;
    }

    const int rejected = int(result.rejectedLines().size());
    const int ordered = int(result.createdLines().size());
    if (result.isPartial()) {
        err() << tr("Partly ordered: %n line(s) ordered,", nullptr, ordered) << ' '
              << tr("%n line(s) rejected (see REJECT CODE and REASON).", nullptr, rejected) << '\n';
    } else {
        err() << tr("Ordered with customer PO %1: %2.")
                     .arg(m_request.customerOrderNumber,
                          QLocale().createSeparatedList(result.orderNumbers()))
              << '\n';
    }
    finish(ExitCode::Success);
}

void OrdersCreateCommand::onConfirmed(ApiJob *job)
{
    if (job->hasError()) {
        failCreate(job->error());
        return;
    }
    const OrderConfirmation &confirmation = static_cast<OrderConfirmJob *>(job)->confirmation();
    switch (format()) {
    case OutputFormat::Json:
        out() << QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{QStringLiteral("confirmationNumber"), confirmation.confirmationNumber},
                            {QStringLiteral("message"), confirmation.message},
                            {QStringLiteral("customerOrderNumber"), m_request.customerOrderNumber}})
                .toJson(QJsonDocument::Indented));
        break;
    case OutputFormat::Csv: {
        TextTable table({tr("CONFIRMATION"), tr("CUSTOMER PO"), tr("MESSAGE")});
        table.addRow(
            {confirmation.confirmationNumber, m_request.customerOrderNumber, confirmation.message});
        table.writeCsv(out());
        break;
    }
    case OutputFormat::Table:
        out()
            << tr("Confirmation %1: %2").arg(confirmation.confirmationNumber, confirmation.message)
            << '\n';
        break;
    }
    err() << tr("API v7 places the order later. Search for customer PO %1 to find it.")
                 .arg(m_request.customerOrderNumber)
          << '\n';
    finish(ExitCode::Success);
}
