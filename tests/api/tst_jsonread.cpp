#include "api/apidate.h"
#include "api/jsonread.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestJsonRead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toNumber_data();
    void toNumber();
    void toInt_data();
    void toInt();
    void toBool_data();
    void toBool();
    void toString();
    void arrayOrSingleObject();
    void stringList();
    void firstString();
    void listOfObjectsSkipsNonObjects();
    void dates_data();
    void dates();
    void apiDate();
};

void TestJsonRead::toNumber_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("ok");

    QTest::newRow("number") << QJsonValue(12.5) << 12.5 << true;
    QTest::newRow("integer") << QJsonValue(3) << 3.0 << true;
    QTest::newRow("string") << QJsonValue(u"12.50"_s) << 12.5 << true;
    QTest::newRow("padded string") << QJsonValue(u" 3 "_s) << 3.0 << true;
    QTest::newRow("negative string") << QJsonValue(u"-4.7"_s) << -4.7 << true;
    QTest::newRow("grouped string") << QJsonValue(u"1,234.50"_s) << 1234.5 << true;
    QTest::newRow("empty string") << QJsonValue(u""_s) << -1.0 << false;
    QTest::newRow("text") << QJsonValue(u"n/a"_s) << -1.0 << false;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << -1.0 << false;
    QTest::newRow("bool") << QJsonValue(true) << -1.0 << false;
    QTest::newRow("object") << QJsonValue(QJsonObject{}) << -1.0 << false;
    QTest::newRow("nan string") << QJsonValue(u"nan"_s) << -1.0 << false;
}

void TestJsonRead::toNumber()
{
    QFETCH(QJsonValue, value);
    QFETCH(double, expected);
    QFETCH(bool, ok);
    bool parsed = !ok;
    QCOMPARE(JsonRead::toNumber(value, -1.0, &parsed), expected);
    QCOMPARE(parsed, ok);
}

void TestJsonRead::toInt_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("expected");

    QTest::newRow("number") << QJsonValue(7) << 7;
    QTest::newRow("string") << QJsonValue(u"3"_s) << 3;
    QTest::newRow("decimal string") << QJsonValue(u"3.0"_s) << 3;
    QTest::newRow("leading zeros") << QJsonValue(u"002"_s) << 2;
    QTest::newRow("rounded") << QJsonValue(2.6) << 3;
    QTest::newRow("too large") << QJsonValue(1e12) << -1;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << -1;
    QTest::newRow("text") << QJsonValue(u"three"_s) << -1;
}

void TestJsonRead::toInt()
{
    QFETCH(QJsonValue, value);
    QFETCH(int, expected);
    QCOMPARE(JsonRead::toInt(value, -1), expected);
}

void TestJsonRead::toBool_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("fallback");
    QTest::addColumn<bool>("expected");

    QTest::newRow("true") << QJsonValue(true) << false << true;
    QTest::newRow("false") << QJsonValue(false) << true << false;
    QTest::newRow("\"true\"") << QJsonValue(u"true"_s) << false << true;
    QTest::newRow("\"TRUE\"") << QJsonValue(u"TRUE"_s) << false << true;
    QTest::newRow("\"false\"") << QJsonValue(u"false"_s) << true << false;
    QTest::newRow("\"Y\"") << QJsonValue(u"Y"_s) << false << true;
    QTest::newRow("\"no\"") << QJsonValue(u"no"_s) << true << false;
    QTest::newRow("\"1\"") << QJsonValue(u"1"_s) << false << true;
    QTest::newRow("0") << QJsonValue(0) << true << false;
    QTest::newRow("garbage keeps fallback") << QJsonValue(u"maybe"_s) << true << true;
    QTest::newRow("null keeps fallback") << QJsonValue(QJsonValue::Null) << true << true;
}

void TestJsonRead::toBool()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, fallback);
    QFETCH(bool, expected);
    QCOMPARE(JsonRead::toBool(value, fallback), expected);
}

void TestJsonRead::toString()
{
    QCOMPARE(JsonRead::toString(QJsonValue(u"abc"_s)), u"abc"_s);
    // Large integral numbers must not come out in exponent notation.
    QCOMPARE(JsonRead::toString(QJsonValue(114945339)), u"114945339"_s);
    QCOMPARE(JsonRead::toString(QJsonValue(20887.57)), u"20887.57"_s);
    QCOMPARE(JsonRead::toString(QJsonValue(0.1)), u"0.1"_s);
    QCOMPARE(JsonRead::toString(QJsonValue(true)), u"true"_s);
    QCOMPARE(JsonRead::toString(QJsonValue(QJsonValue::Null)), QString());
    QCOMPARE(JsonRead::toString(QJsonValue(QJsonArray{1})), QString());

    const QJsonObject json = parse(R"({"number": 16, "text": "16", "none": null})");
    QCOMPARE(JsonRead::string(json, u"number"), u"16"_s);
    QCOMPARE(JsonRead::string(json, u"text"), u"16"_s);
    QCOMPARE(JsonRead::string(json, u"none"), QString());
    QCOMPARE(JsonRead::string(json, u"missing"), QString());
}

void TestJsonRead::arrayOrSingleObject()
{
    const QJsonObject json = parse(R"({"list": [{"a": 1}, {"a": 2}], "single": {"a": 3},
                                       "none": null, "scalar": "x"})");
    QCOMPARE(JsonRead::array(json, u"list").size(), 2);
    const QJsonArray single = JsonRead::array(json, u"single");
    QCOMPARE(single.size(), 1);
    QCOMPARE(single.at(0).toObject().value(u"a").toInt(), 3);
    QVERIFY(JsonRead::array(json, u"none").isEmpty());
    QVERIFY(JsonRead::array(json, u"scalar").isEmpty());
    QVERIFY(JsonRead::array(json, u"missing").isEmpty());
    QVERIFY(JsonRead::object(json, u"list").isEmpty());
    QCOMPARE(JsonRead::object(json, u"single").value(u"a").toInt(), 3);
}

