// A minimal HTTP server on loopback for answers the offline sandbox does not give: it hands out
// a token and answers every other request with one configured response.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

class CannedHttpServer : public QObject
{
public:
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    bool silent = false; // accept connections, never answer
    int requests = 0;

    explicit CannedHttpServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl baseUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void onRead(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        socket->setProperty("buffer", buffer);
        if (buffer.startsWith('\x16')) {
            // A TLS ClientHello on this plain-text port: answer as a plain HTTP server would.
            socket->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray head = buffer.left(headerEnd);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        ++requests;
        if (silent)
            return;
        const QByteArray requestLine = head.left(head.indexOf("\r\n"));
        int answerStatus = status;
        QByteArray answerBody = body;
        QByteArray answerType = contentType;
        if (requestLine.contains("/oauth/")) {
            answerStatus = 200;
            answerBody =
                R"({"access_token":"canned-token","token_type":"Bearer","expires_in":"86399"})";
            answerType = "application/json";
        }
        QByteArray response = "HTTP/1.1 " + QByteArray::number(answerStatus) + " Status\r\n";
        if (!answerBody.isEmpty())
            response += "Content-Type: " + answerType + "\r\n";
        response += "Content-Length: " + QByteArray::number(answerBody.size()) + "\r\n";
        response += "Connection: close\r\n\r\n" + answerBody;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
};
