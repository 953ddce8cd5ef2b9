#include "connectionprofile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace {
bool isPrintableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}
} // namespace

QUrl ConnectionProfile::productionUrl()
{
    return QUrl(QStringLiteral("https://api.ingrammicro.com:443"));
}

QUrl ConnectionProfile::vendorSandboxUrl()
{
    return QUrl(QStringLiteral("https://api.ingrammicro.com:443/sandbox"));
}

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

QUrl ConnectionProfile::baseUrl() const
{
    switch (environment) {
    case Environment::Production:
        return productionUrl();
    case Environment::VendorSandbox:
        return vendorSandboxUrl();
    case Environment::OfflineSandbox:
    case Environment::Custom:
        break;
    }
    QUrl url = customUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

QUrl ConnectionProfile::tokenUrl() const
{
    QUrl url = environment == Environment::VendorSandbox ? productionUrl() : baseUrl();
    url.setPath(url.path() + QStringLiteral("/oauth/oauth30/token"));
    return url;
}

bool ConnectionProfile::isSandbox() const
{
    return environment == Environment::VendorSandbox || environment == Environment::OfflineSandbox;
}

QList<FieldProblem> ConnectionProfile::validate() const
{
    QList<FieldProblem> problems;
    auto add = [&problems](const char *field, const QString &message) {
        problems.append({QString::fromLatin1(field), message});
    };

    if (name.trimmed().isEmpty())
        add(FieldName, tr("Enter a name for this profile."));
    else if (name.size() > MaxName)
        add(FieldName, tr("Use at most %n characters.", nullptr, MaxName));

    if (environment == Environment::Custom || environment == Environment::OfflineSandbox) {
        const bool wellFormed = customUrl.isValid() && !customUrl.host().isEmpty() &&
                                (customUrl.scheme() == QLatin1String("https") ||
                                 customUrl.scheme() == QLatin1String("http"));
        if (customUrl.isEmpty())
            add(FieldCustomUrl, tr("Enter the API's base URL, for example https://host:443."));
        else if (!wellFormed)
            add(FieldCustomUrl, tr("Enter a complete http:// or https:// URL with a host name."));
        else if (!customUrl.query().isEmpty() || !customUrl.fragment().isEmpty())
            add(FieldCustomUrl, tr("The base URL cannot contain a query or a fragment."));
    }

    // The offline sandbox accepts its own defaults; every other environment needs real values.
    const bool needsAccount = environment != Environment::OfflineSandbox;
    if (customerNumber.isEmpty()) {
        if (needsAccount)
            add(FieldCustomerNumber, tr("Enter your Ingram Micro customer number."));
    } else if (customerNumber.size() > MaxCustomerNumber) {
        add(FieldCustomerNumber, tr("Use at most %n characters.", nullptr, MaxCustomerNumber));
    } else if (!isPrintableAscii(customerNumber) || customerNumber.contains(QLatin1Char(' '))) {
        add(FieldCustomerNumber, tr("Use letters, digits and dashes only."));
    }

    static const QRegularExpression countryPattern(QStringLiteral("^[A-Z]{2}$"));
    if (countryCode.isEmpty()) {
        if (needsAccount)
            add(FieldCountryCode, tr("Enter the two-letter ISO country code, for example US."));
    } else if (!countryPattern.match(countryCode).hasMatch()) {
        add(FieldCountryCode, tr("Use two capital letters, for example US."));
    }

    if (senderId.size() > MaxSenderId)
        add(FieldSenderId, tr("Use at most %n characters.", nullptr, MaxSenderId));
    else if (!isPrintableAscii(senderId))
        add(FieldSenderId, tr("Use plain ASCII characters only."));

    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!customerContact.isEmpty() && !emailPattern.match(customerContact).hasMatch())
        add(FieldCustomerContact, tr("Enter an e-mail address, for example buyer@example.com."));

    if (clientId.isEmpty()) {
        if (needsAccount)
            add(FieldClientId, tr("Enter the client ID of your API application."));
    } else if (!isPrintableAscii(clientId) || clientId.contains(QLatin1Char(' '))) {
        add(FieldClientId, tr("The client ID cannot contain spaces or special characters."));
    }
    return problems;
}

QString ConnectionProfile::environmentDisplayName(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return tr("Production");
    case Environment::VendorSandbox:
        return tr("Vendor sandbox");
    case Environment::OfflineSandbox:
        return tr("Offline sandbox");
    case Environment::Custom:
        return tr("Custom URL");
    }
    return {};
}

QString ConnectionProfile::environmentKey(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return QStringLiteral("production");
    case Environment::VendorSandbox:
        return QStringLiteral("vendor-sandbox");
    case Environment::OfflineSandbox:
        return QStringLiteral("offline-sandbox");
    case Environment::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

ConnectionProfile::Environment ConnectionProfile::environmentFromKey(const QString &key, bool *ok)
{
    for (const auto environment : {Environment::Production, Environment::VendorSandbox,
                                   Environment::OfflineSandbox, Environment::Custom}) {
        if (environmentKey(environment) == key) {
            if (ok)
                *ok = true;
            return environment;
        }
    }
    if (ok)
        *ok = false;
    return Environment::OfflineSandbox;
}

ConnectionProfile ConnectionProfile::offlineSandbox()
{
    ConnectionProfile profile;
    profile.id = QStringLiteral("offline-sandbox");
    profile.name = tr("Offline sandbox");
    profile.environment = Environment::OfflineSandbox;
    profile.customerNumber = QStringLiteral("20-222222");
    profile.countryCode = QStringLiteral("US");
    profile.senderId = QStringLiteral("ResellerDesk");
    profile.customerContact = QStringLiteral("buyer@example.com");
    profile.clientId = QStringLiteral("resellerdesk");
    return profile;
}

bool ConnectionProfile::operator==(const ConnectionProfile &other) const
{
    return id == other.id && name == other.name && environment == other.environment &&
           customUrl == other.customUrl && customerNumber == other.customerNumber &&
           countryCode == other.countryCode && senderId == other.senderId &&
           customerContact == other.customerContact && clientId == other.clientId &&
           orderApiVersion == other.orderApiVersion &&
           quoteOrderEndpoint == other.quoteOrderEndpoint;
}

QString ConnectionProfile::quoteOrderEndpointKey(QuoteOrderEndpoint endpoint)
{
    return endpoint == QuoteOrderEndpoint::V6QuoteToOrder ? QStringLiteral("v6-q2o")
                                                          : QStringLiteral("v7");
}

ConnectionProfile::QuoteOrderEndpoint
ConnectionProfile::quoteOrderEndpointFromKey(const QString &key)
{
    return key == QLatin1String("v6-q2o") ? QuoteOrderEndpoint::V6QuoteToOrder
                                          : QuoteOrderEndpoint::V7Create;
}

QString ConnectionProfile::quoteOrderEndpointDisplayName(QuoteOrderEndpoint endpoint)
{
    return endpoint == QuoteOrderEndpoint::V6QuoteToOrder ? tr("v6 quote-to-order")
                                                          : tr("v7 order with quote number");
}
