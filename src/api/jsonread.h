// Tolerant readers for the Reseller API's JSON, shared by every value type of the API core.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>

// The API's examples and live answers disagree with its own schema: numbers arrive as strings
// ("12.50"), booleans as "true", arrays as a single object and fields as null. Every value type
// reads through these functions so that such a body degrades to defaults instead of failing.
namespace JsonRead {

// Strings as they are; numbers and booleans as their text; anything else empty.
QString toString(const QJsonValue &value);
// Numbers, numeric strings ("12.50", " 3 ", "1,234.50"); anything else gives fallback.
double toNumber(const QJsonValue &value, double fallback = 0.0, bool *ok = nullptr);
int toInt(const QJsonValue &value, int fallback = 0, bool *ok = nullptr);
// true/false, "true"/"false", "yes"/"no", "Y"/"N", 1/0 and "1"/"0".
bool toBool(const QJsonValue &value, bool fallback = false, bool *ok = nullptr);

QString string(const QJsonObject &object, QStringView key);
// The first non-empty of several spellings of one field ("subcriptionStartDate" and the
// corrected "subscriptionStartDate"), so a later fix on the API side does not break us.
QString firstString(const QJsonObject &object, std::initializer_list<QStringView> keys);
double number(const QJsonObject &object, QStringView key, double fallback = 0.0);
int integer(const QJsonObject &object, QStringView key, int fallback = 0);
bool boolean(const QJsonObject &object, QStringView key, bool fallback = false);
// A nested object; an empty one when the field is missing, null or not an object.
QJsonObject object(const QJsonObject &object, QStringView key);
// The field as an array: a single object becomes a one-element array, null or a scalar an
// empty one, because the API sends one object where its schema promises a list.
QJsonArray array(const QJsonObject &object, QStringView key);
// Scalars of an array (or a single scalar) as text; empty entries dropped.
QStringList stringList(const QJsonObject &object, QStringView key);

// The API writes dates as "2021-04-23", "2021-04-23T10:00:00Z", "2020-05-13T00:38:52-07:00",
// "2021-05-20T05:48:36.31-07:00", "2023-07-20T00:00:00", "2021-04-23 10:00:00" and, from some
// regional back ends, "04/23/2021" or "20210423". A date-time without a zone is UTC, as the
// API documents its timestamps in UTC. A date is the calendar day as written, not converted.
QDate toDate(const QString &text);
QDateTime toDateTime(const QString &text);

// Every element of the field (array or single object) that is an object, through T::fromJson.
template<typename T>
QList<T> list(const QJsonObject &object, QStringView key)
{
    const QJsonArray values = array(object, key);
    QList<T> items;
    items.reserve(values.size());
    for (const QJsonValue &value : values) {
        if (value.isObject())
            items.append(T::fromJson(value.toObject()));
    }
    return items;
}

template<typename T>
QJsonArray toArray(const QList<T> &items)
{
    QJsonArray values;
    for (const T &item : items)
        values.append(item.toJson());
    return values;
}

} // namespace JsonRead

namespace JsonWrite {

// Inserts the trimmed text only when there is some: the API rejects empty strings and empty
// objects in request bodies.
void insertText(QJsonObject &object, const QString &key, const QString &value);

} // namespace JsonWrite
