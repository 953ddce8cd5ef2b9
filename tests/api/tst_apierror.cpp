// ApiError decodes every error shape the Reseller API uses into one type.
#include "apierror.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorsArrayWithFields();
    void messageShape();
    void faultShape();
    void arrayWrappedErrors();
    void misspelledKeys();
    void htmlGatewayPage();
    void emptyBodyUsesStatusText();
    void networkErrors();
    void everySpecErrorExampleDecodes();
};

void TestApiError::errorsArrayWithFields()
{
    const QByteArray body = R"({"errors":[{"id":"x","type":"/errors/validation-failed",
        "message":"Validation failed","fields":[{"field":"IM-CountryCode","value":"USA",
        "message":"IM-CountryCode is not valid"}]}]})";
    const ApiError error = ApiError::fromHttp(400, body, "application/json");
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.serverMessage, QStringLiteral("Validation failed"));
    QCOMPARE(error.serverType, QStringLiteral("/errors/validation-failed"));
    QCOMPARE(error.fieldErrors.size(), 1);
    QCOMPARE(error.fieldErrors.at(0).field, QStringLiteral("IM-CountryCode"));
    QCOMPARE(error.fieldErrors.at(0).value, QStringLiteral("USA"));
    QCOMPARE(error.fieldMessage(QStringLiteral("im-countrycode")),
             QStringLiteral("IM-CountryCode is not valid"));
    QVERIFY(error.message().contains(QStringLiteral("IM-CountryCode is not valid")));
    QVERIFY(!error.nextStep().isEmpty());
}

void TestApiError::messageShape()
{
    const ApiError error = ApiError::fromHttp(400, R"({"message":"Invalid grant type"})");
    QCOMPARE(error.serverMessage, QStringLiteral("Invalid grant type"));
    QCOMPARE(error.message(), QStringLiteral("Invalid grant type"));
}

void TestApiError::faultShape()
{
    const ApiError error = ApiError::fromHttp(
        401, R"({"fault":{"faultstring":"Invalid API call as no apiproduct match found",
        "detail":{"errorcode":"keymanagement.service.InvalidAPICallAsNoApiProductMatchFound"}}})");
    QCOMPARE(error.serverMessage, QStringLiteral("Invalid API call as no apiproduct match found"));
    QCOMPARE(error.serverType,
             QStringLiteral("keymanagement.service.InvalidAPICallAsNoApiProductMatchFound"));
}

void TestApiError::arrayWrappedErrors()
{
    const ApiError error = ApiError::fromHttp(
        400, R"([{"errors":[{"traceid":"t","type":"/errors/validation-failed","fields":[
        {"field":"IM-CustomerNumber","message":"Invalid CustomerNumber","value":"20222222"}]}]}])");
    QCOMPARE(error.fieldErrors.size(), 1);
    QCOMPARE(error.fieldErrors.at(0).message, QStringLiteral("Invalid CustomerNumber"));
    // No top-level message: the field's own message is what the user reads.
    QCOMPARE(error.message(), QStringLiteral("Invalid CustomerNumber"));
}

void TestApiError::misspelledKeys()
{
    const ApiError error = ApiError::fromHttp(
        400, R"({"errors":[{"1ype":"/errors/validation-failed","messaage":"Validation failed"}]})");
    QCOMPARE(error.serverMessage, QStringLiteral("Validation failed"));
    QCOMPARE(error.serverType, QStringLiteral("/errors/validation-failed"));
}

void TestApiError::htmlGatewayPage()
{
    const ApiError error = ApiError::fromHttp(
        502, "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad</h1></body></html>",
        "text/html");
    QVERIFY(error.serverMessage.isEmpty());
    QVERIFY(error.technicalDetail.contains(QStringLiteral("502 Bad Gateway")));
    QVERIFY(error.message().contains(QStringLiteral("502")));
}

void TestApiError::emptyBodyUsesStatusText()
{
    const ApiError error = ApiError::fromHttp(503, {});
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QVERIFY(error.message().contains(QStringLiteral("503")));
}

void TestApiError::networkErrors()
{
    QCOMPARE(
        ApiError::fromNetworkError(QNetworkReply::ConnectionRefusedError, QStringLiteral("x")).kind,
        ApiError::Kind::Network);
    QCOMPARE(ApiError::fromNetworkError(QNetworkReply::SslHandshakeFailedError, QStringLiteral("x"))
                 .kind,
             ApiError::Kind::Tls);
    QCOMPARE(ApiError::fromNetworkError(QNetworkReply::NoError, {}).kind, ApiError::Kind::None);
    const ApiError refused = ApiError::fromNetworkError(QNetworkReply::ConnectionRefusedError,
                                                        QStringLiteral("Connection refused"));
    QVERIFY(refused.message().contains(QStringLiteral("Connection refused")));
}

void TestApiError::everySpecErrorExampleDecodes()
{
    QFile file(QStringLiteral(RD_SPEC_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonObject spec = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject paths = spec.value(QLatin1String("paths")).toObject();
    int examples = 0;
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject operations = path.value().toObject();
        for (auto op = operations.begin(); op != operations.end(); ++op) {
            const QJsonObject responses =
                op.value().toObject().value(QLatin1String("responses")).toObject();
            for (auto response = responses.begin(); response != responses.end(); ++response) {
                const int status = response.key().toInt();
                if (status < 400)
                    continue;
                const QJsonObject content =
                    response.value().toObject().value(QLatin1String("content")).toObject();
                for (const QJsonValue &media : content) {
                    const QJsonObject mediaExamples =
                        media.toObject().value(QLatin1String("examples")).toObject();
                    for (const QJsonValue &example : mediaExamples) {
                        const QJsonValue value = example.toObject().value(QLatin1String("value"));
                        const QByteArray body = value.isArray()
                                                    ? QJsonDocument(value.toArray()).toJson()
                                                    : QJsonDocument(value.toObject()).toJson();
                        const ApiError error = ApiError::fromHttp(status, body);
                        const QString where = path.key() + QLatin1Char(' ') + op.key() +
                                              QLatin1Char(' ') + response.key();
                        // Every example says something: a message, a type or field errors.
                        QVERIFY2(!error.serverMessage.isEmpty() || !error.fieldErrors.isEmpty(),
                                 qPrintable(where));
                        QVERIFY2(!error.message().isEmpty(), qPrintable(where));
                        ++examples;
                    }
                }
            }
        }
    }
    QVERIFY2(examples >= 40, qPrintable(QString::number(examples)));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
