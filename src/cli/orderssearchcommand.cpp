#include "orderssearchcommand.h"

#include "pagecollector.h"

#include "clisession.h"
#include "orderjobs.h"
#include "ordersservice.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace {

struct DateOption
{
    const char *name;
    QDate OrderSearchQuery::*single;
    OrderSearchQuery::DateRange OrderSearchQuery::*range;
    bool from;
};

// Every date option, which query field it fills, and for ranges which end.
const DateOption dateOptions[] = {
    {"order-date", &OrderSearchQuery::ingramOrderDate, nullptr, false},
    {"order-date-from", nullptr, &OrderSearchQuery::ingramOrderDateRange, true},
    {"order-date-to", nullptr, &OrderSearchQuery::ingramOrderDateRange, false},
    {"invoice-date-from", nullptr, &OrderSearchQuery::invoiceDateRange, true},
    {"invoice-date-to", nullptr, &OrderSearchQuery::invoiceDateRange, false},
    {"ship-date-from", nullptr, &OrderSearchQuery::shipDateRange, true},
    {"ship-date-to", nullptr, &OrderSearchQuery::shipDateRange, false},
    {"delivery-date-from", nullptr, &OrderSearchQuery::deliveryDateRange, true},
    {"delivery-date-to", nullptr, &OrderSearchQuery::deliveryDateRange, false},
};

struct TextOption
{
    const char *name;
    QString OrderSearchQuery::*field;
};

const TextOption textOptions[] = {
    {"order-number", &OrderSearchQuery::ingramOrderNumber},
    {"customer-po", &OrderSearchQuery::customerOrderNumber},
    {"end-customer-po", &OrderSearchQuery::endCustomerOrderNumber},
    {"ingram-part", &OrderSearchQuery::ingramPartNumber},
    {"vendor-part", &OrderSearchQuery::vendorPartNumber},
    {"serial", &OrderSearchQuery::serialNumber},
    {"tracking", &OrderSearchQuery::trackingNumber},
    {"vendor", &OrderSearchQuery::vendorName},
    {"special-bid", &OrderSearchQuery::specialBidNumber},
};

// The API's parameter names in validation problems, as the options that set them.
QString optionForField(const QString &field)
{
    static const QList<QPair<QString, QString>> names = {
        {QStringLiteral("ingramOrderNumber"), QStringLiteral("--order-number")},
        {QStringLiteral("orderStatus"), QStringLiteral("--status")},
        {QStringLiteral("ingramOrderDate"), QStringLiteral("--order-date")},
        {QStringLiteral("ingramOrderDate-bt"), QStringLiteral("--order-date-from/--order-date-to")},
        {QStringLiteral("customerOrderNumber"), QStringLiteral("--customer-po")},
        {QStringLiteral("endCustomerOrderNumber"), QStringLiteral("--end-customer-po")},
        {QStringLiteral("invoiceDate_bt"), QStringLiteral("--invoice-date-from/--invoice-date-to")},
        {QStringLiteral("shipDate_bt"), QStringLiteral("--ship-date-from/--ship-date-to")},
        {QStringLiteral("deliveryDate_bt"),
         QStringLiteral("--delivery-date-from/--delivery-date-to")},
        {QStringLiteral("ingramPartNumber"), QStringLiteral("--ingram-part")},
        {QStringLiteral("vendorPartNumber"), QStringLiteral("--vendor-part")},
        {QStringLiteral("serialNumber"), QStringLiteral("--serial")},
        {QStringLiteral("trackingNumber"), QStringLiteral("--tracking")},
        {QStringLiteral("vendorName"), QStringLiteral("--vendor")},
        {QStringLiteral("specialBidNumber"), QStringLiteral("--special-bid")},
        {QStringLiteral("pageSize"), QStringLiteral("--page-size")},
        {QStringLiteral("pageNumber"), QStringLiteral("--page")},
    };
    for (const auto &name : names) {
        if (name.first == field)
            return name.second;
    }
    return field;
}

