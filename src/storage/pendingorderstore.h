// Keeps each profile's pending v7 orders in a JSON file under the application data folder, so that
// tracking survives restarts. Holds order references only: no secrets, no tokens.
#pragma once

#include "pendingorder.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class PendingOrderTracker;

class PendingOrderStore : public QObject
{
    Q_OBJECT

public:
    // directory empty: QStandardPaths::AppDataLocation.
    explicit PendingOrderStore(const QString &directory = {}, QObject *parent = nullptr);

    QString directory() const { return m_directory; }
    QString filePath(const QString &profileId) const;

    // An empty list when the profile has no file yet; a broken file is reported, not hidden.
    QList<PendingOrder> load(const QString &profileId, QString *error = nullptr) const;
    // Atomic: the old file stays whole until the new one is complete.
    bool save(const QString &profileId, const QList<PendingOrder> &entries,
              QString *error = nullptr) const;
    bool remove(const QString &profileId) const;

    // Saves the tracker's entries under its profile whenever they change.
    void bind(PendingOrderTracker *tracker);
    // Loads the profile's entries into the bound tracker and tracks them from now on.
    void switchProfile(const QString &profileId);

Q_SIGNALS:
    // Loading or saving failed; the message is translated.
    void failed(const QString &message);

private:
    QString m_directory;
    QPointer<PendingOrderTracker> m_tracker;
};
