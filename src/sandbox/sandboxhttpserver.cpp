#include "sandbox/sandboxhttpserver.h"

#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxfaults.h"
#include "sandbox/sandboxlogging.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

QByteArray redactSecret(QByteArray data)
{
    static const QRegularExpression secret(QStringLiteral("(client_secret=)[^&]*"));
    if (!data.contains("client_secret"))
        return data;
    return QString::fromLatin1(data).replace(secret, QStringLiteral("\\1***")).toLatin1();
}

SandboxRequestRecord toRecord(const QHttpServerRequest &request)
{
    SandboxRequestRecord record;
    record.receivedAt = QDateTime::currentDateTimeUtc();
    record.method = methodName(request.method());
    const QUrl url = request.url();
    record.path = url.path(QUrl::FullyEncoded);
    record.query = url.query(QUrl::FullyEncoded).toLatin1();
    record.headers = request.headers();
    record.body = request.body();
    return record;
}

} // namespace

SandboxHttpServer::SandboxHttpServer(SandboxApi *api, SandboxFaults *faults, int recordLimit,
                                     QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_faults(faults)
    , m_recordLimit(recordLimit)
{}

void SandboxHttpServer::record(const SandboxRequestRecord &request)
{
    if (m_recordLimit <= 0)
        return;
    SandboxRequestRecord kept = request;
    kept.query = redactSecret(kept.query);
    kept.body = redactSecret(kept.body);
    m_records.append(kept);
    while (m_records.size() > m_recordLimit)
        m_records.removeFirst();
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (!socket->property("rdLowDelay").toBool()) {
        // Without it a response written after a short idle can wait for the peer's delayed ACK.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket->setProperty("rdLowDelay", true);
    }
    // The request object is reused for the next request on this connection, so everything
    // needed later is copied out now.
    const SandboxRequestRecord received = toRecord(request);
    record(received);
    const bool keepAlive =
        !received.header(QByteArrayLiteral("Connection")).toLower().contains("close");

    const SandboxFaults::Decision decision = m_faults->decide(received.method, received.path);
    if (decision.latencyMs > 0) {
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(decision.latencyMs, this,
                           [this, guarded, received, fault = decision.fault, keepAlive] {
                               if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
                                   respond(guarded, received, fault, keepAlive);
                           });
        return true;
    }
    respond(socket, received, decision.fault, keepAlive);
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Never reached: handleRequest() takes every request.
    Q_UNUSED(request);
    socket->disconnectFromHost();
}

SandboxResponse SandboxHttpServer::faultResponse(const SandboxFaultRule &rule)
{
    switch (rule.kind) {
    case SandboxFaultKind::TooManyRequests: {
        SandboxResponse response = SandboxResponse::fault(
            429,
            QStringLiteral("Rate limit quota violation. Quota limit  exceeded. Identifier : "
                           "_default"),
            QStringLiteral("policies.ratelimit.QuotaViolation"));
        response.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(rule.effectiveParameter())});
        return response;
    }
    case SandboxFaultKind::ServerError:
        switch (rule.shape) {
        case SandboxErrorShape::Errors:
            return SandboxResponse::errors(
                500, QStringLiteral("/errors/server-error"),
                QStringLiteral("ConnectivityIssue/ERP issue Contact Ingram Micro API Support   "));
        case SandboxErrorShape::Message:
            return SandboxResponse::message(500, QStringLiteral("Internal server error"));
        case SandboxErrorShape::Fault:
            return SandboxResponse::fault(500, QStringLiteral("Execution of ServiceCallout failed"),
                                          QStringLiteral("steps.servicecallout.ExecutionFailed"));
        }
        break;
    case SandboxFaultKind::BadGateway:
        return SandboxResponse::html(
            502, QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                                   "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
                                   "</body>\r\n</html>\r\n"));
    case SandboxFaultKind::ServiceUnavailable:
        return SandboxResponse::fault(
            503, QStringLiteral("The Service is temporarily unavailable"),
            QStringLiteral("messaging.adaptors.http.flow.ServiceUnavailable"));
    case SandboxFaultKind::GatewayTimeout:
        return SandboxResponse::fault(
            504, QStringLiteral("Gateway Timeout"),
            QStringLiteral("messaging.adaptors.http.flow.GatewayTimeout"));
    case SandboxFaultKind::ExpiredToken:
        return SandboxApi::expiredToken();
    default:
        break;
    }
    return {};
}

