#include "quoteorderhtml.h"

#include "displayformat.h"
#include "quotedetails.h"
#include "quotetoorderrequest.h"
#include "quotevalidation.h"

#include <QLocale>

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString paragraphs(const QString &text)
{
    return esc(text.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString row(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(esc(label), value);
}

QString table(const QString &rows)
{
    return rows.isEmpty() ? QString() : QStringLiteral("<table>%1</table>").arg(rows);
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(text));
}

QString textOrNone(const QString &text)
{
    return text.trimmed().isEmpty()
               ? QStringLiteral("<i>%1</i>")
                     .arg(esc(QCoreApplication::translate("QuoteOrderHtml", "None given.")))
               : QStringLiteral("<p>%1</p>").arg(paragraphs(text));
}
} // namespace

QString QuoteOrderHtml::address(const Address &address)
{
    QStringList lines;
    if (!address.contact.trimmed().isEmpty())
        lines.append(esc(address.contact.trimmed()));
    for (const QString &line : address.postalLines())
        lines.append(esc(line));
    if (!address.phoneNumber.trimmed().isEmpty())
        lines.append(esc(tr("Phone %1").arg(address.phoneNumber.trimmed())));
    if (!address.email.trimmed().isEmpty())
        lines.append(esc(address.email.trimmed()));
    return lines.join(QStringLiteral("<br>"));
}

QString QuoteOrderHtml::quoteDetails(const QuoteDetails &quote)
{
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(esc(quote.quoteName.isEmpty()
                                    ? tr("Quote %1").arg(quote.quoteNumber)
                                    : tr("Quote %1 — %2").arg(quote.quoteNumber, quote.quoteName)));
    QString rows;
    rows += row(tr("Vendor"), esc(quote.vendorName()));
    rows += row(tr("Status"), esc(quote.statusReason.isEmpty()
                                      ? quote.status
                                      : tr("%1 (%2)").arg(quote.status, quote.statusReason)));
    rows += row(tr("Expires"), esc(quote.expiry.isValid() && quote.expiry.date().year() > 1
                                       ? DisplayFormat::date(quote.expiry)
                                       : tr("No expiry date")));
    rows += row(tr("Created"), esc(DisplayFormat::date(quote.created)));
    rows += row(tr("Vendor quote"), esc(quote.vendorQuoteNumber));
    rows += row(tr("Special bid"), esc(quote.specialBidId));
    rows += row(tr("End user"), address(quote.endUserInfo));
    html += table(rows);

    html += heading(tr("Lines"));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                           "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                           "<th>%6</th></tr>")
                .arg(esc(tr("Line")), esc(tr("Part")), esc(tr("Description")), esc(tr("Quantity")),
                     esc(tr("Unit price")), esc(tr("Extended")));
    for (const QuoteLine &line : quote.lines) {
        const QString part = line.vendorPartNumber.isEmpty()
                                 ? line.ingramPartNumber
                                 : tr("%1 (%2)").arg(line.ingramPartNumber, line.vendorPartNumber);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td>"
                               "<td align=\"right\">%5</td><td align=\"right\">%6</td></tr>")
                    .arg(esc(line.lineNumber), esc(part), esc(line.description),
                         esc(DisplayFormat::quantity(line.quantity)),
                         esc(DisplayFormat::money(line.quotePrice, quote.currencyCode)),
                         esc(DisplayFormat::money(line.extendedQuotePrice, quote.currencyCode)));
    }
    html += QStringLiteral("</table>");

    QString totals;
    totals += row(tr("Quantity"), esc(DisplayFormat::quantity(quote.quantityTotal)));
    totals += row(tr("Quote total"),
                  esc(DisplayFormat::money(quote.extendedQuotePriceTotal, quote.currencyCode)));
    if (quote.taxTotal != 0.0)
        totals += row(tr("Tax"), esc(DisplayFormat::money(quote.taxTotal, quote.currencyCode)));
    if (quote.freightAmount != 0.0)
        totals +=
            row(tr("Freight"), esc(DisplayFormat::money(quote.freightAmount, quote.currencyCode)));
    if (!quote.totalQuoteAmount.isEmpty())
        totals += row(tr("Total amount"), esc(quote.totalQuoteAmount));
    html += heading(tr("Totals")) + table(totals);

    // The API requires these three whenever a quote's details are presented.
    html += heading(tr("Introduction")) + textOrNone(quote.introPreamble);
    html += heading(tr("Purchase instructions")) + textOrNone(quote.purchaseInstructions);
    html += heading(tr("Legal terms")) + textOrNone(quote.legalTerms);
    return html;
}

