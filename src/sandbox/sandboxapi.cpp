#include "sandbox/sandboxapi.h"

#include "sandbox/sandboxorderdesk.h"
#include "sandbox/sandboxorderjson.h"
#include "sandbox/sandboxquery.h"
#include "sandbox/sandboxquotejson.h"
#include "sandbox/sandboxsearchcriteria.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/sandboxtokenstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace {

const QString validationType = QStringLiteral("/errors/validation-failed");
const QString validationMessage = QStringLiteral("Validation failed");
const QString searchPath = QStringLiteral("/resellers/v6/orders/search");
const QString detailsPrefix = QStringLiteral("/resellers/v6.1/orders/");
const QString createV6Path = QStringLiteral("/resellers/v6/orders");
const QString createV7Path = QStringLiteral("/resellers/v7/orders");
const QString orderPrefix = QStringLiteral("/resellers/v6/orders/");
const QString quoteSearchPath = QStringLiteral("/resellers/v6/quotes/search");
const QString quotePrefix = QStringLiteral("/resellers/v6/quotes/");
const QString validateQuotePath = QStringLiteral("/resellers/v6/q2o/validatequote");
const QString quoteOrderPath = QStringLiteral("/resellers/v6/q2o/orders");

SandboxResponse validationError(const QList<SandboxFieldError> &fields)
{
    return SandboxResponse::errors(400, validationType, validationMessage, fields);
}

SandboxResponse notFound(const QString &message)
{
    return SandboxResponse::errors(404, QStringLiteral("/errors/validation-error"), message);
}

// The vendor's gateway answers this way for a path it has no API for.
SandboxResponse noSuchProxy(const SandboxRequestRecord &request)
{
    return SandboxResponse::fault(
        404, QStringLiteral("Unable to identify proxy for host: default and url: ") + request.path,
        QStringLiteral("messaging.adaptors.http.flow.ApplicationNotFound"));
}

SandboxResponse methodNotAllowed(const SandboxRequestRecord &request)
{
    SandboxResponse response =
        SandboxResponse::errors(405, QStringLiteral("/errors/method-not-allowed"),
                                QStringLiteral("Method %1 is not allowed on %2")
                                    .arg(QString::fromLatin1(request.method), request.path));
    return response;
}

} // namespace

SandboxApi::SandboxApi(SandboxStore *store, SandboxTokenStore *tokens, SandboxOrderDesk *desk,
                       const QString &clientId, const QString &clientSecret)
    : m_store(store)
    , m_tokens(tokens)
    , m_desk(desk)
    , m_clientId(clientId)
    , m_clientSecret(clientSecret)
{}

SandboxResponse SandboxApi::expiredToken()
{
    SandboxResponse response =
        SandboxResponse::fault(401, QStringLiteral("Access Token expired"),
                               QStringLiteral("keymanagement.service.access_token_expired"));
    response.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                             QByteArrayLiteral("Bearer realm=\"null\",error=\"invalid_token\","
                                               "error_description=\"keymanagement.service."
                                               "access_token_expired: Access Token expired\"")});
    return response;
}

SandboxResponse SandboxApi::invalidToken()
{
    SandboxResponse response =
        SandboxResponse::fault(401, QStringLiteral("Invalid Access Token"),
                               QStringLiteral("keymanagement.service.invalid_access_token"));
    response.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                             QByteArrayLiteral("Bearer realm=\"null\",error=\"invalid_token\","
                                               "error_description=\"keymanagement.service."
                                               "invalid_access_token: Invalid Access Token\"")});
    return response;
}

