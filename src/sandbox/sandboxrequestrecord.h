// What the sandbox received in one request, kept for tests to inspect.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

struct SandboxRequestRecord
{
    QDateTime receivedAt;
    QByteArray method;
    QString path;
    // Raw (still percent-encoded) query; a client_secret value is replaced with "***".
    QByteArray query;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Request body; a client_secret value is replaced with "***".
    QByteArray body;

    // Case-insensitive; empty when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};
