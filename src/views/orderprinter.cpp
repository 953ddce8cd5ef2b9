#include "orderprinter.h"

#include "displayformat.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontDatabase>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A label/value row of a key table; empty values are left out to keep the page short.
QString keyRow(const QString &key, const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral("<tr><td class=\"key\">%1</td><td>%2</td></tr>")
        .arg(esc(key), esc(value));
}

// Numbers, dates and codes never wrap: a price broken over two lines is easily misread.
QString cell(const QString &text, bool right = false)
{
    return right ? QStringLiteral("<td align=\"right\" nowrap>%1</td>").arg(esc(text))
                 : QStringLiteral("<td nowrap>%1</td>").arg(esc(text));
}

// Free text that may wrap, such as descriptions and lists of serial numbers.
QString textCell(const QString &text)
{
    return QStringLiteral("<td>%1</td>").arg(esc(text));
}

// Several short values stacked in one cell, each kept whole.
QString stackCell(const QStringList &values)
{
    QStringList escaped;
    for (const QString &value : values) {
        if (!value.isEmpty())
            escaped.append(esc(value));
    }
    return QStringLiteral("<td nowrap>%1</td>").arg(escaped.join(QLatin1String("<br/>")));
}

QString headCell(const QString &text, bool right = false)
{
    return right ? QStringLiteral("<th align=\"right\" nowrap>%1</th>").arg(esc(text))
                 : QStringLiteral("<th align=\"left\" nowrap>%1</th>").arg(esc(text));
}

QList<OrderLine> byLineNumber(QList<OrderLine> lines)
{
    std::stable_sort(lines.begin(), lines.end(), [](const OrderLine &a, const OrderLine &b) {
        return a.ingramOrderLineNumber < b.ingramOrderLineNumber;
    });
    return lines;
}

const char TableOpen[] =
    "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" class=\"grid\">";
} // namespace

OrderPrinter::OrderPrinter(const OrderDetails &details)
    : m_details(details)
{}

QString OrderPrinter::orderTypeText(const QString &code)
{
    const QString upper = code.trimmed().toUpper();
    if (upper == QLatin1String("S"))
        return tr("Stock");
    if (upper == QLatin1String("D"))
        return tr("Direct ship");
    return code;
}

QString OrderPrinter::orderDateText(const ApiDate &date)
{
    if (date.isValid() && date.hasTime())
        return QLocale().toString(date.dateTime().toLocalTime(), QLocale::ShortFormat);
    return DisplayFormat::date(date);
}

QString OrderPrinter::headerHtml() const
{
    const OrderDetails &d = m_details;
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Order %1").arg(d.ingramOrderNumber)));
    QString left;
    left += keyRow(tr("Customer PO"), d.customerOrderNumber);
    left += keyRow(tr("End-customer PO"), d.endCustomerOrderNumber);
    left += keyRow(tr("Order date"), orderDateText(d.ingramOrderDate));
    left += keyRow(tr("Status"), d.orderStatus.displayText());
    left += keyRow(tr("Order type"), orderTypeText(d.orderType));
    QString right;
    right += keyRow(tr("Payment terms"), d.paymentTerms);
    right += keyRow(tr("Ingram PO"), d.ingramPurchaseOrderNumber);
    right += keyRow(tr("Vendor sales order"), d.vendorSalesOrderNumber);
    right += keyRow(tr("Web order ID"), d.webOrderId);
    right += keyRow(tr("Sub-orders"), d.subOrderNumbers().join(QLatin1String(", ")));
    html +=
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                       "<td width=\"50%\" valign=\"top\"><table cellpadding=\"1\">%1</table></td>"
                       "<td width=\"50%\" valign=\"top\"><table cellpadding=\"1\">%2</table></td>"
                       "</tr></table>")
            .arg(left, right);
    return html;
}

QString OrderPrinter::addressesHtml() const
{
    auto block = [](const Address &address) {
        if (address.isEmpty())
            return QStringLiteral("<td width=\"33%\" valign=\"top\">&#8212;</td>");
        QStringList lines = address.postalLines();
        if (!address.phoneNumber.trimmed().isEmpty())
            lines.append(tr("Phone: %1").arg(address.phoneNumber.trimmed()));
        if (!address.email.trimmed().isEmpty())
            lines.append(tr("Email: %1").arg(address.email.trimmed()));
        for (QString &line : lines)
            line = esc(line);
        return QStringLiteral("<td width=\"33%\" valign=\"top\">%1</td>")
            .arg(lines.join(QLatin1String("<br/>")));
    };
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                          "class=\"addresses\"><tr>%1%2%3</tr><tr>%4%5%6</tr></table>")
        .arg(headCell(tr("Bill to")), headCell(tr("Ship to")), headCell(tr("End user")),
             block(m_details.billToInfo), block(m_details.shipToInfo),
             block(m_details.endUserInfo));
}

