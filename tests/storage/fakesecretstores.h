// Secret stores for the cases a live keychain cannot be told to produce on demand.
#pragma once

#include "secretstore.h"

#include <QTimer>

// A keychain that is never there, answering like an unreachable Secret Service.
class UnavailableSecretStore : public SecretStore
{
public:
    using SecretStore::SecretStore;
    int calls = 0;

    void readSecret(const QString &, QObject *context, Callback callback) override
    {
        answer(context, std::move(callback));
    }
    void writeSecret(const QString &, const QString &, QObject *context, Callback callback) override
    {
        answer(context, std::move(callback));
    }
    void deleteSecret(const QString &, QObject *context, Callback callback) override
    {
        answer(context, std::move(callback));
    }
    QString displayName() const override { return QStringLiteral("nowhere"); }

private:
    void answer(QObject *context, Callback callback)
    {
        ++calls;
        QTimer::singleShot(0, context ? context : this, [callback] {
            callback(SecretStoreResult::failure(SecretStoreResult::Status::Unavailable,
                                                QStringLiteral("No keychain here."),
                                                QStringLiteral("test")));
        });
    }
};