SandboxResponse SandboxApi::handle(const SandboxRequestRecord &original) const
{
    SandboxRequestRecord request = original;
    // Clients configured for the vendor's sandbox host put /sandbox before every path.
    if (request.path.startsWith(QLatin1String("/sandbox/")))
        request.path = request.path.mid(8);

    if (request.path == QLatin1String("/oauth/oauth20/token") ||
        request.path == QLatin1String("/oauth/oauth30/token")) {
        if (request.method != "GET" && request.method != "POST")
            return methodNotAllowed(request);
        return token(request);
    }

    const bool isSearch = request.path == searchPath || request.path == searchPath + u'/';
    const bool isDetails = request.path.startsWith(detailsPrefix) &&
                           request.path.size() > detailsPrefix.size() &&
                           !request.path.mid(detailsPrefix.size()).contains(QLatin1Char('/'));
    const bool isCreateV6 = request.path == createV6Path || request.path == createV6Path + u'/';
    const bool isCreateV7 = request.path == createV7Path || request.path == createV7Path + u'/';
    const bool isOrder = !isSearch && request.path.startsWith(orderPrefix) &&
                         request.path.size() > orderPrefix.size() &&
                         !request.path.mid(orderPrefix.size()).contains(QLatin1Char('/'));
    const auto isPath = [&request](const QString &path) {
        return request.path == path || request.path == path + u'/';
    };
    const bool isQuoteSearch = isPath(quoteSearchPath);
    const bool isQuote = !isQuoteSearch && request.path.startsWith(quotePrefix) &&
                         request.path.size() > quotePrefix.size() &&
                         !request.path.mid(quotePrefix.size()).contains(QLatin1Char('/'));
    const bool isValidateQuote = isPath(validateQuotePath);
    const bool isQuoteOrder = isPath(quoteOrderPath);
    const bool isQuoteApi = isQuoteSearch || isQuote || isValidateQuote || isQuoteOrder;
    if (!isSearch && !isDetails && !isCreateV6 && !isCreateV7 && !isOrder && !isQuoteApi)
        return noSuchProxy(request);

    // Time passes between requests: v7 orders come due, held orders run out of their window.
    m_desk->catchUp();
    const auto pathOrderNumber = [&request](const QString &prefix) {
        return QUrl::fromPercentEncoding(request.path.mid(prefix.size()).toUtf8());
    };

    SandboxResponse response;
    if (auto refused = checkAccess(request, isQuoteSearch)) {
        response = *refused;
    } else if (isQuoteOrder) {
        response = request.method == "POST" ? m_desk->createFromQuoteV6(request)
                                            : methodNotAllowed(request);
    } else if (isQuoteApi) {
        if (request.method != "GET")
            response = methodNotAllowed(request);
        else if (isQuoteSearch)
            response = quoteSearch(request);
        else if (isValidateQuote)
            response = validateQuote(request);
        else
            response = quoteDetails(pathOrderNumber(quotePrefix));
    } else if (isCreateV6 || isCreateV7) {
        if (request.method != "POST")
            response = methodNotAllowed(request);
        else
            response = isCreateV6 ? m_desk->createV6(request) : m_desk->createV7(request);
    } else if (isOrder) {
        if (request.method == "PUT")
            response = m_desk->modify(request, pathOrderNumber(orderPrefix));
        else if (request.method == "DELETE")
            response = m_desk->cancel(request, pathOrderNumber(orderPrefix));
        else
            response = methodNotAllowed(request);
    } else if (request.method != "GET") {
        response = methodNotAllowed(request);
    } else if (isSearch) {
        response = orderSearch(request);
    } else {
        response = orderDetails(request, pathOrderNumber(detailsPrefix));
    }
    for (const char *echoed : {"IM-CorrelationID", "IM-SenderID"}) {
        const QByteArray name(echoed);
        if (request.hasHeader(name))
            response.headers.append({name, request.header(name)});
    }
    return response;
}

