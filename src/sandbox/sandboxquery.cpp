#include "sandbox/sandboxquery.h"

#include <QUrl>

namespace {
QString decode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}
} // namespace

SandboxQuery SandboxQuery::parse(const QByteArray &encoded)
{
    SandboxQuery query;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            query.m_items.append({decode(pair), QString()});
        else
            query.m_items.append({decode(pair.left(eq)), decode(pair.mid(eq + 1))});
    }
    return query;
}

bool SandboxQuery::contains(const QString &key) const
{
    for (const auto &item : m_items) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString SandboxQuery::value(const QString &key) const
{
    for (const auto &item : m_items) {
        if (item.first == key)
            return item.second;
    }
    return {};
}

QStringList SandboxQuery::values(const QString &key) const
{
    QStringList result;
    for (const auto &item : m_items) {
        if (item.first == key)
            result.append(item.second);
    }
    return result;
}

QByteArray SandboxQuery::encoded(const QStringList &without) const
{
    QByteArray out;
    for (const auto &item : m_items) {
        if (without.contains(item.first))
            continue;
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
    }
    return out;
}
