// Helpers shared by the storage tests: waiting for secret-store callbacks, searching files.
#pragma once

#include "secretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <functional>
#include <optional>

// Runs one asynchronous secret-store operation and waits for its single answer.
struct SecretCall
{
    std::optional<SecretStoreResult> result;
    int calls = 0;
    bool answeredBeforeReturn = false;

    SecretStore::Callback callback()
    {
        return [this](const SecretStoreResult &r) {
            result = r;
            ++calls;
        };
    }
    bool wait(int timeoutMs = 20000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, timeoutMs);
    }
};

inline SecretStoreResult readNow(SecretStore &store, const QString &id)
{
    SecretCall call;
    store.readSecret(id, nullptr, call.callback());
    if (!call.wait())
        return SecretStoreResult::failure(SecretStoreResult::Status::Failed,
                                          QStringLiteral("no answer"));
    return *call.result;
}

inline SecretStoreResult writeNow(SecretStore &store, const QString &id, const QString &secret)
{
    SecretCall call;
    store.writeSecret(id, secret, nullptr, call.callback());
    if (!call.wait())
        return SecretStoreResult::failure(SecretStoreResult::Status::Failed,
                                          QStringLiteral("no answer"));
    return *call.result;
}

inline SecretStoreResult deleteNow(SecretStore &store, const QString &id)
{
    SecretCall call;
    store.deleteSecret(id, nullptr, call.callback());
    if (!call.wait())
        return SecretStoreResult::failure(SecretStoreResult::Status::Failed,
                                          QStringLiteral("no answer"));
    return *call.result;
}

// Every file below the given folders whose bytes contain needle (as UTF-8, UTF-16 or
// percent-encoded), so a secret cannot hide in any common encoding.
inline QStringList filesContaining(const QStringList &roots, const QString &needle)
{
    const QList<QByteArray> forms = {
        needle.toUtf8(),
        QByteArray(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2),
        QUrl::toPercentEncoding(needle),
        needle.toUtf8().toBase64(),
    };
    QStringList hits;
    for (const QString &root : roots) {
        if (root.isEmpty() || !QDir(root).exists())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            for (const QByteArray &form : forms) {
                if (content.contains(form)) {
                    hits.append(path);
                    break;
                }
            }
        }
    }
    return hits;
}

inline QString randomSecret()
{
    // Long and random enough never to appear in a file by chance.
    return QStringLiteral("rd-test-") +
           QString::fromLatin1(QUuid::createUuid().toByteArray(QUuid::Id128)) +
           QStringLiteral("-s3cr3t");
}
