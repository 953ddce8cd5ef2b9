#include "profilestore.h"

#include "storagelogging.h"

#include <QSettings>

namespace {
const QString Group = QStringLiteral("ConnectionProfiles");
const QString KeyOrder = QStringLiteral("order");
const QString KeyCurrent = QStringLiteral("current");
const QString KeyInitialized = QStringLiteral("initialized");
const QString KeyPendingDeletions = QStringLiteral("pendingSecretDeletions");
const QString KeyName = QStringLiteral("name");
const QString KeyEnvironment = QStringLiteral("environment");
const QString KeyCustomUrl = QStringLiteral("customUrl");
const QString KeyCustomerNumber = QStringLiteral("customerNumber");
const QString KeyCountryCode = QStringLiteral("countryCode");
const QString KeySenderId = QStringLiteral("senderId");
const QString KeyCustomerContact = QStringLiteral("customerContact");
const QString KeyClientId = QStringLiteral("clientId");
const QString KeyOrderApiVersion = QStringLiteral("orderApiVersion");
const QString KeyQuoteOrderEndpoint = QStringLiteral("quoteOrderEndpoint");

QString profileGroup(const QString &id)
{
    return Group + QStringLiteral("/profiles/") + id;
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
    Q_ASSERT(settings);
    qRegisterMetaType<SecretStoreResult>();
    load();
    if (m_profiles.isEmpty() &&
        !m_settings->value(Group + QLatin1Char('/') + KeyInitialized).toBool()) {
        m_firstRun = true;
        const ConnectionProfile sandbox = ConnectionProfile::offlineSandbox();
        m_profiles.append(sandbox);
        writeProfile(sandbox);
        writeOrder();
        m_currentId = sandbox.id;
        m_settings->setValue(Group + QLatin1Char('/') + KeyCurrent, m_currentId);
        m_settings->setValue(Group + QLatin1Char('/') + KeyInitialized, true);
        m_settings->sync();
        qCInfo(lcStorage) << "no connection profiles yet; starting with the offline sandbox";
    }
    if (m_secrets && !pendingSecretDeletions().isEmpty())
        retryPendingSecretDeletions();
}

void ProfileStore::load()
{
    m_profiles.clear();
    const QStringList order = m_settings->value(Group + QLatin1Char('/') + KeyOrder).toStringList();
    for (const QString &id : order) {
        if (id.isEmpty() || contains(id))
            continue;
        m_settings->beginGroup(profileGroup(id));
        ConnectionProfile profile;
        profile.id = id;
        profile.name = m_settings->value(KeyName).toString();
        bool known = false;
        profile.environment = ConnectionProfile::environmentFromKey(
            m_settings->value(KeyEnvironment).toString(), &known);
        if (!known) {
            // An unknown environment must never silently become production; the sandbox is safe.
            qCWarning(lcStorage) << "profile" << id << "has an unknown environment";
        }
        if (profile.environment == ConnectionProfile::Environment::Custom)
            profile.customUrl = QUrl(m_settings->value(KeyCustomUrl).toString());
        profile.customerNumber = m_settings->value(KeyCustomerNumber).toString();
        profile.countryCode = m_settings->value(KeyCountryCode).toString();
        profile.senderId = m_settings->value(KeySenderId).toString();
        profile.customerContact = m_settings->value(KeyCustomerContact).toString();
        profile.clientId = m_settings->value(KeyClientId).toString();
        profile.orderApiVersion =
            m_settings->value(KeyOrderApiVersion).toString() == QLatin1String("v7")
                ? ConnectionProfile::OrderApiVersion::V7
                : ConnectionProfile::OrderApiVersion::V6;
        profile.quoteOrderEndpoint = ConnectionProfile::quoteOrderEndpointFromKey(
            m_settings->value(KeyQuoteOrderEndpoint).toString());
        m_settings->endGroup();
        m_profiles.append(profile);
    }
    m_currentId = m_settings->value(Group + QLatin1Char('/') + KeyCurrent).toString();
}

void ProfileStore::writeProfile(const ConnectionProfile &profile)
{
    // Only these non-secret fields ever reach the settings file.
    m_settings->remove(profileGroup(profile.id));
    m_settings->beginGroup(profileGroup(profile.id));
    m_settings->setValue(KeyName, profile.name);
    m_settings->setValue(KeyEnvironment, ConnectionProfile::environmentKey(profile.environment));
    if (profile.environment == ConnectionProfile::Environment::Custom)
        m_settings->setValue(KeyCustomUrl, profile.customUrl.toString());
    m_settings->setValue(KeyCustomerNumber, profile.customerNumber);
    m_settings->setValue(KeyCountryCode, profile.countryCode);
    m_settings->setValue(KeySenderId, profile.senderId);
    m_settings->setValue(KeyCustomerContact, profile.customerContact);
    m_settings->setValue(KeyClientId, profile.clientId);
    m_settings->setValue(KeyOrderApiVersion,
                         profile.orderApiVersion == ConnectionProfile::OrderApiVersion::V7
                             ? QStringLiteral("v7")
                             : QStringLiteral("v6"));
    m_settings->setValue(KeyQuoteOrderEndpoint,
                         ConnectionProfile::quoteOrderEndpointKey(profile.quoteOrderEndpoint));
    m_settings->endGroup();
}

void ProfileStore::writeOrder()
{
    QStringList order;
    order.reserve(m_profiles.size());
    for (const ConnectionProfile &profile : std::as_const(m_profiles))
        order.append(profile.id);
    m_settings->setValue(Group + QLatin1Char('/') + KeyOrder, order);
}

int ProfileStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

ConnectionProfile ProfileStore::profile(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? ConnectionProfile() : m_profiles.at(index);
}

QString ProfileStore::save(const ConnectionProfile &profile)
{
    ConnectionProfile stored = profile;
    if (stored.id.isEmpty())
        stored.id = ConnectionProfile::newId();
    if (stored.environment != ConnectionProfile::Environment::Custom)
        stored.customUrl.clear();
    const int index = indexOf(stored.id);
    const bool added = index < 0;
    if (added)
        m_profiles.append(stored);
    else
        m_profiles[index] = stored;
    writeProfile(stored);
    writeOrder();
    // A profile saved again under an id whose old secret was still queued for deletion
    // (the offline sandbox's fixed id) must not lose its new secret later.
    setPendingDeletion(stored.id, false);
    if (m_currentId.isEmpty() || !contains(m_currentId)) {
        m_currentId = stored.id;
        m_settings->setValue(Group + QLatin1Char('/') + KeyCurrent, m_currentId);
    }
    m_settings->sync();
    qCInfo(lcStorage) << (added ? "added" : "updated") << "connection profile" << stored.id;
    if (added)
        Q_EMIT profileAdded(stored.id);
    else
        Q_EMIT profileChanged(stored.id);
    if (m_currentId == stored.id && added)
        Q_EMIT currentProfileChanged(m_currentId);
    return stored.id;
}

bool ProfileStore::remove(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    m_profiles.removeAt(index);
    m_settings->remove(profileGroup(id));
    writeOrder();
    setPendingDeletion(id, true);
    const bool wasCurrent = m_currentId == id;
    if (wasCurrent) {
        m_currentId = m_profiles.isEmpty() ? QString() : m_profiles.constFirst().id;
        m_settings->setValue(Group + QLatin1Char('/') + KeyCurrent, m_currentId);
    }
    m_settings->sync();
    qCInfo(lcStorage) << "removed connection profile" << id;
    Q_EMIT profileRemoved(id);
    if (wasCurrent)
        Q_EMIT currentProfileChanged(m_currentId);
    deleteSecret(id);
    return true;
}

QString ProfileStore::currentProfileId() const
{
    if (contains(m_currentId))
        return m_currentId;
    return m_profiles.isEmpty() ? QString() : m_profiles.constFirst().id;
}

ConnectionProfile ProfileStore::currentProfile() const
{
    const QString id = currentProfileId();
    return id.isEmpty() ? ConnectionProfile::offlineSandbox() : profile(id);
}

void ProfileStore::setCurrentProfileId(const QString &id)
{
    if (!contains(id) || id == currentProfileId())
        return;
    m_currentId = id;
    m_settings->setValue(Group + QLatin1Char('/') + KeyCurrent, m_currentId);
    m_settings->sync();
    Q_EMIT currentProfileChanged(id);
}

QStringList ProfileStore::pendingSecretDeletions() const
{
    return m_settings->value(Group + QLatin1Char('/') + KeyPendingDeletions).toStringList();
}

void ProfileStore::setPendingDeletion(const QString &id, bool pending)
{
    QStringList ids = pendingSecretDeletions();
    const bool listed = ids.contains(id);
    if (pending == listed)
        return;
    if (pending)
        ids.append(id);
    else
        ids.removeAll(id);
    if (ids.isEmpty())
        m_settings->remove(Group + QLatin1Char('/') + KeyPendingDeletions);
    else
        m_settings->setValue(Group + QLatin1Char('/') + KeyPendingDeletions, ids);
    m_settings->sync();
}

void ProfileStore::retryPendingSecretDeletions()
{
    const QStringList ids = pendingSecretDeletions();
    for (const QString &id : ids) {
        if (contains(id))
            setPendingDeletion(id, false);
        else
            deleteSecret(id);
    }
}

void ProfileStore::deleteSecret(const QString &id)
{
    if (!m_secrets) {
        SecretStoreResult result = SecretStoreResult::failure(
            SecretStoreResult::Status::Unavailable,
            tr("No secret store is configured; the client secret could not be removed."));
        Q_EMIT secretRemoved(id, result);
        return;
    }
    m_secrets->deleteSecret(id, this, [this, id](const SecretStoreResult &result) {
        if (result.isGone())
            setPendingDeletion(id, false);
        Q_EMIT secretRemoved(id, result);
    });
}
