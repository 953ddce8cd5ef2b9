// The orders resource of the Reseller API: search and details (create, modify and cancel later).
#pragma once

#include "orderdetailsquery.h"
#include "orderjobs.h"
#include "ordersearchquery.h"
#include "sandboxtestingoptions.h"

#include <QObject>

class ApiClient;

class OrdersService : public QObject
{
    Q_OBJECT

public:
    explicit OrdersService(ApiClient *client, QObject *parent = nullptr);

    // The returned job is already started and finishes exactly once. Invalid input finishes it
    // with an InvalidRequest error without sending anything.
    OrderSearchJob *search(const OrderSearchQuery &query, QObject *parent = nullptr);
    OrderDetailsJob *details(const OrderDetailsQuery &query, QObject *parent = nullptr);
    OrderDetailsJob *details(const QString &orderNumber, QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }

    // Sandbox-only parameters for every details request that does not set them itself. The
    // API client drops them for profiles that are not sandboxes.
    void setSandboxTestingOptions(const SandboxTestingOptions &options);
    const SandboxTestingOptions &sandboxTestingOptions() const { return m_sandboxOptions; }

    static constexpr const char *SearchPath = "/resellers/v6/orders/search";
    static constexpr const char *DetailsEndpoint = "GET /resellers/v6.1/orders/{ordernumber}";

Q_SIGNALS:
    void sandboxTestingOptionsChanged(const SandboxTestingOptions &options);

private:
    ApiClient *m_client;
    SandboxTestingOptions m_sandboxOptions;
};
