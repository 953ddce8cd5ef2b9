// The local order drafts: one JSON file per draft in a directory, written atomically.
#pragma once

#include "orderdraft.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    // A draft file that could not be read. It stays where it is: nothing is deleted silently.
    struct BrokenFile
    {
        QString path;
        QString message;
    };
    struct Listing
    {
        QList<OrderDraft> drafts; // newest first
        QList<BrokenFile> broken;
    };

    // directory empty: QStandardPaths::AppDataLocation/drafts.
    explicit DraftStore(const QString &directory = {});

    QString directory() const { return m_directory; }
    static QString defaultDirectory();
    QString filePath(const QString &id) const;

    Listing list() const;
    // Returns false and sets error when the draft is missing or unreadable.
    bool load(const QString &id, OrderDraft *draft, QString *error = nullptr) const;
    // Writes through QSaveFile: a crash mid-write leaves the previous version intact.
    bool save(const OrderDraft &draft, QString *error = nullptr);
    bool remove(const QString &id, QString *error = nullptr);
    bool contains(const QString &id) const;

private:
    QString m_directory;
};
