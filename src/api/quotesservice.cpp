#include "quotesservice.h"

#include "apiclient.h"

#include <QUrl>

namespace {

ApiError invalidQuoteNumber(const QString &quoteNumber)
{
    ApiError error = ApiError::make(ApiError::Kind::InvalidRequest);
    const QString message =
        quoteNumber.trimmed().isEmpty()
            ? QCoreApplication::translate("QuotesService", "Enter a quote number.")
            : QCoreApplication::translate("QuotesService",
                                          "A quote number has at most %n characters.", nullptr, 35);
    error.fieldErrors.append({QStringLiteral("quoteNumber"), message, quoteNumber});
    return error;
}

bool quoteNumberOk(const QString &quoteNumber)
{
    const QString trimmed = quoteNumber.trimmed();
    return !trimmed.isEmpty() && trimmed.size() <= 35;
}

} // namespace

QuotesService::QuotesService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ApiHeaderList QuotesService::contactHeader() const
{
    const QString contact = m_client->profile().customerContact.trimmed();
    if (contact.isEmpty())
        return {};
    return {{QByteArray(CustomerContactHeader), contact.toUtf8()}};
}

QuoteSearchJob *QuotesService::search(const QuoteSearchQuery &query, QObject *parent)
{
    auto *job = new QuoteSearchJob(parent);
    ApiRequest request = ApiRequest::get(QLatin1String(SearchPath));
    for (const auto &item : query.toQueryItems())
        request.query.append({item.first, item.second});
    request.headers = contactHeader();

    const QString contact = m_client->profile().customerContact.trimmed();
    if (contact.isEmpty() || contact.size() > CustomerContactMaxLength) {
        ApiError error = ApiError::make(
            ApiError::Kind::Configuration,
            contact.isEmpty()
                ? tr("Quote search needs the customer contact e-mail of the connection profile "
                     "(sent as IM-CustomerContact). Add it to the profile “%1”.")
                      .arg(m_client->profile().name)
                : tr("The customer contact e-mail of the connection profile is longer than %n "
                     "characters.",
                     nullptr, CustomerContactMaxLength));
        error.fieldErrors.append({QLatin1String(ConnectionProfile::FieldCustomerContact),
                                  error.technicalDetail, contact});
        m_client->reject(job, request, error);
        return job;
    }
    const auto problems = query.validate();
    if (!problems.isEmpty()) {
        ApiError error = ApiError::make(ApiError::Kind::InvalidRequest);
        for (const auto &problem : problems)
            error.fieldErrors.append({problem.field, problem.message, {}});
        m_client->reject(job, request, error);
        return job;
    }
    m_client->start(job, request);
    return job;
}

QuoteDetailsJob *QuotesService::details(const QString &quoteNumber, QObject *parent)
{
    auto *job = new QuoteDetailsJob(parent);
    ApiRequest request =
        ApiRequest::get(QLatin1String("/resellers/v6/quotes/") +
                            QString::fromLatin1(QUrl::toPercentEncoding(quoteNumber.trimmed())),
                        QLatin1String(DetailsEndpoint));
    request.headers = contactHeader();
    if (quoteNumberOk(quoteNumber))
        m_client->start(job, request);
    else
        m_client->reject(job, request, invalidQuoteNumber(quoteNumber));
    return job;
}

QuoteValidateJob *QuotesService::validate(const QString &quoteNumber, QObject *parent)
{
    auto *job = new QuoteValidateJob(parent);
    ApiRequest request = ApiRequest::get(QLatin1String(ValidatePath));
    request.query.append({QStringLiteral("quoteNumber"), quoteNumber.trimmed()});
    request.headers = contactHeader();
    if (quoteNumberOk(quoteNumber))
        m_client->start(job, request);
    else
        m_client->reject(job, request, invalidQuoteNumber(quoteNumber));
    return job;
}
