#include "orderdetailsprinter.h"

#include "texttable.h"

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

OrderDetailsPrinter::OrderDetailsPrinter(const OrderDetails &details)
    : m_details(details)
{}

QString OrderDetailsPrinter::amount(double value) const
{
    if (m_details.currencyCode.isEmpty())
        return number(value);
    //: An amount and its ISO 4217 currency code, e.g. "1234.50 USD"
    return tr("%1 %2").arg(number(value), m_details.currencyCode);
}

void OrderDetailsPrinter::writeText(QTextStream &out) const
{
    writeHeader(out);
    writeAddresses(out);
    writeLines(out);
    writeShipments(out);
    writeCharges(out);
}

void OrderDetailsPrinter::writeHeader(QTextStream &out) const
{
    const OrderDetails &d = m_details;
    out << tr("Order %1").arg(d.ingramOrderNumber) << '\n';
    TextTable fields;
    const auto add = [&fields](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            fields.addRow({label, value});
    };
    add(tr("Status:"), d.orderStatus.displayText());
    add(tr("Order date:"), day(d.ingramOrderDate));
    add(tr("Order type:"), d.orderType == QLatin1String("D")   ? tr("direct ship (D)")
                           : d.orderType == QLatin1String("S") ? tr("stock (S)")
                                                               : d.orderType);
    add(tr("Customer PO:"), d.customerOrderNumber);
    add(tr("End customer PO:"), d.endCustomerOrderNumber);
    add(tr("Web order ID:"), d.webOrderId);
    add(tr("Vendor sales order:"), d.vendorSalesOrderNumber);
    add(tr("Ingram PO:"), d.ingramPurchaseOrderNumber);
    add(tr("Sub-orders:"), d.subOrderNumbers().join(QStringLiteral(", ")));
    add(tr("Subtotal:"), amount(d.orderSubTotal));
    add(tr("Freight:"), amount(d.freightCharges));
    add(tr("Tax:"), amount(d.totalTax));
    if (d.totalFees != 0.0)
        add(tr("Fees:"), amount(d.totalFees));
    add(tr("Total:"), amount(d.orderTotal));
    add(tr("Payment terms:"), d.paymentTerms);
    add(tr("Notes:"), d.notes);
    for (const AdditionalAttribute &attribute : d.additionalAttributes)
        add(tr("%1:").arg(attribute.name), attribute.value);
    fields.writeText(out, QStringLiteral("  "));
}

void OrderDetailsPrinter::writeAddresses(QTextStream &out) const
{
    const QList<QPair<QString, const Address *>> blocks = {
        {tr("Bill to"), &m_details.billToInfo},
        {tr("Ship to"), &m_details.shipToInfo},
        {tr("End user"), &m_details.endUserInfo},
    };
    for (const auto &block : blocks) {
        const Address &address = *block.second;
        if (address.isEmpty())
            continue;
        out << '\n' << block.first << '\n';
        for (const QString &line : address.postalLines())
            out << "  " << line << '\n';
        if (!address.phoneNumber.isEmpty())
            out << "  " << tr("Phone: %1").arg(address.phoneNumber) << '\n';
        if (!address.email.isEmpty())
            out << "  " << tr("Email: %1").arg(address.email) << '\n';
    }
}

void OrderDetailsPrinter::writeLines(QTextStream &out) const
{
    out << '\n' << tr("Lines") << '\n';
    if (m_details.lines.isEmpty()) {
        out << "  " << tr("none") << '\n';
        return;
    }
    TextTable table({tr("LINE"), tr("SUB-ORDER"), tr("STATUS"), tr("INGRAM PART"),
                     tr("VENDOR PART"), tr("DESCRIPTION"), tr("ORDERED"), tr("CONFIRMED"),
                     tr("BACKORDERED"), tr("SHIPPED"), tr("UNIT PRICE"), tr("EXTENDED")});
    for (int column = 6; column <= 11; ++column)
        table.setAlignment(column, TextTable::Align::Right);
    for (const OrderLine &line : m_details.lines) {
        table.addRow(
            {line.ingramOrderLineNumber, line.subOrderNumber, line.lineStatus.displayText(),
             line.ingramPartNumber, line.vendorPartNumber, line.partDescription,
             QString::number(line.quantityOrdered), QString::number(line.quantityConfirmed),
             QString::number(line.quantityBackOrdered), QString::number(line.quantityShipped()),
             number(line.unitPrice), number(line.extendedPrice)});
    }
    table.writeText(out, QStringLiteral("  "));
}

