// Client secrets the user chose to keep for this run only: in memory, never written anywhere.
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class SessionSecretCache : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool contains(const QString &profileId) const { return m_secrets.contains(profileId); }
    QString secret(const QString &profileId) const { return m_secrets.value(profileId); }
    void setSecret(const QString &profileId, const QString &secret);
    void remove(const QString &profileId);
    void clear();

Q_SIGNALS:
    void changed(const QString &profileId);

private:
    QHash<QString, QString> m_secrets;
};
