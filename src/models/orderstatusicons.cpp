#include "orderstatusicons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace OrderStatusIcons {

namespace {
enum class Glyph
{
    Dot,
    Check,
    DoubleCheck,
    Clock,
    Pause,
    Hourglass,
    Half,
    Cross,
    Bang,
    Doc,
    Lock
};

struct Look
{
    Glyph glyph;
    QColor colour;
};

Look lookFor(OrderStatus::Kind kind)
{
    using K = OrderStatus::Kind;
    switch (kind) {
    case K::Submitted:
    case K::Open:
        return {Glyph::Dot, QColor(0x54, 0x6e, 0x7a)};
    case K::Processing:
        return {Glyph::Clock, QColor(0x15, 0x65, 0xc0)};
    case K::OnHold:
        return {Glyph::Pause, QColor(0xef, 0x6c, 0x00)};
    case K::Backordered:
        return {Glyph::Hourglass, QColor(0xc6, 0x28, 0x28)};
    case K::PartiallyShipped:
        return {Glyph::Half, QColor(0x00, 0x83, 0x8f)};
    case K::Shipped:
        return {Glyph::Check, QColor(0x2e, 0x7d, 0x32)};
    case K::Delivered:
        return {Glyph::DoubleCheck, QColor(0x1b, 0x5e, 0x20)};
    case K::Invoiced:
        return {Glyph::Doc, QColor(0x45, 0x27, 0xa0)};
    case K::Closed:
        return {Glyph::Lock, QColor(0x42, 0x42, 0x42)};
    case K::Cancelled:
        return {Glyph::Cross, QColor(0x75, 0x75, 0x75)};
    case K::Rejected:
        return {Glyph::Bang, QColor(0xb7, 0x1c, 0x1c)};
    case K::Unknown:
        break;
    }
    return {Glyph::Dot, QColor(0x9e, 0x9e, 0x9e)};
}

QPixmap paint(const Look &look, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF circle(s * 0.06, s * 0.06, s * 0.88, s * 0.88);
    p.setPen(Qt::NoPen);
    p.setBrush(look.colour);
    p.drawEllipse(circle);
    QPen pen(Qt::white, std::max(1.5, s * 0.12), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    auto line = [&p, s](qreal x1, qreal y1, qreal x2, qreal y2) {
        p.drawLine(QPointF(x1 * s, y1 * s), QPointF(x2 * s, y2 * s));
    };
    switch (look.glyph) {
    case Glyph::Dot:
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(s / 2, s / 2), s * 0.14, s * 0.14);
        break;
    case Glyph::Check:
        line(0.28, 0.52, 0.44, 0.68);
        line(0.44, 0.68, 0.73, 0.35);
        break;
    case Glyph::DoubleCheck:
        line(0.18, 0.52, 0.32, 0.66);
        line(0.32, 0.66, 0.56, 0.38);
        line(0.44, 0.60, 0.50, 0.66);
        line(0.50, 0.66, 0.78, 0.36);
        break;
    case Glyph::Clock:
        line(0.5, 0.5, 0.5, 0.27);
        line(0.5, 0.5, 0.68, 0.6);
        break;
    case Glyph::Pause:
        line(0.40, 0.30, 0.40, 0.70);
        line(0.60, 0.30, 0.60, 0.70);
        break;
    case Glyph::Hourglass:
        line(0.32, 0.28, 0.68, 0.28);
        line(0.32, 0.72, 0.68, 0.72);
        line(0.34, 0.30, 0.66, 0.70);
        line(0.66, 0.30, 0.34, 0.70);
        break;
    case Glyph::Half: {
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        QPainterPath half;
        half.moveTo(s / 2, s * 0.25);
        half.arcTo(QRectF(s * 0.25, s * 0.25, s * 0.5, s * 0.5), 90, -180);
        half.closeSubpath();
        p.drawPath(half);
        break;
    }
    case Glyph::Cross:
        line(0.33, 0.33, 0.67, 0.67);
        line(0.67, 0.33, 0.33, 0.67);
        break;
    case Glyph::Bang:
        line(0.5, 0.25, 0.5, 0.56);
        line(0.5, 0.74, 0.5, 0.75);
        break;
    case Glyph::Doc:
        line(0.34, 0.34, 0.66, 0.34);
        line(0.34, 0.50, 0.66, 0.50);
        line(0.34, 0.66, 0.56, 0.66);
        break;
    case Glyph::Lock:
        p.drawRect(QRectF(0.32 * s, 0.48 * s, 0.36 * s, 0.24 * s));
        p.drawArc(QRectF(0.38 * s, 0.28 * s, 0.24 * s, 0.32 * s), 0, 180 * 16);
        break;
    }
    return pixmap;
}
} // namespace

QIcon icon(OrderStatus::Kind kind)
{
    static QHash<int, QIcon> cache;
    const auto found = cache.constFind(int(kind));
    if (found != cache.constEnd())
        return *found;
    QIcon result;
    const Look look = lookFor(kind);
    for (const int size : {16, 24, 32, 48})
        result.addPixmap(paint(look, size));
    cache.insert(int(kind), result);
    return result;
}

} // namespace OrderStatusIcons