QString money(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

OrdersSearchCommand::OrdersSearchCommand(QObject *parent)
    : CliCommand(parent)
{}

QString OrdersSearchCommand::description() const
{
    return tr("Searches orders. Filters combine: an order must match all of them.");
}

QList<QCommandLineOption> OrdersSearchCommand::options() const
{
    const auto option = [](const char *name, const QString &description,
                           const QString &valueName = {}) {
        return QCommandLineOption(QLatin1String(name), description, valueName);
    };
    const QString date = tr("date");
    const QString text = tr("text");
    return {
        option("order-number", tr("Ingram Micro order number."), tr("number")),
        option("status",
               tr("Order status; repeat for several (any of them matches). One of %1.")
                   .arg(OrderSearchQuery::orderStatusValues().join(QStringLiteral(", "))),
               tr("status")),
        option("customer-po", tr("Customer order (PO) number."), text),
        option("end-customer-po", tr("End customer order number."), text),
        option("order-date", tr("Ordered on this day (YYYY-MM-DD)."), date),
        option("order-date-from", tr("Ordered on or after this day; needs --order-date-to."), date),
        option("order-date-to", tr("Ordered on or before this day; needs --order-date-from."),
               date),
        option("invoice-date-from", tr("Invoiced on or after this day; needs --invoice-date-to."),
               date),
        option("invoice-date-to", tr("Invoiced on or before this day."), date),
        option("ship-date-from", tr("Shipped on or after this day; needs --ship-date-to."), date),
        option("ship-date-to", tr("Shipped on or before this day."), date),
        option("delivery-date-from",
               tr("Delivered on or after this day; needs --delivery-date-to."), date),
        option("delivery-date-to", tr("Delivered on or before this day."), date),
        option("ingram-part", tr("Ingram Micro part number (SKU)."), text),
        option("vendor-part", tr("Vendor part number."), text),
        option("serial", tr("Serial number of a shipped unit."), text),
        option("tracking", tr("Tracking number of a package."), text),
        option("vendor", tr("Vendor name."), text),
        option("special-bid", tr("Special bid number."), text),
        option("page-size",
               tr("Orders per page, 1 to %1 (default %2; %1 with --all-pages).")
                   .arg(OrderSearchQuery::MaxPageSize)
                   .arg(OrderSearchQuery::DefaultPageSize),
               tr("count")),
        option("page", tr("Page number, from 1 (default 1)."), tr("number")),
        option("all-pages", tr("Fetches every page from --page on and prints them as one.")),
    };
}

QString OrdersSearchCommand::helpNotes() const
{
    return tr("Dates are YYYY-MM-DD; a date range needs both its -from and its -to option.\n"
              "Table and CSV list one order per row; JSON is the API's search page. "
              "The paging summary goes to stderr, so stdout holds only the result.\n"
              "A search that finds nothing prints an empty result and exits 0.");
}

QString OrdersSearchCommand::configure(const QCommandLineParser &parser,
                                       const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return tr("Unexpected argument \"%1\"; filters are options, e.g. --customer-po %1.")
            .arg(arguments.constFirst());

    OrderSearchQuery query;
    for (const TextOption &option : textOptions) {
        const QString name = QLatin1String(option.name);
        if (parser.isSet(name))
            query.*option.field = parser.value(name);
    }
    for (const DateOption &option : dateOptions) {
        const QString name = QLatin1String(option.name);
        if (!parser.isSet(name))
            continue;
        const QString value = parser.value(name).trimmed();
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid())
            return tr("Invalid date \"%1\" for --%2; use YYYY-MM-DD.").arg(value, name);
        if (option.single)
            query.*option.single = date;
        else if (option.from)
            (query.*option.range).from = date;
        else
            (query.*option.range).to = date;
    }

    const QStringList allowed = OrderSearchQuery::orderStatusValues();
    const QStringList statuses = parser.values(QStringLiteral("status"));
    for (const QString &value : statuses) {
        // "SHIPPED,BACKORDERED" reads naturally in scripts, too.
        const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const QString status = part.trimmed();
            const OrderStatus::Kind kind = OrderStatus::normalise(status);
            if (!allowed.contains(status.toUpper()) &&
                !OrderStatus::searchableKinds().contains(kind)) {
                return tr("Unknown order status \"%1\" for --status; use one of %2.")
                    .arg(status, QLocale().createSeparatedList(allowed));
            }
            query.orderStatusIn.append(status);
        }
    }

    m_allPages = parser.isSet(QStringLiteral("all-pages"));
    if (m_allPages)
        query.pageSize = OrderSearchQuery::MaxPageSize;
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

    const QList<OrderSearchQuery::Problem> problems = query.validate();
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const OrderSearchQuery::Problem &problem : problems)
            lines.append(tr("%1: %2").arg(optionForField(problem.field), problem.message));
        return lines.join(QLatin1Char('\n'));
    }
    m_query = query;
    return {};
}

