// Icons for order statuses. Each kind has its own shape, so the icon never relies on colour;
// views show the status text beside it as well.
#pragma once

#include "orderstatus.h"

#include <QIcon>

namespace OrderStatusIcons {

QIcon icon(OrderStatus::Kind kind);

} // namespace OrderStatusIcons