SandboxResponse SandboxApi::token(const SandboxRequestRecord &request) const
{
    SandboxQuery params = SandboxQuery::parse(request.query);
    const SandboxQuery form = SandboxQuery::parse(request.body);
    QString grantType = params.value(QStringLiteral("grant_type"));
    QString clientId = params.value(QStringLiteral("client_id"));
    QString clientSecret = params.value(QStringLiteral("client_secret"));
    if (request.method == "POST") {
        if (grantType.isEmpty())
            grantType = form.value(QStringLiteral("grant_type"));
        if (clientId.isEmpty())
            clientId = form.value(QStringLiteral("client_id"));
        if (clientSecret.isEmpty())
            clientSecret = form.value(QStringLiteral("client_secret"));
    }
    // RFC 6749 also allows the client to authenticate with HTTP Basic.
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization"));
    if (clientId.isEmpty() && authorization.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = pair.indexOf(':');
        if (colon > 0) {
            clientId = QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(colon)));
            clientSecret = QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(colon + 1)));
        }
    }

    if (grantType.isEmpty())
        return SandboxResponse::message(
            400, QStringLiteral("Missing grant_type; expected grant_type=client_credentials"));
    if (grantType != QLatin1String("client_credentials"))
        return SandboxResponse::fault(400, QStringLiteral("Unsupported grant type : ") + grantType,
                                      QStringLiteral("oauth.v2.UnsupportedGrantType"));
    if (clientId != m_clientId || clientSecret != m_clientSecret)
        return SandboxResponse::fault(401, QStringLiteral("Invalid client identifier {0}"),
                                      QStringLiteral("oauth.v2.InvalidClientIdentifier"));

    const QByteArray token = m_tokens->issue();
    SandboxResponse response = SandboxResponse::json(
        200,
        QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(token)},
                    {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                    {QStringLiteral("expires_in"), QString::number(m_tokens->lifetimeSeconds())}});
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return response;
}

std::optional<SandboxResponse> SandboxApi::checkAccess(const SandboxRequestRecord &request,
                                                       bool needsContact) const
{
    // The gateway checks the token before the back end looks at any header.
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization")).trimmed();
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return invalidToken();
    switch (m_tokens->check(authorization.mid(7).trimmed())) {
    case SandboxTokenStore::Validity::Unknown:
        return invalidToken();
    case SandboxTokenStore::Validity::Expired:
        return expiredToken();
    case SandboxTokenStore::Validity::Valid:
        break;
    }

    struct Rule
    {
        const char *name;
        bool required;
        int minLength;
        int maxLength;
    };
    static const Rule rules[] = {
        {"IM-CustomerNumber", true, 1, 10},
        {"IM-CountryCode", true, 2, 2},
        {"IM-CorrelationID", true, 1, 32},
        {"IM-SenderID", false, 0, 32},
    };
    QList<SandboxFieldError> fields;
    for (const Rule &rule : rules) {
        const QByteArray name(rule.name);
        const QString value = QString::fromUtf8(request.header(name)).trimmed();
        const QString field = QString::fromLatin1(name);
        if (!request.hasHeader(name) || (rule.required && value.isEmpty())) {
            if (rule.required)
                fields.append({field, QStringLiteral("Required field is missing"), value});
            continue;
        }
        if (value.size() > rule.maxLength || value.size() < rule.minLength) {
            const QString message =
                rule.minLength == rule.maxLength
                    ? QStringLiteral("Length must be exactly %1 characters").arg(rule.maxLength)
                    : QStringLiteral("Maximum length is %1 characters").arg(rule.maxLength);
            fields.append({field, message, value});
        }
    }
    if (needsContact) {
        const QByteArray name("IM-CustomerContact");
        const QString value = QString::fromUtf8(request.header(name)).trimmed();
        if (value.isEmpty())
            fields.append(
                {QString::fromLatin1(name), QStringLiteral("Required field is missing"), value});
        else if (value.size() > 64)
            fields.append({QString::fromLatin1(name),
                           QStringLiteral("Maximum length is 64 characters"), value});
    }
    if (!fields.isEmpty())
        return validationError(fields);
    return std::nullopt;
}

