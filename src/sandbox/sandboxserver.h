// The offline sandbox: a local emulator of the Ingram Micro Reseller API, in-process or standalone.
#pragma once

#include "sandbox/sandboxfaults.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxrequestrecord.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <atomic>
#include <memory>

class QTcpServer;
class QThread;
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

    // regenerate() without blocking this thread: the new data is built on a worker thread while
    // the server keeps answering from the old data, then swapped in here (the old data is freed
    // on a worker thread too). regenerationProgress() reports on the way, regenerationFinished()
    // follows exactly once. Returns false, starting nothing, when orderCount is out of range or
    // a regeneration is already running.
    bool startRegeneration(int orderCount, quint64 seed);
    // Stops a running regeneration; the data stays as it was. regenerationFinished(false)
    // follows.
    void cancelRegeneration();
    bool isRegenerating() const { return !m_regenerationThread.isNull(); }

    // The most recent requests, oldest first, at most options().requestRecordLimit.
    QList<SandboxRequestRecord> receivedRequests() const;
    void clearReceivedRequests();

Q_SIGNALS:
    // After regenerate() replaced the data.
    void dataReset();
    void regenerationProgress(qint64 done, qint64 total);
    // applied is false when it was cancelled; elapsedMs is the wall time from the start.
    void regenerationFinished(bool applied, qint64 elapsedMs);

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

    void applyRegeneration(std::unique_ptr<SandboxStore> store, const SandboxOptions &options);
    void disposeInBackground(std::unique_ptr<SandboxStore> store);

    QPointer<QThread> m_regenerationThread;
    std::shared_ptr<std::atomic<bool>> m_regenerationCancel;
    QElapsedTimer m_regenerationTimer;
    QList<QPointer<QThread>> m_disposers;
};
