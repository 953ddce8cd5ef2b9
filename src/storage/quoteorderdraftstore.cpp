#include "quoteorderdraftstore.h"

#include "storagelogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
constexpr qint64 MaxDraftFileSize = 16 * 1024 * 1024;
} // namespace

QuoteOrderDraftStore::QuoteOrderDraftStore(const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{}

QString QuoteOrderDraftStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/quote-drafts");
}

QString QuoteOrderDraftStore::filePath(const QString &profileId) const
{
    // Profile ids are the desk's own, but a file name must never depend on their spelling.
    const QByteArray hash =
        QCryptographicHash::hash(profileId.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir(m_directory)
        .filePath(QStringLiteral("quote-order-") + QString::fromLatin1(hash) +
                  QStringLiteral(".json"));
}

bool QuoteOrderDraftStore::contains(const QString &profileId) const
{
    return QFileInfo::exists(filePath(profileId));
}

bool QuoteOrderDraftStore::load(const QString &profileId, QuoteOrderDraft *draft,
                                QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QFile file(filePath(profileId));
    if (!file.exists())
        return fail(tr("There is no draft of an order from a quote."));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The draft file cannot be opened: %1").arg(file.errorString()));
    if (file.size() > MaxDraftFileSize)
        return fail(tr("The file is too large to be a draft."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(tr("The draft file %1 is damaged: %2")
                        .arg(QDir::toNativeSeparators(file.fileName()), parseError.errorString()));
    QuoteOrderDraft loaded;
    if (!QuoteOrderDraft::fromJson(document.object(), &loaded, error))
        return false;
    if (loaded.order.profileId != profileId)
        return fail(tr("The draft belongs to another profile."));
    *draft = loaded;
    return true;
}

bool QuoteOrderDraftStore::save(const QuoteOrderDraft &draft, QString *error)
{
    const auto fail = [error](const QString &message) {
        qCWarning(lcStorage) << "Quote order draft not saved:" << message;
        if (error)
            *error = message;
        return false;
    };
    if (draft.order.profileId.isEmpty())
        return fail(tr("The draft has no profile."));
    if (!QDir().mkpath(m_directory))
        return fail(tr("The drafts folder %1 cannot be created.").arg(m_directory));
    QSaveFile file(filePath(draft.order.profileId));
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

bool QuoteOrderDraftStore::remove(const QString &profileId, QString *error)
{
    QFile file(filePath(profileId));
    if (!file.exists())
        return true;
    if (file.remove())
        return true;
    if (error)
        *error = tr("The draft cannot be removed: %1").arg(file.errorString());
    return false;
}