void OrdersSearchCommand::start()
{
    m_result = OrderSearchPage();
    requestPage(m_query.pageNumber);
}

void OrdersSearchCommand::requestPage(int pageNumber)
{
    OrderSearchQuery query = m_query;
    query.pageNumber = pageNumber;
    OrderSearchJob *job = session()->orders()->search(query, this);
    connect(job, &ApiJob::finished, this, &OrdersSearchCommand::onPageFinished);
}

void OrdersSearchCommand::onPageFinished(ApiJob *job)
{
    if (job->hasError()) {
        fail(job->error());
        return;
    }
    const OrderSearchPage &page = static_cast<OrderSearchJob *>(job)->page();
    PageCollector::add(m_result, page, &OrderSearchPage::orders, m_query.pageNumber);
    if (m_allPages && PageCollector::wantsNext(page, &OrderSearchPage::orders)) {
        requestPage(page.pageNumber + 1);
        return;
    }
    if (m_allPages)
        PageCollector::collapse(m_result, &OrderSearchPage::orders);
    writeResult();
    finish(ExitCode::Success);
}

void OrdersSearchCommand::writeResult()
{
    if (format() == OutputFormat::Json) {
        out() << QString::fromUtf8(
            QJsonDocument(m_result.toJson()).toJson(QJsonDocument::Indented));
    } else {
        const bool csv = format() == OutputFormat::Csv;
        // CSV headers are the API's field names: stable for scripts, whatever the language.
        TextTable table(csv ? QStringList{QStringLiteral("ingramOrderNumber"),
                                          QStringLiteral("ingramOrderDate"),
                                          QStringLiteral("customerOrderNumber"),
                                          QStringLiteral("vendorSalesOrderNumber"),
                                          QStringLiteral("vendorName"),
                                          QStringLiteral("endUserCompanyName"),
                                          QStringLiteral("orderStatus"),
                                          QStringLiteral("orderTotal"), QStringLiteral("subOrders")}
                            : QStringList{tr("ORDER"), tr("DATE"), tr("CUSTOMER PO"),
                                          tr("VENDOR SO"), tr("VENDOR"), tr("END USER"),
                                          tr("STATUS"), tr("TOTAL"), tr("SUB-ORDERS")});
        table.setAlignment(7, TextTable::Align::Right);
        for (const OrderSummary &order : std::as_const(m_result.orders)) {
            QStringList subOrders;
            for (const SubOrderSummary &sub : order.numberedSubOrders())
                subOrders.append(sub.subOrderNumber);
            const QString date = order.ingramOrderDate.isValid()
                                     ? order.ingramOrderDate.date().toString(Qt::ISODate)
                                     : order.ingramOrderDate.raw();
            table.addRow({order.ingramOrderNumber, csv ? order.ingramOrderDate.raw() : date,
                          order.customerOrderNumber, order.vendorSalesOrderNumber, order.vendorName,
                          order.endUserCompanyName,
                          csv ? order.orderStatus.raw() : order.orderStatus.displayText(),
                          money(order.orderTotal), subOrders.join(QLatin1Char(' '))});
        }
        if (csv)
            table.writeCsv(out());
        else
            table.writeText(out());
    }
    out().flush();

    if (m_result.orders.isEmpty()) {
        err() << m_query.summary() << '\n';
    } else if (m_allPages) {
        err() << tr("%n order(s) found.", nullptr, m_result.recordsFound) << '\n';
    } else {
        err() << tr("Page %1 of %2; %n order(s) found.", nullptr, m_result.recordsFound)
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
