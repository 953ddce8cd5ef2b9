// Where client secrets are kept, keyed by profile id; every operation is asynchronous.
#pragma once

#include <QObject>
#include <QString>

#include <functional>

// The typed outcome of one secret-store operation.
struct SecretStoreResult
{
    enum class Status
    {
        Ok,
        NotFound,    // nothing is stored under this profile (for delete: nothing to remove)
        Unavailable, // no keychain: no service running, locked, access denied, no answer
        Failed,      // the keychain is there but refused this one operation
    };

    Status status = Status::Ok;
    QString secret;  // read only; empty otherwise
    QString message; // translated explanation for people; empty when ok
    QString detail;  // the backend's own error text, for logs and "details"; never a secret

    bool ok() const { return status == Status::Ok; }
    // Whether a removal left nothing behind.
    bool isGone() const { return status == Status::Ok || status == Status::NotFound; }

    static SecretStoreResult success(const QString &secret = {});
    static SecretStoreResult failure(Status status, const QString &message,
                                     const QString &detail = {});
};

class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretStoreResult &)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    // Each calls back exactly once, always after the call has returned. If context is given
    // and destroyed first, the callback is dropped instead.
    virtual void readSecret(const QString &profileId, QObject *context, Callback callback) = 0;
    virtual void writeSecret(const QString &profileId, const QString &secret, QObject *context,
                             Callback callback) = 0;
    virtual void deleteSecret(const QString &profileId, QObject *context, Callback callback) = 0;

    // A short name of where secrets go, for the user ("the system keychain").
    virtual QString displayName() const = 0;
};
