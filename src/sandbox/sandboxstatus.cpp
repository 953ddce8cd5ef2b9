#include "sandbox/sandboxstatus.h"

QString SandboxStatus::searchName(SandboxOrderStatus status)
{
    switch (status) {
    case SandboxOrderStatus::Processing:
        return QStringLiteral("PROCESSING");
    case SandboxOrderStatus::OnHold:
        return QStringLiteral("ON HOLD");
    case SandboxOrderStatus::Backordered:
        return QStringLiteral("BACKORDERED");
    case SandboxOrderStatus::PartiallyShipped:
        return QStringLiteral("PARTIALLY SHIPPED");
    case SandboxOrderStatus::Shipped:
        return QStringLiteral("SHIPPED");
    case SandboxOrderStatus::Delivered:
        return QStringLiteral("DELIVERED");
    case SandboxOrderStatus::Cancelled:
        return QStringLiteral("CANCELLED");
    }
    return {};
}

QString SandboxStatus::detailName(SandboxOrderStatus status)
{
    switch (status) {
    case SandboxOrderStatus::Processing:
        return QStringLiteral("Processing");
    case SandboxOrderStatus::OnHold:
        return QStringLiteral("On Hold");
    case SandboxOrderStatus::Backordered:
        return QStringLiteral("Backordered");
    case SandboxOrderStatus::PartiallyShipped:
        return QStringLiteral("Partially Shipped");
    case SandboxOrderStatus::Shipped:
        return QStringLiteral("Shipped");
    case SandboxOrderStatus::Delivered:
        return QStringLiteral("Delivered");
    case SandboxOrderStatus::Cancelled:
        return QStringLiteral("Canceled");
    }
    return {};
}

QString SandboxStatus::lineName(SandboxLineStatus status, int spelling)
{
    static const char *const names[][LineSpellingCount] = {
        {"In Progress", "IN PROGRESS", "Open"},         {"On Hold", "ON HOLD", "Customer Hold"},
        {"Backordered", "BACKORDERED", "Back Ordered"}, {"Shipped", "SHIPPED", "shipped"},
        {"Delivered", "DELIVERED", "Delivered"},        {"Canceled", "CANCELLED", "Cancelled"},
    };
    const int index = static_cast<int>(status);
    return QLatin1String(names[index][qBound(0, spelling, LineSpellingCount - 1)]);
}

std::optional<SandboxOrderStatus> SandboxStatus::fromName(QStringView name)
{
    const QString normalized =
        name.trimmed().toString().toUpper().replace(QLatin1Char('_'), QLatin1Char(' '));
    if (normalized == QLatin1String("CANCELED"))
        return SandboxOrderStatus::Cancelled;
    if (normalized == QLatin1String("ONHOLD"))
        return SandboxOrderStatus::OnHold;
    for (int i = 0; i < OrderStatusCount; ++i) {
        const auto status = static_cast<SandboxOrderStatus>(i);
        if (searchName(status) == normalized)
            return status;
    }
    return std::nullopt;
}
