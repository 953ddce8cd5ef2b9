#include "sessionsecretcache.h"

void SessionSecretCache::setSecret(const QString &profileId, const QString &secret)
{
    m_secrets.insert(profileId, secret);
    Q_EMIT changed(profileId);
}

void SessionSecretCache::remove(const QString &profileId)
{
    if (m_secrets.remove(profileId) > 0)
        Q_EMIT changed(profileId);
}

void SessionSecretCache::clear()
{
    const QStringList ids = m_secrets.keys();
    m_secrets.clear();
    for (const QString &id : ids)
        Q_EMIT changed(id);
}
