// Where the quote-to-order wizard keeps its draft: one JSON file per profile, written
// atomically like the order drafts, never deleted because it could not be read.
#pragma once

#include "quoteorderdraft.h"

#include <QCoreApplication>
#include <QString>

class QuoteOrderDraftStore
{
    Q_DECLARE_TR_FUNCTIONS(QuoteOrderDraftStore)

public:
    // directory empty: QStandardPaths::AppDataLocation/quote-drafts.
    explicit QuoteOrderDraftStore(const QString &directory = {});

    QString directory() const { return m_directory; }
    static QString defaultDirectory();
    QString filePath(const QString &profileId) const;

    bool contains(const QString &profileId) const;
    // Returns false and sets error when there is no draft or it cannot be read.
    bool load(const QString &profileId, QuoteOrderDraft *draft, QString *error = nullptr) const;
    // Writes through QSaveFile: a crash mid-write leaves the previous version intact.
    bool save(const QuoteOrderDraft &draft, QString *error = nullptr);
    bool remove(const QString &profileId, QString *error = nullptr);

private:
    QString m_directory;
};
