#include "sandbox/sandboxresponse.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUuid>

SandboxResponse SandboxResponse::json(int status, const QJsonObject &object)
{
    SandboxResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("application/json");
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

SandboxResponse SandboxResponse::noContent()
{
    SandboxResponse response;
    response.status = 204;
    return response;
}

SandboxResponse SandboxResponse::errors(int status, const QString &type, const QString &message,
                                        const QList<SandboxFieldError> &fields)
{
    QJsonObject error{
        {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("type"), type},
        {QStringLiteral("message"), message},
    };
    if (!fields.isEmpty()) {
        QJsonArray list;
        for (const SandboxFieldError &field : fields) {
            // Errors about the request as a whole (modify of a released order) name no field.
            if (field.field.isEmpty() && field.value.isEmpty()) {
                list.append(QJsonObject{{QStringLiteral("message"), field.message}});
                continue;
            }
            list.append(QJsonObject{{QStringLiteral("field"), field.field},
                                    {QStringLiteral("message"), field.message},
                                    {QStringLiteral("value"), field.value}});
        }
        error.insert(QStringLiteral("fields"), list);
    }
    return json(status, QJsonObject{{QStringLiteral("errors"), QJsonArray{error}}});
}

SandboxResponse SandboxResponse::message(int status, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("message"), message}});
}

SandboxResponse SandboxResponse::fault(int status, const QString &faultString,
                                       const QString &errorCode)
{
    const QJsonObject detail{{QStringLiteral("errorcode"), errorCode}};
    const QJsonObject fault{{QStringLiteral("faultstring"), faultString},
                            {QStringLiteral("detail"), detail}};
    return json(status, QJsonObject{{QStringLiteral("fault"), fault}});
}

SandboxResponse SandboxResponse::html(int status, const QByteArray &html)
{
    SandboxResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("text/html");
    response.body = html;
    return response;
}

QByteArray SandboxResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 207:
        return QByteArrayLiteral("Multi-Status");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

QByteArray SandboxResponse::headerBlock(bool keepAlive, qint64 contentLength) const
{
    QByteArray out;
    out.reserve(256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    // RFC 7231 IMF-fixdate; the C locale keeps day and month names English.
    out +=
        "Date: " +
        QLocale::c()
            .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
            .toLatin1() +
        " GMT\r\n";
    out += "Server: ResellerDesk-Sandbox\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    if (status != 204 && status >= 200)
        out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const auto &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    out += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n")
                     : QByteArrayLiteral("Connection: close\r\n");
    out += "\r\n";
    return out;
}

QByteArray SandboxResponse::serialize(bool keepAlive) const
{
    QByteArray out = headerBlock(keepAlive, body.size());
    if (status != 204)
        out += body;
    return out;
}