QString OrderPrinter::linesHtml() const
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Lines")));
    html += QLatin1String(TableOpen);
    html += QStringLiteral("<tr>") + headCell(tr("Line")) + headCell(tr("Part")) +
            QStringLiteral("<th align=\"left\">%1</th>").arg(esc(tr("Description"))) +
            headCell(tr("Ordered"), true) + headCell(tr("Confirmed"), true) +
            headCell(tr("B/O", "backordered quantity, short column title"), true) +
            headCell(tr("Unit price"), true) + headCell(tr("Extended"), true) +
            headCell(tr("Status and dates")) + QStringLiteral("</tr>");
    for (const OrderLine &line : byLineNumber(m_details.lines)) {
        const QString currency =
            line.currencyCode.isEmpty() ? m_details.currencyCode : line.currencyCode;
        QStringList status{line.lineStatus.displayText()};
        if (!line.promisedDeliveryDate.isEmpty())
            status.append(tr("Promised %1").arg(DisplayFormat::date(line.promisedDeliveryDate)));
        if (!line.backOrderEtaDate.isEmpty())
            status.append(tr("B/O ETA %1").arg(DisplayFormat::date(line.backOrderEtaDate)));
        html += QStringLiteral("<tr>") + cell(line.ingramOrderLineNumber) +
                stackCell({line.ingramPartNumber, line.vendorPartNumber}) +
                textCell(line.partDescription) +
                cell(DisplayFormat::quantity(line.quantityOrdered), true) +
                cell(DisplayFormat::quantity(line.quantityConfirmed), true) +
                cell(DisplayFormat::quantity(line.quantityBackOrdered), true) +
                cell(DisplayFormat::money(line.unitPrice, currency), true) +
                cell(DisplayFormat::money(line.extendedPrice, currency), true) + stackCell(status) +
                QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

QString OrderPrinter::shipmentsHtml() const
{
    QString rows;
    for (const OrderLine &line : byLineNumber(m_details.lines)) {
        for (const ShipmentDetail &shipment : line.shipmentDetails) {
            for (const CarrierDetail &carrier : shipment.carrierDetails) {
                const QString carrierText =
                    carrier.carrierName.isEmpty() ? carrier.carrierCode : carrier.carrierName;
                const ApiDate &shipped =
                    carrier.shippedDate.isEmpty() ? shipment.shippedDate : carrier.shippedDate;
                QStringList dates;
                if (!shipped.isEmpty())
                    dates.append(tr("Shipped %1").arg(DisplayFormat::date(shipped)));
                if (!carrier.deliveredDate.isEmpty())
                    dates.append(
                        tr("Delivered %1").arg(DisplayFormat::date(carrier.deliveredDate)));
                for (const TrackingDetail &package : carrier.trackingDetails) {
                    rows += QStringLiteral("<tr>") + cell(line.ingramOrderLineNumber) +
                            cell(shipment.deliveryNumber) + stackCell(dates) +
                            textCell(carrierText) + cell(package.trackingNumber) +
                            cell(package.cartonNumber, true) +
                            textCell(package.serialNumbers.join(QLatin1String(", "))) +
                            QStringLiteral("</tr>");
                }
            }
        }
    }
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<h3>%1</h3>").arg(esc(tr("Shipments and tracking"))) +
           QLatin1String(TableOpen) + QStringLiteral("<tr>") + headCell(tr("Line")) +
           headCell(tr("Delivery")) + headCell(tr("Dates")) + headCell(tr("Carrier")) +
           headCell(tr("Tracking number")) + headCell(tr("Carton"), true) +
           QStringLiteral("<th align=\"left\">%1</th>").arg(esc(tr("Serial numbers"))) +
           QStringLiteral("</tr>") + rows + QStringLiteral("</table>");
}

QString OrderPrinter::chargesHtml() const
{
    if (m_details.miscellaneousCharges.isEmpty())
        return {};
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Miscellaneous charges")));
    html += QLatin1String(TableOpen);
    html += QStringLiteral("<tr>") + headCell(tr("Sub-order")) + headCell(tr("Reference")) +
            headCell(tr("Charge")) + headCell(tr("Amount"), true) + QStringLiteral("</tr>");
    for (const MiscellaneousCharge &charge : m_details.miscellaneousCharges) {
        html += QStringLiteral("<tr>") + cell(charge.subOrderNumber) +
                cell(charge.chargeLineReference) + cell(charge.chargeDescription) +
                cell(DisplayFormat::money(charge.chargeAmount, m_details.currencyCode), true) +
                QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

QString OrderPrinter::totalsHtml() const
{
    const OrderDetails &d = m_details;
    auto row = [&](const QString &label, double amount, bool strong = false) {
        const QString value = esc(DisplayFormat::money(amount, d.currencyCode));
        return strong
                   ? QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr>")
                         .arg(esc(label), value)
                   : QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                         .arg(esc(label), value);
    };
    QString html = QStringLiteral("<table align=\"right\" cellspacing=\"0\" cellpadding=\"2\" "
                                  "class=\"totals\">");
    html += row(tr("Subtotal"), d.orderSubTotal);
    html += row(tr("Freight"), d.freightCharges);
    html += row(tr("Tax"), d.totalTax);
    html += row(tr("Fees"), d.totalFees);
    html += row(tr("Total"), d.orderTotal, true);
    html += QStringLiteral("</table>");
    return html;
}

QString OrderPrinter::html() const
{
    QString html = QStringLiteral(
        "<html><head><style>"
        "h2 { margin-bottom: 4px; } h3 { margin-top: 10px; margin-bottom: 3px; }"
        "td.key { color: #555555; padding-right: 8px; }"
        "table.grid { border-collapse: collapse; border-color: #999999; border-style: solid; }"
        "table.grid th { background-color: #e8e8e8; border: 1px solid #999999; }"
        "table.grid td { border: 1px solid #bbbbbb; }"
        "table.addresses th { background-color: #e8e8e8; }"
        "</style></head><body>");
    html += headerHtml();
    html += addressesHtml();
    html += linesHtml();
    html += shipmentsHtml();
    html += chargesHtml();
    html += QStringLiteral("<br/>") + totalsHtml();
    if (!m_details.notes.trimmed().isEmpty()) {
        html += QStringLiteral("<p style=\"clear: both\"><br/><b>%1</b> %2</p>")
                    .arg(esc(tr("Notes:")), esc(m_details.notes));
    }
    html += QStringLiteral("</body></html>");
    return html;
}

bool OrderPrinter::render(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    QTextDocument document;
    document.documentLayout()->setPaintDevice(device);
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSizeF(8);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(html());

    const qreal pageWidth = device->width();
    const qreal pageHeight = device->height();
    document.setTextWidth(pageWidth);
    const qreal height = document.size().height();
    if (height <= pageHeight * 1.4) {
        // A wider layout wraps less, so it is never taller than the height measured above.
        const qreal scale = height > pageHeight ? pageHeight / height : 1.0;
        document.setTextWidth(pageWidth / scale);
        painter.scale(scale, scale);
        document.drawContents(&painter);
        return painter.end();
    }
    document.setPageSize(QSizeF(pageWidth, pageHeight));
    for (int page = 0; page < document.pageCount(); ++page) {
        if (page > 0 && !device->newPage())
            return false;
        painter.save();
        painter.translate(0, -page * pageHeight);
        document.drawContents(&painter, QRectF(0, page * pageHeight, pageWidth, pageHeight));
        painter.restore();
    }
    return painter.end();
}

bool OrderPrinter::print(QPrinter *printer) const
{
    printer->setDocName(tr("Order %1").arg(m_details.ingramOrderNumber));
    return render(printer);
}

bool OrderPrinter::writePdf(const QString &fileName, QString *errorString) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorString)
            *errorString = file.errorString();
        return false;
    }
    bool rendered = false;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QLocale().measurementSystem() == QLocale::ImperialUSSystem
                                         ? QPageSize::Letter
                                         : QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("Order %1").arg(m_details.ingramOrderNumber));
        writer.setCreator(QCoreApplication::applicationName());
        rendered = render(&writer);
    }
    if (!rendered) {
        file.cancelWriting();
        if (errorString)
            *errorString = tr("The PDF could not be drawn.");
        return false;
    }
    if (!file.commit()) {
        if (errorString)
            *errorString = file.errorString();
        return false;
    }
    return true;
}
