// The quotes resource of the Reseller API: search, details and validate quote.
#pragma once

#include "quotejobs.h"
#include "quotesearchquery.h"

#include <QObject>

class ApiClient;

class QuotesService : public QObject
{
    Q_OBJECT

public:
    explicit QuotesService(ApiClient *client, QObject *parent = nullptr);

    // The returned job is already started and finishes exactly once. Invalid input finishes it
    // with an InvalidRequest error (fieldErrors name the parameter) without sending anything.
    // Search needs the profile's customer contact e-mail (IM-CustomerContact): without one it
    // finishes with a Configuration error naming ConnectionProfile::FieldCustomerContact,
    // before sending. The other calls send the header when the profile has it.
    QuoteSearchJob *search(const QuoteSearchQuery &query, QObject *parent = nullptr);
    QuoteDetailsJob *details(const QString &quoteNumber, QObject *parent = nullptr);
    QuoteValidateJob *validate(const QString &quoteNumber, QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }

    static constexpr const char *SearchPath = "/resellers/v6/quotes/search";
    static constexpr const char *DetailsEndpoint = "GET /resellers/v6/quotes/{quoteNumber}";
    static constexpr const char *ValidatePath = "/resellers/v6/q2o/validatequote";
    static constexpr const char *CustomerContactHeader = "IM-CustomerContact";
    static constexpr int CustomerContactMaxLength = 64;

private:
    ApiHeaderList contactHeader() const;

    ApiClient *m_client;
};
