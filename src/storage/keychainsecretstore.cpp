#include "keychainsecretstore.h"

#include "storagelogging.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include "appinfo.h"

namespace {
const char *operationName(KeychainSecretStore::Operation operation)
{
    switch (operation) {
    case KeychainSecretStore::Operation::Read:
        return "read";
    case KeychainSecretStore::Operation::Write:
        return "write";
    case KeychainSecretStore::Operation::Delete:
        return "delete";
    }
    return "?";
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QStringLiteral(RESELLERDESK_NAME), parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

KeychainSecretStore::~KeychainSecretStore()
{
    const QList<quint64> tickets = m_pending.keys();
    for (const quint64 ticket : tickets) {
        complete(ticket, SecretStoreResult::failure(
                             SecretStoreResult::Status::Unavailable,
                             tr("The system keychain was closed before it answered.")));
    }
}

QString KeychainSecretStore::displayName() const
{
    return tr("the system keychain");
}

QString KeychainSecretStore::keyFor(const QString &profileId)
{
    return QStringLiteral("profile/%1/client-secret").arg(profileId);
}

void KeychainSecretStore::readSecret(const QString &profileId, QObject *context, Callback callback)
{
    begin(Operation::Read, profileId, {}, context, std::move(callback));
}

void KeychainSecretStore::writeSecret(const QString &profileId, const QString &secret,
                                      QObject *context, Callback callback)
{
    begin(Operation::Write, profileId, secret, context, std::move(callback));
}

void KeychainSecretStore::deleteSecret(const QString &profileId, QObject *context,
                                       Callback callback)
{
    begin(Operation::Delete, profileId, {}, context, std::move(callback));
}

void KeychainSecretStore::begin(Operation operation, const QString &profileId,
                                const QString &secret, QObject *context, Callback callback)
{
    const quint64 ticket = m_nextTicket++;
    Pending pending;
    pending.operation = operation;
    pending.profileId = profileId;
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.callback = std::move(callback);
    pending.timer = new QTimer(this);
    pending.timer->setSingleShot(true);
    connect(pending.timer, &QTimer::timeout, this,
            [this, ticket] { complete(ticket, timeoutResult(m_timeoutMs)); });
    m_pending.insert(ticket, pending);

    startJob(ticket, secret);
    pending.timer->start(m_timeoutMs);
    qCDebug(lcStorage) << "keychain" << operationName(operation) << "for profile" << profileId;
}

void KeychainSecretStore::startJob(quint64 ticket, const QString &secret)
{
    const auto it = m_pending.constFind(ticket);
    if (it == m_pending.constEnd())
        return;
    QKeychain::Job *job = nullptr;
    switch (it->operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Never the plaintext QSettings fallback QtKeychain offers: no keychain means no storage.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(keyFor(it->profileId));
    // Deliberately without a parent: deleting a job whose backend call is still running
    // would leave QtKeychain's callback with a dangling pointer. A job that outlives its
    // timeout deletes itself once the backend finally answers.
    connect(job, &QKeychain::Job::finished, this,
            [this, ticket](QKeychain::Job *finished) { onJobFinished(ticket, finished); });
    // Some backends fail inside start(); queueing keeps every answer after this call returns.
    QMetaObject::invokeMethod(job, &QKeychain::Job::start, Qt::QueuedConnection);
}

void KeychainSecretStore::onJobFinished(quint64 ticket, QKeychain::Job *job)
{
    const auto it = m_pending.constFind(ticket);
    if (it == m_pending.constEnd()) {
        qCInfo(lcStorage) << "keychain answered after the timeout; the answer was dropped";
        return;
    }
    SecretStoreResult result = resultFor(job->error(), job->errorString());
    // Deleting is idempotent, and a busy Secret Service sometimes fails a delete it then
    // carries out on a second try: one more attempt before reporting a failure.
    if (it->operation == Operation::Delete && !result.isGone() &&
        result.status != SecretStoreResult::Status::Unavailable && !it->retried) {
        m_pending[ticket].retried = true;
        qCInfo(lcStorage) << "keychain delete failed, trying once more:" << job->errorString();
        startJob(ticket, {});
        return;
    }
    if (result.ok() && it->operation == Operation::Read)
        result.secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
    complete(ticket, result);
}

void KeychainSecretStore::complete(quint64 ticket, const SecretStoreResult &result)
{
    const auto it = m_pending.find(ticket);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(it.value());
    m_pending.erase(it);
    pending.timer->stop();
    pending.timer->deleteLater();
    if (!result.ok() && result.status != SecretStoreResult::Status::NotFound) {
        qCWarning(lcStorage).noquote()
            << "keychain" << operationName(pending.operation) << "for profile" << pending.profileId
            << "failed:" << result.detail;
    }
    if (pending.hasContext && !pending.context)
        return;
    pending.callback(result);
}

SecretStoreResult KeychainSecretStore::timeoutResult(int timeoutMs)
{
    return SecretStoreResult::failure(
        SecretStoreResult::Status::Unavailable,
        tr("The system keychain did not answer within %n second(s). It may be waiting for "
           "you to unlock it, or its service may not be responding.",
           nullptr, std::max(1, timeoutMs / 1000)),
        QStringLiteral("timeout after %1 ms").arg(timeoutMs));
}

SecretStoreResult KeychainSecretStore::resultFor(int keychainError, const QString &errorString)
{
    using Status = SecretStoreResult::Status;
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return SecretStoreResult::success();
    case QKeychain::EntryNotFound:
        return SecretStoreResult::failure(
            Status::NotFound,
            tr("No client secret is stored in the system keychain for this profile."), errorString);
    case QKeychain::CouldNotDeleteEntry:
        return SecretStoreResult::failure(
            Status::Failed,
            tr("The client secret could not be removed from the system keychain: %1")
                .arg(errorString),
            errorString);
    case QKeychain::AccessDeniedByUser:
        return SecretStoreResult::failure(
            Status::Unavailable, tr("Access to the system keychain was denied."), errorString);
    case QKeychain::AccessDenied:
        return SecretStoreResult::failure(
            Status::Unavailable,
            tr("The system keychain refused access. It may be locked: unlock it and try again."),
            errorString);
    case QKeychain::NoBackendAvailable:
        return SecretStoreResult::failure(
            Status::Unavailable,
            tr("No system keychain is available. On Linux, a Secret Service such as GNOME "
               "Keyring or KWallet must be running."),
            errorString);
    case QKeychain::NotImplemented:
        return SecretStoreResult::failure(Status::Unavailable,
                                          tr("This system has no keychain ResellerDesk can use."),
                                          errorString);
    case QKeychain::OtherError:
        break;
    }
    // OtherError covers "no D-Bus session", "cannot connect" and similar: the keychain
    // cannot be reached, which to the user is the same as not having one.
    return SecretStoreResult::failure(
        Status::Unavailable,
        errorString.isEmpty() ? tr("The system keychain could not be reached.")
                              : tr("The system keychain could not be reached: %1").arg(errorString),
        errorString);
}
