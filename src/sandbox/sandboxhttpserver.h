// The sandbox's HTTP/1.1 transport: reads requests, applies fault switches, writes raw responses.
#pragma once

#include "sandbox/sandboxfaultrule.h"
#include "sandbox/sandboxrequestrecord.h"
#include "sandbox/sandboxresponse.h"

#include <QAbstractHttpServer>
#include <QList>
#include <QPointer>

#include <optional>

class QTcpSocket;
class SandboxApi;
class SandboxFaults;

class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    SandboxHttpServer(SandboxApi *api, SandboxFaults *faults, int recordLimit,
                      QObject *parent = nullptr);

    QList<SandboxRequestRecord> records() const { return m_records; }
    void clearRecords() { m_records.clear(); }

    // The response a fault switch produces in place of the real one, for the kinds that replace
    // it entirely.
    static SandboxResponse faultResponse(const SandboxFaultRule &rule);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void respond(QTcpSocket *socket, const SandboxRequestRecord &request,
                 const std::optional<SandboxFaultRule> &fault, bool keepAlive);
    void trickle(QTcpSocket *socket, const QByteArray &body, int milliseconds, bool keepAlive);
    void record(const SandboxRequestRecord &request);

    SandboxApi *m_api;
    SandboxFaults *m_faults;
    int m_recordLimit;
    QList<SandboxRequestRecord> m_records;
};
