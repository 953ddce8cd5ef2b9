// Writes one order's details for people (header, addresses, lines, shipments) or as CSV lines.
#pragma once

#include "orderdetails.h"

#include <QCoreApplication>

class QTextStream;

class OrderDetailsPrinter
{
    Q_DECLARE_TR_FUNCTIONS(OrderDetailsPrinter)

public:
    explicit OrderDetailsPrinter(const OrderDetails &details);

    // Sections separated by blank lines; every tracking number, its URL and the serial
    // numbers in each package are printed, since those are what support asks for.
    void writeText(QTextStream &out) const;
    // One record per order line, with the line's tracking and serial numbers.
    void writeCsv(QTextStream &out) const;

private:
    void writeHeader(QTextStream &out) const;
    void writeAddresses(QTextStream &out) const;
    void writeLines(QTextStream &out) const;
    void writeShipments(QTextStream &out) const;
    void writeCharges(QTextStream &out) const;
    QString amount(double value) const;

    const OrderDetails &m_details;
};
