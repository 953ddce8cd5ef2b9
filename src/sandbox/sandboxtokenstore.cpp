#include "sandbox/sandboxtokenstore.h"

#include <QRandomGenerator>

SandboxTokenStore::SandboxTokenStore(int lifetimeSeconds)
    : m_lifetimeSeconds(lifetimeSeconds)
{
    m_clock.start();
}

QByteArray SandboxTokenStore::issue()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray token(28, Qt::Uninitialized);
    for (char &c : token)
        c = alphabet[QRandomGenerator::system()->bounded(62)];
    prune();
    m_expiresAtMs.insert(token, m_clock.elapsed() + qint64(m_lifetimeSeconds) * 1000);
    return token;
}

SandboxTokenStore::Validity SandboxTokenStore::check(const QByteArray &token) const
{
    const auto it = m_expiresAtMs.constFind(token);
    if (it == m_expiresAtMs.cend())
        return Validity::Unknown;
    return m_clock.elapsed() < *it ? Validity::Valid : Validity::Expired;
}

void SandboxTokenStore::expireAll()
{
    // Kept, not removed: a client using one of them must get "expired", not "invalid".
    const qint64 now = m_clock.elapsed();
    for (auto it = m_expiresAtMs.begin(); it != m_expiresAtMs.end(); ++it)
        *it = qMin(*it, now);
}

void SandboxTokenStore::prune()
{
    // Long-expired tokens are forgotten so that a long-running sandbox does not grow.
    if (m_expiresAtMs.size() < 10000)
        return;
    const qint64 horizon = m_clock.elapsed() - 3600 * 1000;
    for (auto it = m_expiresAtMs.begin(); it != m_expiresAtMs.end();)
        it = *it < horizon ? m_expiresAtMs.erase(it) : std::next(it);
}