QString QuoteOrderHtml::review(const QuoteDetails &quote, const QuoteToOrderRequest &request,
                               const QuoteValidation *validation, const QString &endpoint)
{
    QString html =
        QStringLiteral("<h2>%1</h2>").arg(esc(tr("Order from quote %1").arg(request.quoteNumber)));
    QString rows;
    rows += row(tr("Sent to"), esc(endpoint));
    rows += row(tr("Vendor"), esc(quote.vendorName()));
    rows += row(tr("Customer PO"), esc(request.customerOrderNumber));
    rows += row(tr("End-customer PO"), esc(request.endCustomerOrderNumber));
    rows += row(tr("Bill-to address ID"), esc(request.billToAddressId));
    rows += row(tr("Notes"), paragraphs(request.notes));
    rows += row(tr("Ship to"), request.shipTo.isEmpty()
                                   ? esc(request.shipToAddressId.isEmpty()
                                             ? tr("The account's default address")
                                             : tr("Address ID %1").arg(request.shipToAddressId))
                                   : address(request.shipTo));
    rows += row(tr("End user"), address(request.endUserInfo));
    html += table(rows);

    const auto labelOf = [](const QList<VendorField> &fields, const QString &name) -> QString {
        for (const VendorField &field : fields) {
            if (field.name == name)
                return field.label();
        }
        return name;
    };
    if (!request.headerVendorFields.isEmpty()) {
        QString vendorRows;
        for (const AdditionalAttribute &field : request.headerVendorFields)
            vendorRows +=
                row(validation ? labelOf(validation->headerFields, field.name) : field.name,
                    esc(field.value));
        html += heading(tr("Vendor fields")) + table(vendorRows);
    }

    html += heading(tr("Lines (prices come from the quote)"));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                           "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(esc(tr("Line")), esc(tr("Part")), esc(tr("Quantity")), esc(tr("Unit price")),
                     esc(tr("Vendor fields")));
    for (const QuoteLine &line : quote.lines) {
        QStringList fields;
        for (const QuoteToOrderLine &ordered : request.lines) {
            if (ordered.customerLineNumber != line.lineNumber)
                continue;
            QList<VendorField> known;
            if (validation) {
                for (const QuoteValidationLine &validated : validation->lines) {
                    if (validated.customerLineNumber == line.lineNumber)
                        known = validated.fields;
                }
            }
            for (const AdditionalAttribute &field : ordered.vendorFields)
                fields.append(esc(tr("%1: %2").arg(labelOf(known, field.name), field.value)));
        }
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td>"
                               "<td align=\"right\">%4</td><td>%5</td></tr>")
                    .arg(esc(line.lineNumber), esc(line.ingramPartNumber),
                         esc(DisplayFormat::quantity(line.quantity)),
                         esc(DisplayFormat::money(line.quotePrice, quote.currencyCode)),
                         fields.join(QStringLiteral("<br>")));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Quote total: %1")
                             .arg(DisplayFormat::money(quote.extendedQuotePriceTotal,
                                                       quote.currencyCode))));
    html += heading(tr("Legal terms")) + textOrNone(quote.legalTerms);
    return html;
}
