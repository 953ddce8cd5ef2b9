#include "draftstore.h"

#include "storagelogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {
const QString Suffix = QStringLiteral(".json");
// A draft is a few kilobytes; anything this large is not one of ours.
constexpr qint64 MaxDraftFileSize = 16 * 1024 * 1024;
} // namespace

DraftStore::DraftStore(const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{}

QString DraftStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/drafts");
}

QString DraftStore::filePath(const QString &id) const
{
    return QDir(m_directory).filePath(id + Suffix);
}

bool DraftStore::contains(const QString &id) const
{
    return OrderDraft::isValidId(id) && QFileInfo::exists(filePath(id));
}

namespace {
bool readDraftFile(const QString &path, OrderDraft *draft, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = DraftStore::tr("The draft file cannot be opened: %1").arg(file.errorString());
        return false;
    }
    if (file.size() > MaxDraftFileSize) {
        *error = DraftStore::tr("The file is too large to be an order draft.");
        return false;
    }
    const QByteArray data = file.readAll();
    if (data.trimmed().isEmpty()) {
        *error = DraftStore::tr("The draft file is empty.");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = DraftStore::tr("The draft file is damaged (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    return OrderDraft::fromJson(document.object(), draft, error);
}
} // namespace

DraftStore::Listing DraftStore::list() const
{
    Listing listing;
    const QDir dir(m_directory);
    if (!dir.exists())
        return listing;
    const QFileInfoList files = dir.entryInfoList(
        {QStringLiteral("*.json")}, QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name);
    for (const QFileInfo &info : files) {
        OrderDraft draft;
        QString error;
        if (!readDraftFile(info.absoluteFilePath(), &draft, &error)) {
            qCWarning(lcStorage) << "Unreadable draft file" << info.fileName() << error;
            listing.broken.append({info.absoluteFilePath(), error});
            continue;
        }
        if (draft.id + Suffix != info.fileName()) {
            // A copied or renamed file: saving it would write under another name.
            listing.broken.append(
                {info.absoluteFilePath(),
                 tr("The file name does not match the draft's id %1.").arg(draft.id)});
            continue;
        }
        listing.drafts.append(draft);
    }
    std::stable_sort(
        listing.drafts.begin(), listing.drafts.end(),
        [](const OrderDraft &a, const OrderDraft &b) { return a.updated > b.updated; });
    return listing;
}

bool DraftStore::load(const QString &id, OrderDraft *draft, QString *error) const
{
    QString message;
    if (!OrderDraft::isValidId(id)) {
        message = tr("There is no draft with the id %1.").arg(id);
    } else if (!QFileInfo::exists(filePath(id))) {
        message = tr("The draft %1 no longer exists.").arg(id);
    } else if (readDraftFile(filePath(id), draft, &message)) {
        return true;
    }
    if (error)
        *error = message;
    return false;
}

bool DraftStore::save(const OrderDraft &draft, QString *error)
{
    const auto fail = [error](const QString &message) {
        qCWarning(lcStorage) << "Draft not saved:" << message;
        if (error)
            *error = message;
        return false;
    };
    if (!OrderDraft::isValidId(draft.id))
        return fail(tr("The draft has no valid id."));
    if (!QDir().mkpath(m_directory))
        return fail(tr("The drafts folder %1 cannot be created.").arg(m_directory));
    QSaveFile file(filePath(draft.id));
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("The draft cannot be written: %1").arg(file.errorString()));
    const QByteArray data = QJsonDocument(draft.toJson()).toJson(QJsonDocument::Indented);
    if (file.write(data) != data.size()) {
        file.cancelWriting();
        return fail(tr("The draft cannot be written: %1").arg(file.errorString()));
    }
    if (!file.commit())
        return fail(tr("The draft cannot be written: %1").arg(file.errorString()));
    return true;
}

bool DraftStore::remove(const QString &id, QString *error)
{
    if (!OrderDraft::isValidId(id)) {
        if (error)
            *error = tr("There is no draft with the id %1.").arg(id);
        return false;
    }
    QFile file(filePath(id));
    if (!file.exists())
        return true;
    if (!file.remove()) {
        if (error)
            *error = tr("The draft cannot be deleted: %1").arg(file.errorString());
        return false;
    }
    return true;
}
