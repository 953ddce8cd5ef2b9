#include "sandboxtestclient.h"

#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QUrlQuery>

QByteArray SandboxTestReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SandboxTestClient::SandboxTestClient(SandboxServer *server)
    : m_server(server)
{}

QUrl SandboxTestClient::url(const QString &path, const QByteArray &query) const
{
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

SandboxTestReply SandboxTestClient::send(const QByteArray &method, const QString &path,
                                         const QByteArray &query, const HeaderList &headers,
                                         const QByteArray &body, int timeoutMs)
{
    QNetworkRequest request(url(path, query));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (method == "POST" && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    SandboxTestReply result;
    result.finished = reply->isFinished() || finished.wait(timeoutMs);
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (!result.finished)
        reply->abort();
    reply->deleteLater();
    return result;
}

QByteArray SandboxTestClient::fetchToken()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    query.addQueryItem(QStringLiteral("client_id"), m_server->options().clientId);
    query.addQueryItem(QStringLiteral("client_secret"), m_server->options().clientSecret);
    const SandboxTestReply reply = send("GET", QStringLiteral("/oauth/oauth20/token"),
                                        query.toString(QUrl::FullyEncoded).toLatin1());
    return reply.json().value(QStringLiteral("access_token")).toString().toLatin1();
}

HeaderList SandboxTestClient::apiHeaders()
{
    if (m_token.isEmpty())
        m_token = fetchToken();
    return {{"Authorization", "Bearer " + m_token},
            {"IM-CustomerNumber", "20-222222"},
            {"IM-CountryCode", "US"},
            {"IM-CorrelationID", "test-correlation-0001"}};
}

SandboxTestReply SandboxTestClient::api(const QString &path, const QByteArray &query,
                                        const HeaderList &extraHeaders)
{
    HeaderList headers = apiHeaders();
    for (const auto &extra : extraHeaders) {
        headers.removeIf([&](const QPair<QByteArray, QByteArray> &h) {
            return h.first.compare(extra.first, Qt::CaseInsensitive) == 0;
        });
        headers.append(extra);
    }
    return send("GET", path, query, headers);
}

SandboxTestReply SandboxTestClient::apiJson(const QByteArray &method, const QString &path,
                                            const QJsonObject &body, const QByteArray &query,
                                            int timeoutMs)
{
    HeaderList headers = apiHeaders();
    headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    const QByteArray data =
        body.isEmpty() && method == "DELETE" ? QByteArray() : QJsonDocument(body).toJson();
    return send(method, path, query, headers, data, timeoutMs);
}
