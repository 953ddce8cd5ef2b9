// A connection profile: which Reseller API environment to talk to and as which customer.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

// One field's validation problem, shown next to the field it names.
struct FieldProblem
{
    QString field;
    QString message;

    bool operator==(const FieldProblem &other) const
    {
        return field == other.field && message == other.message;
    }
};

class ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    enum class Environment
    {
        Production,
        VendorSandbox,
        OfflineSandbox,
        Custom
    };
    enum class OrderApiVersion
    {
        V6,
        V7
    };
    // Where an order from a quote goes: v7 create with the quote number, or the v6
    // quote-to-order endpoint of the QuoteToOrderApi.
    enum class QuoteOrderEndpoint
    {
        V7Create,
        V6QuoteToOrder
    };

    // Field names used in FieldProblem::field.
    static constexpr const char *FieldName = "name";
    static constexpr const char *FieldCustomUrl = "customUrl";
    static constexpr const char *FieldCustomerNumber = "customerNumber";
    static constexpr const char *FieldCountryCode = "countryCode";
    static constexpr const char *FieldSenderId = "senderId";
    static constexpr const char *FieldCustomerContact = "customerContact";
    static constexpr const char *FieldClientId = "clientId";

    static constexpr int MaxCustomerNumber = 10;
    static constexpr int MaxSenderId = 32;
    static constexpr int MaxName = 64;

    QString id; // stable key for settings and the keychain; never shown
    QString name;
    Environment environment = Environment::OfflineSandbox;
    QUrl customUrl; // only for Environment::Custom; for the offline sandbox, the local URL
    QString customerNumber;
    QString countryCode;
    QString senderId;
    QString customerContact; // e-mail, sent as IM-CustomerContact (quote search needs it)
    QString clientId;
    OrderApiVersion orderApiVersion = OrderApiVersion::V6;
    QuoteOrderEndpoint quoteOrderEndpoint = QuoteOrderEndpoint::V7Create;

    // The base URL API paths are appended to, e.g. https://api.ingrammicro.com:443/sandbox.
    QUrl baseUrl() const;
    // Where OAuth2 tokens come from. The vendor sandbox shares the production token host.
    QUrl tokenUrl() const;
    // Sandbox-only query parameters (regionCode, simulateStatus, isIml) may be sent.
    bool isSandbox() const;
    bool isProduction() const { return environment == Environment::Production; }

    QList<FieldProblem> validate() const;
    bool isValid() const { return validate().isEmpty(); }

    static QString environmentDisplayName(Environment environment);
    static QString environmentKey(Environment environment);
    static Environment environmentFromKey(const QString &key, bool *ok = nullptr);
    static QUrl productionUrl();
    static QUrl vendorSandboxUrl();
    static QString newId();
    static QString quoteOrderEndpointKey(QuoteOrderEndpoint endpoint);
    static QuoteOrderEndpoint quoteOrderEndpointFromKey(const QString &key);
    static QString quoteOrderEndpointDisplayName(QuoteOrderEndpoint endpoint);

    // The profile used on first run: the local offline sandbox, no credentials needed.
    static ConnectionProfile offlineSandbox();

    bool operator==(const ConnectionProfile &other) const;
    bool operator!=(const ConnectionProfile &other) const { return !(*this == other); }
};

Q_DECLARE_METATYPE(ConnectionProfile)
