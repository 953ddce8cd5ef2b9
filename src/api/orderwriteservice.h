// Places and changes orders: create (v6, v7), modify, release and cancel orders on hold.
#pragma once

#include "ordercreaterequest.h"
#include "ordermodifyrequest.h"
#include "orderwritejobs.h"

#include <QObject>

class ApiClient;

class OrderWriteService : public QObject
{
    Q_OBJECT

public:
    explicit OrderWriteService(ApiClient *client, QObject *parent = nullptr);

    // Every returned job is already started and finishes exactly once. Invalid input finishes
    // it with an InvalidRequest error carrying fieldErrors, without sending anything. A create,
    // modify or release whose answer is lost ends with error().maybeProcessed and is never
    // sent again automatically: find out first (search the customer PO) what happened.
    OrderCreateJob *createV6(const OrderCreateRequest &request, QObject *parent = nullptr);
    OrderConfirmJob *createV7(const OrderCreateRequest &request, QObject *parent = nullptr);
    OrderModifyJob *modify(const QString &orderNumber, const OrderModifyRequest &request,
                           QObject *parent = nullptr);
    OrderActionJob *release(const QString &orderNumber, QObject *parent = nullptr);
    OrderActionJob *cancel(const QString &orderNumber, QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }
    // "Now" for the maintenance window check of v6 creates; tests fix it.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    static constexpr const char *CreateV6Path = "/resellers/v6/orders";
    static constexpr const char *CreateV7Path = "/resellers/v7/orders";
    static constexpr const char *OrderEndpoint = "/resellers/v6/orders/{orderNumber}";

private:
    ApiClient *m_client;
    std::function<QDateTime()> m_now;
};