void TestJsonRead::stringList()
{
    const QJsonObject json = parse(R"({"list": ["A", 2, "", null], "single": "B", "none": null})");
    QCOMPARE(JsonRead::stringList(json, u"list"), (QStringList{u"A"_s, u"2"_s}));
    QCOMPARE(JsonRead::stringList(json, u"single"), QStringList{u"B"_s});
    QVERIFY(JsonRead::stringList(json, u"none").isEmpty());
    QVERIFY(JsonRead::stringList(json, u"missing").isEmpty());
}

void TestJsonRead::firstString()
{
    const QJsonObject json = parse(R"({"old": "", "new": "value"})");
    QCOMPARE(JsonRead::firstString(json, {u"old", u"new"}), u"value"_s);
    QCOMPARE(JsonRead::firstString(json, {u"missing"}), QString());
}

namespace {
struct Item
{
    int a = 0;
    static Item fromJson(const QJsonObject &json) { return {JsonRead::integer(json, u"a")}; }
    QJsonObject toJson() const { return {{u"a"_s, a}}; }
};
} // namespace

void TestJsonRead::listOfObjectsSkipsNonObjects()
{
    const QJsonObject json = parse(R"({"items": [{"a": "1"}, 5, "x", null, {"a": 2}]})");
    const QList<Item> items = JsonRead::list<Item>(json, u"items");
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).a, 1);
    QCOMPARE(items.at(1).a, 2);
    QCOMPARE(JsonRead::toArray(items),
             (QJsonArray{QJsonObject{{u"a"_s, 1}}, QJsonObject{{u"a"_s, 2}}}));
}

void TestJsonRead::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDateTime>("utc");

    const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms = 0) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
    };
    QTest::newRow("date") << u"2021-04-23"_s << QDate(2021, 4, 23) << utc(2021, 4, 23, 0, 0, 0);
    QTest::newRow("zulu") << u"2021-04-23T10:00:00Z"_s << QDate(2021, 4, 23)
                          << utc(2021, 4, 23, 10, 0, 0);
    QTest::newRow("offset") << u"2020-05-13T00:38:52-07:00"_s << QDate(2020, 5, 13)
                            << utc(2020, 5, 13, 7, 38, 52);
    // The day as written, although it is already the next day in UTC.
    QTest::newRow("late evening") << u"2020-05-13T22:00:00-07:00"_s << QDate(2020, 5, 13)
                                  << utc(2020, 5, 14, 5, 0, 0);
    QTest::newRow("positive offset")
        << u"2020-04-03T08:54:39+05:30"_s << QDate(2020, 4, 3) << utc(2020, 4, 3, 3, 24, 39);
    QTest::newRow("milliseconds") << u"2021-11-01T13:02:06.369Z"_s << QDate(2021, 11, 1)
                                  << utc(2021, 11, 1, 13, 2, 6, 369);
    QTest::newRow("centiseconds") << u"2021-05-20T05:48:36.31-07:00"_s << QDate(2021, 5, 20)
                                  << utc(2021, 5, 20, 12, 48, 36, 310);
    QTest::newRow("no zone is UTC")
        << u"2023-07-20T00:00:00"_s << QDate(2023, 7, 20) << utc(2023, 7, 20, 0, 0, 0);
    QTest::newRow("space separator")
        << u"2021-04-23 10:15:00"_s << QDate(2021, 4, 23) << utc(2021, 4, 23, 10, 15, 0);
    QTest::newRow("US") << u"04/23/2021"_s << QDate(2021, 4, 23) << utc(2021, 4, 23, 0, 0, 0);
    QTest::newRow("compact") << u"20210423"_s << QDate(2021, 4, 23) << utc(2021, 4, 23, 0, 0, 0);
    QTest::newRow("padded") << u" 2021-04-23 "_s << QDate(2021, 4, 23) << utc(2021, 4, 23, 0, 0, 0);
    QTest::newRow("empty") << QString() << QDate() << QDateTime();
    QTest::newRow("garbage") << u"soon"_s << QDate() << QDateTime();
    QTest::newRow("impossible") << u"2021-02-30"_s << QDate() << QDateTime();
}

void TestJsonRead::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(QDateTime, utc);
    QCOMPARE(JsonRead::toDate(text), date);
    const QDateTime parsed = JsonRead::toDateTime(text);
    QCOMPARE(parsed.isValid(), utc.isValid());
    if (utc.isValid())
        QCOMPARE(parsed.toUTC(), utc);
}

void TestJsonRead::apiDate()
{
    const ApiDate stamp(u"2020-05-13T00:38:52-07:00"_s);
    QCOMPARE(stamp.raw(), u"2020-05-13T00:38:52-07:00"_s);
    QCOMPARE(stamp.date(), QDate(2020, 5, 13));
    QVERIFY(stamp.hasTime());
    QVERIFY(stamp.isValid());

    const ApiDate day(u"2022-10-07"_s);
    QVERIFY(!day.hasTime());
    QCOMPARE(day.date(), QDate(2022, 10, 7));

    const ApiDate unknown(u"next week"_s);
    QVERIFY(!unknown.isEmpty());
    QVERIFY(!unknown.isValid());
    QCOMPARE(unknown.raw(), u"next week"_s);

    QVERIFY(ApiDate().isEmpty());
    QCOMPARE(ApiDate::fromDate(QDate(2024, 1, 31)).raw(), u"2024-01-31"_s);
    QVERIFY(ApiDate::fromDate(QDate()).isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonRead)
#include "tst_jsonread.moc"