SandboxResponse SandboxApi::quoteSearch(const SandboxRequestRecord &request) const
{
    const SandboxQuery query = SandboxQuery::parse(request.query);
    SandboxQuoteBook::Criteria criteria;
    QList<SandboxFieldError> errors;
    if (!criteria.parse(query, &errors))
        return validationError(errors);

    const SandboxQuoteBook &book = m_store->quotes();
    const SandboxQuoteBook::SearchResult result = book.search(criteria);
    QJsonArray quotes;
    for (const SandboxQuote *quote : result.page)
        quotes.append(SandboxQuoteJson::searchEntry(*quote, book.today()));
    // Unlike order search, the paging fields are numbers and no match is an empty list.
    QJsonObject body{
        {QStringLiteral("recordsFound"), result.recordsFound},
        {QStringLiteral("pageSize"), criteria.pageSize},
        {QStringLiteral("pageNumber"), criteria.pageNumber},
        {QStringLiteral("quotes"), quotes},
    };
    const int lastPage = (result.recordsFound + criteria.pageSize - 1) / criteria.pageSize;
    const QByteArray base = query.encoded({QStringLiteral("pageNumber")});
    const QString prefix = quoteSearchPath + QLatin1Char('?') + QString::fromLatin1(base) +
                           (base.isEmpty() ? QString() : QStringLiteral("&")) +
                           QStringLiteral("pageNumber=");
    if (criteria.pageNumber < lastPage)
        body.insert(QStringLiteral("nextPage"),
                    QString(prefix + QString::number(criteria.pageNumber + 1)));
    if (criteria.pageNumber > 1)
        body.insert(
            QStringLiteral("prevPage"),
            QString(prefix + QString::number(qMin(criteria.pageNumber - 1, qMax(1, lastPage)))));
    return SandboxResponse::json(200, body);
}

SandboxResponse SandboxApi::quoteDetails(const QString &quoteNumber) const
{
    const SandboxQuoteBook &book = m_store->quotes();
    if (quoteNumber.trimmed().size() > 35)
        return validationError(
            {{QStringLiteral("quoteNumber"), QStringLiteral("Maximum length is 35"), quoteNumber}});
    const SandboxQuote *quote = book.quote(quoteNumber);
    if (!quote)
        return notFound(QStringLiteral("Quote %1 was not found").arg(quoteNumber.trimmed()));
    return SandboxResponse::json(200, SandboxQuoteJson::details(*quote, book.today()));
}

SandboxResponse SandboxApi::validateQuote(const SandboxRequestRecord &request) const
{
    const SandboxQuery query = SandboxQuery::parse(request.query);
    const QString quoteNumber = query.value(QStringLiteral("quoteNumber")).trimmed();
    if (quoteNumber.isEmpty())
        return validationError(
            {{QStringLiteral("quoteNumber"), QStringLiteral("Required field is missing"), {}}});
    const SandboxQuoteBook &book = m_store->quotes();
    const SandboxQuote *quote = book.quote(quoteNumber);
    if (!quote)
        return notFound(QStringLiteral("Quote %1 was not found").arg(quoteNumber));
    if (!quote->isOrderable(book.today())) {
        const QString reason = quote->refusal(book.today());
        return SandboxResponse::errors(400, validationType, reason,
                                       {{QStringLiteral("quoteNumber"), reason, quoteNumber}});
    }
    return SandboxResponse::json(200, SandboxQuoteJson::validation(*quote));
}

SandboxResponse SandboxApi::orderSearch(const SandboxRequestRecord &request) const
{
    const SandboxQuery query = SandboxQuery::parse(request.query);
    SandboxSearchCriteria criteria;
    QList<SandboxFieldError> errors;
    if (!criteria.parse(query, &errors))
        return validationError(errors);

    const SandboxStore::SearchResult result = m_store->search(criteria);
    if (result.recordsFound == 0)
        return SandboxResponse::noContent();

    QJsonArray orders;
    for (const SandboxOrder *order : result.page)
        orders.append(SandboxOrderJson::searchEntry(*order));

    // The paging fields come as strings and the page links repeat the caller's parameters, as
    // in the vendor's own example.
    QJsonObject body{
        {QStringLiteral("recordsFound"), QString::number(result.recordsFound)},
        {QStringLiteral("pageSize"), QString::number(criteria.pageSize)},
        {QStringLiteral("pageNumber"), QString::number(criteria.pageNumber)},
        {QStringLiteral("orders"), orders},
    };
    const int lastPage = (result.recordsFound + criteria.pageSize - 1) / criteria.pageSize;
    QByteArray base = query.encoded({QStringLiteral("pageNumber")});
    const QString prefix = searchPath + QLatin1Char('?') + QString::fromLatin1(base) +
                           (base.isEmpty() ? QString() : QStringLiteral("&")) +
                           QStringLiteral("pageNumber=");
    if (criteria.pageNumber < lastPage)
        body.insert(QStringLiteral("nextPage"),
                    QString(prefix + QString::number(criteria.pageNumber + 1)));
    body.insert(
        QStringLiteral("previousPage"),
        QString(prefix + QString::number(qMax(1, qMin(criteria.pageNumber - 1, lastPage)))));
    return SandboxResponse::json(200, body);
}

