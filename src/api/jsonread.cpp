#include "jsonread.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace JsonRead {

QString toString(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Integral numbers (order numbers, line numbers) must not turn into "1.14945e+08".
        if (std::floor(number) == number && std::fabs(number) < 9007199254740992.0)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

double toNumber(const QJsonValue &value, double fallback, bool *ok)
{
    bool parsed = false;
    double result = fallback;
    if (value.isDouble()) {
        result = value.toDouble();
        parsed = true;
    } else if (value.isString()) {
        QString text = value.toString().trimmed();
        const QLocale c = QLocale::c();
        double number = c.toDouble(text, &parsed);
        if (!parsed && text.contains(QLatin1Char(','))) {
            text.remove(QLatin1Char(','));
            number = c.toDouble(text, &parsed);
        }
        if (parsed && std::isfinite(number))
            result = number;
        else
            parsed = false;
    }
    if (ok)
        *ok = parsed;
    return result;
}

int toInt(const QJsonValue &value, int fallback, bool *ok)
{
    bool parsed = false;
    const double number = toNumber(value, 0.0, &parsed);
    if (parsed && number >= std::numeric_limits<int>::min() &&
        number <= std::numeric_limits<int>::max()) {
        if (ok)
            *ok = true;
        return static_cast<int>(std::lround(number));
    }
    if (ok)
        *ok = false;
    return fallback;
}

bool toBool(const QJsonValue &value, bool fallback, bool *ok)
{
    bool parsed = true;
    bool result = fallback;
    if (value.isBool()) {
        result = value.toBool();
    } else if (value.isDouble()) {
        result = value.toDouble() != 0.0;
    } else if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == u"true" || text == u"yes" || text == u"y" || text == u"1")
            result = true;
        else if (text == u"false" || text == u"no" || text == u"n" || text == u"0")
            result = false;
        else
            parsed = false;
    } else {
        parsed = false;
    }
    if (!parsed)
        result = fallback;
    if (ok)
        *ok = parsed;
    return result;
}

QString string(const QJsonObject &object, QStringView key)
{
    return toString(object.value(key));
}

QString firstString(const QJsonObject &object, std::initializer_list<QStringView> keys)
{
    for (const QStringView key : keys) {
        const QString text = string(object, key);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

double number(const QJsonObject &object, QStringView key, double fallback)
{
    return toNumber(object.value(key), fallback);
}

int integer(const QJsonObject &object, QStringView key, int fallback)
{
    return toInt(object.value(key), fallback);
}

bool boolean(const QJsonObject &object, QStringView key, bool fallback)
{
    return toBool(object.value(key), fallback);
}

QJsonObject object(const QJsonObject &object, QStringView key)
{
    return object.value(key).toObject();
}

QJsonArray array(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isArray())
        return value.toArray();
    if (value.isObject())
        return QJsonArray{value};
    return {};
}

QStringList stringList(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    const QJsonArray values = value.isArray() ? value.toArray() : QJsonArray{value};
    QStringList result;
    for (const QJsonValue &item : values) {
        const QString text = toString(item);
        if (!text.isEmpty())
            result.append(text);
    }
    return result;
}

QDate toDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // The calendar day as written: "2020-05-13T00:38:52-07:00" is the 13th even though it is
    // already the 13th 07:38 in UTC; converting would move late-evening orders to the next day.
    static const QRegularExpression isoPrefix(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})"));
    const QRegularExpressionMatch iso = isoPrefix.match(trimmed);
    if (iso.hasMatch())
        return QDate(iso.captured(1).toInt(), iso.captured(2).toInt(), iso.captured(3).toInt());
    for (const QString &format :
         {QStringLiteral("yyyyMMdd"), QStringLiteral("yyyy/MM/dd"), QStringLiteral("MM/dd/yyyy"),
          QStringLiteral("M/d/yyyy"), QStringLiteral("dd.MM.yyyy")}) {
        const QDate date = QDate::fromString(trimmed, format);
        if (date.isValid())
            return date;
    }
    return {};
}

QDateTime toDateTime(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.size() > 10 && trimmed.at(10) == QLatin1Char(' '))
        trimmed[10] = QLatin1Char('T');
    if (trimmed.size() > 10 && trimmed.at(10) == QLatin1Char('T')) {
        static const QRegularExpression zone(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2})$"));
        const bool hasZone = zone.match(trimmed).hasMatch();
        QDateTime dateTime = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (dateTime.isValid()) {
            if (!hasZone)
                dateTime.setTimeZone(QTimeZone::utc());
            return dateTime;
        }
    }
    const QDate date = toDate(trimmed);
    if (date.isValid())
        return QDateTime(date, QTime(0, 0), QTimeZone::utc());
    return {};
}

} // namespace JsonRead

namespace JsonWrite {

void insertText(QJsonObject &object, const QString &key, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (!trimmed.isEmpty())
        object.insert(key, trimmed);
}

} // namespace JsonWrite
