#include "sandbox/sandboxserver.h"

#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxhttpserver.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/sandboxorderdesk.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/sandboxtokenstore.h"

#include <QTcpServer>
#include <QThread>

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_store(std::make_unique<SandboxStore>(options))
    , m_clock(std::make_unique<SandboxClock>(options.referenceDate))
    , m_desk(std::make_unique<SandboxOrderDesk>(m_store.get(), m_clock.get(), options))
    , m_tokens(std::make_unique<SandboxTokenStore>(options.tokenLifetimeSeconds))
    , m_faults(std::make_unique<SandboxFaults>(options.seed))
    , m_api(std::make_unique<SandboxApi>(m_store.get(), m_tokens.get(), m_desk.get(),
                                         options.clientId, options.clientSecret))
    , m_http(new SandboxHttpServer(m_api.get(), m_faults.get(), options.requestRecordLimit, this))
{}

SandboxServer::~SandboxServer()
{
    cancelRegeneration();
    if (m_regenerationThread)
        m_regenerationThread->wait();
    for (const QPointer<QThread> &thread : std::as_const(m_disposers)) {
        if (thread)
            thread->wait();
    }
    // The HTTP server's pending timers refer to the API and the faults: it goes first.
    delete m_http;
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(address, port)) {
        m_errorString = tcp->errorString();
        qCWarning(lcSandbox).noquote()
            << "cannot listen on" << address.toString() << port << ":" << m_errorString;
        delete tcp;
        return false;
    }
    m_errorString.clear();
    m_tcp = tcp;
    m_http->bind(tcp);
    qCInfo(lcSandbox).noquote() << "listening on" << baseUrl().toString();
    return true;
}

bool SandboxServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

quint16 SandboxServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    if (!isListening())
        return {};
    QHostAddress host = m_tcp->serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(m_tcp->serverPort());
    return url;
}

QString SandboxServer::errorString() const
{
    return m_errorString;
}

void SandboxServer::expireAllTokens()
{
    m_tokens->expireAll();
}

void SandboxServer::setTokenLifetimeSeconds(int seconds)
{
    m_tokens->setLifetimeSeconds(seconds);
}

QList<SandboxRequestRecord> SandboxServer::receivedRequests() const
{
    return m_http->records();
}

void SandboxServer::clearReceivedRequests()
{
    m_http->clearRecords();
}

QDateTime SandboxServer::now() const
{
    return m_clock->now();
}

void SandboxServer::advanceClock(qint64 seconds)
{
    m_clock->advance(seconds);
    qCInfo(lcSandbox) << "clock advanced by" << seconds << "s to" << m_clock->now();
}

const SandboxCatalog &SandboxServer::catalog() const
{
    return m_desk->catalog();
}

int SandboxServer::pendingOrderCount() const
{
    return m_desk->pendingCount();
}

bool SandboxServer::regenerate(int orderCount, quint64 seed)
{
    if (orderCount < 0 || orderCount > MaxOrderCount) {
        qCWarning(lcSandbox) << "cannot regenerate" << orderCount << "orders: the limit is 0 to"
                             << MaxOrderCount;
        return false;
    }
    cancelRegeneration();
    SandboxOptions options = m_options;
    options.orderCount = orderCount;
    options.seed = seed;
    // Assigned in place: the API and the HTTP server keep pointing at the same store and desk.
    *m_store = SandboxStore(options);
    *m_desk = SandboxOrderDesk(m_store.get(), m_clock.get(), options);
    m_options = options;
    qCInfo(lcSandbox) << "data reset to" << orderCount << "orders, seed" << seed << "in"
                      << m_store->generationMilliseconds() << "ms";
    Q_EMIT dataReset();
    return true;
}

bool SandboxServer::startRegeneration(int orderCount, quint64 seed)
{
    if (orderCount < 0 || orderCount > MaxOrderCount || isRegenerating()) {
        qCWarning(lcSandbox) << "cannot regenerate" << orderCount << "orders now";
        return false;
    }
    SandboxOptions options = m_options;
    options.orderCount = orderCount;
    options.seed = seed;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto result = std::make_shared<std::unique_ptr<SandboxStore>>();
    m_regenerationCancel = cancel;
    m_regenerationTimer.start();

    // The worker touches nothing of this object but posts progress to it; the destructor
    // waits for the worker, so the object outlives every post.
    QThread *thread = QThread::create([this, options, cancel, result] {
        int lastPercent = -1;
        auto store = std::make_unique<SandboxStore>(
            options, [this, cancel, &lastPercent](qint64 done, qint64 total) {
                if (cancel->load())
                    return false;
                const int percent = total > 0 ? int(done * 100 / total) : 100;
                if (percent != lastPercent) {
                    lastPercent = percent;
                    QMetaObject::invokeMethod(
                        this,
                        [this, cancel, done, total] {
                            if (!cancel->load())
                                Q_EMIT regenerationProgress(done, total);
                        },
                        Qt::QueuedConnection);
                }
                return true;
            });
        *result = std::move(store);
    });
    thread->setObjectName(QStringLiteral("sandbox-regenerate"));
    m_regenerationThread = thread;
    connect(thread, &QThread::finished, this, [this, thread, cancel, result, options] {
        thread->deleteLater();
        if (m_regenerationThread == thread)
            m_regenerationThread = nullptr;
        std::unique_ptr<SandboxStore> store = std::move(*result);
        const bool cancelled = cancel->load() || !store || store->wasCancelled();
        if (cancelled) {
            disposeInBackground(std::move(store));
            qCInfo(lcSandbox) << "data reset cancelled";
            Q_EMIT regenerationFinished(false, m_regenerationTimer.elapsed());
            return;
        }
        applyRegeneration(std::move(store), options);
        Q_EMIT regenerationFinished(true, m_regenerationTimer.elapsed());
    });
    thread->start(QThread::LowPriority);
    return true;
}

void SandboxServer::cancelRegeneration()
{
    if (m_regenerationCancel)
        m_regenerationCancel->store(true);
}

void SandboxServer::applyRegeneration(std::unique_ptr<SandboxStore> store,
                                      const SandboxOptions &options)
{
    // Swapped, not assigned: the API and the HTTP server keep pointing at the same store, and
    // the old orders leave with the swapped-out object instead of being freed here.
    std::swap(*m_store, *store);
    *m_desk = SandboxOrderDesk(m_store.get(), m_clock.get(), options);
    m_options = options;
    qCInfo(lcSandbox) << "data reset to" << options.orderCount << "orders, seed" << options.seed
                      << "in" << m_store->generationMilliseconds() << "ms on a worker thread";
    disposeInBackground(std::move(store));
    Q_EMIT dataReset();
}

void SandboxServer::disposeInBackground(std::unique_ptr<SandboxStore> store)
{
    if (!store)
        return;
    auto owned = std::make_shared<std::unique_ptr<SandboxStore>>(std::move(store));
    QThread *thread = QThread::create([owned] { owned->reset(); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_disposers.removeAll(nullptr);
    m_disposers.append(thread);
    thread->start(QThread::LowPriority);
}