SandboxResponse SandboxApi::orderDetails(const SandboxRequestRecord &request,
                                         const QString &orderNumber) const
{
    const SandboxQuery query = SandboxQuery::parse(request.query);
    QList<SandboxFieldError> errors;
    if (orderNumber.size() > 12)
        errors.append(
            {QStringLiteral("ordernumber"), QStringLiteral("Maximum length is 12"), orderNumber});

    std::optional<SandboxOrderStatus> simulate;
    bool invoiced = false;
    const QString simulateKey = QStringLiteral("simulateStatus");
    if (query.contains(simulateKey)) {
        const QString value = query.value(simulateKey).trimmed().toUpper();
        if (value == QLatin1String("IM::SHIPPED"))
            simulate = SandboxOrderStatus::Shipped;
        else if (value == QLatin1String("IM::PARTIALLY_SHIPPED"))
            simulate = SandboxOrderStatus::PartiallyShipped;
        else if (value == QLatin1String("IM::HOLD"))
            simulate = SandboxOrderStatus::OnHold;
        else if (value == QLatin1String("IM::INVOICED")) {
            simulate = SandboxOrderStatus::Shipped;
            invoiced = true;
        } else
            errors.append({simulateKey,
                           QStringLiteral("Allowed values are IM::SHIPPED, IM::PARTIALLY_SHIPPED, "
                                          "IM::HOLD, IM::INVOICED"),
                           query.value(simulateKey)});
    }
    const QString imlKey = QStringLiteral("isIml");
    if (query.contains(imlKey)) {
        const QString value = query.value(imlKey).trimmed().toLower();
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            errors.append(
                {imlKey, QStringLiteral("Allowed values are true and false"), query.value(imlKey)});
    }
    const QString regionKey = QStringLiteral("regionCode");
    if (query.value(regionKey).size() > 10)
        errors.append({regionKey, QStringLiteral("Maximum length is 10"), query.value(regionKey)});
    QDate orderDate;
    const QString dateKey = QStringLiteral("ingramOrderDate");
    if (query.contains(dateKey)) {
        orderDate = QDate::fromString(query.value(dateKey).trimmed(), QStringLiteral("yyyy-MM-dd"));
        if (!orderDate.isValid())
            errors.append(
                {dateKey, QStringLiteral("input date format error expected format is - yyyy-MM-dd"),
                 query.value(dateKey)});
    }
    if (!errors.isEmpty())
        return validationError(errors);

    const SandboxOrder *found = m_store->order(orderNumber);
    // The order date and vendor number narrow the lookup; a mismatch means no such order.
    if (!found || (orderDate.isValid() && found->orderDate != orderDate))
        return notFound(QStringLiteral("Order not found."));

    int subOrder = 0;
    if (orderNumber.size() > found->ingramOrderNumber.size())
        subOrder = orderNumber.mid(found->ingramOrderNumber.size() + 1).toInt();

    SandboxOrder order = simulate ? m_store->simulated(*found, *simulate, invoiced) : *found;
    const QString vendorNumber = query.value(QStringLiteral("vendorNumber")).trimmed();
    if (!vendorNumber.isEmpty()) {
        order.lines.removeIf([&](const SandboxLine &line) {
            return line.product->vendorNumber.compare(vendorNumber, Qt::CaseInsensitive) != 0;
        });
        if (order.lines.isEmpty())
            return notFound(QStringLiteral("Order not found."));
    }
    return SandboxResponse::json(200, SandboxOrderJson::details(order, subOrder));
}