void SandboxHttpServer::respond(QTcpSocket *socket, const SandboxRequestRecord &request,
                                const std::optional<SandboxFaultRule> &fault, bool keepAlive)
{
    QElapsedTimer timer;
    timer.start();
    const SandboxFaultKind kind = fault ? fault->kind : SandboxFaultKind::Latency;

    if (kind == SandboxFaultKind::DropConnection) {
        qCDebug(lcSandbox).noquote() << request.method << request.path << "-> dropped (fault)";
        socket->abort();
        return;
    }

    SandboxResponse response;
    switch (kind) {
    case SandboxFaultKind::TooManyRequests:
    case SandboxFaultKind::ServerError:
    case SandboxFaultKind::BadGateway:
    case SandboxFaultKind::ServiceUnavailable:
    case SandboxFaultKind::GatewayTimeout:
    case SandboxFaultKind::ExpiredToken:
        response = faultResponse(*fault);
        for (const char *echoed : {"IM-CorrelationID", "IM-SenderID"}) {
            const QByteArray name(echoed);
            if (request.hasHeader(name))
                response.headers.append({name, request.header(name)});
        }
        break;
    default:
        response = m_api->handle(request);
        break;
    }

    if (kind == SandboxFaultKind::MalformedJson) {
        // Half of a JSON document is never valid JSON: its outer object is left open.
        if (response.body.size() < 16)
            response.body = QByteArrayLiteral("{\"orders\": [{\"ingramOrderNumber\": ");
        else
            response.body.truncate(response.body.size() / 2);
        response.status = 200;
        response.contentType = QByteArrayLiteral("application/json");
    }

    qCDebug(lcSandbox).noquote() << request.method << request.path << "->" << response.status
                                 << "correlation" << request.header("IM-CorrelationID")
                                 << (fault ? SandboxFaultRule::kindName(kind) : QString());

    if (kind == SandboxFaultKind::TruncatedBody) {
        if (response.body.size() < 2)
            response.body = QByteArrayLiteral("{\"errors\":[]}");
        if (response.status == 204)
            response.status = 200;
        QByteArray out = response.headerBlock(false, response.body.size());
        out += response.body.left(response.body.size() / 2);
        socket->write(out);
        socket->disconnectFromHost();
        return;
    }
    if (kind == SandboxFaultKind::SlowBody && !response.body.isEmpty()) {
        socket->write(response.headerBlock(keepAlive, response.body.size()));
        trickle(socket, response.body, fault->effectiveParameter(), keepAlive);
        return;
    }

    if (kind == SandboxFaultKind::CommitThenDrop) {
        socket->abort();
        return;
    }
    if (kind == SandboxFaultKind::LateAnswer) {
        QPointer<QTcpSocket> guarded(socket);
        const QByteArray out = response.serialize(keepAlive);
        QTimer::singleShot(fault->effectiveParameter(), this, [guarded, out, keepAlive] {
            if (!guarded || guarded->state() != QAbstractSocket::ConnectedState)
                return;
            guarded->write(out);
            if (!keepAlive)
                guarded->disconnectFromHost();
        });
        return;
    }

    socket->write(response.serialize(keepAlive));
    if (!keepAlive)
        socket->disconnectFromHost();
}

void SandboxHttpServer::trickle(QTcpSocket *socket, const QByteArray &body, int milliseconds,
                                bool keepAlive)
{
    constexpr int steps = 10;
    const qsizetype chunk = qMax<qsizetype>(1, (body.size() + steps - 1) / steps);
    auto *timer = new QTimer(socket); // dies with the socket if the client goes away
    timer->setInterval(qMax(1, milliseconds / steps));
    connect(timer, &QTimer::timeout, socket,
            [socket, timer, body, chunk, keepAlive, offset = qsizetype(0)]() mutable {
                socket->write(body.mid(offset, chunk));
                offset += chunk;
                if (offset < body.size())
                    return;
                timer->stop();
                timer->deleteLater();
                if (!keepAlive)
                    socket->disconnectFromHost();
            });
    timer->start();
}
