#include "apirequest.h"

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

bool isSandboxOnlyParameter(const QString &key)
{
    return key.compare(QLatin1String("regionCode"), Qt::CaseInsensitive) == 0 ||
           key.compare(QLatin1String("simulateStatus"), Qt::CaseInsensitive) == 0 ||
           key.compare(QLatin1String("isIml"), Qt::CaseInsensitive) == 0;
}

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}
