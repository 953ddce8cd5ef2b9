// Places orders from quotes: v6 quote to order (POST /resellers/v6/q2o/orders) or v7 create
// with a quoteNumber (POST /resellers/v7/orders). Both only confirm; the order appears later.
#pragma once

#include "ordercreaterequest.h"
#include "orderwritejobs.h"
#include "quotetoorderrequest.h"
#include "quotevalidation.h"

#include <QObject>

class ApiClient;

class QuoteOrderService : public QObject
{
    Q_OBJECT

public:
    explicit QuoteOrderService(ApiClient *client, QObject *parent = nullptr);

    // The returned job is already started and finishes exactly once, with the confirmation
    // (OrderConfirmJob::confirmation(): quoteNumber, confirmationNumber, message) or an error.
    // Invalid input, or a required vendor field of requirements without a value, finishes it
    // with an InvalidRequest error whose fieldErrors use QuoteToOrderRequest's field paths,
    // without sending anything. A create whose answer is lost ends with error().maybeProcessed
    // and is never sent again automatically: search the customer PO before trying again.
    OrderConfirmJob *createFromQuoteV6(const QuoteToOrderRequest &request,
                                       const QuoteValidation *requirements = nullptr,
                                       QObject *parent = nullptr);
    OrderConfirmJob *createFromQuoteV7(const QuoteToOrderRequest &request,
                                       const QuoteValidation *requirements = nullptr,
                                       QObject *parent = nullptr);
    OrderConfirmJob *createFromQuote(const QuoteToOrderRequest &request, OrderApiVersion version,
                                     const QuoteValidation *requirements = nullptr,
                                     QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }

    static constexpr const char *QuoteToOrderV6Path = "/resellers/v6/q2o/orders";
    static constexpr const char *CreateV7Path = "/resellers/v7/orders";

private:
    ApiClient *m_client;
};
