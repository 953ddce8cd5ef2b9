// Client secrets in the operating system's keychain (Secret Service, KWallet, macOS Keychain,
// Windows Credential Manager) through QtKeychain, with an explicit "no keychain" result.
#pragma once

#include "secretstore.h"

#include <QHash>
#include <QPointer>

namespace QKeychain {
class Job;
}
class QTimer;

class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    enum class Operation
    {
        Read,
        Write,
        Delete
    };

    static constexpr int DefaultTimeoutMs = 15000;

    // The service name defaults to the application name from appinfo.h.
    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    // Pending callbacks are answered with Unavailable; the keychain jobs finish on their own.
    ~KeychainSecretStore() override;

    // A keychain that never answers (a hung D-Bus service, an unanswered unlock prompt) is
    // reported as unavailable after this long instead of leaving the caller waiting.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }
    QString service() const { return m_service; }

    void readSecret(const QString &profileId, QObject *context, Callback callback) override;
    void writeSecret(const QString &profileId, const QString &secret, QObject *context,
                     Callback callback) override;
    void deleteSecret(const QString &profileId, QObject *context, Callback callback) override;
    QString displayName() const override;

    // The keychain entry's key for a profile.
    static QString keyFor(const QString &profileId);
    // Maps a QtKeychain error (a QKeychain::Error value) to the typed result.
    static SecretStoreResult resultFor(int keychainError, const QString &errorString);
    static SecretStoreResult timeoutResult(int timeoutMs);

private:
    struct Pending
    {
        Operation operation = Operation::Read;
        QString profileId;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
        QTimer *timer = nullptr;
        bool retried = false;
    };

    void begin(Operation operation, const QString &profileId, const QString &secret,
               QObject *context, Callback callback);
    void startJob(quint64 ticket, const QString &secret);
    void onJobFinished(quint64 ticket, QKeychain::Job *job);
    void complete(quint64 ticket, const SecretStoreResult &result);

    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
    quint64 m_nextTicket = 1;
    QHash<quint64, Pending> m_pending;
};
