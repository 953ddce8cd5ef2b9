// What a service asks the API client to send, and what came back.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

struct ApiQueryItem
{
    QString key;
    QString value;
};

using ApiHeaderList = QList<QPair<QByteArray, QByteArray>>;

struct ApiRequest
{
    enum class Method
    {
        Get,
        Post,
        Put,
        Delete
    };

    Method method = Method::Get;
    QString path;     // below the profile's base URL, e.g. /resellers/v6/orders/search
    QString endpoint; // rate-limit key, e.g. "GET /resellers/v6.1/orders/{ordernumber}"
    QList<ApiQueryItem> query;
    QByteArray body;
    QByteArray contentType = "application/json";
    ApiHeaderList headers; // extra headers such as IM-CustomerContact
    int timeoutMs = -1;    // -1: the client's default

    // A DELETE that changes an order (cancel) is not repeated either: a repeat after a lost
    // answer would be refused ("not on hold") although the first one went through.
    bool repeatable = true;

    // Only idempotent requests are retried automatically: a POST or PUT may have been
    // carried out even when its answer was lost.
    bool isIdempotent() const
    {
        return method == Method::Get || (method == Method::Delete && repeatable);
    }
    QString endpointKey() const;
    QByteArray methodName() const;

    static ApiRequest get(const QString &path, const QString &endpoint = {});
};

// Query parameters the vendor documents as sandbox-only; never sent to production. The API
// client enforces this for every request, whatever a service asked for.
QStringList sandboxOnlyParameterNames();
bool isSandboxOnlyParameter(const QString &key);

struct ApiResponse
{
    int status = 0;
    ApiHeaderList headers;
    QByteArray body;
    QString correlationId; // of the last attempt
    int attempts = 0;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
};
