// The offline sandbox: a local emulator of the Ingram Micro Reseller API, in-process or standalone.
#pragma once

#include "sandbox/sandboxfaults.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxrequestrecord.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class QTcpServer;
class SandboxApi;
class SandboxCatalog;
class SandboxClock;
class SandboxHttpServer;
class SandboxOrderDesk;
class SandboxStore;
class SandboxTokenStore;

class SandboxServer : public QObject
{
    Q_OBJECT

public:
    // The largest data set regenerate() builds; resellerdesk-sandbox --orders has the same limit.
    static constexpr int MaxOrderCount = 100000;

    explicit SandboxServer(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Port 0 picks a free port; baseUrl() tells which.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    bool isListening() const;
    quint16 port() const;
    // e.g. http://127.0.0.1:8080, without a trailing slash.
    QUrl baseUrl() const;
    QString errorString() const;

    const SandboxOptions &options() const { return m_options; }
    SandboxFaults *faults() { return m_faults.get(); }
    SandboxStore *store() { return m_store.get(); }
    const SandboxStore *store() const { return m_store.get(); }

    // Every token handed out so far answers "expired" from now on.
    void expireAllTokens();
    // For tokens issued from now on.
    void setTokenLifetimeSeconds(int seconds);

    // The sandbox's clock: now() is what order placement, the v7 delay and the customer hold
    // window go by. Advancing it lets tests pass a 24-hour window without waiting; the effects
    // (v7 orders appearing, held orders being voided) show from the next request on.
    QDateTime now() const;
    void advanceClock(qint64 seconds);
    // Stock of the parts catalog as orders have left it.
    const SandboxCatalog &catalog() const;
    // v7 orders confirmed but not yet in search.
    int pendingOrderCount() const;

    // Replaces the data in place with the seeded orders for orderCount and seed, exactly as a new
    // server with those options would generate them: orders created through the API, v7 orders
    // still pending and held-order bookkeeping are gone, the catalog's stock is back to the
    // seed's. options() reports the new count and seed. The server keeps listening on the same
    // port; issued tokens stay valid, fault switches, the clock and the received-request records
    // stay as they are. Runs synchronously (100,000 orders take a few seconds). Returns false,
    // changing nothing, when orderCount is outside 0..MaxOrderCount.
    bool regenerate(int orderCount, quint64 seed);
    // The same with the current count and seed: back to the seeded data.
    bool resetData() { return regenerate(m_options.orderCount, m_options.seed); }

    // The most recent requests, oldest first, at most options().requestRecordLimit.
    QList<SandboxRequestRecord> receivedRequests() const;
    void clearReceivedRequests();

Q_SIGNALS:
    // After regenerate() replaced the data.
    void dataReset();

private:
    SandboxOptions m_options;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<SandboxClock> m_clock;
    std::unique_ptr<SandboxOrderDesk> m_desk;
    std::unique_ptr<SandboxTokenStore> m_tokens;
    std::unique_ptr<SandboxFaults> m_faults;
    std::unique_ptr<SandboxApi> m_api;
    SandboxHttpServer *m_http = nullptr;
    QTcpServer *m_tcp = nullptr;
    QString m_errorString;
};
