// Order and line statuses of the sandbox data and their spellings on the wire.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

enum class SandboxOrderStatus
{
    Processing,
    OnHold,
    Backordered,
    PartiallyShipped,
    Shipped,
    Delivered,
    Cancelled,
};

enum class SandboxLineStatus
{
    InProgress,
    OnHold,
    Backordered,
    Shipped,
    Delivered,
    Cancelled,
};

class SandboxStatus
{
public:
    static constexpr int OrderStatusCount = 7;
    // How many spellings lineName() knows per status; the real API mixes them.
    static constexpr int LineSpellingCount = 3;

    // Upper case, as order search returns and accepts it: "ON HOLD".
    static QString searchName(SandboxOrderStatus status);
    // Title case, as order details returns it: "On Hold".
    static QString detailName(SandboxOrderStatus status);
    static QString lineName(SandboxLineStatus status, int spelling);
    // Accepts either case and both "CANCELED" and "CANCELLED".
    static std::optional<SandboxOrderStatus> fromName(QStringView name);
};
