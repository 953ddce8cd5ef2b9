// Test helper: talks to an in-process SandboxServer over real loopback HTTP and waits for answers.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>

class SandboxServer;

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct SandboxTestReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    HeaderList headers;
    qint64 elapsedMs = 0;
    bool finished = false;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class SandboxTestClient
{
public:
    explicit SandboxTestClient(SandboxServer *server);

    QUrl url(const QString &path, const QByteArray &query = {}) const;
    SandboxTestReply send(const QByteArray &method, const QString &path,
                          const QByteArray &query = {}, const HeaderList &headers = {},
                          const QByteArray &body = {}, int timeoutMs = 10000);
    // A fresh token through GET /oauth/oauth20/token with the server's credentials.
    QByteArray fetchToken();
    // The headers every API call needs, with a token fetched on first use.
    HeaderList apiHeaders();
    // GET with apiHeaders().
    SandboxTestReply api(const QString &path, const QByteArray &query = {},
                         const HeaderList &extraHeaders = {});
    // method with apiHeaders() and a JSON body (order create, modify, cancel).
    SandboxTestReply apiJson(const QByteArray &method, const QString &path,
                             const QJsonObject &body = {}, const QByteArray &query = {},
                             int timeoutMs = 10000);
    void resetToken() { m_token.clear(); }
    QNetworkAccessManager &network() { return m_network; }

private:
    SandboxServer *m_server;
    QNetworkAccessManager m_network;
    QByteArray m_token;
};
