#include "sandbox/sandboxorder.h"

#include <cmath>

namespace {
double roundMoney(double value)
{
    return std::round(value * 100.0) / 100.0;
}
} // namespace

double SandboxLine::extendedPrice() const
{
    return roundMoney(unitPrice * quantityOrdered);
}

QDateTime SandboxOrder::placementTime() const
{
    if (placedAt.isValid())
        return placedAt;
    return QDateTime(orderDate, QTime(0, 0).addSecs(orderTimeSeconds), Qt::UTC)
        .addSecs(-utcOffsetSeconds);
}

bool SandboxOrder::placedOnCustomerHold() const
{
    for (const SandboxAttribute &attribute : attributes) {
        if (attribute.name.compare(QLatin1String("allowOrderOnCustomerHold"),
                                   Qt::CaseInsensitive) == 0 &&
            attribute.value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString SandboxOrder::subOrderNumber(int subOrder) const
{
    return ingramOrderNumber % QLatin1Char('-') % QString::number(subOrder);
}

QList<int> SandboxOrder::subOrders() const
{
    QList<int> result;
    for (const SandboxLine &line : lines) {
        if (!result.contains(line.subOrder))
            result.append(line.subOrder);
    }
    std::sort(result.begin(), result.end());
    return result;
}

SandboxOrderStatus SandboxOrder::subOrderStatus(int subOrder) const
{
    int shipped = 0, delivered = 0, cancelled = 0, backordered = 0, held = 0, total = 0;
    bool partial = false;
    for (const SandboxLine &line : lines) {
        if (line.subOrder != subOrder)
            continue;
        ++total;
        partial = partial || (!line.shipments.isEmpty() && line.quantityBackOrdered > 0);
        switch (line.status) {
        case SandboxLineStatus::Shipped:
            ++shipped;
            break;
        case SandboxLineStatus::Delivered:
            ++delivered;
            break;
        case SandboxLineStatus::Cancelled:
            ++cancelled;
            break;
        case SandboxLineStatus::Backordered:
            ++backordered;
            break;
        case SandboxLineStatus::OnHold:
            ++held;
            break;
        case SandboxLineStatus::InProgress:
            break;
        }
    }
    if (total > 0 && cancelled == total)
        return SandboxOrderStatus::Cancelled;
    if (total > 0 && delivered == total - cancelled)
        return SandboxOrderStatus::Delivered;
    if (total > 0 && shipped + delivered == total - cancelled)
        return SandboxOrderStatus::Shipped;
    if (shipped + delivered > 0 || partial)
        return SandboxOrderStatus::PartiallyShipped;
    if (held > 0)
        return SandboxOrderStatus::OnHold;
    if (backordered > 0)
        return SandboxOrderStatus::Backordered;
    return SandboxOrderStatus::Processing;
}

QString SandboxOrder::vendorName() const
{
    return lines.isEmpty() || !lines.first().product ? QString()
                                                     : lines.first().product->vendorName;
}

QString SandboxOrder::orderDateTime() const
{
    const int offsetMinutes = std::abs(utcOffsetSeconds) / 60;
    const QChar sign = utcOffsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const auto two = [](int value) {
        return QString::number(value).rightJustified(2, u'0');
    };
    return orderDate.toString(Qt::ISODate) % QLatin1Char('T') % two(orderTimeSeconds / 3600) %
           QLatin1Char(':') % two(orderTimeSeconds / 60 % 60) % QLatin1Char(':') %
           two(orderTimeSeconds % 60) % sign % two(offsetMinutes / 60) % QLatin1Char(':') %
           two(offsetMinutes % 60);
}

qint64 SandboxOrder::utcSortKey() const
{
    return orderDate.toJulianDay() * 86400 + orderTimeSeconds - utcOffsetSeconds;
}

double SandboxOrder::subTotal() const
{
    double sum = 0;
    for (const SandboxLine &line : lines) {
        if (line.status != SandboxLineStatus::Cancelled)
            sum += line.extendedPrice();
    }
    return roundMoney(sum);
}

double SandboxOrder::totalTax() const
{
    double sum = 0;
    for (const SandboxLine &line : lines) {
        if (line.status != SandboxLineStatus::Cancelled)
            sum += line.taxAmount;
    }
    return roundMoney(sum);
}

double SandboxOrder::totalFees() const
{
    double sum = 0;
    for (const SandboxMiscCharge &charge : miscCharges)
        sum += charge.amount;
    return roundMoney(sum);
}

double SandboxOrder::total() const
{
    if (status == SandboxOrderStatus::Cancelled)
        return 0;
    return roundMoney(subTotal() + totalTax() + totalFees() + freightCharges);
}

double SandboxOrder::subOrderTotal(int subOrder) const
{
    double sum = 0;
    for (const SandboxLine &line : lines) {
        if (line.subOrder == subOrder && line.status != SandboxLineStatus::Cancelled)
            sum += line.extendedPrice() + line.taxAmount;
    }
    for (const SandboxMiscCharge &charge : miscCharges) {
        if (charge.subOrder == subOrder)
            sum += charge.amount;
    }
    return roundMoney(sum);
}

double SandboxOrder::totalWeight() const
{
    double sum = 0;
    for (const SandboxLine &line : lines) {
        if (line.product)
            sum += line.product->unitWeight * line.quantityOrdered;
    }
    return std::round(sum * 10.0) / 10.0;
}
