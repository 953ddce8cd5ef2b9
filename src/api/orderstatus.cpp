#include "orderstatus.h"

#include <QCoreApplication>
#include <QHash>

namespace {

// Lower case without the "IM::" event prefix, spaces, underscores or dashes, so that
// "PARTIALLY_SHIPPED", "Partially Shipped" and "im::partially-shipped" meet.
QString key(const QString &raw)
{
    QString text = raw.trimmed().toLower();
    if (text.startsWith(u"im::"))
        text.remove(0, 4);
    QString result;
    result.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (c.isLetterOrNumber())
            result.append(c);
    }
    return result;
}

const QHash<QString, OrderStatus::Kind> &kindsByKey()
{
    using Kind = OrderStatus::Kind;
    static const QHash<QString, Kind> table = {
        {QStringLiteral("submitted"), Kind::Submitted},
        {QStringLiteral("pending"), Kind::Submitted},
        {QStringLiteral("received"), Kind::Submitted},
        {QStringLiteral("created"), Kind::Submitted},
        {QStringLiteral("create"), Kind::Submitted},
        {QStringLiteral("ordercreated"), Kind::Submitted},
        {QStringLiteral("asyncordercreate"), Kind::Submitted},
        {QStringLiteral("accepted"), Kind::Submitted},
        {QStringLiteral("new"), Kind::Submitted},
        {QStringLiteral("open"), Kind::Open},
        {QStringLiteral("opened"), Kind::Open},
        {QStringLiteral("processing"), Kind::Processing},
        {QStringLiteral("inprogress"), Kind::Processing},
        {QStringLiteral("inprocess"), Kind::Processing},
        {QStringLiteral("released"), Kind::Processing},
        {QStringLiteral("allocated"), Kind::Processing},
        {QStringLiteral("confirmed"), Kind::Processing},
        {QStringLiteral("hold"), Kind::OnHold},
        {QStringLiteral("onhold"), Kind::OnHold},
        {QStringLiteral("held"), Kind::OnHold},
        {QStringLiteral("customerhold"), Kind::OnHold},
        {QStringLiteral("oncustomerhold"), Kind::OnHold},
        {QStringLiteral("credithold"), Kind::OnHold},
        {QStringLiteral("oncredithold"), Kind::OnHold},
        {QStringLiteral("backordered"), Kind::Backordered},
        {QStringLiteral("backorder"), Kind::Backordered},
        {QStringLiteral("onbackorder"), Kind::Backordered},
        {QStringLiteral("partiallyshipped"), Kind::PartiallyShipped},
        {QStringLiteral("partialshipped"), Kind::PartiallyShipped},
        {QStringLiteral("partiallyshippedorder"), Kind::PartiallyShipped},
        {QStringLiteral("shipped"), Kind::Shipped},
        {QStringLiteral("ordershipped"), Kind::Shipped},
        {QStringLiteral("delivered"), Kind::Delivered},
        {QStringLiteral("orderdelivered"), Kind::Delivered},
        {QStringLiteral("invoiced"), Kind::Invoiced},
        {QStringLiteral("orderinvoiced"), Kind::Invoiced},
        {QStringLiteral("billed"), Kind::Invoiced},
        {QStringLiteral("closed"), Kind::Closed},
        {QStringLiteral("complete"), Kind::Closed},
        {QStringLiteral("completed"), Kind::Closed},
        {QStringLiteral("cancelled"), Kind::Cancelled},
        {QStringLiteral("canceled"), Kind::Cancelled},
        {QStringLiteral("ordercancelled"), Kind::Cancelled},
        {QStringLiteral("ordercanceled"), Kind::Cancelled},
        {QStringLiteral("void"), Kind::Cancelled},
        {QStringLiteral("voided"), Kind::Cancelled},
        {QStringLiteral("rejected"), Kind::Rejected},
        {QStringLiteral("orderrejected"), Kind::Rejected},
        {QStringLiteral("declined"), Kind::Rejected},
        {QStringLiteral("failed"), Kind::Rejected},
        {QStringLiteral("error"), Kind::Rejected},
    };
    return table;
}

} // namespace

