#include "sandbox/sandboxjsonreader.h"

#include <QJsonDocument>
#include <QRegularExpression>

QString SandboxJsonReader::jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

SandboxJsonReader::SandboxJsonReader(bool strict, QList<SandboxFieldError> *errors,
                                     bool *bindingError)
    : m_strict(strict)
    , m_errors(errors)
    , m_bindingError(bindingError)
{}

QString SandboxJsonReader::text(const QJsonObject &object, const QString &key, const QString &path,
                                int maxLength)
{
    const QJsonValue value = object.value(key);
    QString result;
    if (value.isUndefined() || value.isNull())
        return result;
    if (value.isString()) {
        result = value.toString();
    } else if (m_strict) {
        wrongType(path, QStringLiteral("System.String"), value);
        return result;
    } else if (value.isDouble() || value.isBool()) {
        result = jsonText(value);
    } else {
        m_errors->append({path, QStringLiteral("Must be a string"), jsonText(value)});
        return result;
    }
    if (maxLength >= 0 && result.size() > maxLength)
        m_errors->append(
            {path, QStringLiteral("Maximum length is %1 characters").arg(maxLength), result});
    return result;
}

std::optional<bool> SandboxJsonReader::boolean(const QJsonObject &object, const QString &key,
                                               const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isBool())
        return value.toBool();
    if (m_strict) {
        wrongType(path, QStringLiteral("System.Boolean"), value);
        return std::nullopt;
    }
    const QString text = jsonText(value).trimmed().toLower();
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    m_errors->append({path, QStringLiteral("Allowed values are true and false"), jsonText(value)});
    return std::nullopt;
}

std::optional<int> SandboxJsonReader::quantity(const QJsonObject &object, const QString &key,
                                               const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (m_strict) {
        wrongType(path, QStringLiteral("System.Int32"), value);
        return std::nullopt;
    } else {
        // The v6 back end reads the leading digits: the vendor's own example sends "1,".
        static const QRegularExpression digits(QStringLiteral("^\\s*(-?[0-9]+)"));
        const QRegularExpressionMatch match = digits.match(jsonText(value));
        if (!match.hasMatch())
            return std::nullopt;
        number = match.captured(1).toDouble();
    }
    if (number != static_cast<double>(static_cast<qint64>(number)) || number > 1e9 ||
        number < -1e9) {
        if (m_strict)
            wrongType(path, QStringLiteral("System.Int32"), value);
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<double> SandboxJsonReader::number(const QJsonObject &object, const QString &key,
                                                const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isDouble())
        return value.toDouble();
    if (!m_strict) {
        bool ok = false;
        const double result = jsonText(value).trimmed().toDouble(&ok);
        if (ok)
            return result;
        m_errors->append({path, QStringLiteral("Must be a number"), jsonText(value)});
        return std::nullopt;
    }
    wrongType(path, QStringLiteral("System.Decimal"), value);
    return std::nullopt;
}

std::optional<QJsonObject> SandboxJsonReader::object(const QJsonObject &parent, const QString &key,
                                                     const QString &path)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isObject())
        return value.toObject();
    if (m_strict)
        wrongType(path, QStringLiteral("an object"), value);
    else
        m_errors->append({path, QStringLiteral("Must be an object"), jsonText(value)});
    return std::nullopt;
}

std::optional<QJsonArray> SandboxJsonReader::array(const QJsonObject &parent, const QString &key,
                                                   const QString &path)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isArray())
        return value.toArray();
    if (m_strict)
        wrongType(path, QStringLiteral("an array"), value);
    else
        m_errors->append({path, QStringLiteral("Must be an array"), jsonText(value)});
    return std::nullopt;
}

void SandboxJsonReader::missing(const QString &path)
{
    m_errors->append({path, QStringLiteral("Required field is missing"), QString()});
}

void SandboxJsonReader::fail(const QString &path, const QString &message, const QString &value)
{
    m_errors->append({path, message, value});
}

void SandboxJsonReader::wrongType(const QString &path, const QString &type, const QJsonValue &value)
{
    // The wording of System.Text.Json, which the v7 back end binds with.
    m_errors->append(
        {path,
         QStringLiteral("The JSON value could not be converted to %1. Path: $.%2").arg(type, path),
         jsonText(value)});
    *m_bindingError = true;
}
