#include "pendingorderstore.h"

#include "pendingordertracker.h"
#include "storagelogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
constexpr int FormatVersion = 1;
}

PendingOrderStore::PendingOrderStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                      : directory)
{}

QString PendingOrderStore::filePath(const QString &profileId) const
{
    // Profile IDs are UUIDs, but a file name must never be built from arbitrary text.
    const QByteArray key =
        QCryptographicHash::hash(profileId.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(m_directory)
        .filePath(QStringLiteral("pending-orders-%1.json").arg(QString::fromLatin1(key)));
}

QList<PendingOrder> PendingOrderStore::load(const QString &profileId, QString *error) const
{
    QFile file(filePath(profileId));
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The pending orders file %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = tr("The pending orders file %1 is damaged: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), parseError.errorString());
        return {};
    }
    QList<PendingOrder> entries;
    const QJsonArray array = document.object().value(QStringLiteral("pendingOrders")).toArray();
    for (const QJsonValue &value : array) {
        const PendingOrder entry = PendingOrder::fromJson(value.toObject());
        if (!entry.customerOrderNumber.isEmpty())
            entries.append(entry);
    }
    return entries;
}

bool PendingOrderStore::save(const QString &profileId, const QList<PendingOrder> &entries,
                             QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error =
                tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    QJsonArray array;
    for (const PendingOrder &entry : entries)
        array.append(entry.toJson());
    const QJsonObject root{{QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("pendingOrders"), array}};
    QSaveFile file(filePath(profileId));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = tr("The pending orders cannot be saved to %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    return true;
}

bool PendingOrderStore::remove(const QString &profileId) const
{
    QFile file(filePath(profileId));
    return !file.exists() || file.remove();
}

void PendingOrderStore::bind(PendingOrderTracker *tracker)
{
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = tracker;
    if (!tracker)
        return;
    connect(tracker, &PendingOrderTracker::entriesChanged, this, [this] {
        if (!m_tracker || m_tracker->profileId().isEmpty())
            return;
        QString error;
        if (!save(m_tracker->profileId(), m_tracker->entries(), &error)) {
            qCWarning(lcStorage).noquote() << error;
            Q_EMIT failed(error);
        }
    });
}

void PendingOrderStore::switchProfile(const QString &profileId)
{
    if (!m_tracker)
        return;
    QString error;
    const QList<PendingOrder> entries = load(profileId, &error);
    if (!error.isEmpty()) {
        // Set aside, so that the next save cannot overwrite what may still be rescued.
        const QString path = filePath(profileId);
        const QString aside = path + QStringLiteral(".damaged");
        QFile::remove(aside);
        QFile::rename(path, aside);
        error = tr("%1 It was kept as %2.").arg(error, QDir::toNativeSeparators(aside));
        qCWarning(lcStorage).noquote() << error;
        Q_EMIT failed(error);
    }
    m_tracker->restart(profileId, entries);
}
