// The sandbox's quotes: a deterministic set built from the seed, looked up and searched the way
// GET /resellers/v6/quotes/search does.
#pragma once

#include "sandbox/sandboxquery.h"
#include "sandbox/sandboxquote.h"
#include "sandbox/sandboxresponse.h"
#include "sandbox/sandboxsearchcriteria.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class SandboxQuoteBook
{
public:
    // Quotes every seed has, whatever else it generates: tests and demos can rely on them.
    static constexpr const char *NoVendorFieldsQuote = "QUO-10926-Y8G1B3";
    static constexpr const char *HeaderAndLineFieldsQuote = "QUO-14551943-D2Y9L9";
    static constexpr const char *HeaderFieldsQuote = "QUO-20410-H4D7R2";
    static constexpr const char *LineFieldsQuote = "QUO-20411-L8N2C5";
    static constexpr const char *ExpiredQuote = "QUO-20412-X3P9E6";
    static constexpr const char *DraftQuote = "QUO-20413-D5F1T8";
    // Still "Active" in the CRM, but past its expiry date.
    static constexpr const char *LapsedQuote = "QUO-20414-E2K6M4";
    static constexpr int GeneratedCount = 42;

    SandboxQuoteBook(quint64 seed = 0, QDate today = {});

    QDate today() const { return m_today; }
    const QList<SandboxQuote> &quotes() const { return m_quotes; }
    // Case-insensitive; null when there is no such quote.
    const SandboxQuote *quote(const QString &quoteNumber) const;

    struct Criteria
    {
        static constexpr int DefaultPageSize = 25;
        static constexpr int MaxPageSize = 100;
        // With no filter at all, search answers with the quotes created in the last 30 days.
        static constexpr int DefaultWindowDays = 30;

        QString quoteNumber; // partial match
        QString quoteName;   // partial match
        QString vendorName;  // partial match
        QString specialBidNumber;
        QString endUserContact; // partial match, on the contact and the end user's company
        QString status;
        std::optional<SandboxDateRange> created;
        QString sortBy = QStringLiteral("createdDate");
        bool descending = true;
        int pageSize = DefaultPageSize;
        int pageNumber = 1;

        bool parse(const SandboxQuery &query, QList<SandboxFieldError> *errors);
        bool hasFilter() const;
    };
    struct SearchResult
    {
        int recordsFound = 0;
        QList<const SandboxQuote *> page;
    };
    SearchResult search(const Criteria &criteria) const;

private:
    void addFixedQuotes();
    void generate(quint64 seed, int count);

    QDate m_today;
    QList<SandboxQuote> m_quotes;
};
