// One request/response pair as the request log shows it: secrets already redacted.
#pragma once

#include "apirequest.h"

#include <QDateTime>
#include <QMetaType>
#include <QUrl>

struct ApiExchange
{
    QDateTime startedAt;
    QByteArray method;
    QUrl url;       // query included; the client never puts secrets in a URL
    int status = 0; // 0 when no HTTP answer arrived
    QString errorText;
    qint64 durationMs = 0;
    qint64 responseSize = 0;
    QString correlationId;
    int attempt = 1;
    QString profileName;
    ApiHeaderList requestHeaders;
    ApiHeaderList responseHeaders;
    QByteArray requestBody;
    QByteArray responseBody;
    bool bodyTruncated = false;

    static constexpr qint64 DefaultBodyLimit = 256 * 1024;

    // Blanks Authorization, client secrets and access tokens wherever they appear.
    static ApiHeaderList redactHeaders(const ApiHeaderList &headers);
    static QByteArray redactBody(const QByteArray &body);
    static QByteArray redactionMark() { return QByteArrayLiteral("<redacted>"); }
};

Q_DECLARE_METATYPE(ApiExchange)
