// RequestLogModel: a bounded ring buffer of redacted exchanges, cURL and JSON export, filtering.
#include "requestlogfiltermodel.h"
#include "requestlogmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
ApiExchange exchange(int status, const QString &correlationId,
                     const QString &path = QStringLiteral("/resellers/v6/orders/search"))
{
    ApiExchange e;
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.method = "GET";
    e.url = QUrl(QStringLiteral("http://127.0.0.1:8080") + path + QStringLiteral("?pageSize=5"));
    e.status = status;
    e.durationMs = 12;
    e.responseSize = 345;
    e.correlationId = correlationId;
    e.profileName = QStringLiteral("Test");
    e.requestHeaders = {{"Authorization", "Bearer live-token-123"},
                        {"IM-CorrelationID", correlationId.toLatin1()}};
    e.responseBody = R"({"recordsFound":"1","access_token":"leaked-token"})";
    return e;
}
} // namespace

class TestRequestLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ringBufferKeepsTheNewest()
    {
        RequestLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(3);
        for (int i = 0; i < 5; ++i)
            model.append(exchange(200, QStringLiteral("id%1").arg(i)));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.exchange(0).correlationId, QStringLiteral("id2"));
        QCOMPARE(model.exchange(2).correlationId, QStringLiteral("id4"));
        QCOMPARE(model.rowForCorrelationId(QStringLiteral("id3")), 1);
        QCOMPARE(model.rowForCorrelationId(QStringLiteral("id0")), -1);
        model.setCapacity(1);
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void limitsComeFromTheSettings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        RequestLogModel untouched;
        untouched.applySettings(settings);
        QCOMPARE(untouched.capacity(), RequestLogModel::DefaultCapacity);
        QCOMPARE(untouched.bodyLimit(), RequestLogModel::DefaultBodyLimit);

        RequestLogModel::saveSettings(settings, 25, 2);
        RequestLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applySettings(settings);
        QCOMPARE(model.capacity(), 25);
        QCOMPARE(model.bodyLimit(), 2 * 1024);
        for (int i = 0; i < 30; ++i) {
            ApiExchange e = exchange(200, QStringLiteral("c%1").arg(i));
            e.responseBody = QByteArray(5000, 'x');
            model.append(e);
        }
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(model.exchange(0).correlationId, QStringLiteral("c5"));
        QCOMPARE(model.exchange(24).responseBody.size(), 2 * 1024);
        QVERIFY(model.exchange(24).bodyTruncated);

        // Out of range or not a number: clamped or ignored, never a log of one entry.
        settings.setValue(QLatin1String(RequestLogModel::CapacityKey), 0);
        settings.setValue(QLatin1String(RequestLogModel::BodyLimitKey), QStringLiteral("lots"));
        model.applySettings(settings);
        QCOMPARE(model.capacity(), RequestLogModel::MinCapacity);
        QCOMPARE(model.bodyLimit(), 2 * 1024);
        QCOMPARE(model.rowCount(), RequestLogModel::MinCapacity);
    }

    void entriesAreRedactedAndBounded()
    {
        RequestLogModel model;
        model.setBodyLimit(20);
        ApiExchange e = exchange(200, QStringLiteral("a"));
        e.requestBody = "grant_type=client_credentials&client_id=x&client_secret=hunter2";
        model.append(e);
        const ApiExchange &stored = model.exchange(0);
        QVERIFY(!stored.requestHeaders.at(0).second.contains("live-token"));
        QVERIFY(!stored.responseBody.contains("leaked-token"));
        QVERIFY(!stored.requestBody.contains("hunter2"));
        QVERIFY(stored.responseBody.size() <= 20);
        QVERIFY(stored.bodyTruncated);
    }

    void curlHasAPlaceholderForTheToken()
    {
        const QString curl = RequestLogModel::toCurl(exchange(200, QStringLiteral("abc")));
        QVERIFY(curl.startsWith(QStringLiteral(
            "curl -X GET 'http://127.0.0.1:8080/resellers/v6/orders/search?pageSize=5'")));
        QVERIFY(curl.contains(QStringLiteral("\"Authorization: Bearer $ACCESS_TOKEN\"")));
        QVERIFY(curl.contains(QStringLiteral("'IM-CorrelationID: abc'")));
        QVERIFY(!curl.contains(QStringLiteral("live-token")));
    }

    void jsonExportIsRedacted()
    {
        RequestLogModel model;
        model.append(exchange(200, QStringLiteral("one")));
        model.append(exchange(500, QStringLiteral("two")));
        const QByteArray json = QJsonDocument(model.toJson({1})).toJson();
        QVERIFY(json.contains("\"two\""));
        QVERIFY(!json.contains("\"one\""));
        QVERIFY(!json.contains("live-token"));
        QVERIFY(!json.contains("leaked-token"));
        QCOMPARE(QJsonDocument::fromJson(json)
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toInt(),
                 500);
    }

    void filtersByStatusClassAndText()
    {
        RequestLogModel model;
        RequestLogFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(exchange(200, QStringLiteral("ok1")));
        model.append(exchange(404, QStringLiteral("nf1"),
                              QStringLiteral("/resellers/v6.1/orders/20-XXXXX")));
        model.append(exchange(503, QStringLiteral("se1")));
        model.append(exchange(0, QStringLiteral("net1")));
        QCOMPARE(filter.rowCount(), 4);
        filter.setStatusFilter(RequestLogFilterModel::StatusFilter::ClientErrors);
        QCOMPARE(filter.rowCount(), 1);
        filter.setStatusFilter(RequestLogFilterModel::StatusFilter::Failures);
        QCOMPARE(filter.rowCount(), 3);
        filter.setStatusFilter(RequestLogFilterModel::StatusFilter::All);
        filter.setText(QStringLiteral("20-XXXXX"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setText(QStringLiteral("se1"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, RequestLogModel::CorrelationId).data().toString(),
                 QStringLiteral("se1"));
    }
};

QTEST_GUILESS_MAIN(TestRequestLogModel)
#include "tst_requestlogmodel.moc"
