#include "secretsource.h"

#include <QCoreApplication>

InMemorySecretSource::InMemorySecretSource(QString secret)
    : m_secret(std::move(secret))
{}

void InMemorySecretSource::setSecret(const QString &secret)
{
    m_secret = secret;
}

void InMemorySecretSource::readSecret(Callback callback)
{
    if (m_secret.isEmpty()) {
        callback({{},
                  QCoreApplication::translate("SecretSource",
                                              "No client secret is set for this profile.")});
        return;
    }
    callback({m_secret, {}});
}