void OrderDetailsPrinter::writeShipments(QTextStream &out) const
{
    bool any = false;
    for (const OrderLine &line : m_details.lines) {
        for (const ShipmentDetail &shipment : line.shipmentDetails) {
            if (!any)
                out << '\n' << tr("Shipments") << '\n';
            any = true;
            out << "  "
                << tr("Line %1 (%2): %n unit(s)", nullptr, shipment.quantity)
                       .arg(line.ingramOrderLineNumber, line.ingramPartNumber);
            if (!shipment.deliveryNumber.isEmpty())
                out << ", " << tr("delivery %1").arg(shipment.deliveryNumber);
            if (!shipment.shipFromLocation.isEmpty())
                out << ", " << tr("from %1").arg(shipment.shipFromLocation);
            out << '\n';

            TextTable facts;
            const auto add = [&facts](const QString &label, const QString &value) {
                if (!value.trimmed().isEmpty())
                    facts.addRow({label, value});
            };
            add(tr("Estimated ship date:"), day(shipment.estimatedShipDate));
            add(tr("Shipped:"), day(shipment.shippedDate));
            add(tr("Estimated delivery:"), day(shipment.estimatedDeliveryDate));
            add(tr("Invoice:"),
                shipment.invoiceNumber.isEmpty()
                    ? QString()
                    : tr("%1 of %2").arg(shipment.invoiceNumber, day(shipment.invoiceDate)));
            facts.writeText(out, QStringLiteral("    "));

            for (const CarrierDetail &carrier : shipment.carrierDetails) {
                QString name = carrier.carrierName;
                if (!carrier.carrierCode.isEmpty())
                    name = tr("%1 (%2)").arg(name, carrier.carrierCode).trimmed();
                out << "    " << tr("Carrier: %1").arg(name);
                if (!carrier.deliveredDate.isEmpty())
                    out << ", " << tr("delivered %1").arg(day(carrier.deliveredDate));
                else if (!carrier.estimatedDeliveryDate.isEmpty())
                    out << ", "
                        << tr("delivery expected %1").arg(day(carrier.estimatedDeliveryDate));
                out << '\n';
                for (const TrackingDetail &tracking : carrier.trackingDetails) {
                    out << "      " << tr("Tracking: %1").arg(tracking.trackingNumber);
                    if (!tracking.trackingUrl.isEmpty())
                        out << "  " << tracking.trackingUrl;
                    out << '\n';
                    if (!tracking.serialNumbers.isEmpty()) {
                        out << "        "
                            << tr("Serial numbers: %1")
                                   .arg(tracking.serialNumbers.join(QStringLiteral(", ")))
                            << '\n';
                    }
                }
            }
        }
    }
}

void OrderDetailsPrinter::writeCharges(QTextStream &out) const
{
    if (m_details.miscellaneousCharges.isEmpty())
        return;
    out << '\n' << tr("Other charges") << '\n';
    TextTable table({tr("SUB-ORDER"), tr("DESCRIPTION"), tr("AMOUNT")});
    table.setAlignment(2, TextTable::Align::Right);
    for (const MiscellaneousCharge &charge : m_details.miscellaneousCharges)
        table.addRow(
            {charge.subOrderNumber, charge.chargeDescription, number(charge.chargeAmount)});
    table.writeText(out, QStringLiteral("  "));
}

void OrderDetailsPrinter::writeCsv(QTextStream &out) const
{
    TextTable table({QStringLiteral("ingramOrderNumber"), QStringLiteral("subOrderNumber"),
                     QStringLiteral("ingramOrderLineNumber"), QStringLiteral("lineStatus"),
                     QStringLiteral("ingramPartNumber"), QStringLiteral("vendorPartNumber"),
                     QStringLiteral("partDescription"), QStringLiteral("quantityOrdered"),
                     QStringLiteral("quantityConfirmed"), QStringLiteral("quantityBackOrdered"),
                     QStringLiteral("quantityShipped"), QStringLiteral("unitPrice"),
                     QStringLiteral("extendedPrice"), QStringLiteral("currencyCode"),
                     QStringLiteral("trackingNumbers"), QStringLiteral("serialNumbers")});
    for (const OrderLine &line : m_details.lines) {
        table.addRow({m_details.ingramOrderNumber, line.subOrderNumber, line.ingramOrderLineNumber,
                      line.lineStatus.raw(), line.ingramPartNumber, line.vendorPartNumber,
                      line.partDescription, QString::number(line.quantityOrdered),
                      QString::number(line.quantityConfirmed),
                      QString::number(line.quantityBackOrdered),
                      QString::number(line.quantityShipped()), number(line.unitPrice),
                      number(line.extendedPrice),
                      line.currencyCode.isEmpty() ? m_details.currencyCode : line.currencyCode,
                      line.trackingNumbers().join(QLatin1Char(' ')),
                      line.serialNumbers().join(QLatin1Char(' '))});
    }
    table.writeCsv(out);
}
