// Renders one order's details for paper and PDF: header, addresses, lines, shipments, totals.
#pragma once

#include "orderdetails.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QPrinter;

class OrderPrinter
{
    Q_DECLARE_TR_FUNCTIONS(OrderPrinter)

public:
    explicit OrderPrinter(const OrderDetails &details);

    // The printable document as HTML; every value from the API is escaped.
    QString html() const;
    // Paints onto a printer or PDF writer. An order that slightly overflows a page is scaled to
    // fit one; a very long one continues on further pages rather than becoming unreadable.
    bool render(QPagedPaintDevice *device) const;
    bool print(QPrinter *printer) const;
    // Writes a PDF atomically: a failed export never leaves a half-written file behind.
    bool writePdf(const QString &fileName, QString *errorString = nullptr) const;

    // "Stock" or "Direct ship" for the API's one-letter order type; other codes as they are.
    static QString orderTypeText(const QString &code);
    // The order date with its time of day when the API sent one, in the user's locale.
    static QString orderDateText(const ApiDate &date);

private:
    QString headerHtml() const;
    QString addressesHtml() const;
    QString linesHtml() const;
    QString shipmentsHtml() const;
    QString chargesHtml() const;
    QString totalsHtml() const;

    OrderDetails m_details;
};
