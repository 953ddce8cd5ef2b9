// Rich text of the quote-to-order wizard: a quote's details (with the texts the API says must
// be shown with them) and the review of the order that will be sent.
#pragma once

#include "ordercreaterequest.h"

#include <QCoreApplication>
#include <QString>

struct Address;
struct QuoteDetails;
struct QuoteValidation;
class QuoteToOrderRequest;

class QuoteOrderHtml
{
    Q_DECLARE_TR_FUNCTIONS(QuoteOrderHtml)

public:
    // Vendor, end user, status, expiry, lines with prices and quantities, totals, and the intro
    // preamble, purchase instructions and legal terms.
    static QString quoteDetails(const QuoteDetails &quote);
    // Everything the order will carry, by section; endpoint names where it goes.
    static QString review(const QuoteDetails &quote, const QuoteToOrderRequest &request,
                          const QuoteValidation *validation, const QString &endpoint);
    static QString address(const Address &address);
};
