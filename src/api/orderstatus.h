// An order, sub-order or line status: the API's text plus one normalised kind for display.
#pragma once

#include <QList>
#include <QString>

// The API spells one status many ways across endpoints and back ends ("SHIPPED", "Shipped",
// "IM::shipped"; "Canceled", "CANCELLED"; "ON HOLD", "im::hold"). Views show and filter by
// kind; the raw text stays available for tooltips and for statuses not known yet.
class OrderStatus
{
public:
    // Ordered roughly along an order's life so that sorting by kind reads sensibly.
    enum class Kind
    {
        Unknown,
        Submitted, // accepted or pending, not yet worked on: "Submitted", "Pending", "Created"
        Open,
        Processing, // "Processing", "In Progress", "Released"
        OnHold,
        Backordered,
        PartiallyShipped,
        Shipped,
        Delivered,
        Invoiced,
        Closed,
        Cancelled,
        Rejected,
    };

    OrderStatus() = default;
    explicit OrderStatus(const QString &raw);
    // A status with the API's usual spelling of kind as raw text.
    static OrderStatus fromKind(Kind kind);

    static Kind normalise(const QString &raw);
    static QString displayName(Kind kind);
    // The API's usual spelling ("Shipped", "On Hold", "Canceled"); empty for Unknown.
    static QString apiText(Kind kind);
    // The value the order search filter takes: its documented enum ("SHIPPED", "ON HOLD",
    // "CANCELLED", ...) for the five documented kinds, the upper-cased text otherwise.
    static QString searchValue(Kind kind);
    // The kinds the order search documents for its orderStatus filter.
    static QList<Kind> searchableKinds();
    static QList<Kind> allKinds();

    QString raw() const { return m_raw; }
    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_raw.trimmed().isEmpty(); }
    // The translated kind, or the raw text when the kind is not known.
    QString displayText() const;

    bool operator==(const OrderStatus &other) const { return m_raw == other.m_raw; }
    bool operator!=(const OrderStatus &other) const { return m_raw != other.m_raw; }

private:
    QString m_raw;
    Kind m_kind = Kind::Unknown;
};
