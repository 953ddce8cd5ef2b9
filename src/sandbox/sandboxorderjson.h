// Writes sandbox orders in the Reseller API's wire format (order search entries, OrderDetailB2B).
#pragma once

#include "sandbox/sandboxorder.h"

#include <QJsonObject>

class SandboxOrderJson
{
public:
    // One element of orders[] in OrderSearch_Response.
    static QJsonObject searchEntry(const SandboxOrder &order);
    // OrderDetailB2B. subOrder > 0 restricts the lines and charges to that sub-order.
    static QJsonObject details(const SandboxOrder &order, int subOrder = 0);
};