OrderStatus::OrderStatus(const QString &raw)
    : m_raw(raw)
    , m_kind(normalise(raw))
{}

OrderStatus OrderStatus::fromKind(Kind kind)
{
    return OrderStatus(apiText(kind));
}

OrderStatus::Kind OrderStatus::normalise(const QString &raw)
{
    return kindsByKey().value(key(raw), Kind::Unknown);
}

QString OrderStatus::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Unknown:
        return QCoreApplication::translate("OrderStatus", "Unknown");
    case Kind::Submitted:
        return QCoreApplication::translate("OrderStatus", "Submitted");
    case Kind::Open:
        return QCoreApplication::translate("OrderStatus", "Open");
    case Kind::Processing:
        return QCoreApplication::translate("OrderStatus", "Processing");
    case Kind::OnHold:
        return QCoreApplication::translate("OrderStatus", "On hold");
    case Kind::Backordered:
        return QCoreApplication::translate("OrderStatus", "Backordered");
    case Kind::PartiallyShipped:
        return QCoreApplication::translate("OrderStatus", "Partially shipped");
    case Kind::Shipped:
        return QCoreApplication::translate("OrderStatus", "Shipped");
    case Kind::Delivered:
        return QCoreApplication::translate("OrderStatus", "Delivered");
    case Kind::Invoiced:
        return QCoreApplication::translate("OrderStatus", "Invoiced");
    case Kind::Closed:
        return QCoreApplication::translate("OrderStatus", "Closed");
    case Kind::Cancelled:
        return QCoreApplication::translate("OrderStatus", "Cancelled");
    case Kind::Rejected:
        return QCoreApplication::translate("OrderStatus", "Rejected");
    }
    return QCoreApplication::translate("OrderStatus", "Unknown");
}

QString OrderStatus::apiText(Kind kind)
{
    switch (kind) {
    case Kind::Unknown:
        return {};
    case Kind::Submitted:
        return QStringLiteral("Submitted");
    case Kind::Open:
        return QStringLiteral("Open");
    case Kind::Processing:
        return QStringLiteral("Processing");
    case Kind::OnHold:
        return QStringLiteral("On Hold");
    case Kind::Backordered:
        return QStringLiteral("Backordered");
    case Kind::PartiallyShipped:
        return QStringLiteral("Partially Shipped");
    case Kind::Shipped:
        return QStringLiteral("Shipped");
    case Kind::Delivered:
        return QStringLiteral("Delivered");
    case Kind::Invoiced:
        return QStringLiteral("Invoiced");
    case Kind::Closed:
        return QStringLiteral("Closed");
    case Kind::Cancelled:
        return QStringLiteral("Canceled");
    case Kind::Rejected:
        return QStringLiteral("Rejected");
    }
    return {};
}

QString OrderStatus::searchValue(Kind kind)
{
    // The search documents "CANCELLED" although details spell it "Canceled".
    if (kind == Kind::Cancelled)
        return QStringLiteral("CANCELLED");
    return apiText(kind).toUpper();
}

QList<OrderStatus::Kind> OrderStatus::searchableKinds()
{
    return {Kind::Shipped, Kind::Processing, Kind::OnHold, Kind::Backordered, Kind::Cancelled};
}

QList<OrderStatus::Kind> OrderStatus::allKinds()
{
    return {
        Kind::Unknown,     Kind::Submitted,        Kind::Open,    Kind::Processing, Kind::OnHold,
        Kind::Backordered, Kind::PartiallyShipped, Kind::Shipped, Kind::Delivered,  Kind::Invoiced,
        Kind::Closed,      Kind::Cancelled,        Kind::Rejected};
}

QString OrderStatus::displayText() const
{
    if (m_kind == Kind::Unknown && !isEmpty())
        return m_raw.trimmed();
    if (m_kind == Kind::Unknown)
        return {};
    return displayName(m_kind);
}
