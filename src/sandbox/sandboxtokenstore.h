// Issues and checks the sandbox's OAuth access tokens.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>

class SandboxTokenStore
{
public:
    explicit SandboxTokenStore(int lifetimeSeconds);

    enum class Validity
    {
        Valid,
        Unknown,
        Expired
    };

    QByteArray issue();
    Validity check(const QByteArray &token) const;
    void expireAll();

    int lifetimeSeconds() const { return m_lifetimeSeconds; }
    // Applies to tokens issued from now on.
    void setLifetimeSeconds(int seconds) { m_lifetimeSeconds = seconds; }

private:
    void prune();

    QElapsedTimer m_clock;
    QHash<QByteArray, qint64> m_expiresAtMs; // on m_clock
    int m_lifetimeSeconds;
};
