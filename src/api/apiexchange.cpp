#include "apiexchange.h"

#include <QRegularExpression>

ApiHeaderList ApiExchange::redactHeaders(const ApiHeaderList &headers)
{
    ApiHeaderList result;
    result.reserve(headers.size());
    for (const auto &header : headers) {
        const bool secret = header.first.compare("Authorization", Qt::CaseInsensitive) == 0 ||
                            header.first.compare("Cookie", Qt::CaseInsensitive) == 0 ||
                            header.first.compare("Set-Cookie", Qt::CaseInsensitive) == 0;
        result.append({header.first, secret ? redactionMark() : header.second});
    }
    return result;
}

QByteArray ApiExchange::redactBody(const QByteArray &body)
{
    if (!body.contains("secret") && !body.contains("token"))
        return body;
    QString text = QString::fromUtf8(body);
    // Form bodies (client_secret=...) and JSON bodies ("access_token": "...").
    static const QRegularExpression form(
        QStringLiteral("((?:client_secret|access_token|refresh_token)=)[^&\\s]*"));
    static const QRegularExpression json(
        QStringLiteral("(\"(?:client_secret|access_token|refresh_token)\"\\s*:\\s*\")[^\"]*(\")"));
    text.replace(form, QStringLiteral("\\1<redacted>"));
    text.replace(json, QStringLiteral("\\1<redacted>\\2"));
    return text.toUtf8();
}
