// ConnectionProfile: URLs per environment and validation as the API requires.
#include "apiexchange.h"
#include "connectionprofile.h"
#include "correlationid.h"

#include <QSet>
#include <QTest>

class TestConnectionProfile : public QObject
{
    Q_OBJECT

private:
    static ConnectionProfile valid()
    {
        ConnectionProfile profile;
        profile.id = ConnectionProfile::newId();
        profile.name = QStringLiteral("Main account");
        profile.environment = ConnectionProfile::Environment::Production;
        profile.customerNumber = QStringLiteral("20-222222");
        profile.countryCode = QStringLiteral("US");
        profile.clientId = QStringLiteral("abc123");
        return profile;
    }
    static QStringList fields(const ConnectionProfile &profile)
    {
        QStringList names;
        for (const FieldProblem &problem : profile.validate())
            names.append(problem.field);
        return names;
    }

private Q_SLOTS:
    void urls()
    {
        ConnectionProfile profile = valid();
        QCOMPARE(profile.baseUrl(), QUrl(QStringLiteral("https://api.ingrammicro.com:443")));
        QCOMPARE(profile.tokenUrl(),
                 QUrl(QStringLiteral("https://api.ingrammicro.com:443/oauth/oauth30/token")));
        QVERIFY(!profile.isSandbox());
        profile.environment = ConnectionProfile::Environment::VendorSandbox;
        QCOMPARE(profile.baseUrl(),
                 QUrl(QStringLiteral("https://api.ingrammicro.com:443/sandbox")));
        QCOMPARE(profile.tokenUrl(),
                 QUrl(QStringLiteral("https://api.ingrammicro.com:443/oauth/oauth30/token")));
        QVERIFY(profile.isSandbox());
        profile.environment = ConnectionProfile::Environment::Custom;
        profile.customUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/gw/"));
        QCOMPARE(profile.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080/gw")));
        QCOMPARE(profile.tokenUrl(),
                 QUrl(QStringLiteral("http://127.0.0.1:8080/gw/oauth/oauth30/token")));
        QVERIFY(!profile.isSandbox()); // a custom URL may lead to production
    }
    void validProfileHasNoProblems() { QVERIFY(valid().isValid()); }
    void lengthsAndFormats()
    {
        ConnectionProfile profile = valid();
        profile.customerNumber = QStringLiteral("20-22222222"); // 11 characters
        profile.countryCode = QStringLiteral("USA");
        profile.senderId = QString(33, QLatin1Char('x'));
        profile.customerContact = QStringLiteral("not-an-email");
        profile.clientId = QStringLiteral("has space");
        profile.name.clear();
        QCOMPARE(fields(profile),
                 (QStringList{QStringLiteral("name"), QStringLiteral("customerNumber"),
                              QStringLiteral("countryCode"), QStringLiteral("senderId"),
                              QStringLiteral("customerContact"), QStringLiteral("clientId")}));
        profile = valid();
        profile.countryCode = QStringLiteral("us");
        QCOMPARE(fields(profile), QStringList{QStringLiteral("countryCode")});
    }
    void customNeedsAUsableUrl()
    {
        ConnectionProfile profile = valid();
        profile.environment = ConnectionProfile::Environment::Custom;
        QCOMPARE(fields(profile), QStringList{QStringLiteral("customUrl")});
        profile.customUrl = QUrl(QStringLiteral("ftp://host"));
        QCOMPARE(fields(profile), QStringList{QStringLiteral("customUrl")});
        profile.customUrl = QUrl(QStringLiteral("https://host:8443/api"));
        QVERIFY(profile.isValid());
    }
    void offlineSandboxNeedsNoAccount()
    {
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.customUrl = QUrl(QStringLiteral("http://127.0.0.1:1234"));
        QVERIFY(profile.isValid());
        QVERIFY(profile.isSandbox());
    }
    void environmentKeysRoundTrip()
    {
        for (const auto environment : {ConnectionProfile::Environment::Production,
                                       ConnectionProfile::Environment::VendorSandbox,
                                       ConnectionProfile::Environment::OfflineSandbox,
                                       ConnectionProfile::Environment::Custom}) {
            bool ok = false;
            QCOMPARE(ConnectionProfile::environmentFromKey(
                         ConnectionProfile::environmentKey(environment), &ok),
                     environment);
            QVERIFY(ok);
            QVERIFY(!ConnectionProfile::environmentDisplayName(environment).isEmpty());
        }
    }
    void correlationIdsAreShortAndUnique()
    {
        QSet<QString> seen;
        for (int i = 0; i < 10000; ++i) {
            const QString id = CorrelationId::generate();
            QVERIFY(id.size() <= CorrelationId::MaxLength);
            QVERIFY(!seen.contains(id));
            seen.insert(id);
        }
    }
    void exchangesAreRedacted()
    {
        const ApiHeaderList headers = ApiExchange::redactHeaders(
            {{"Authorization", "Bearer s3cr3t-token"}, {"IM-CorrelationID", "abc"}});
        QCOMPARE(headers.at(0).second, QByteArray("<redacted>"));
        QCOMPARE(headers.at(1).second, QByteArray("abc"));
        const QByteArray form = ApiExchange::redactBody(
            "grant_type=client_credentials&client_id=me&client_secret=hunter2");
        QVERIFY(!form.contains("hunter2"));
        QVERIFY(form.contains("client_id=me"));
        const QByteArray json = ApiExchange::redactBody(
            R"({"access_token":"tok123","token_type":"Bearer","expires_in":"86399"})");
        QVERIFY(!json.contains("tok123"));
        QVERIFY(json.contains("86399"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
