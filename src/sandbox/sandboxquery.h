// Decoded key/value pairs of a URL query or form body, keeping repeated keys and their order.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class SandboxQuery
{
public:
    SandboxQuery() = default;
    // Percent-decodes and treats '+' as a space, as HTML forms and most SDKs encode spaces.
    static SandboxQuery parse(const QByteArray &encoded);

    bool contains(const QString &key) const;
    QString value(const QString &key) const; // the first value
    QStringList values(const QString &key) const;
    const QList<QPair<QString, QString>> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }
    // Re-encodes every pair except those whose key is in without.
    QByteArray encoded(const QStringList &without = {}) const;

private:
    QList<QPair<QString, QString>> m_items;
};
