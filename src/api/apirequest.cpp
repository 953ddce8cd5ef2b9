#include "apirequest.h"

#include <algorithm>

QString ApiRequest::endpointKey() const
{
    if (!endpoint.isEmpty())
        return endpoint;
    return QString::fromLatin1(methodName()) + QLatin1Char(' ') + path;
}

QByteArray ApiRequest::methodName() const
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    }
    return "GET";
}

ApiRequest ApiRequest::get(const QString &path, const QString &endpoint)
{
    ApiRequest request;
    request.method = Method::Get;
    request.path = path;
    request.endpoint = endpoint;
    return request;
}

QStringList sandboxOnlyParameterNames()
{
    return {QStringLiteral("simulateStatus"), QStringLiteral("isIml"),
            QStringLiteral("regionCode")};
}

bool isSandboxOnlyParameter(const QString &key)
{
    const QStringList names = sandboxOnlyParameterNames();
    return std::any_of(names.cbegin(), names.cend(), [&key](const QString &name) {
        return name.compare(key, Qt::CaseInsensitive) == 0;
    });
}

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}
